//! Opening hours in words, for people who read a leaflet rather than OSM syntax, in the
//! reader's language: composed from the documents' catalog (`i18n/documents/<tag>.ftl`:
//! weekday and month names, "from … to …", lists, times), one message per piece.

use maillage::hours::{DateRange, DaySelector, Modifier, MonthDay, OpeningHours, Rule, RuleKind};

use crate::words::{FluentValue, Lang};

/// Opening hours (OpenStreetMap syntax, the subset `maillage` reads) in French words;
/// `None` when the text is not valid opening hours.
///
/// ```
/// use maillage_publish::hours_fr;
/// assert_eq!(hours_fr("24/7").unwrap(), "24 h/24, 7 j/7");
/// assert_eq!(hours_fr("Mo-Fr 08:30-16:30; PH off").unwrap(),
///     "Du lundi au vendredi de 8 h 30 à 16 h 30 ; fermé les jours fériés");
/// assert_eq!(hours_fr("Mo-Su 09:00-19:00").unwrap(), "Tous les jours de 9 h à 19 h");
/// assert!(hours_fr("Mo-Fr 9h-12h").is_none());
/// ```
pub fn hours_fr(text: &str) -> Option<String> {
    hours_in(text, Lang::default())
}

/// Opening hours in the words of `lang`; `None` when the text is not valid opening hours.
///
/// ```
/// use maillage_publish::{hours_in, Lang};
/// let en: Lang = "en".parse().unwrap();
/// assert_eq!(hours_in("Mo-Fr 08:30-16:30; PH off", en).unwrap(),
///     "Monday to Friday, 8:30 to 16:30; closed on public holidays");
/// ```
pub fn hours_in(text: &str, lang: Lang) -> Option<String> {
    let hours: OpeningHours = text.parse().ok()?;
    let mut out: Option<String> = None;
    for rule in hours.rules() {
        let words = rule_words(rule, lang);
        out = Some(match out {
            None => words,
            Some(first) => {
                let id = match rule.kind {
                    RuleKind::Normal => "hours-then",
                    RuleKind::Additional => "hours-also",
                    RuleKind::Fallback => "hours-else",
                };
                lang.t(id, &[("first", first.into()), ("next", words.into())])
            }
        });
    }
    Some(capitalize(out.unwrap_or_default().trim()))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn rule_words(rule: &Rule, lang: Lang) -> String {
    let when = if rule.always {
        String::new()
    } else {
        let mut parts = Vec::new();
        if !rule.dates.is_empty() {
            parts.push(list(
                rule.dates.iter().map(|d| date_range(d, lang)).collect(),
                lang,
            ));
        }
        if !rule.days.is_empty() {
            parts.push(days(&rule.days, lang));
        }
        // Dates, then days: "le 1er décembre, le lundi".
        parts.join(", ")
    };
    let times = times(rule, lang);
    let scope = [when.as_str(), times.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = match rule.modifier {
        Modifier::Open if rule.always => lang.t("hours-always", &[]),
        Modifier::Open => match (when.is_empty(), times.is_empty()) {
            (true, true) => lang.t("hours-open", &[]),
            (true, false) => times,
            (false, true) => lang.t("hours-when-all-day", &[("when", when.into())]),
            (false, false) => lang.t(
                "hours-when-times",
                &[("when", when.into()), ("times", times.into())],
            ),
        },
        Modifier::Closed if scope.is_empty() => lang.t("hours-closed", &[]),
        Modifier::Closed => lang.t("hours-closed-when", &[("when", scope.into())]),
        Modifier::Unknown => {
            // The directory's own comment is French: it is shown as written.
            let what = match &rule.comment {
                Some(c) => c.trim().to_owned(),
                None => lang.t("hours-unknown", &[]),
            };
            if scope.is_empty() {
                what
            } else {
                lang.t(
                    "hours-scoped",
                    &[("scope", scope.into()), ("what", what.into())],
                )
            }
        }
    };
    if rule.modifier != Modifier::Unknown {
        if let Some(c) = rule
            .comment
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            out = lang.t(
                "hours-comment",
                &[("rule", out.into()), ("comment", c.to_owned().into())],
            );
        }
    }
    out
}

/// "a, b et c": the items but the last joined by the language's comma (`hours-list`), the last
/// by its "and" (`hours-and`).
fn list(items: Vec<String>, lang: Lang) -> String {
    let Some((last, rest)) = items.split_last() else {
        return String::new();
    };
    if rest.is_empty() {
        return last.clone();
    }
    let first = lang.comma_list(rest.iter().cloned());
    lang.t(
        "hours-and",
        &[("first", first.into()), ("last", last.clone().into())],
    )
}

fn weekday(day: u8, lang: Lang) -> FluentValue<'static> {
    lang.t("weekday", &[("weekday", (u32::from(day % 7) + 1).into())])
        .into()
}

fn days(selectors: &[DaySelector], lang: Lang) -> String {
    let mut items = Vec::new();
    for d in selectors {
        items.push(match *d {
            DaySelector::PublicHoliday => lang.t("hours-holidays", &[]),
            DaySelector::Weekdays(a, b) if a == b => {
                lang.t("hours-day", &[("day", weekday(a, lang))])
            }
            DaySelector::Weekdays(0, 6) => lang.t("hours-every-day", &[]),
            DaySelector::Weekdays(5, 6) => lang.t("hours-weekend", &[]),
            DaySelector::Weekdays(a, b) if (a + 1) % 7 == b => lang.t(
                "hours-two-days",
                &[("first", weekday(a, lang)), ("second", weekday(b, lang))],
            ),
            DaySelector::Weekdays(a, b) => lang.t(
                "hours-days",
                &[("from", weekday(a, lang)), ("to", weekday(b, lang))],
            ),
        });
    }
    list(items, lang)
}

fn month(month: u8, lang: Lang) -> String {
    lang.t("month", &[("month", u32::from(month).into())])
}

fn day_of_month(md: MonthDay, lang: Lang) -> String {
    let name = month(md.month, lang);
    match md.day {
        Some(d) => lang.t(
            "hours-day-of-month",
            &[("day", u32::from(d).into()), ("month", name.into())],
        ),
        None => name,
    }
}

fn date_range(r: &DateRange, lang: Lang) -> String {
    let (start, end) = (day_of_month(r.start, lang), day_of_month(r.end, lang));
    let (one, two) = match r.start.day {
        Some(_) => ("hours-date", "hours-dates"),
        None => ("hours-in-month", "hours-months"),
    };
    if r.start == r.end {
        let key = if r.start.day.is_some() {
            "date"
        } else {
            "month"
        };
        lang.t(one, &[(key, start.into())])
    } else {
        // The first month's number too: French elides "de" before avril, août and octobre
        // ("d'avril à juin"), which a catalog chooses by number (a variant key cannot be "août").
        lang.t(
            two,
            &[
                ("from", start.into()),
                ("to", end.into()),
                ("from-month", u32::from(r.start.month).into()),
            ],
        )
    }
}

fn clock(minutes: u16, lang: Lang) -> FluentValue<'static> {
    let m = minutes % (24 * 60);
    lang.t(
        "hours-clock",
        &[
            ("h", u32::from(m / 60).into()),
            ("m", u32::from(m % 60).into()),
            ("mm", format!("{:02}", m % 60).into()),
        ],
    )
    .into()
}

fn times(rule: &Rule, lang: Lang) -> String {
    if rule.times.len() == 1 && rule.times[0].start == 0 && rule.times[0].end == 24 * 60 {
        return lang.t("hours-all-day", &[]);
    }
    list(
        rule.times
            .iter()
            .map(|t| {
                lang.t(
                    "hours-times",
                    &[("from", clock(t.start, lang)), ("to", clock(t.end, lang))],
                )
            })
            .collect(),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::hours_fr;

    #[test]
    fn examples() {
        let cases = [
            (
                "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off",
                "Du lundi au vendredi de 9 h à midi et de 14 h à 17 h 30 ; le samedi de 9 h à midi ; fermé les jours fériés",
            ),
            (
                "Tu unknown \"permanence le mardi, horaires à confirmer\"",
                "Le mardi : permanence le mardi, horaires à confirmer",
            ),
            ("Mo,We,Fr 22:00-02:00", "Le lundi, le mercredi et le vendredi de 22 h à 2 h"),
            ("Sa,Su 10:00-12:00", "Le samedi et le dimanche de 10 h à midi"),
            ("Sa-Su 10:00-12:00", "Le week-end de 10 h à midi"),
            ("Jul 14-Aug 15 off", "Fermé du 14 juillet au 15 août"),
            // "d'" before a vowel, "de" otherwise (regression: "de avril").
            ("Apr-Jun Mo 10:00-12:00", "D'avril à juin, le lundi de 10 h à midi"),
            ("Aug-Sep off", "Fermé d'août à septembre"),
            ("Oct-Dec Tu 14:00-16:00", "D'octobre à décembre, le mardi de 14 h à 16 h"),
            ("May-Jun Tu 14:00-16:00", "De mai à juin, le mardi de 14 h à 16 h"),
            ("Dec 1 Mo 00:00-24:00", "Le 1er décembre, le lundi toute la journée"),
            ("\"sur rendez-vous\"", "Sur rendez-vous"),
            ("Mo-Fr 09:00-17:00 \"sur rendez-vous\"", "Du lundi au vendredi de 9 h à 17 h : sur rendez-vous"),
            ("Mo-Fr 09:00-17:00 open \"accueil au 1er\"", "Du lundi au vendredi de 9 h à 17 h (accueil au 1er)"),
            ("Mo 09:00-12:00 || Tu 10:00-11:00", "Le lundi de 9 h à midi ; sinon, le mardi de 10 h à 11 h"),
        ];
        for (osm, words) in cases {
            assert_eq!(hours_fr(osm).as_deref(), Some(words), "{osm}");
        }
    }
}
