//! French public holidays and Europe/Paris local time.
//!
//! Written by hand rather than with `chrono-tz`: one zone is needed, whose rule is the EU's
//! (summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC,
//! fixed since 1996), and the whole tz database would weigh on the widget.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Weekday};

/// Easter Sunday of a year (Gregorian calendar, anonymous algorithm).
///
/// ```
/// use maillage::calendar::easter_sunday;
/// assert_eq!(easter_sunday(2026).to_string(), "2026-04-05");
/// assert_eq!(easter_sunday(2027).to_string(), "2027-03-28");
/// ```
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

/// The name of the French public holiday (jour férié, metropolitan France) on a date, if any.
///
/// ```
/// use chrono::NaiveDate;
/// use maillage::calendar::public_holiday;
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// assert_eq!(public_holiday(d("2026-07-14")), Some("Fête nationale"));
/// assert_eq!(public_holiday(d("2026-04-06")), Some("Lundi de Pâques"));
/// assert_eq!(public_holiday(d("2026-05-14")), Some("Ascension"));
/// assert_eq!(public_holiday(d("2026-05-25")), Some("Lundi de Pentecôte"));
/// assert_eq!(public_holiday(d("2026-12-01")), None);
/// ```
pub fn public_holiday(date: NaiveDate) -> Option<&'static str> {
    let fixed = match (date.month(), date.day()) {
        (1, 1) => Some("Jour de l'an"),
        (5, 1) => Some("Fête du Travail"),
        (5, 8) => Some("Victoire 1945"),
        (7, 14) => Some("Fête nationale"),
        (8, 15) => Some("Assomption"),
        (11, 1) => Some("Toussaint"),
        (11, 11) => Some("Armistice 1918"),
        (12, 25) => Some("Noël"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let easter = easter_sunday(date.year());
    match (date - easter).num_days() {
        1 => Some("Lundi de Pâques"),
        39 => Some("Ascension"),
        50 => Some("Lundi de Pentecôte"),
        _ => None,
    }
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let mut d = NaiveDate::from_ymd_opt(year, month + 1, 1).unwrap_or_default() - Duration::days(1);
    while d.weekday() != Weekday::Sun {
        d -= Duration::days(1);
    }
    d
}

/// Whether summer time is in force in Paris at a UTC instant.
fn is_summer_utc(utc: NaiveDateTime) -> bool {
    let y = utc.year();
    let start = last_sunday(y, 3).and_hms_opt(1, 0, 0).unwrap_or_default();
    let end = last_sunday(y, 10).and_hms_opt(1, 0, 0).unwrap_or_default();
    utc >= start && utc < end
}

/// The offset of Paris from UTC at a UTC instant, in minutes (60 or 120).
///
/// ```
/// use maillage::calendar::paris_offset_minutes;
/// let t = |s: &str| s.parse::<chrono::NaiveDateTime>().unwrap();
/// assert_eq!(paris_offset_minutes(t("2026-03-29T00:59:59")), 60);
/// assert_eq!(paris_offset_minutes(t("2026-03-29T01:00:00")), 120);
/// assert_eq!(paris_offset_minutes(t("2026-10-25T00:59:59")), 120);
/// assert_eq!(paris_offset_minutes(t("2026-10-25T01:00:00")), 60);
/// ```
pub fn paris_offset_minutes(utc: NaiveDateTime) -> i32 {
    if is_summer_utc(utc) {
        120
    } else {
        60
    }
}

/// Paris wall-clock time at a UTC instant.
///
/// ```
/// use maillage::calendar::utc_to_paris;
/// let t = |s: &str| s.parse::<chrono::NaiveDateTime>().unwrap();
/// assert_eq!(utc_to_paris(t("2026-12-01T09:00:00")), t("2026-12-01T10:00:00"));
/// assert_eq!(utc_to_paris(t("2026-07-01T09:00:00")), t("2026-07-01T11:00:00"));
/// ```
pub fn utc_to_paris(utc: NaiveDateTime) -> NaiveDateTime {
    utc + Duration::minutes(i64::from(paris_offset_minutes(utc)))
}

/// The UTC instant of a Paris wall-clock time. A time that does not exist (skipped in March) is
/// read as if the clocks had not changed yet; a time that happens twice (October) is the first.
///
/// ```
/// use maillage::calendar::paris_to_utc;
/// let t = |s: &str| s.parse::<chrono::NaiveDateTime>().unwrap();
/// assert_eq!(paris_to_utc(t("2026-12-01T10:00:00")), t("2026-12-01T09:00:00"));
/// assert_eq!(paris_to_utc(t("2026-10-25T02:30:00")), t("2026-10-25T00:30:00"));
/// ```
pub fn paris_to_utc(local: NaiveDateTime) -> NaiveDateTime {
    let summer = local - Duration::minutes(120);
    if is_summer_utc(summer) {
        return summer;
    }
    local - Duration::minutes(60)
}

/// A Paris wall-clock time written with its UTC offset, e.g. `2026-12-01T12:00+01:00`.
///
/// ```
/// use maillage::calendar::paris_iso;
/// let t = |s: &str| s.parse::<chrono::NaiveDateTime>().unwrap();
/// assert_eq!(paris_iso(t("2026-12-01T12:00:00")), "2026-12-01T12:00+01:00");
/// assert_eq!(paris_iso(t("2026-07-01T12:00:00")), "2026-07-01T12:00+02:00");
/// ```
pub fn paris_iso(local: NaiveDateTime) -> String {
    let offset = paris_offset_minutes(paris_to_utc(local));
    // Formatted by hand: chrono's strftime machinery weighs on the widget.
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}+{:02}:00",
        local.year(),
        local.month(),
        local.day(),
        local.hour(),
        local.minute(),
        offset / 60
    )
}

/// Reads an optional date written `YYYY-MM-DD` (the directory's files and bundles), for
/// `#[serde(deserialize_with)]`.
///
/// By hand rather than through chrono's `FromStr`: that goes through chrono's general
/// parser (every format item, RFC 2822 included), about 5 KiB of the widget's WebAssembly for
/// the three dates a record may carry.
pub(crate) fn deserialize_date<'de, D>(d: D) -> Result<Option<NaiveDate>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use serde::Deserialize;
    let Some(text) = Option::<std::borrow::Cow<'de, str>>::deserialize(d)? else {
        return Ok(None);
    };
    iso_date(&text).map(Some).ok_or_else(|| {
        serde::de::Error::custom(format_args!(
            "invalid date `{text}`: expected a day written YYYY-MM-DD"
        ))
    })
}

/// `YYYY-MM-DD`, a real day.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn a_directory_date_is_read_as_written_or_refused_with_the_text() {
        #[derive(serde::Deserialize)]
        struct D {
            #[serde(default, deserialize_with = "deserialize_date")]
            on: Option<NaiveDate>,
        }
        let on = |json: &str| serde_json::from_str::<D>(json).map(|d| d.on);
        assert_eq!(
            on(r#"{"on": "2026-11-30"}"#).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 30)
        );
        assert_eq!(on(r#"{"on": null}"#).unwrap(), None);
        assert_eq!(on("{}").unwrap(), None);
        for bad in [
            "2026-02-30",
            "2026-1-30",
            "30/11/2026",
            "2026-11-3O",
            "+026-11-30",
            "",
        ] {
            let e = on(&format!(r#"{{"on": "{bad}"}}"#))
                .unwrap_err()
                .to_string();
            assert!(e.contains(&format!("invalid date `{bad}`")), "{e}");
        }
        // The same in a bundle (postcard).
        let bytes = postcard::to_allocvec(&Some("2024-02-29")).unwrap();
        let mut de = postcard::Deserializer::from_bytes(&bytes);
        assert_eq!(
            deserialize_date(&mut de).unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
    }
}
