//! Opening hours as weekly schedules (HSDS `schedule`: `freq` WEEKLY, `byday`, `opens_at`,
//! `closes_at`) and back.
//!
//! The OSM rules a directory uses are converted exactly when they only say which weekdays are
//! open at which times: `;` rules overriding earlier ones, `,` additions, `24/7`, spans past
//! midnight (split over two days) and `PH off` (kept as "closed on public holidays"). Date
//! ranges, comments, `unknown` and partial closings have no weekly equivalent: [`to_weekly`]
//! returns `None` for them and exporters keep the OSM text as a note.

use maillage::hours::{DaySelector, Modifier, OpeningHours, RuleKind};

/// A span open on some weekdays, in minutes since midnight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weekly {
    /// Weekdays, 0 = Monday … 6 = Sunday, ascending.
    pub days: Vec<u8>,
    /// Opening, minutes since midnight.
    pub opens: u16,
    /// Closing, minutes since midnight, up to 1440 (24:00).
    pub closes: u16,
}

/// Weekly hours: the open spans, and whether public holidays are closed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeeklyHours {
    /// Open spans, sorted by first day then opening time.
    pub spans: Vec<Weekly>,
    /// `PH off`.
    pub closed_on_public_holidays: bool,
}

/// iCal weekday codes, Monday first.
pub const ICAL_DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const OSM_DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const FRENCH_DAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// The weekly spans of opening hours, when they are nothing more than that.
///
/// ```
/// use maillage_interop::schedule::{to_weekly, Weekly};
/// let h = "Mo-Fr 09:00-12:00,14:00-17:30; We 09:00-12:00; PH off".parse().unwrap();
/// let w = to_weekly(&h).unwrap();
/// assert!(w.closed_on_public_holidays);
/// assert_eq!(w.spans[0], Weekly { days: vec![0, 1, 2, 3, 4], opens: 540, closes: 720 });
/// assert_eq!(w.spans[1], Weekly { days: vec![0, 1, 3, 4], opens: 840, closes: 1050 });
/// assert!(to_weekly(&"Tu unknown \"à confirmer\"".parse().unwrap()).is_none());
/// ```
pub fn to_weekly(hours: &OpeningHours) -> Option<WeeklyHours> {
    let mut days: [Vec<(u16, u16)>; 7] = Default::default();
    let mut closed_on_public_holidays = false;
    for rule in hours.rules() {
        if rule.kind == RuleKind::Fallback || rule.comment.is_some() || !rule.dates.is_empty() {
            return None;
        }
        if rule.always {
            if rule.modifier != Modifier::Open {
                return None;
            }
            for d in days.iter_mut() {
                if rule.kind == RuleKind::Normal {
                    d.clear();
                }
                d.push((0, 1440));
            }
            continue;
        }
        if rule.days.contains(&DaySelector::PublicHoliday) {
            if rule.days.len() == 1 && rule.times.is_empty() && rule.modifier == Modifier::Closed {
                closed_on_public_holidays = true;
                continue;
            }
            return None;
        }
        let mut selected = Vec::new();
        if rule.days.is_empty() {
            selected.extend(0..7u8);
        }
        for sel in &rule.days {
            if let DaySelector::Weekdays(a, b) = *sel {
                let mut d = a;
                loop {
                    selected.push(d);
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
        }
        match rule.modifier {
            Modifier::Unknown => return None,
            Modifier::Closed if !rule.times.is_empty() => return None,
            Modifier::Closed => {
                for &d in &selected {
                    days[usize::from(d)].clear();
                }
            }
            Modifier::Open => {
                for &d in &selected {
                    let day = &mut days[usize::from(d)];
                    if rule.kind == RuleKind::Normal {
                        day.clear();
                    }
                    if rule.times.is_empty() {
                        day.push((0, 1440));
                    }
                    for t in &rule.times {
                        day.push((t.start, t.end));
                    }
                }
            }
        }
    }
    // Spans past midnight go on the next day.
    let mut split: [Vec<(u16, u16)>; 7] = Default::default();
    for (d, spans) in days.iter().enumerate() {
        for &(s, e) in spans {
            if e > 1440 {
                split[d].push((s, 1440));
                split[(d + 1) % 7].push((0, e - 1440));
            } else {
                split[d].push((s, e));
            }
        }
    }
    let mut groups: Vec<((u16, u16), Vec<u8>)> = Vec::new();
    for (d, spans) in split.iter_mut().enumerate() {
        spans.sort_unstable();
        spans.dedup();
        for &span in spans.iter() {
            match groups.iter_mut().find(|(s, _)| *s == span) {
                Some((_, ds)) => ds.push(d as u8),
                None => groups.push((span, vec![d as u8])),
            }
        }
    }
    let mut spans: Vec<Weekly> = groups
        .into_iter()
        .map(|((opens, closes), days)| Weekly {
            days,
            opens,
            closes,
        })
        .collect();
    spans.sort_by_key(|w| (w.days[0], w.opens, w.closes));
    Some(WeeklyHours {
        spans,
        closed_on_public_holidays,
    })
}

/// Opening hours in OSM syntax from weekly spans.
///
/// ```
/// use maillage_interop::schedule::{from_weekly, Weekly};
/// let spans = [
///     Weekly { days: vec![0, 1, 2, 3, 4], opens: 540, closes: 720 },
///     Weekly { days: vec![0, 1, 3, 4], opens: 840, closes: 1050 },
/// ];
/// assert_eq!(from_weekly(&spans, true), "Mo,Tu,Th,Fr 09:00-12:00,14:00-17:30; We 09:00-12:00; PH off");
/// let all = [Weekly { days: (0..7).collect(), opens: 0, closes: 1440 }];
/// assert_eq!(from_weekly(&all, false), "24/7");
/// ```
pub fn from_weekly(spans: &[Weekly], closed_on_public_holidays: bool) -> String {
    let mut days: [Vec<(u16, u16)>; 7] = Default::default();
    for w in spans {
        for &d in &w.days {
            if let Some(day) = days.get_mut(usize::from(d)) {
                day.push((w.opens, w.closes));
            }
        }
    }
    for d in days.iter_mut() {
        d.sort_unstable();
        d.dedup();
    }
    let mut rules: Vec<String> = Vec::new();
    if days.iter().all(|d| d == &[(0, 1440)]) && !closed_on_public_holidays {
        return "24/7".into();
    }
    let mut done = [false; 7];
    for d in 0..7 {
        if done[d] || days[d].is_empty() {
            continue;
        }
        let same: Vec<usize> = (d..7).filter(|&e| days[e] == days[d]).collect();
        for &e in &same {
            done[e] = true;
        }
        let times = days[d]
            .iter()
            .map(|&(s, e)| format!("{}-{}", hhmm(s), hhmm(e)))
            .collect::<Vec<_>>()
            .join(",");
        rules.push(format!("{} {times}", osm_days(&same)));
    }
    if closed_on_public_holidays {
        rules.push("PH off".into());
    }
    if rules.is_empty() {
        return "off".into();
    }
    rules.join("; ")
}

fn osm_days(days: &[usize]) -> String {
    let consecutive = days.windows(2).all(|w| w[1] == w[0] + 1);
    if days.len() > 2 && consecutive {
        format!("{}-{}", OSM_DAYS[days[0]], OSM_DAYS[days[days.len() - 1]])
    } else {
        days.iter()
            .map(|&d| OSM_DAYS[d])
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// `HH:MM` for minutes since midnight (1440 is `24:00`).
pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Minutes since midnight from `HH:MM`, `HH:MM:SS` or with a time zone suffix (ignored).
pub fn minutes(text: &str) -> Option<u16> {
    let t = text.trim();
    let h: u16 = t.get(0..2)?.parse().ok()?;
    if t.get(2..3)? != ":" {
        return None;
    }
    let m: u16 = t.get(3..5)?.parse().ok()?;
    (h <= 24 && m < 60 && h * 60 + m <= 1440).then_some(h * 60 + m)
}

/// The iCal `byday` list of weekdays (`MO,TU`).
pub fn byday(days: &[u8]) -> String {
    days.iter()
        .filter_map(|&d| ICAL_DAYS.get(usize::from(d)))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

/// Weekdays from an iCal `byday` list; `None` when an entry is not a plain weekday (`1MO`).
pub fn days_of_byday(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let upper = part.to_ascii_uppercase();
        out.push(ICAL_DAYS.iter().position(|d| *d == upper)? as u8);
    }
    out.sort_unstable();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

/// A short French description of a span: `du lundi au vendredi, 09:00–12:00`.
pub fn describe(w: &Weekly) -> String {
    let consecutive = w.days.windows(2).all(|p| p[1] == p[0] + 1);
    let name = |d: u8| FRENCH_DAYS[usize::from(d) % 7];
    let days = match w.days.as_slice() {
        [] => String::new(),
        [d] => format!("le {}", name(*d)),
        all if all.len() == 7 => "tous les jours".into(),
        [first, .., last] if consecutive => format!("du {} au {}", name(*first), name(*last)),
        some => format!(
            "les {}",
            some.iter().map(|&d| name(d)).collect::<Vec<_>>().join(", ")
        ),
    };
    if w.opens == 0 && w.closes == 1440 {
        format!("{days}, 24 h/24")
    } else {
        format!("{days}, {}–{}", hhmm(w.opens), hhmm(w.closes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(text: &str) -> String {
        let w = to_weekly(&text.parse().unwrap()).unwrap();
        from_weekly(&w.spans, w.closed_on_public_holidays)
    }

    #[test]
    fn the_directory_s_hours_convert_exactly() {
        assert_eq!(round("24/7"), "24/7");
        assert_eq!(
            round("Mo-Fr 08:30-16:30; PH off"),
            "Mo-Fr 08:30-16:30; PH off"
        );
        assert_eq!(round("Mo-Su 09:00-19:00"), "Mo-Su 09:00-19:00");
        assert_eq!(
            round("Mo-Fr 10:00-19:00; PH off"),
            "Mo-Fr 10:00-19:00; PH off"
        );
    }

    #[test]
    fn overrides_and_midnight() {
        assert_eq!(
            round("Mo-Fr 09:00-17:00; We off"),
            "Mo,Tu,Th,Fr 09:00-17:00"
        );
        assert_eq!(round("Fr 22:00-02:00"), "Fr 22:00-24:00; Sa 00:00-02:00");
        assert_eq!(
            round("Mo 09:00-12:00, We 14:00-16:00"),
            "Mo 09:00-12:00; We 14:00-16:00"
        );
    }

    #[test]
    fn what_has_no_weekly_form() {
        for h in [
            "Jan-Mar Mo 09:00-12:00",
            "Mo-Fr 09:00-17:00; We 12:00-14:00 off",
            "Mo 09:00-12:00 || \"sur rendez-vous\"",
            "PH 10:00-12:00",
        ] {
            assert!(to_weekly(&h.parse().unwrap()).is_none(), "{h}");
        }
    }

    #[test]
    fn times_and_days() {
        assert_eq!(minutes("09:30"), Some(570));
        assert_eq!(minutes("09:30:00Z"), Some(570));
        assert_eq!(minutes("24:00"), Some(1440));
        assert_eq!(minutes("25:00"), None);
        assert_eq!(days_of_byday("MO, we"), Some(vec![0, 2]));
        assert_eq!(days_of_byday("1MO"), None);
        assert_eq!(
            describe(&Weekly {
                days: vec![0, 1, 2, 3, 4],
                opens: 510,
                closes: 990
            }),
            "du lundi au vendredi, 08:30–16:30"
        );
    }
}
