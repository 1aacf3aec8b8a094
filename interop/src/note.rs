//! What an import or an export notes (what another standard cannot hold, what could not be
//! read or mapped, what a spreadsheet's cell or header gets wrong), as codes: carried in a [`Problem`](maillage::Problem) as
//! [`Fault::Note`], worded by the CLI and the studio from their catalogs (`problem-<code>`).

use serde::Serialize;

use maillage::Fault;

/// A note of an import or an export (HSDS, data·inclusion, the spreadsheet): a code and the
/// values it names, never a sentence. It serializes as `{"code": "service-area-unmatched", "name": "Côte des Isles"}`.
///
/// ```
/// use maillage_interop::Note;
/// let f: maillage::Fault = Note::ServiceAreaUnmatched { name: "Côte des Isles".into() }.into();
/// assert_eq!(f.to_string(), "note note=service-area-unmatched");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Note {
    // Files.
    /// A file larger than maillage imports.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The most maillage reads.
        max: usize,
    },
    /// No HSDS service in the file.
    NoHsdsService,
    /// A data·inclusion file that is not an array of services.
    NotDataInclusionServices,
    /// An element that is not a service object (skipped).
    NotAServiceObject,

    // HSDS export.
    /// A professionals-only web address HSDS cannot mark as such.
    HsdsWebProOnly {
        /// The address.
        url: String,
    },
    /// A second web address (HSDS has one per service).
    HsdsOneUrl {
        /// The address left out.
        url: String,
    },
    /// Accessibility without a location.
    HsdsAccessibilityWithoutLocation,

    // data·inclusion export.
    /// More contacts of a kind than data·inclusion holds (one per service).
    DataInclusionOnePerService {
        /// `phone`, `sms`, `email` or `web`.
        kind: String,
        /// How many are left out.
        left_out: usize,
    },
    /// A served territory without data·inclusion code and whose communes are unknown.
    DataInclusionNoCode {
        /// The territory.
        territory: String,
    },

    // Imports.
    /// A term of our own vocabularies that is not one.
    UnknownTerm {
        /// The vocabulary: `Category`, `Audience` or `AccessMode`.
        vocabulary: String,
        /// The word given.
        term: String,
    },
    /// A taxonomy term mapped to nothing.
    TaxonomyTermUnmapped {
        /// The term.
        term: String,
    },
    /// A taxonomy term of a named taxonomy mapped to nothing.
    TaxonomyTermUnmappedIn {
        /// The term.
        term: String,
        /// The taxonomy.
        taxonomy: String,
    },
    /// A data·inclusion thématique mapped to nothing.
    ThematiqueUnmapped {
        /// The thématique.
        thematique: String,
    },
    /// A data·inclusion public without audience.
    PublicUnmapped {
        /// The public.
        public: String,
    },
    /// Free text on the publics.
    PublicsFreeText {
        /// The text.
        text: String,
    },
    /// No category at all.
    NoCategoryFound,
    /// No name.
    NoName,
    /// No organisation name.
    NoOrganisationName,
    /// A data·inclusion structure not found.
    StructureNotFound {
        /// Its id.
        structure: String,
    },
    /// Phones of a contact person.
    ContactPersonPhones,
    /// Several locations (only the first is imported).
    SeveralLocations {
        /// How many.
        count: usize,
    },
    /// A confidential place's address, postcode or point, not imported.
    ConfidentialPlaceDetails {
        /// The fields given, as their names (`address`, `postcode`, `point`), comma-separated.
        fields: String,
    },
    /// A place whose commune could not be found.
    CommuneNotFound {
        /// What the file says of it (city, name).
        place: String,
    },
    /// An INSEE code that is not one.
    BadInseeCode {
        /// The code.
        insee: String,
    },
    /// An address without INSEE code.
    AddressWithoutInsee,
    /// A service area matched to no territory.
    ServiceAreaUnmatched {
        /// Its name.
        name: String,
    },
    /// A data·inclusion zone that is not a commune, EPCI or département code.
    ZoneNotACode {
        /// The zone.
        zone: String,
    },
    /// No service area at all.
    NoServiceArea,
    /// No zone_eligibilite at all.
    NoZone,
    /// Schedules that are not weekly opening times.
    SchedulesNotWeekly {
        /// Their descriptions.
        descriptions: String,
    },
    /// A language we do not know.
    UnknownLanguage {
        /// The language as written.
        language: String,
    },
    /// Fees reduced to free or not.
    FeesReduced {
        /// The fees as written.
        fees: String,
    },
    /// A field a maillage record has no place for.
    FieldNotImported {
        /// The field.
        field: String,
    },
    /// Eligibility as free text.
    EligibilityFreeText,
    /// A publisher's date, kept as the source's date.
    PublisherDate {
        /// The date.
        date: String,
    },
    /// No date at all (HSDS).
    NoDate,
    /// No readable date_maj (data·inclusion).
    NoDateMaj,

    // The spreadsheet: the file.
    /// Not UTF-8 text.
    SheetNotUtf8 {
        /// The first byte that is not.
        byte: usize,
        /// Its line.
        line: usize,
    },
    /// More rows than one spreadsheet may hold.
    TooManyRows {
        /// The most maillage reads.
        max: usize,
    },
    /// A CSV the reader cannot read.
    UnreadableCsv {
        /// The csv reader's own message (English).
        detail: String,
    },
    /// An empty file.
    EmptySheet,
    // Its headers.
    /// A column twice.
    DuplicateColumn {
        /// The header.
        header: String,
        /// The other column's letter.
        other: String,
    },
    /// A header maillage does not know.
    UnknownColumn {
        /// The header.
        header: String,
        /// The headers it knows.
        columns: String,
    },
    /// A required column missing.
    MissingColumn,
    /// An optional column absent (a warning).
    ColumnAbsent,
    /// A value under no known header.
    StrayValue,
    // Its cells.
    /// An id made from the name (a warning).
    IdFromName {
        /// The id made.
        id: String,
    },
    /// No id and no name.
    MissingId,
    /// Not yes or no.
    YesNo {
        /// The cell.
        text: String,
    },
    /// Not a date.
    NotADate {
        /// The cell.
        text: String,
    },
    /// Not a number.
    NotANumber {
        /// The cell.
        text: String,
    },
    /// A word of none of our vocabularies' words.
    UnknownWord {
        /// `Category`, `Audience`, `AccessMode`, `Visibility`, `LocationPrecision` or
        /// `SourceStatus`.
        vocabulary: String,
        /// The word.
        term: String,
        /// The words allowed, comma-separated.
        expected: String,
    },
    /// A `]` without `[`.
    BracketAlone,
    /// A visibility in brackets that is none.
    BadVisibility {
        /// The word.
        word: String,
    },
    /// Unbalanced parentheses in a contact.
    UnbalancedParentheses,
    /// A `>` without `<`.
    AngleAlone,
    /// An empty contact.
    EmptyContact,
    /// An empty `<…>`.
    EmptyAngle,
    /// A longitude without latitude.
    LongitudeAlone,
    /// A latitude without longitude.
    LatitudeAlone,
    /// A confidential place with an address, postcode or point in the sheet.
    ConfidentialCell,
    /// A place without its commune.
    PlaceWithoutCommune,
    /// A name that is not the id's (a warning: the id is kept).
    NameNotOfId {
        /// The name written.
        name: String,
        /// The id written.
        id: String,
        /// The id's name.
        actual: String,
    },
    /// An id that does not parse.
    BadTerritoryId {
        /// The id written.
        id: String,
    },
    /// A name where an id is needed (no names to look it up).
    WriteCommuneId {
        /// The cell.
        text: String,
    },
    /// A name where an id is needed (no names to look it up).
    WriteTerritoryId {
        /// The cell.
        text: String,
    },
    /// A commune name the directory does not have.
    UnknownCommuneName {
        /// The cell.
        text: String,
    },
    /// A territory name the directory does not have.
    UnknownTerritoryName {
        /// The cell.
        text: String,
    },
    /// A name of several territories.
    SeveralTerritories {
        /// The cell.
        text: String,
        /// The territories, comma-separated.
        ids: String,
    },
    /// A source date without a source.
    DateWithoutSource,
    /// Records of the folder the import removes (a warning).
    RecordsRemoved {
        /// How many.
        count: usize,
        /// The file.
        file: String,
        /// The first ten ids, comma-separated (`…` after them when there are more).
        ids: String,
    },
}

impl From<maillage::UnknownTerm> for Note {
    fn from(e: maillage::UnknownTerm) -> Self {
        Note::UnknownTerm {
            vocabulary: e.vocabulary.to_owned(),
            term: e.term,
        }
    }
}

impl From<Note> for Fault {
    fn from(n: Note) -> Self {
        Fault::Note {
            note: serde_json::to_value(n).unwrap_or_default(),
        }
    }
}

/// Every note, for the catalogs' completeness test: one value of each variant.
#[doc(hidden)]
pub fn every_note() -> Vec<Note> {
    let s = || "x".to_owned();
    vec![
        Note::TooLarge { bytes: 2, max: 1 },
        Note::NoHsdsService,
        Note::NotDataInclusionServices,
        Note::NotAServiceObject,
        Note::HsdsWebProOnly { url: s() },
        Note::HsdsOneUrl { url: s() },
        Note::HsdsAccessibilityWithoutLocation,
        Note::DataInclusionOnePerService {
            kind: "phone".into(),
            left_out: 1,
        },
        Note::DataInclusionOnePerService {
            kind: "email".into(),
            left_out: 2,
        },
        Note::DataInclusionOnePerService {
            kind: "web".into(),
            left_out: 1,
        },
        Note::DataInclusionNoCode { territory: s() },
        Note::UnknownTerm {
            vocabulary: "Category".into(),
            term: s(),
        },
        Note::UnknownTerm {
            vocabulary: "Audience".into(),
            term: s(),
        },
        Note::UnknownTerm {
            vocabulary: "AccessMode".into(),
            term: s(),
        },
        Note::TaxonomyTermUnmapped { term: s() },
        Note::TaxonomyTermUnmappedIn {
            term: s(),
            taxonomy: s(),
        },
        Note::ThematiqueUnmapped { thematique: s() },
        Note::PublicUnmapped { public: s() },
        Note::PublicsFreeText { text: s() },
        Note::NoCategoryFound,
        Note::NoName,
        Note::NoOrganisationName,
        Note::StructureNotFound { structure: s() },
        Note::ContactPersonPhones,
        Note::SeveralLocations { count: 2 },
        Note::ConfidentialPlaceDetails { fields: s() },
        Note::CommuneNotFound { place: s() },
        Note::BadInseeCode { insee: s() },
        Note::AddressWithoutInsee,
        Note::ServiceAreaUnmatched { name: s() },
        Note::ZoneNotACode { zone: s() },
        Note::NoServiceArea,
        Note::NoZone,
        Note::SchedulesNotWeekly { descriptions: s() },
        Note::UnknownLanguage { language: s() },
        Note::FeesReduced { fees: s() },
        Note::FieldNotImported { field: s() },
        Note::EligibilityFreeText,
        Note::PublisherDate { date: s() },
        Note::NoDate,
        Note::NoDateMaj,
        Note::SheetNotUtf8 { byte: 3, line: 1 },
        Note::TooManyRows { max: 20000 },
        Note::UnreadableCsv { detail: s() },
        Note::EmptySheet,
        Note::DuplicateColumn {
            header: s(),
            other: s(),
        },
        Note::UnknownColumn {
            header: s(),
            columns: s(),
        },
        Note::MissingColumn,
        Note::ColumnAbsent,
        Note::StrayValue,
        Note::IdFromName { id: s() },
        Note::MissingId,
        Note::YesNo { text: s() },
        Note::NotADate { text: s() },
        Note::NotANumber { text: s() },
        Note::UnknownWord {
            vocabulary: "Visibility".into(),
            term: s(),
            expected: s(),
        },
        Note::BracketAlone,
        Note::BadVisibility { word: s() },
        Note::UnbalancedParentheses,
        Note::AngleAlone,
        Note::EmptyContact,
        Note::EmptyAngle,
        Note::LongitudeAlone,
        Note::LatitudeAlone,
        Note::ConfidentialCell,
        Note::PlaceWithoutCommune,
        Note::NameNotOfId {
            name: s(),
            id: s(),
            actual: s(),
        },
        Note::BadTerritoryId { id: s() },
        Note::WriteCommuneId { text: s() },
        Note::WriteTerritoryId { text: s() },
        Note::UnknownCommuneName { text: s() },
        Note::UnknownTerritoryName { text: s() },
        Note::SeveralTerritories {
            text: s(),
            ids: s(),
        },
        Note::DateWithoutSource,
        Note::RecordsRemoved {
            count: 11,
            file: s(),
            ids: s(),
        },
    ]
}
