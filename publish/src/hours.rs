//! Opening hours in French words, for people who read a leaflet rather than OSM syntax.

use maillage::hours::{DateRange, DaySelector, Modifier, MonthDay, OpeningHours, Rule, RuleKind};

const DAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
/// French month names, January first (also used for dates on leaflets).
pub(crate) const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

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
    let hours: OpeningHours = text.parse().ok()?;
    let mut out = String::new();
    for (i, rule) in hours.rules().iter().enumerate() {
        if i > 0 {
            out.push_str(match rule.kind {
                RuleKind::Normal => " ; ",
                RuleKind::Additional => ", ",
                RuleKind::Fallback => " ; sinon, ",
            });
        }
        out.push_str(&rule_fr(rule));
    }
    Some(capitalize(out.trim()))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn rule_fr(rule: &Rule) -> String {
    let when = if rule.always {
        String::new()
    } else {
        let mut parts = Vec::new();
        if !rule.dates.is_empty() {
            parts.push(list(rule.dates.iter().map(date_range).collect()));
        }
        if !rule.days.is_empty() {
            parts.push(days(&rule.days));
        }
        parts.join(", ")
    };
    let times = times(rule);
    let mut out = match rule.modifier {
        Modifier::Open if rule.always => "24 h/24, 7 j/7".to_owned(),
        Modifier::Open => match (when.is_empty(), times.is_empty()) {
            (true, true) => "ouvert".to_owned(),
            (true, false) => times,
            (false, true) => format!("{when}, toute la journée"),
            (false, false) => format!("{when} {times}"),
        },
        Modifier::Closed => {
            let mut s = "fermé".to_owned();
            for part in [&when, &times] {
                if !part.is_empty() {
                    s.push(' ');
                    s.push_str(part);
                }
            }
            s
        }
        Modifier::Unknown => {
            let what = match &rule.comment {
                Some(c) => c.trim().to_owned(),
                None => "horaires à confirmer".to_owned(),
            };
            let scope = [when.as_str(), times.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            if scope.is_empty() {
                what
            } else {
                format!("{scope} : {what}")
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
            out.push_str(&format!(" ({c})"));
        }
    }
    out
}

fn list(items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} et {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

fn days(selectors: &[DaySelector]) -> String {
    let mut items = Vec::new();
    for d in selectors {
        items.push(match *d {
            DaySelector::PublicHoliday => "les jours fériés".to_owned(),
            DaySelector::Weekdays(a, b) if a == b => format!("le {}", DAYS[a as usize % 7]),
            DaySelector::Weekdays(0, 6) => "tous les jours".to_owned(),
            DaySelector::Weekdays(5, 6) => "le week-end".to_owned(),
            DaySelector::Weekdays(a, b) if (a + 1) % 7 == b => {
                format!("le {} et le {}", DAYS[a as usize % 7], DAYS[b as usize % 7])
            }
            DaySelector::Weekdays(a, b) => {
                format!("du {} au {}", DAYS[a as usize % 7], DAYS[b as usize % 7])
            }
        });
    }
    list(items)
}

fn day_of_month(md: MonthDay) -> String {
    let month = MONTHS[(md.month as usize + 11) % 12];
    match md.day {
        Some(1) => format!("1er {month}"),
        Some(d) => format!("{d} {month}"),
        None => month.to_owned(),
    }
}

fn date_range(r: &DateRange) -> String {
    match (r.start.day, r.start == r.end) {
        (Some(_), true) => format!("le {}", day_of_month(r.start)),
        (Some(_), false) => format!("du {} au {}", day_of_month(r.start), day_of_month(r.end)),
        (None, true) => format!("en {}", day_of_month(r.start)),
        (None, false) => format!("de {} à {}", day_of_month(r.start), day_of_month(r.end)),
    }
}

fn clock(minutes: u16) -> String {
    let m = minutes % (24 * 60);
    match (m / 60, m % 60) {
        (0, 0) => "minuit".to_owned(),
        (12, 0) => "midi".to_owned(),
        (h, 0) => format!("{h} h"),
        (h, min) => format!("{h} h {min:02}"),
    }
}

fn times(rule: &Rule) -> String {
    if rule.times.len() == 1 && rule.times[0].start == 0 && rule.times[0].end == 24 * 60 {
        return "toute la journée".to_owned();
    }
    list(
        rule.times
            .iter()
            .map(|t| format!("de {} à {}", clock(t.start), clock(t.end)))
            .collect(),
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
