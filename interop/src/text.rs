//! Small text helpers shared by the importers: identifiers, phone numbers, yes/no, dates.

use chrono::NaiveDate;

use crate::Note;

/// An identifier made of `a-z`, `0-9` and `-` from any text (accents folded), at most 60
/// characters; empty when the text has no letter or digit.
///
/// ```
/// assert_eq!(maillage_interop::slug("CCAS de Saint-Lô"), "ccas-de-saint-lo");
/// assert_eq!(maillage_interop::slug("dora--AidantsConnect:2024-47BXY"), "dora-aidantsconnect-2024-47bxy");
/// ```
pub fn slug(text: &str) -> String {
    let folded = maillage::fold(text);
    let mut out = String::new();
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        if out.len() + word.len() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

/// The dialable form of a French phone number as people write it: `02 33 77 12 34` →
/// `+33233771234`, `0033 2…` → `+33 2…`, `39 19` → `3919`. Spaces (also non-breaking), dots,
/// dashes and slashes are ignored. A number a spreadsheet turned into a plain number is
/// repaired: `233771234` (leading 0 dropped) and `33233771234` (`+` dropped) → `+33233771234`.
/// `None` when the text holds anything else.
///
/// ```
/// use maillage_interop::normalize_phone;
/// assert_eq!(normalize_phone("02 33 77 12 34").as_deref(), Some("+33233771234"));
/// assert_eq!(normalize_phone("0 800 05 95 95").as_deref(), Some("+33800059595"));
/// assert_eq!(normalize_phone("116 006").as_deref(), Some("116006"));
/// assert_eq!(normalize_phone("+33 (0)2 33 77 12 34").as_deref(), Some("+33233771234"));
/// assert_eq!(normalize_phone("233771234").as_deref(), Some("+33233771234"));
/// assert_eq!(normalize_phone("appeler le 17"), None);
/// ```
pub fn normalize_phone(text: &str) -> Option<String> {
    let text = text.replace("(0)", "");
    let mut digits = String::new();
    for (i, c) in text.trim().chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => digits.push(c),
            ' ' | '\u{a0}' | '\u{202f}' | '.' | '-' | '/' => {}
            _ => return None,
        }
    }
    if digits.is_empty() || digits == "+" {
        return None;
    }
    if let Some(rest) = digits.strip_prefix("0033") {
        return Some(format!("+33{rest}"));
    }
    if digits.len() == 10 && digits.starts_with('0') && !digits.starts_with("00") {
        return Some(format!("+33{}", &digits[1..]));
    }
    if digits.len() == 9 && !digits.starts_with('0') {
        return Some(format!("+33{digits}"));
    }
    if digits.len() == 11 && digits.starts_with("33") {
        return Some(format!("+{digits}"));
    }
    Some(digits)
}

/// Reads yes/no as people write it in French or English; `Ok(None)` for an empty text.
pub(crate) fn yes_no(text: &str) -> Result<Option<bool>, Note> {
    match maillage::fold(text).as_str() {
        "" => Ok(None),
        "oui" | "o" | "yes" | "y" | "vrai" | "true" | "1" | "x" => Ok(Some(true)),
        "non" | "n" | "no" | "faux" | "false" | "0" => Ok(Some(false)),
        _ => Err(Note::YesNo {
            text: text.to_owned(),
        }),
    }
}

/// Reads a date written `2026-11-29` or, as French spreadsheets save them, `29/11/2026`.
pub(crate) fn date(text: &str) -> Result<NaiveDate, Note> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(t, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .map_err(|_| Note::NotADate { text: t.to_owned() })
}

/// A decimal number with `.` or `,` as the separator.
pub(crate) fn decimal(text: &str) -> Result<f64, Note> {
    let t = text.trim().replace(',', ".");
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(Note::NotANumber {
            text: text.trim().to_owned(),
        }),
    }
}

/// `Some(trimmed)` for a non-empty text.
pub(crate) fn non_empty(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Identifiers made unique by suffixes `-2`, `-3`…
#[derive(Default)]
pub(crate) struct UniqueIds(std::collections::HashSet<String>);

impl UniqueIds {
    pub(crate) fn take(&mut self, base: &str) -> String {
        let base = if base.is_empty() { "service" } else { base };
        if self.0.insert(base.to_owned()) {
            return base.to_owned();
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.0.insert(id.clone()))
            .unwrap_or_default()
    }

    pub(crate) fn reserve(&mut self, id: &str) {
        self.0.insert(id.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_no_words() {
        assert_eq!(yes_no("Oui"), Ok(Some(true)));
        assert_eq!(yes_no(" non "), Ok(Some(false)));
        assert_eq!(yes_no(""), Ok(None));
        assert!(yes_no("peut-être").is_err());
    }

    #[test]
    fn dates_iso_and_french() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(date("2026-11-29"), Ok(d));
        assert_eq!(date("29/11/2026"), Ok(d));
        assert!(date("2026-13-01").is_err());
    }

    #[test]
    fn unique_ids() {
        let mut u = UniqueIds::default();
        assert_eq!(u.take("a"), "a");
        assert_eq!(u.take("a"), "a-2");
        assert_eq!(u.take(""), "service");
    }

    #[test]
    fn decimals_with_commas() {
        assert_eq!(decimal("49,05521"), Ok(49.05521));
        assert!(decimal("nan").is_err());
    }
}
