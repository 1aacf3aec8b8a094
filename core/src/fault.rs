//! What is wrong with a directory, as codes: the reason of each [`Problem`](crate::Problem).

use serde::Serialize;

use crate::hours::HoursFault;
use crate::phone::PhoneError;

/// What is wrong with a file, a record or a field: a code and the values it names, never a
/// sentence. It serializes as `{"code": "unknown-territory", "id": "commune:50999"}`; the CLI
/// and the studio word it from their message catalogs (`problem-<code>` in
/// `i18n/problems/<tag>.ftl`, the values as the message's variables), in the reader's
/// language. `Display` writes the code and its values, for logs.
///
/// ```
/// use maillage::Fault;
/// let f = Fault::UnknownTerritory { id: "commune:50999".into() };
/// assert_eq!(f.code(), "unknown-territory");
/// assert_eq!(serde_json::to_string(&f).unwrap(),
///     r#"{"code":"unknown-territory","id":"commune:50999"}"#);
/// assert_eq!(f.to_string(), "unknown-territory id=commune:50999");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Fault {
    // Files.
    /// A file that cannot be read: not UTF-8 text, or a bundle that does not decode.
    UnreadableFile {
        /// What the reader found (English, from the reader).
        detail: String,
    },
    /// A text file that is not UTF-8.
    NotUtf8 {
        /// The byte offset of the first byte that is not.
        byte: usize,
    },
    /// A JSON file that does not parse.
    MalformedJson {
        /// The parser's own message (English, from serde_json).
        detail: String,
    },
    /// A JSON file that ends too early.
    TruncatedJson {
        /// The parser's own message (English, from serde_json).
        detail: String,
    },
    /// A records file that is not an object holding the list `key`.
    ExpectedObjectWithList {
        /// The list's name (`services`).
        key: String,
    },
    /// A records file whose `key` is not a list.
    ExpectedList {
        /// The list's name.
        key: String,
    },
    /// A record whose field cannot be read (wrong type, unknown term, missing field).
    UnreadableField {
        /// The reader's own message (English, from serde).
        detail: String,
    },
    /// `i18n/<name>.json` not named after a language other than French.
    NotALanguageFile,
    /// A file the directory folder does not use (a warning: it is ignored).
    NotADirectoryFile,
    /// No `directory.json`.
    MissingMetadata,

    // Territories and places.
    /// Two territories with one id.
    DuplicateTerritoryId,
    /// A territory whose `kind` is not its id's.
    KindMismatch {
        /// The `kind` written.
        kind: String,
        /// The id's kind.
        id_kind: String,
    },
    /// A reference to a territory the directory does not have.
    UnknownTerritory {
        /// The id referred to.
        id: String,
    },
    /// A reference to a service the directory does not have.
    UnknownService {
        /// The id referred to.
        id: String,
    },
    /// A territory without outline.
    EmptyGeometry,
    /// A ring with fewer than 4 points.
    RingTooShort {
        /// How many it has.
        points: usize,
    },
    /// A ring whose first and last points differ.
    RingNotClosed,
    /// A coordinate that is not a longitude, latitude.
    CoordinateOutOfRange {
        /// The longitude written.
        lon: String,
        /// The latitude written.
        lat: String,
    },
    /// A self-intersecting or otherwise invalid outline.
    InvalidGeometry {
        /// What `geo` found (English, at most three findings).
        detail: String,
    },
    /// Two places with one id.
    DuplicatePlaceId,

    // Services.
    /// Two services (or national lines) with one id.
    DuplicateServiceId,
    /// An id with other characters than a-z, 0-9 and `-`.
    BadId {
        /// The id.
        id: String,
    },
    /// A service without name.
    EmptyName,
    /// A service without category.
    NoCategory,
    /// A service for perpetrators with another category than `auteurs`.
    PerpetratorsOtherCategory,
    /// The category `auteurs` without the audience `auteurs`.
    PerpetratorsAudienceMissing,
    /// A local service serving the whole country (a warning).
    LocalServesCountry,
    /// A national line whose served area is not `national`.
    NationalLineNotNational,
    /// A served area listing no territory.
    EmptyServedArea,
    /// Neither contact nor location.
    NoWayToReach,
    /// A `javascript:` link.
    JavascriptUrl,
    /// A national-form phone number (`02…`).
    PhoneNationalForm {
        /// The number written.
        number: String,
    },
    /// Not a French number.
    PhoneInvalid {
        /// The number written.
        number: String,
    },
    /// A display form that spells another number.
    PhoneDisplayMismatch {
        /// The number.
        number: String,
        /// Its display form.
        display: String,
    },
    /// Not an e-mail address.
    NotAnEmail {
        /// The value written.
        value: String,
    },
    /// An `http://` web link.
    UrlNotHttps {
        /// The link.
        url: String,
    },
    /// A web link without scheme.
    UrlNoScheme {
        /// The link.
        url: String,
    },
    /// A web link with a scheme other than https, tel, sms, mailto.
    UrlScheme {
        /// The link.
        url: String,
        /// Its scheme.
        scheme: String,
    },
    /// A confidential contact (contacts are public or professionals-only).
    ConfidentialContact,
    /// A location whose commune is unknown.
    UnknownCommune {
        /// The id written.
        id: String,
    },
    /// A confidential location with its address.
    ConfidentialAddress,
    /// A confidential location with its postcode.
    ConfidentialPostcode,
    /// A confidential location with its point.
    ConfidentialPoint,
    /// Precision `address` without an address.
    PrecisionWithoutAddress,
    /// A latitude or longitude out of range.
    PointOutOfRange,
    /// A point outside the directory's territory.
    PointOutsideScope {
        /// Its latitude.
        lat: String,
        /// Its longitude.
        lon: String,
        /// The directory's territory.
        scope: String,
    },
    /// A point outside the location's commune.
    PointOutsideCommune {
        /// Its latitude.
        lat: String,
        /// Its longitude.
        lon: String,
        /// The commune's name.
        commune: String,
        /// The commune's id.
        id: String,
    },
    /// A public address without a point (a warning: no distance).
    AddressWithoutPoint,
    /// Opening hours that do not parse.
    Hours {
        /// The whole text.
        text: String,
        /// 1-based character column.
        column: usize,
        /// What is wrong there.
        fault: HoursFault,
    },

    // Sources.
    /// No source.
    MissingSource,
    /// A source without title.
    EmptySourceTitle,
    /// A source address that is not an http(s) page.
    SourceUrlNotHttp {
        /// The address.
        url: String,
    },
    /// A spoken language that is not an ISO 639-1 code.
    BadLanguageCode {
        /// The code written.
        language: String,
    },
    /// `verified` without `verified_on`.
    VerifiedWithoutDate,
    /// `verified_on` on a source still to verify.
    DateOnToVerify {
        /// The date.
        date: String,
    },
    /// A record still to verify (a warning, one per record).
    ToVerify,
    /// A date after today.
    DateInFuture {
        /// The date.
        date: String,
    },
    /// Verified more than 12 months ago (a warning).
    VerifiedLongAgo {
        /// The date.
        date: String,
    },
    /// A source page dated more than 2 years ago (a warning).
    OldPage {
        /// The page's date.
        date: String,
    },

    // Pathways.
    /// Two steps with one id.
    DuplicateStepId,
    /// A step text without French.
    MissingFrench,
    /// A step text without English.
    MissingEnglish,
    /// A step without category.
    StepWithoutCategory,
    /// A reference to a national line the directory does not have.
    UnknownNationalLine {
        /// The id referred to.
        id: String,
    },
    /// A step no situation reaches.
    StepUnreachable,
    /// The perpetrators' step chosen by audience.
    PerpetratorsStepAudience,
    /// The perpetrators' step with other categories or without the role.
    PerpetratorsStepCategory,
    /// A category some service carries and no step has (a warning).
    CategoryWithoutStep {
        /// The category.
        category: String,
    },

    // Language files.
    /// English step texts in a language file (they live in `pathways.json`).
    EnglishStepsHere,
    /// A translated step that `pathways.json` does not have.
    UnknownStep {
        /// Its id.
        id: String,
    },
    /// An empty translated text.
    EmptyText,
    /// A step without its translation.
    StepNotTranslated {
        /// The step.
        id: String,
    },
    /// A national line's text without its translation.
    NotTranslated {
        /// `description` or `conditions`.
        field: String,
        /// The line.
        id: String,
    },
    /// A translation of a text the national line does not have.
    NothingToTranslate {
        /// `description` or `conditions`.
        field: String,
        /// The line.
        id: String,
    },

    // Exchanges.
    /// A note of an import or an export (HSDS, data·inclusion, the spreadsheet) as the
    /// importer's own code: an object with `code` and its values (`maillage_interop::Note`),
    /// worded as `problem-<code>`.
    Note {
        /// The note.
        note: serde_json::Value,
    },
}

impl Fault {
    /// The code, as serialized and as the catalogs name it (`unknown-territory`).
    pub fn code(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(mut m)) => match m.remove("code") {
                Some(serde_json::Value::String(c)) => c,
                _ => String::new(),
            },
            _ => String::new(),
        }
    }
}

impl From<PhoneError> for Fault {
    fn from(e: PhoneError) -> Self {
        match e {
            PhoneError::NationalForm(number) => Fault::PhoneNationalForm { number },
            PhoneError::Invalid(number) => Fault::PhoneInvalid { number },
            PhoneError::DisplayMismatch { number, display } => {
                Fault::PhoneDisplayMismatch { number, display }
            }
        }
    }
}

impl From<crate::hours::HoursError> for Fault {
    fn from(e: crate::hours::HoursError) -> Self {
        Fault::Hours {
            text: e.text,
            column: e.column,
            fault: e.fault,
        }
    }
}

impl std::fmt::Display for Fault {
    /// The code and its values (`unknown-territory id=commune:50999`), for logs: people read
    /// the catalogs' wording.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Ok(serde_json::Value::Object(map)) = serde_json::to_value(self) else {
            return Ok(());
        };
        let mut first = true;
        let mut write = |f: &mut std::fmt::Formatter<'_>, text: &str| {
            if !first {
                f.write_str(" ")?;
            }
            first = false;
            f.write_str(text)
        };
        if let Some(serde_json::Value::String(code)) = map.get("code") {
            write(f, code)?;
        }
        for (k, v) in map.iter().filter(|(k, _)| *k != "code") {
            let v = match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Object(inner) => inner
                    .get("code")
                    .and_then(|c| c.as_str())
                    .unwrap_or_default()
                    .to_owned(),
                other => other.to_string(),
            };
            write(f, &format!("{k}={v}"))?;
        }
        Ok(())
    }
}

/// Every code, for the catalogs' completeness test: one value of each variant.
#[doc(hidden)]
pub fn every_fault() -> Vec<Fault> {
    let s = || "x".to_owned();
    let mut out = vec![
        Fault::UnreadableFile { detail: s() },
        Fault::NotUtf8 { byte: 0 },
        Fault::MalformedJson { detail: s() },
        Fault::TruncatedJson { detail: s() },
        Fault::ExpectedObjectWithList { key: s() },
        Fault::ExpectedList { key: s() },
        Fault::UnreadableField { detail: s() },
        Fault::NotALanguageFile,
        Fault::NotADirectoryFile,
        Fault::MissingMetadata,
        Fault::DuplicateTerritoryId,
        Fault::KindMismatch {
            kind: s(),
            id_kind: s(),
        },
        Fault::UnknownTerritory { id: s() },
        Fault::UnknownService { id: s() },
        Fault::EmptyGeometry,
        Fault::RingTooShort { points: 3 },
        Fault::RingNotClosed,
        Fault::CoordinateOutOfRange { lon: s(), lat: s() },
        Fault::InvalidGeometry { detail: s() },
        Fault::DuplicatePlaceId,
        Fault::DuplicateServiceId,
        Fault::BadId { id: s() },
        Fault::EmptyName,
        Fault::NoCategory,
        Fault::PerpetratorsOtherCategory,
        Fault::PerpetratorsAudienceMissing,
        Fault::LocalServesCountry,
        Fault::NationalLineNotNational,
        Fault::EmptyServedArea,
        Fault::NoWayToReach,
        Fault::JavascriptUrl,
        Fault::PhoneNationalForm { number: s() },
        Fault::PhoneInvalid { number: s() },
        Fault::PhoneDisplayMismatch {
            number: s(),
            display: s(),
        },
        Fault::NotAnEmail { value: s() },
        Fault::UrlNotHttps { url: s() },
        Fault::UrlNoScheme { url: s() },
        Fault::UrlScheme {
            url: s(),
            scheme: s(),
        },
        Fault::ConfidentialContact,
        Fault::UnknownCommune { id: s() },
        Fault::ConfidentialAddress,
        Fault::ConfidentialPostcode,
        Fault::ConfidentialPoint,
        Fault::PrecisionWithoutAddress,
        Fault::PointOutOfRange,
        Fault::PointOutsideScope {
            lat: s(),
            lon: s(),
            scope: s(),
        },
        Fault::PointOutsideCommune {
            lat: s(),
            lon: s(),
            commune: s(),
            id: s(),
        },
        Fault::AddressWithoutPoint,
        Fault::MissingSource,
        Fault::EmptySourceTitle,
        Fault::SourceUrlNotHttp { url: s() },
        Fault::BadLanguageCode { language: s() },
        Fault::VerifiedWithoutDate,
        Fault::DateOnToVerify { date: s() },
        Fault::ToVerify,
        Fault::DateInFuture { date: s() },
        Fault::VerifiedLongAgo { date: s() },
        Fault::OldPage { date: s() },
        Fault::DuplicateStepId,
        Fault::MissingFrench,
        Fault::MissingEnglish,
        Fault::StepWithoutCategory,
        Fault::UnknownNationalLine { id: s() },
        Fault::StepUnreachable,
        Fault::PerpetratorsStepAudience,
        Fault::PerpetratorsStepCategory,
        Fault::CategoryWithoutStep { category: s() },
        Fault::EnglishStepsHere,
        Fault::UnknownStep { id: s() },
        Fault::EmptyText,
        Fault::StepNotTranslated { id: s() },
        Fault::NotTranslated {
            field: s(),
            id: s(),
        },
        Fault::NothingToTranslate {
            field: s(),
            id: s(),
        },
        Fault::Note {
            note: serde_json::json!({"code": "no-name"}),
        },
    ];
    let hours = [
        HoursFault::HoursEmpty,
        HoursFault::DayOfMonth,
        HoursFault::MonthOrDayAfterDash,
        HoursFault::DateRangeEnds,
        HoursFault::SchoolHolidays,
        HoursFault::NthWeekday,
        HoursFault::WeekdayAfterDash,
        HoursFault::ExpectedTime,
        HoursFault::ExpectedColon,
        HoursFault::ExpectedMinutes,
        HoursFault::MinutesDigits,
        HoursFault::StartAfter24,
        HoursFault::OpenEnded,
        HoursFault::ExpectedEnd,
        HoursFault::EndAfter48,
        HoursFault::EndBeforeStart,
        HoursFault::SpanStartsAt24,
        HoursFault::UnterminatedComment,
        HoursFault::ExpectedRule { found: s() },
        HoursFault::Unexpected { found: s() },
    ];
    out.extend(hours.into_iter().map(|fault| Fault::Hours {
        text: s(),
        column: 1,
        fault,
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `every_fault` must list every variant, or the catalogs' completeness test misses one:
    /// this match fails to compile when a variant is added (the enum is non-exhaustive only
    /// outside the crate).
    #[test]
    fn every_fault_lists_every_variant() {
        let mut codes = std::collections::HashSet::new();
        for f in every_fault() {
            let key = match &f {
                Fault::Hours { fault, .. } => format!("hours/{fault:?}"),
                other => other.code(),
            };
            assert!(codes.insert(key), "{f:?} listed twice");
            match f {
                Fault::UnreadableFile { .. }
                | Fault::NotUtf8 { .. }
                | Fault::MalformedJson { .. }
                | Fault::TruncatedJson { .. }
                | Fault::ExpectedObjectWithList { .. }
                | Fault::ExpectedList { .. }
                | Fault::UnreadableField { .. }
                | Fault::NotALanguageFile
                | Fault::NotADirectoryFile
                | Fault::MissingMetadata
                | Fault::DuplicateTerritoryId
                | Fault::KindMismatch { .. }
                | Fault::UnknownTerritory { .. }
                | Fault::UnknownService { .. }
                | Fault::EmptyGeometry
                | Fault::RingTooShort { .. }
                | Fault::RingNotClosed
                | Fault::CoordinateOutOfRange { .. }
                | Fault::InvalidGeometry { .. }
                | Fault::DuplicatePlaceId
                | Fault::DuplicateServiceId
                | Fault::BadId { .. }
                | Fault::EmptyName
                | Fault::NoCategory
                | Fault::PerpetratorsOtherCategory
                | Fault::PerpetratorsAudienceMissing
                | Fault::LocalServesCountry
                | Fault::NationalLineNotNational
                | Fault::EmptyServedArea
                | Fault::NoWayToReach
                | Fault::JavascriptUrl
                | Fault::PhoneNationalForm { .. }
                | Fault::PhoneInvalid { .. }
                | Fault::PhoneDisplayMismatch { .. }
                | Fault::NotAnEmail { .. }
                | Fault::UrlNotHttps { .. }
                | Fault::UrlNoScheme { .. }
                | Fault::UrlScheme { .. }
                | Fault::ConfidentialContact
                | Fault::UnknownCommune { .. }
                | Fault::ConfidentialAddress
                | Fault::ConfidentialPostcode
                | Fault::ConfidentialPoint
                | Fault::PrecisionWithoutAddress
                | Fault::PointOutOfRange
                | Fault::PointOutsideScope { .. }
                | Fault::PointOutsideCommune { .. }
                | Fault::AddressWithoutPoint
                | Fault::Hours { .. }
                | Fault::MissingSource
                | Fault::EmptySourceTitle
                | Fault::SourceUrlNotHttp { .. }
                | Fault::BadLanguageCode { .. }
                | Fault::VerifiedWithoutDate
                | Fault::DateOnToVerify { .. }
                | Fault::ToVerify
                | Fault::DateInFuture { .. }
                | Fault::VerifiedLongAgo { .. }
                | Fault::OldPage { .. }
                | Fault::DuplicateStepId
                | Fault::MissingFrench
                | Fault::MissingEnglish
                | Fault::StepWithoutCategory
                | Fault::UnknownNationalLine { .. }
                | Fault::StepUnreachable
                | Fault::PerpetratorsStepAudience
                | Fault::PerpetratorsStepCategory
                | Fault::CategoryWithoutStep { .. }
                | Fault::EnglishStepsHere
                | Fault::UnknownStep { .. }
                | Fault::EmptyText
                | Fault::StepNotTranslated { .. }
                | Fault::NotTranslated { .. }
                | Fault::NothingToTranslate { .. }
                | Fault::Note { .. } => {}
            }
        }
        // 74 faults besides `Hours`, and `Hours` once per hours fault (20).
        assert_eq!(codes.len(), 74 + 20);
    }
}
