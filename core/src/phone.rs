//! French phone numbers: what can be dialled, and how it is shown.
//!
//! Written by hand rather than with the `phonenumber` crate: that crate carries the metadata of
//! every country and a regex engine (too heavy for the widget), while the French plan (ARCEP) is
//! small and stable: `+33` and nine digits, the overseas codes, and a short list of short numbers.

use std::fmt;

/// A dialable French number: E.164 or a short number.
///
/// ```
/// use maillage::PhoneNumber;
/// let n: PhoneNumber = "+33233771234".parse().unwrap();
/// assert_eq!(n.national(), "0233771234");
/// assert_eq!(n.display(), "02 33 77 12 34");
/// assert!("3919".parse::<PhoneNumber>().is_ok());
/// assert!("+3323377".parse::<PhoneNumber>().is_err());
/// assert!("0233771234".parse::<PhoneNumber>().is_err()); // write it +33…
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber(String);

/// Why a text is not a dialable French number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// A national form (`02…`) where E.164 is expected.
    #[error("`{0}` is a national form: write it in E.164, `+33` followed by the nine digits after the 0")]
    NationalForm(String),
    /// Neither E.164 French nor a known short number.
    #[error("`{0}` is not a valid French number (expected +33 and 9 digits, an overseas number, or a short number such as 17, 114, 3919, 116006)")]
    Invalid(String),
    /// The display form does not spell the same number.
    #[error("display `{display}` does not match the number `{number}`")]
    DisplayMismatch {
        /// The number.
        number: String,
        /// Its display form.
        display: String,
    },
}

/// Overseas country codes that are French numbers (Réunion/Mayotte, Guadeloupe, Guyane, Martinique).
const OVERSEAS: &[&str] = &["+262", "+590", "+594", "+596"];

fn is_short_number(s: &str) -> bool {
    let digits = s.bytes().all(|b| b.is_ascii_digit());
    digits
        && (matches!(
            s,
            "15" | "17" | "18" | "112" | "114" | "115" | "119" | "191" | "196" | "197"
        ) || (s.len() == 6 && s.starts_with("116"))
            || (s.len() == 4 && s.starts_with('3')))
}

impl PhoneNumber {
    /// The dialable form (`+33233771234`, `3919`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The national form (`0233771234`); short numbers are returned as they are.
    ///
    /// ```
    /// let n: maillage::PhoneNumber = "+33233771234".parse().unwrap();
    /// assert_eq!(n.national(), "0233771234");
    /// assert_eq!(n.display(), "02 33 77 12 34");
    /// ```
    pub fn national(&self) -> String {
        match self.0.strip_prefix("+33") {
            Some(rest) => format!("0{rest}"),
            None => self.0.clone(),
        }
    }

    /// The usual display: pairs of digits (`02 33 77 12 34`), 4-digit short numbers in two pairs
    /// (`39 19`), `116 006`, other short numbers as they are.
    ///
    /// ```
    /// let short: maillage::PhoneNumber = "3919".parse().unwrap();
    /// assert_eq!(short.display(), "39 19");
    /// ```
    pub fn display(&self) -> String {
        let n = self.national();
        let pairs = |s: &str| {
            s.as_bytes()
                .chunks(2)
                .map(|c| std::str::from_utf8(c).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" ")
        };
        if (n.len() == 10 && n.starts_with('0')) || n.len() == 4 {
            pairs(&n)
        } else if n.len() == 6 && n.starts_with("116") {
            format!("116 {}", &n[3..])
        } else {
            n
        }
    }

    /// Checks that `display` spells this number (spaces, dots and dashes ignored; national or
    /// international form).
    ///
    /// ```
    /// use maillage::PhoneNumber;
    /// let n: PhoneNumber = "+33800059595".parse().unwrap();
    /// assert!(n.check_display("0 800 05 95 95").is_ok());
    /// assert!(n.check_display("0 800 05 95 96").is_err());
    /// ```
    pub fn check_display(&self, display: &str) -> Result<(), PhoneError> {
        let digits: String = display
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        if digits == self.national() || digits == self.0 {
            Ok(())
        } else {
            Err(PhoneError::DisplayMismatch {
                number: self.0.clone(),
                display: display.to_owned(),
            })
        }
    }
}

impl std::str::FromStr for PhoneNumber {
    type Err = PhoneError;
    fn from_str(s: &str) -> Result<Self, PhoneError> {
        if is_short_number(s) {
            return Ok(PhoneNumber(s.to_owned()));
        }
        if s.len() == 10 && s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PhoneError::NationalForm(s.to_owned()));
        }
        let nine_digits = |rest: &str| rest.len() == 9 && rest.bytes().all(|b| b.is_ascii_digit());
        if let Some(rest) = s.strip_prefix("+33") {
            if nine_digits(rest) && !rest.starts_with('0') {
                return Ok(PhoneNumber(s.to_owned()));
            }
        }
        for code in OVERSEAS {
            if let Some(rest) = s.strip_prefix(code) {
                if nine_digits(rest) {
                    return Ok(PhoneNumber(s.to_owned()));
                }
            }
        }
        Err(PhoneError::Invalid(s.to_owned()))
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_lines_of_the_domain_brief_are_valid() {
        for n in [
            "17",
            "112",
            "15",
            "18",
            "114",
            "3919",
            "115",
            "119",
            "116006",
            "+33800059595",
            "+33800081111",
            "+33801901911",
        ] {
            assert!(n.parse::<PhoneNumber>().is_ok(), "{n}");
        }
    }

    #[test]
    fn rejects_short_garbage_and_wrong_lengths() {
        for n in [
            "",
            "1",
            "999",
            "+33",
            "+330233771234",
            "+1234567890",
            "33 19",
            "+33 2 33",
        ] {
            assert!(n.parse::<PhoneNumber>().is_err(), "{n}");
        }
    }

    #[test]
    fn displays_in_pairs() {
        let n: PhoneNumber = "+33801901911".parse().unwrap();
        assert_eq!(n.display(), "08 01 90 19 11");
        assert_eq!(
            "116006".parse::<PhoneNumber>().unwrap().display(),
            "116 006"
        );
        assert_eq!("3919".parse::<PhoneNumber>().unwrap().display(), "39 19");
    }
}
