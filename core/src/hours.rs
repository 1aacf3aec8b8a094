//! Opening hours in the OpenStreetMap `opening_hours` syntax: the subset directories use.
//!
//! Supported: rules separated by `;` (later rules override earlier ones on the days they name),
//! `,` (additional rule) and `||` (fallback); `24/7`; month and date ranges (`Jan-Mar`,
//! `Dec 24`, `Jul 14-Aug 15`); weekday lists and ranges (`Mo-Fr`, `Sa,Su`, `Fr-Mo`); public
//! holidays `PH`; several time spans a day (`09:00-12:00,14:00-17:30`), spans past midnight
//! (`22:00-02:00` or `22:00-26:00`); the modifiers `open`, `off`, `closed`, `unknown`; comments in
//! double quotes (`"sur rendez-vous"`).
//!
//! Not supported (refused with a clear error rather than misread): school holidays `SH`, week
//! numbers, nth weekdays (`Mo[1]`), sun times (`sunrise`), open ends (`18:00+`), years.
//!
//! Written by hand: the `opening-hours` crate covers the full grammar but brings `pest`, a
//! world holiday database and astronomy code, too heavy for the widget's size budget; the
//! subset here is what directories need and is cross-checked against the reference JavaScript
//! implementation in the test suite.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::calendar::public_holiday;

/// Parsed opening hours.
///
/// ```
/// use maillage::OpeningHours;
/// let h: OpeningHours = "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off".parse().unwrap();
/// assert_eq!(h.rules().len(), 3);
/// assert!("Mo-Fr 25:00-26:00".parse::<OpeningHours>().is_err());
/// assert!("24/7".parse::<OpeningHours>().unwrap().rules()[0].always);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpeningHours {
    rules: Vec<Rule>,
}

impl OpeningHours {
    /// The rules, in order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }
}

/// How a rule combines with the ones before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// `;` — overrides earlier rules on the days it selects.
    Normal,
    /// `,` — adds to earlier rules.
    Additional,
    /// `||` — fills the times earlier rules leave closed (`Mo-Fr 09:00-17:00 || "rdv"`).
    Fallback,
}

/// What a rule says about the times it selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifier {
    /// Open (the default).
    Open,
    /// Closed (`off` or `closed`).
    Closed,
    /// Unknown (`unknown`, or a comment without `open`: `Mo 09:00-12:00 "sur rendez-vous"`).
    Unknown,
}

/// A day of a month (`Dec 24`), or a whole month (`Dec`, day `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthDay {
    /// 1–12.
    pub month: u8,
    /// 1–31, or none for the whole month.
    pub day: Option<u8>,
}

/// An inclusive range of month days, possibly wrapping the year end (`Nov-Feb`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    /// First day (or month).
    pub start: MonthDay,
    /// Last day (or month).
    pub end: MonthDay,
}

/// A weekday selector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DaySelector {
    /// Inclusive weekday range, 0 = Monday … 6 = Sunday; `start > end` wraps (`Fr-Mo`).
    Weekdays(u8, u8),
    /// French public holidays (`PH`).
    PublicHoliday,
}

/// A span of minutes since midnight; `end` may pass 24:00 (up to 48:00) for spans past midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeSpan {
    /// Start, minutes since midnight (0–1440).
    pub start: u16,
    /// End, minutes since midnight of the start day (greater than `start`).
    pub end: u16,
}

/// One rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// How it combines with earlier rules.
    pub kind: RuleKind,
    /// `24/7`.
    pub always: bool,
    /// Date ranges; empty means every date.
    pub dates: Vec<DateRange>,
    /// Weekday and holiday selectors; empty means every day.
    pub days: Vec<DaySelector>,
    /// Time spans; empty means the whole day.
    pub times: Vec<TimeSpan>,
    /// Open, closed or unknown.
    pub modifier: Modifier,
    /// The comment, without quotes.
    pub comment: Option<String>,
}

/// Why a text is not valid opening hours: the text, the column and what is wrong there.
///
/// ```
/// use maillage::{hours::HoursFault, OpeningHours};
/// let e = "Mo-Fr 9h-12h".parse::<OpeningHours>().unwrap_err();
/// assert_eq!((e.column, &e.fault), (8, &HoursFault::ExpectedColon));
/// assert!(e.to_string().contains("column 8"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[error("opening hours `{text}`, column {column}: {fault}")]
pub struct HoursError {
    /// The whole text.
    pub text: String,
    /// 1-based character column of the problem.
    pub column: usize,
    /// What is wrong there.
    pub fault: HoursFault,
}

/// What is wrong in a text of opening hours, as a code (`"code": "expected-colon"`): the CLI and
/// the studio word it from their catalogs (`problem-<code>`); the English text of `Display` is
/// for developers.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum HoursFault {
    /// Nothing but spaces.
    #[error("empty opening hours: leave the field out when hours are unknown")]
    HoursEmpty,
    /// A day of month outside 1–31.
    #[error("day of month must be 1–31")]
    DayOfMonth,
    /// `Jan-` with nothing after.
    #[error("expected a month or day after `-`")]
    MonthOrDayAfterDash,
    /// `Jan 1-Mar`.
    #[error("a date range needs days on both ends or on neither")]
    DateRangeEnds,
    /// `SH`.
    #[error("school holidays (`SH`) are not supported")]
    SchoolHolidays,
    /// `Mo[1]`.
    #[error("nth weekdays such as `Mo[1]` are not supported")]
    NthWeekday,
    /// `Mo-` with no weekday after.
    #[error("expected a weekday (Mo, Tu, We, Th, Fr, Sa, Su) after `-`")]
    WeekdayAfterDash,
    /// No time where one is needed.
    #[error("expected a time such as 09:00")]
    ExpectedTime,
    /// `9h`.
    #[error("expected `:` in a time (write 09:00, not 9h)")]
    ExpectedColon,
    /// `09:`.
    #[error("expected minutes")]
    ExpectedMinutes,
    /// `09:5`, `09:75`.
    #[error("minutes must be two digits, 00–59")]
    MinutesDigits,
    /// `25:00-26:00`.
    #[error("a start time cannot be after 24:00")]
    StartAfter24,
    /// `18:00+`.
    #[error("open-ended times (`18:00+`) are not supported")]
    OpenEnded,
    /// `09:00` alone.
    #[error("expected `-` and an end time")]
    ExpectedEnd,
    /// `20:00-49:00`.
    #[error("an end time cannot be after 48:00")]
    EndAfter48,
    /// `12:00-09:00` in a rule that cannot wrap.
    #[error("end time before start time")]
    EndBeforeStart,
    /// `24:00-26:00`.
    #[error("a span cannot start at 24:00")]
    SpanStartsAt24,
    /// `"sur rendez-vous` without its closing quote.
    #[error("unterminated comment: a closing `\"` is missing")]
    UnterminatedComment,
    /// Something that is no rule.
    #[error("expected a rule (such as `Mo-Fr 09:00-17:00`), found `{found}`")]
    ExpectedRule {
        /// The rest of the text from there.
        found: String,
    },
    /// Something after a rule that is no separator.
    #[error("unexpected `{found}`")]
    Unexpected {
        /// The rest of the text from there.
        found: String,
    },
}

const WEEKDAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

struct Parser<'a> {
    text: &'a str,
    chars: Vec<char>,
    pos: usize,
}

type PResult<T> = Result<T, HoursError>;

impl<'a> Parser<'a> {
    fn error<T>(&self, fault: HoursFault) -> PResult<T> {
        Err(HoursError {
            text: self.text.to_owned(),
            column: self.pos + 1,
            fault,
        })
    }

    fn skip_ws(&mut self) {
        while self.pos < self.chars.len() && self.chars[self.pos].is_whitespace() {
            self.pos += 1;
        }
    }

    fn rest(&self) -> String {
        self.chars[self.pos..].iter().collect()
    }

    fn peek_word(&self, word: &str) -> bool {
        let n = word.chars().count();
        if self.pos + n > self.chars.len() {
            return false;
        }
        let candidate: String = self.chars[self.pos..self.pos + n].iter().collect();
        let boundary = self
            .chars
            .get(self.pos + n)
            .is_none_or(|c| !c.is_ascii_alphanumeric());
        candidate == word && boundary
    }

    fn eat(&mut self, s: &str) -> bool {
        let n = s.chars().count();
        if self.pos + n <= self.chars.len()
            && self.chars[self.pos..self.pos + n]
                .iter()
                .copied()
                .eq(s.chars())
        {
            self.pos += n;
            true
        } else {
            false
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn peek_index(&self, names: &[&str]) -> Option<usize> {
        names.iter().position(|n| self.peek_word(n))
    }

    fn number(&mut self, max_digits: usize) -> Option<u32> {
        let start = self.pos;
        while self.pos < self.chars.len()
            && self.chars[self.pos].is_ascii_digit()
            && self.pos - start < max_digits
        {
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    fn month_day(&mut self) -> PResult<Option<MonthDay>> {
        let Some(m) = self.peek_index(&MONTHS) else {
            return Ok(None);
        };
        self.pos += 3;
        let save = self.pos;
        self.skip_ws();
        let day = match self.number(2) {
            Some(d) if (1..=31).contains(&d) => {
                // `Dec 24:00` would be a time, not a day.
                if self.chars.get(self.pos) == Some(&':') {
                    self.pos = save;
                    None
                } else {
                    Some(d as u8)
                }
            }
            Some(_) => return self.error(HoursFault::DayOfMonth),
            None => {
                self.pos = save;
                None
            }
        };
        Ok(Some(MonthDay {
            month: m as u8 + 1,
            day,
        }))
    }

    fn date_ranges(&mut self) -> PResult<Vec<DateRange>> {
        let mut out = Vec::new();
        while let Some(start) = self.month_day()? {
            let end = if self.eat("-") {
                // `Jul 14-Aug 15`, `Jan-Mar`, or `Dec 24-26` (same month).
                if let Some(md) = self.month_day()? {
                    md
                } else if let (Some(_), Some(d)) = (start.day, self.number(2)) {
                    MonthDay {
                        month: start.month,
                        day: Some(d as u8),
                    }
                } else {
                    return self.error(HoursFault::MonthOrDayAfterDash);
                }
            } else {
                start
            };
            if start.day.is_some() != end.day.is_some() {
                return self.error(HoursFault::DateRangeEnds);
            }
            out.push(DateRange { start, end });
            let save = self.pos;
            if self.eat(",") && self.peek_index(&MONTHS).is_some() {
                continue;
            }
            self.pos = save;
            break;
        }
        Ok(out)
    }

    fn days(&mut self) -> PResult<Vec<DaySelector>> {
        let mut out = Vec::new();
        loop {
            if self.peek_word("PH") {
                self.pos += 2;
                out.push(DaySelector::PublicHoliday);
            } else if self.peek_word("SH") {
                return self.error(HoursFault::SchoolHolidays);
            } else if let Some(d) = self.peek_index(&WEEKDAYS) {
                self.pos += 2;
                if self.chars.get(self.pos) == Some(&'[') {
                    return self.error(HoursFault::NthWeekday);
                }
                let end = if self.eat("-") {
                    match self.peek_index(&WEEKDAYS) {
                        Some(e) => {
                            self.pos += 2;
                            e
                        }
                        None => return self.error(HoursFault::WeekdayAfterDash),
                    }
                } else {
                    d
                };
                out.push(DaySelector::Weekdays(d as u8, end as u8));
            } else {
                break;
            }
            let save = self.pos;
            if self.eat(",")
                && (self.peek_index(&WEEKDAYS).is_some()
                    || self.peek_word("PH")
                    || self.peek_word("SH"))
            {
                continue;
            }
            self.pos = save;
            break;
        }
        Ok(out)
    }

    fn time(&mut self) -> PResult<u16> {
        let Some(h) = self.number(2) else {
            return self.error(HoursFault::ExpectedTime);
        };
        if !self.eat(":") {
            return self.error(HoursFault::ExpectedColon);
        }
        let start = self.pos;
        let Some(m) = self.number(2) else {
            return self.error(HoursFault::ExpectedMinutes);
        };
        if self.pos - start != 2 || m > 59 {
            return self.error(HoursFault::MinutesDigits);
        }
        Ok((h * 60 + m) as u16)
    }

    fn times(&mut self) -> PResult<Vec<TimeSpan>> {
        let mut out = Vec::new();
        loop {
            if !self.chars.get(self.pos).is_some_and(|c| c.is_ascii_digit()) {
                break;
            }
            let start = self.time()?;
            if start > 24 * 60 {
                return self.error(HoursFault::StartAfter24);
            }
            if self.eat("+") {
                return self.error(HoursFault::OpenEnded);
            }
            if !self.eat("-") {
                return self.error(HoursFault::ExpectedEnd);
            }
            let mut end = self.time()?;
            if end > 48 * 60 {
                return self.error(HoursFault::EndAfter48);
            }
            if end <= start {
                if end > 24 * 60 {
                    return self.error(HoursFault::EndBeforeStart);
                }
                end += 24 * 60; // past midnight
            }
            if start == 24 * 60 {
                return self.error(HoursFault::SpanStartsAt24);
            }
            out.push(TimeSpan { start, end });
            let save = self.pos;
            if self.eat(",") {
                self.skip_ws();
                if self.chars.get(self.pos).is_some_and(|c| c.is_ascii_digit()) {
                    continue;
                }
            }
            self.pos = save;
            break;
        }
        Ok(out)
    }

    fn rule(&mut self, kind: RuleKind) -> PResult<(Rule, Option<RuleKind>)> {
        self.skip_ws();
        let mut rule = Rule {
            kind,
            always: false,
            dates: vec![],
            days: vec![],
            times: vec![],
            modifier: Modifier::Open,
            comment: None,
        };
        let mut selected;
        if self.eat("24/7") {
            rule.always = true;
            selected = true;
        } else {
            rule.dates = self.date_ranges()?;
            self.skip_ws();
            rule.days = self.days()?;
            self.eat(":");
            self.skip_ws();
            rule.times = self.times()?;
            selected = !(rule.dates.is_empty() && rule.days.is_empty() && rule.times.is_empty());
        }
        self.skip_ws();
        let mut modifier_given = false;
        for (word, modifier) in [
            ("open", Modifier::Open),
            ("off", Modifier::Closed),
            ("closed", Modifier::Closed),
            ("unknown", Modifier::Unknown),
        ] {
            if self.peek_word(word) {
                self.pos += word.len();
                rule.modifier = modifier;
                selected = true;
                modifier_given = true;
                break;
            }
        }
        self.skip_ws();
        if self.eat("\"") {
            let start = self.pos;
            while self.pos < self.chars.len() && self.chars[self.pos] != '"' {
                self.pos += 1;
            }
            if self.at_end() {
                return self.error(HoursFault::UnterminatedComment);
            }
            rule.comment = Some(self.chars[start..self.pos].iter().collect());
            self.pos += 1;
            // A comment without `open` means the times are not sure ("sur rendez-vous"): unknown,
            // as in the reference implementation and the OSM specification.
            if !modifier_given {
                rule.modifier = Modifier::Unknown;
            }
            selected = true;
        }
        if !selected {
            return self.error(HoursFault::ExpectedRule { found: self.rest() });
        }
        self.skip_ws();
        if self.at_end() {
            return Ok((rule, None));
        }
        if self.eat(";") {
            return Ok((rule, Some(RuleKind::Normal)));
        }
        if self.eat("||") {
            return Ok((rule, Some(RuleKind::Fallback)));
        }
        if self.eat(",") {
            return Ok((rule, Some(RuleKind::Additional)));
        }
        self.error(HoursFault::Unexpected { found: self.rest() })
    }
}

impl std::str::FromStr for OpeningHours {
    type Err = HoursError;
    fn from_str(text: &str) -> Result<Self, HoursError> {
        let mut p = Parser {
            text,
            chars: text.chars().collect(),
            pos: 0,
        };
        p.skip_ws();
        if p.at_end() {
            return p.error(HoursFault::HoursEmpty);
        }
        let mut rules = Vec::new();
        let mut kind = RuleKind::Normal;
        loop {
            let (rule, next) = p.rule(kind)?;
            rules.push(rule);
            match next {
                Some(k) => kind = k,
                None => break,
            }
            p.skip_ws();
            if p.at_end() && kind == RuleKind::Normal {
                break; // a trailing `;` is tolerated
            }
        }
        Ok(OpeningHours { rules })
    }
}

/// Whether a place is open at a given time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenState {
    /// Open.
    Open,
    /// Closed.
    Closed,
    /// Unknown: hours missing or unreadable, `unknown`, or a comment without `open`
    /// ("sur rendez-vous").
    #[default]
    Unknown,
}

impl OpenState {
    /// `Some(true)` open, `Some(false)` closed, `None` unknown.
    pub fn as_option(self) -> Option<bool> {
        match self {
            OpenState::Open => Some(true),
            OpenState::Closed => Some(false),
            OpenState::Unknown => None,
        }
    }
}

/// Whether a place is open now, when that changes and to what (Paris wall-clock times).
///
/// Serializes as `{"state": "closed", "next_change": "2026-12-01T14:00+01:00",
/// "next_state": "open"}`; an unknown span ahead is `"next_state": "unknown"`, never "opens".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Opening {
    /// The state now.
    pub state: OpenState,
    /// When it next changes, within about a year.
    pub next_change: Option<NaiveDateTime>,
    /// The state from `next_change` on.
    pub next_state: Option<OpenState>,
}

impl serde::Serialize for Opening {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Opening", 3)?;
        st.serialize_field("state", &self.state)?;
        st.serialize_field(
            "next_change",
            &self.next_change.map(crate::calendar::paris_iso),
        )?;
        st.serialize_field("next_state", &self.next_state)?;
        st.end()
    }
}

/// A span of a day with what a rule says about it; `end` may pass 1440 (spills into the next day).
#[derive(Clone, Copy, Debug)]
struct Span {
    start: u16,
    end: u16,
    state: OpenState,
    /// From a `||` rule: applies only where the other rules leave the time closed.
    fallback: bool,
}

impl DateRange {
    fn contains(&self, date: NaiveDate) -> bool {
        let key = |m: u8, d: u8| u16::from(m) * 32 + u16::from(d);
        let x = key(date.month() as u8, date.day() as u8);
        let s = key(self.start.month, self.start.day.unwrap_or(1));
        let e = key(self.end.month, self.end.day.unwrap_or(31));
        if s <= e {
            s <= x && x <= e
        } else {
            x >= s || x <= e
        }
    }
}

impl Rule {
    fn matches(&self, date: NaiveDate) -> bool {
        if self.always {
            return true;
        }
        let date_ok = self.dates.is_empty() || self.dates.iter().any(|r| r.contains(date));
        let wd = date.weekday().num_days_from_monday() as u8;
        let day_ok = self.days.is_empty()
            || self.days.iter().any(|sel| match *sel {
                DaySelector::Weekdays(a, b) if a <= b => a <= wd && wd <= b,
                DaySelector::Weekdays(a, b) => wd >= a || wd <= b,
                DaySelector::PublicHoliday => public_holiday(date).is_some(),
            });
        date_ok && day_ok
    }

    fn state(&self) -> OpenState {
        match self.modifier {
            Modifier::Open => OpenState::Open,
            Modifier::Closed => OpenState::Closed,
            Modifier::Unknown => OpenState::Unknown,
        }
    }
}

impl OpeningHours {
    /// The spans a date's own rules give, later spans winning over earlier ones.
    fn spans(&self, date: NaiveDate) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        for rule in &self.rules {
            if !rule.matches(date) {
                continue;
            }
            let state = rule.state();
            let whole_day = [TimeSpan {
                start: 0,
                end: 24 * 60,
            }];
            let times: &[TimeSpan] = if rule.always || rule.times.is_empty() {
                &whole_day
            } else {
                &rule.times
            };
            // A normal rule replaces what earlier rules said about the day, except a closing
            // rule with times (`We 12:00-14:00 off`), which only closes those times.
            let partial_close = state == OpenState::Closed && !rule.times.is_empty();
            if rule.kind == RuleKind::Normal && !partial_close {
                spans.clear();
            }
            spans.extend(times.iter().map(|t| Span {
                start: t.start,
                end: t.end,
                state,
                fallback: rule.kind == RuleKind::Fallback,
            }));
        }
        spans
    }

    /// The state at a minute of the day: the day's own spans, then what spills over from the
    /// day before; `||` spans fill only the times the others leave closed.
    fn state_with(minute: u16, today: &[Span], yesterday: &[Span]) -> OpenState {
        let m = minute + 24 * 60;
        let find = |fallback: bool| {
            today
                .iter()
                .rev()
                .find(|s| s.fallback == fallback && s.start <= minute && minute < s.end)
                .or_else(|| {
                    yesterday
                        .iter()
                        .rev()
                        .find(|s| s.fallback == fallback && s.start <= m && m < s.end)
                })
                .map(|s| s.state)
        };
        match find(false) {
            Some(state) if state != OpenState::Closed => state,
            _ => find(true).unwrap_or(OpenState::Closed),
        }
    }

    /// Whether it is open at a Paris wall-clock time.
    ///
    /// ```
    /// use maillage::{OpeningHours, OpenState};
    /// let h: OpeningHours = "Mo-Fr 09:00-12:00,14:00-17:30; PH off".parse().unwrap();
    /// let t = |s: &str| s.parse::<chrono::NaiveDateTime>().unwrap();
    /// assert_eq!(h.state_at(t("2026-12-01T10:00:00")), OpenState::Open);   // Tuesday
    /// assert_eq!(h.state_at(t("2026-12-01T12:30:00")), OpenState::Closed);
    /// assert_eq!(h.state_at(t("2026-12-25T10:00:00")), OpenState::Closed); // Christmas
    /// let night: OpeningHours = "Fr 22:00-02:00".parse().unwrap();
    /// assert_eq!(night.state_at(t("2026-12-05T01:00:00")), OpenState::Open); // Saturday 1 am
    /// ```
    pub fn state_at(&self, local: NaiveDateTime) -> OpenState {
        let date = local.date();
        let minute = (local.hour() * 60 + local.minute()) as u16;
        let yesterday = date.pred_opt().map(|d| self.spans(d)).unwrap_or_default();
        Self::state_with(minute, &self.spans(date), &yesterday)
    }

    /// The state at a Paris wall-clock time, when it next changes, and what it changes to.
    ///
    /// ```
    /// use maillage::{OpeningHours, OpenState};
    /// let h: OpeningHours = "Mo-Fr 09:00-12:00; Tu 14:00-17:00 unknown".parse().unwrap();
    /// let t = |s: &str| s.parse::<chrono::NaiveDateTime>().unwrap();
    /// let o = h.opening_at(t("2026-12-01T12:30:00")); // Tuesday, between two spans
    /// assert_eq!(o.state, OpenState::Closed);
    /// assert_eq!(o.next_change, Some(t("2026-12-01T14:00:00")));
    /// assert_eq!(o.next_state, Some(OpenState::Unknown)); // not "opens at 14:00"
    /// ```
    pub fn opening_at(&self, local: NaiveDateTime) -> Opening {
        // "24/7", the commonest hours of remote lines: open, and nothing changes.
        if self.is_always_open() {
            return Opening {
                state: OpenState::Open,
                next_change: None,
                next_state: None,
            };
        }
        let (state, next_change) = self.state_and_next_change(local);
        Opening {
            state,
            next_change,
            next_state: next_change.map(|t| self.state_at(t)),
        }
    }

    /// Open at every date and time, by rules such as `24/7`.
    fn is_always_open(&self) -> bool {
        !self.rules.is_empty()
            && self.rules.iter().all(|r| {
                r.always
                    && r.kind == RuleKind::Normal
                    && r.modifier == Modifier::Open
                    && r.dates.is_empty()
                    && r.days.is_empty()
            })
    }

    /// The next Paris wall-clock time (within about a year) at which the state changes.
    ///
    /// ```
    /// use maillage::OpeningHours;
    /// let h: OpeningHours = "Mo-Fr 09:00-12:00,14:00-17:30; PH off".parse().unwrap();
    /// let t = |s: &str| s.parse::<chrono::NaiveDateTime>().unwrap();
    /// assert_eq!(h.next_change(t("2026-12-01T10:00:00")), Some(t("2026-12-01T12:00:00")));
    /// // Friday evening → Monday morning.
    /// assert_eq!(h.next_change(t("2026-12-04T18:00:00")), Some(t("2026-12-07T09:00:00")));
    /// assert_eq!("24/7".parse::<OpeningHours>().unwrap().next_change(t("2026-12-01T10:00:00")), None);
    /// ```
    pub fn next_change(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        self.state_and_next_change(local).1
    }

    /// The state at `local` and [`OpeningHours::next_change`], from the same days' spans.
    fn state_and_next_change(&self, local: NaiveDateTime) -> (OpenState, Option<NaiveDateTime>) {
        let start_date = local.date();
        let Some(before) = start_date.pred_opt() else {
            return (self.state_at(local), None);
        };
        let start_minute = (local.hour() * 60 + local.minute()) as u16;
        let yesterday = self.spans(before);
        let today = self.spans(start_date);
        let current = Self::state_with(start_minute, &today, &yesterday);
        let next = self.change_after(start_date, start_minute, current, today, yesterday);
        (current, next)
    }

    /// The first change from `current` after `start_minute` of `start_date`, given the spans
    /// of that day and the day before.
    fn change_after(
        &self,
        start_date: NaiveDate,
        start_minute: u16,
        current: OpenState,
        mut today: Vec<Span>,
        mut yesterday: Vec<Span>,
    ) -> Option<NaiveDateTime> {
        // A week covers every weekday rule; dates and holidays may need up to a year.
        let horizon = if self
            .rules
            .iter()
            .any(|r| !r.dates.is_empty() || r.days.contains(&DaySelector::PublicHoliday))
        {
            400
        } else if self
            .rules
            .iter()
            .all(|r| r.always && r.kind == RuleKind::Normal)
        {
            1
        } else {
            9
        };
        let mut date = start_date;
        for _ in 0..horizon {
            let mut bounds: Vec<u16> = vec![0];
            for s in &today {
                bounds.extend([s.start, s.end.min(24 * 60)]);
            }
            for s in &yesterday {
                if s.end > 24 * 60 {
                    bounds.push(s.end - 24 * 60);
                }
            }
            // The shared sort: `sort_unstable` on `u16` was 3 KB of the widget's WebAssembly.
            crate::sorting::sort_short_by(&mut bounds, u16::cmp);
            bounds.dedup();
            for b in bounds {
                if b >= 24 * 60 || (date == start_date && b <= start_minute) {
                    continue;
                }
                if Self::state_with(b, &today, &yesterday) != current {
                    return date.and_hms_opt(u32::from(b / 60), u32::from(b % 60), 0);
                }
            }
            date = date.succ_opt()?;
            yesterday = std::mem::replace(&mut today, self.spans(date));
        }
        None
    }

    /// The comments of the rules (`"sur rendez-vous"`), to show next to the state.
    pub fn comments(&self) -> impl Iterator<Item = &str> {
        self.rules.iter().filter_map(|r| r.comment.as_deref())
    }
}

impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} rule(s)", self.rules.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> OpeningHours {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn accepts_the_forms_directories_use() {
        for s in [
            "24/7",
            "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off",
            "Mo-Fr 08:30-16:30",
            "Mo-Fr 10:00-19:00; PH off",
            "Tu 09:00-12:00 \"permanence au commissariat\"",
            "\"sur rendez-vous\"",
            "Mo-Fr 09:00-17:00 \"sur rendez-vous\"",
            "Fr-Mo 22:00-02:00",
            "Mo-Su 00:00-24:00",
            "Dec 25 off",
            "Jul 14-Aug 15 off; Mo-Fr 09:00-12:00",
            "Jan-Jun Mo 14:00-18:00",
            "Mo,We,Fr 09:00-12:00",
            "Mo-Fr 09:00-12:00, We 14:00-17:00",
            "Mo-Fr 08:00-20:00 || \"sur rendez-vous\"",
            "Mo-Fr: 09:00-12:00",
            "PH 10:00-12:00",
            "Sa 22:00-26:00",
        ] {
            ok(s);
        }
    }

    #[test]
    fn past_midnight_ends_are_stored_after_24h() {
        let h = ok("Fr 22:00-02:00");
        assert_eq!(
            h.rules()[0].times,
            vec![TimeSpan {
                start: 22 * 60,
                end: 26 * 60
            }]
        );
    }

    #[test]
    fn additional_rule_after_times_is_split() {
        let h = ok("Mo-Fr 09:00-12:00, We 14:00-17:00");
        assert_eq!(h.rules().len(), 2);
        assert_eq!(h.rules()[1].kind, RuleKind::Additional);
    }

    #[test]
    fn refuses_what_it_would_misread() {
        for s in [
            "",
            "Mo-Fr 9h-12h",
            "Mo-Fr 09:00",
            "Mo-Fr 09:00-12:0",
            "Lu-Ve 09:00-12:00",
            "SH off",
            "Mo[1] 09:00-12:00",
            "Mo-Fr 18:00+",
            "Mo-Fr 09:00-12:00 \"oops",
            "Mo-Fr 09:60-10:00",
            "Dec 32",
            "Mo-Fr 09:00-12:00 bananas",
            "javascript:alert(1)",
        ] {
            assert!(s.parse::<OpeningHours>().is_err(), "{s}");
        }
    }
}
