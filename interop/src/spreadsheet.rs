//! The coordinator's spreadsheet: the services as CSV, one row per contact point, and back.
//!
//! ## Columns
//!
//! French headers, in this order when written (any order, any case and accents when read; the
//! English field names are accepted too). `identifiant`, `nom`, `organisation`, `catégories` and
//! `zone desservie` are required; another missing column is a warning (its field is empty on
//! every row). An unknown column is an error: nothing is dropped silently.
//!
//! | column | field | how it is written |
//! |---|---|---|
//! | `identifiant` | `id` | `cidff-manche`; when empty, made from the name (with a warning) |
//! | `nom`, `organisation`, `description` | same | text |
//! | `catégories`, `publics`, `modes d'accès` | vocabularies | `ecoute; juridique` (the French labels are understood too) |
//! | `téléphone`, `sms`, `courriel`, `site web` | `contacts` | one contact per line (or separated by `;`), see below |
//! | `adresse`, `code postal` | `location` | text (never for a `confidentiel` place) |
//! | `commune` | `location.commune` | `Saint-Lô (50502)`, `50502`, or a name the directory knows |
//! | `latitude`, `longitude` | `location.point` | `49.1157` (a decimal comma is read too) |
//! | `visibilité du lieu` | `location.visibility` | `public` (when empty), `professionnels`, `confidentiel` |
//! | `précision du lieu` | `location.precision` | `commune` (when empty): the point stands for the commune; `address`: the point is at the street address |
//! | `zone desservie` | `served_area` | `national`, or `Manche (departement:50); …`, ids or names |
//! | `ligne nationale` | which file | `oui` for a national line (written to `national.json`) |
//! | `horaires` | `hours` | OpenStreetMap syntax: `Mo-Fr 09:00-12:00,14:00-17:30; PH off` |
//! | `langues` | `languages` | `fr; en` |
//! | `accès de plain-pied`, `accessibilité` | `accessibility` | `oui`/`non`/empty; text |
//! | `gratuit`, `anonyme` | `free`, `anonymous` | `oui`/`non`/empty (unknown) |
//! | `conditions` | same | text |
//! | `source`, `source url` | `source` | title; the specific page, `https://…` |
//! | `statut de la source` | `source.status` | `to-verify` (when empty) or `verified` (`à vérifier`, `vérifié` too) |
//! | `vérifié le` | `source.verified_on` | the day the record was verified against the page, `2026-11-30` (or `30/11/2026`); only when `verified` |
//! | `date de la source` | `source.published_on` | the page's own date, when it gives one |
//!
//! A contact is written `TEXT (LABEL) [VISIBILITY]`, label and visibility optional:
//! `02 33 06 30 78 (Secrétariat de l'UMJ)`, `requisition-umj@ch-stlo.fr (Réquisitions) [professionnels]`.
//! For phones and SMS, TEXT is the number as people read it; the dialable form is worked out
//! (`+33233063078`). When it cannot be, or to keep a display that differs, the dialable value
//! goes in angle brackets: `Standard <+33233063078>`. A backslash makes the next character plain
//! text (`\;`, `\(`…); the writer only uses it for texts that would otherwise be misread.
//!
//! ## Reading
//!
//! Comma, semicolon or tab separated (detected from the header line), UTF-8 with or without a
//! byte-order mark, LF or CRLF line ends. Texts are trimmed and an empty cell means "absent".
//! Rows are numbered as a spreadsheet shows them (the header is row 1). Every problem of every
//! row is collected ([`read`]), then the core's checks run on the result ([`check`]) and their
//! problems are brought back to the row and column they come from.
//!
//! ## Round trip
//!
//! [`write()`] then [`read`] gives back every service exactly, national lines included with
//! [`WriteOptions::national`]. The contacts of a service are grouped by kind in the sheet
//! (phones, SMS, e-mails, web); their order within a kind is kept.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::NaiveDate;
use maillage::{
    AccessMode, Accessibility, Audience, Category, Contact, ContactKind, Directory, Fault,
    Location, LocationPrecision, PhoneNumber, Point, Problem, ServedArea, Service, Severity,
    Source, SourceFile, SourceStatus, TerritoryId, TerritoryKind, Visibility,
};
use serde::Serialize;

use crate::text::{date, decimal, non_empty, slug, yes_no, UniqueIds};
use crate::{directory_file, normalize_phone, Names, Note};

/// A column of the spreadsheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// `identifiant`
    Id,
    /// `nom`
    Name,
    /// `organisation`
    Organisation,
    /// `description`
    Description,
    /// `catégories`
    Categories,
    /// `publics`
    Audiences,
    /// `modes d'accès`
    Access,
    /// `téléphone`
    Phone,
    /// `sms`
    Sms,
    /// `courriel`
    Email,
    /// `site web`
    Web,
    /// `adresse`
    Address,
    /// `code postal`
    Postcode,
    /// `commune`
    Commune,
    /// `latitude`
    Latitude,
    /// `longitude`
    Longitude,
    /// `visibilité du lieu`
    LocationVisibility,
    /// `précision du lieu`
    LocationPrecision,
    /// `zone desservie`
    ServedArea,
    /// `ligne nationale`
    National,
    /// `horaires`
    Hours,
    /// `langues`
    Languages,
    /// `accès de plain-pied`
    StepFree,
    /// `accessibilité`
    Accessibility,
    /// `gratuit`
    Free,
    /// `anonyme`
    Anonymous,
    /// `conditions`
    Conditions,
    /// `source`
    Source,
    /// `source url`
    SourceUrl,
    /// `statut de la source`
    SourceStatus,
    /// `vérifié le`
    VerifiedOn,
    /// `date de la source`
    PublishedOn,
}

impl Column {
    /// Every column, in the order they are written.
    pub const ALL: [Column; 32] = [
        Column::Id,
        Column::Name,
        Column::Organisation,
        Column::Description,
        Column::Categories,
        Column::Audiences,
        Column::Access,
        Column::Phone,
        Column::Sms,
        Column::Email,
        Column::Web,
        Column::Address,
        Column::Postcode,
        Column::Commune,
        Column::Latitude,
        Column::Longitude,
        Column::LocationVisibility,
        Column::LocationPrecision,
        Column::ServedArea,
        Column::National,
        Column::Hours,
        Column::Languages,
        Column::StepFree,
        Column::Accessibility,
        Column::Free,
        Column::Anonymous,
        Column::Conditions,
        Column::Source,
        Column::SourceUrl,
        Column::SourceStatus,
        Column::VerifiedOn,
        Column::PublishedOn,
    ];

    /// The header written in the first row.
    pub fn header(self) -> &'static str {
        match self {
            Column::Id => "identifiant",
            Column::Name => "nom",
            Column::Organisation => "organisation",
            Column::Description => "description",
            Column::Categories => "catégories",
            Column::Audiences => "publics",
            Column::Access => "modes d'accès",
            Column::Phone => "téléphone",
            Column::Sms => "sms",
            Column::Email => "courriel",
            Column::Web => "site web",
            Column::Address => "adresse",
            Column::Postcode => "code postal",
            Column::Commune => "commune",
            Column::Latitude => "latitude",
            Column::Longitude => "longitude",
            Column::LocationVisibility => "visibilité du lieu",
            Column::LocationPrecision => "précision du lieu",
            Column::ServedArea => "zone desservie",
            Column::National => "ligne nationale",
            Column::Hours => "horaires",
            Column::Languages => "langues",
            Column::StepFree => "accès de plain-pied",
            Column::Accessibility => "accessibilité",
            Column::Free => "gratuit",
            Column::Anonymous => "anonyme",
            Column::Conditions => "conditions",
            Column::Source => "source",
            Column::SourceUrl => "source url",
            Column::SourceStatus => "statut de la source",
            Column::VerifiedOn => "vérifié le",
            Column::PublishedOn => "date de la source",
        }
    }

    /// Other names accepted when reading (folded: lowercase, no accents, spaces).
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Id => &["id", "identifier"],
            Column::Name => &["name"],
            Column::Organisation => &["organization", "structure"],
            Column::Description => &[],
            Column::Categories => &["categories", "categorie"],
            Column::Audiences => &["audiences", "public"],
            Column::Access => &["access", "acces", "mode d acces"],
            Column::Phone => &["phone", "telephones", "tel"],
            Column::Sms => &[],
            Column::Email => &["email", "e mail", "mail", "courriels"],
            Column::Web => &["web", "site", "site internet", "url"],
            Column::Address => &["address"],
            Column::Postcode => &["postcode", "cp"],
            Column::Commune => &[],
            Column::Latitude => &["lat"],
            Column::Longitude => &["lon", "lng"],
            Column::LocationVisibility => &["visibility", "visibilite"],
            Column::LocationPrecision => &["precision", "location precision"],
            Column::ServedArea => &["served area", "zone"],
            Column::National => &["national"],
            Column::Hours => &["hours", "opening hours"],
            Column::Languages => &["languages"],
            Column::StepFree => &["step free", "plain pied"],
            Column::Accessibility => &["accessibility details"],
            Column::Free => &["free"],
            Column::Anonymous => &["anonymous"],
            Column::Conditions => &[],
            Column::Source => &["source title"],
            Column::SourceUrl => &[],
            Column::SourceStatus => &["source status", "statut"],
            Column::VerifiedOn => &["verified on", "verifie"],
            Column::PublishedOn => &["published on", "source date", "date de la page"],
        }
    }

    fn required(self) -> bool {
        matches!(
            self,
            Column::Id
                | Column::Name
                | Column::Organisation
                | Column::Categories
                | Column::ServedArea
        )
    }

    fn contact_kind(self) -> Option<ContactKind> {
        match self {
            Column::Phone => Some(ContactKind::Phone),
            Column::Sms => Some(ContactKind::Sms),
            Column::Email => Some(ContactKind::Email),
            Column::Web => Some(ContactKind::Web),
            _ => None,
        }
    }
}

/// The spreadsheet name of the 0-based column `index`: `A`, …, `Z`, `AA`…
///
/// ```
/// use maillage_interop::spreadsheet::column_letter;
/// assert_eq!(column_letter(0), "A");
/// assert_eq!(column_letter(27), "AB");
/// ```
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// How to write the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteOptions {
    /// Also write the national lines (with `ligne nationale` = `oui`).
    pub national: bool,
    /// The separator: `;` (default: what French spreadsheets expect) or `,`.
    pub delimiter: u8,
    /// Start with a UTF-8 byte-order mark, so that Excel reads accents right (default).
    pub bom: bool,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            national: false,
            delimiter: b';',
            bom: true,
        }
    }
}

/// The header row, as written.
pub fn headers() -> Vec<&'static str> {
    Column::ALL.iter().map(|c| c.header()).collect()
}

/// The directory's services as CSV text.
///
/// The sheet is the coordinator's working file: professionals-only contacts are in it (marked
/// `[professionnels]`), but a `confidentiel` place never has its address, postcode or point
/// written (the core refuses them anyway).
pub fn write(directory: &Directory, options: &WriteOptions) -> String {
    let rows: Vec<(&Service, bool)> = directory
        .services
        .iter()
        .map(|s| (s, false))
        .chain(
            directory
                .national
                .iter()
                .filter(|_| options.national)
                .map(|s| (s, true)),
        )
        .collect();
    write_rows(&rows, &Names::of(directory), options)
}

/// Services (each with whether it is a national line) as CSV text; `names` gives the territory
/// names written beside ids.
pub fn write_rows(rows: &[(&Service, bool)], names: &Names<'_>, options: &WriteOptions) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .from_writer(Vec::new());
    // Writing into a Vec cannot fail.
    let _ = w.write_record(headers());
    for (s, national) in rows {
        let _ = w.write_record(
            cells(s, *national, names)
                .iter()
                .map(|c| defuse(c).into_owned()),
        );
    }
    let bytes = w.into_inner().unwrap_or_default();
    let mut out = String::new();
    if options.bom {
        out.push('\u{feff}');
    }
    out.push_str(&String::from_utf8_lossy(&bytes));
    out
}

fn cells(s: &Service, national: bool, names: &Names<'_>) -> Vec<String> {
    // Destructured without `..`: a new field of the model must be given a column here.
    let Service {
        id,
        name,
        organisation,
        description,
        categories,
        audiences,
        access,
        contacts,
        location,
        served_area,
        hours,
        languages,
        accessibility,
        free,
        anonymous,
        conditions,
        source,
    } = s;
    let Accessibility { step_free, details } = accessibility;
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let yes_no = |b: &Option<bool>| match b {
        Some(true) => "oui".to_owned(),
        Some(false) => "non".to_owned(),
        None => String::new(),
    };
    let list = |items: Vec<&str>| items.join("; ");
    let contacts_of = |kind: ContactKind| {
        contacts
            .iter()
            .filter(|c| c.kind == kind)
            .map(write_contact)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut out: HashMap<Column, String> = HashMap::new();
    out.insert(Column::Id, id.clone());
    out.insert(Column::Name, name.clone());
    out.insert(Column::Organisation, organisation.clone());
    out.insert(Column::Description, opt(description));
    out.insert(
        Column::Categories,
        list(categories.iter().map(|c| c.as_str()).collect()),
    );
    out.insert(
        Column::Audiences,
        list(audiences.iter().map(|c| c.as_str()).collect()),
    );
    out.insert(
        Column::Access,
        list(access.iter().map(|c| c.as_str()).collect()),
    );
    for col in [Column::Phone, Column::Sms, Column::Email, Column::Web] {
        if let Some(kind) = col.contact_kind() {
            out.insert(col, contacts_of(kind));
        }
    }
    if let Some(l) = location {
        let Location {
            address,
            postcode,
            commune,
            point,
            visibility,
            precision,
        } = l;
        let secret = *visibility == Visibility::Confidentiel;
        if !secret {
            out.insert(Column::Address, opt(address));
            out.insert(Column::Postcode, opt(postcode));
            if let Some(Point { lat, lon }) = point {
                out.insert(Column::Latitude, lat.to_string());
                out.insert(Column::Longitude, lon.to_string());
            }
        }
        out.insert(Column::Commune, write_commune(commune, names));
        out.insert(Column::LocationVisibility, visibility.as_str().to_owned());
        out.insert(Column::LocationPrecision, precision.as_str().to_owned());
    }
    out.insert(
        Column::ServedArea,
        match served_area {
            ServedArea::National => "national".to_owned(),
            ServedArea::Territories(ts) => ts
                .iter()
                .map(|t| write_territory(t, names))
                .collect::<Vec<_>>()
                .join("; "),
        },
    );
    out.insert(
        Column::National,
        if national { "oui" } else { "" }.to_owned(),
    );
    out.insert(Column::Hours, opt(hours));
    out.insert(
        Column::Languages,
        list(languages.iter().map(String::as_str).collect()),
    );
    out.insert(Column::StepFree, yes_no(step_free));
    out.insert(Column::Accessibility, opt(details));
    out.insert(Column::Free, yes_no(free));
    out.insert(Column::Anonymous, yes_no(anonymous));
    out.insert(Column::Conditions, opt(conditions));
    if let Some(Source {
        title,
        url,
        status,
        verified_on,
        published_on,
    }) = source
    {
        let day = |d: &Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        out.insert(Column::Source, title.clone());
        out.insert(Column::SourceUrl, opt(url));
        out.insert(Column::SourceStatus, status.as_str().to_owned());
        out.insert(Column::VerifiedOn, day(verified_on));
        out.insert(Column::PublishedOn, day(published_on));
    }
    Column::ALL
        .iter()
        .map(|c| out.remove(c).unwrap_or_default())
        .collect()
}

/// A cell a spreadsheet would run as a formula (`=…`, `@…`, `+`/`-` not followed by a number).
fn dangerous(cell: &str) -> bool {
    let mut chars = cell.chars();
    match chars.next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => {
            let rest = chars.as_str();
            rest.is_empty()
                || !rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
        }
        _ => false,
    }
}

/// Guards a cell against formula injection with a leading apostrophe (which spreadsheets show
/// as text), and an apostrophe-led cell by a second one so that [`undefuse`] is exact.
fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if dangerous(cell) || cell.starts_with('\'') {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Removes the apostrophe [`defuse`] added.
fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if dangerous(rest) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

/// Five letters or digits, with a digit: what a bare commune code looks like (`50502`, `2A004`).
fn insee_like(code: &str) -> bool {
    code.len() == 5
        && code.chars().all(|c| c.is_ascii_alphanumeric())
        && code.chars().any(|c| c.is_ascii_digit())
}

fn plain_name(name: &str) -> bool {
    !name.contains([';', '\n', '\r', '\\']) && !name.trim().is_empty()
}

fn write_territory(id: &TerritoryId, names: &Names<'_>) -> String {
    match names.name(id) {
        Some(n) if plain_name(n) => format!("{n} ({id})"),
        _ => id.to_string(),
    }
}

fn write_commune(id: &TerritoryId, names: &Names<'_>) -> String {
    // A bare INSEE code when it reads back as one (see `territory_ref`), else the whole id.
    let code = if id.kind() == TerritoryKind::Commune && insee_like(id.code()) {
        id.code().to_owned()
    } else {
        id.to_string()
    };
    match names.name(id) {
        Some(n) if plain_name(n) => format!("{n} ({code})"),
        _ => code,
    }
}

// ---------------------------------------------------------------------------------------------
// Contacts: `TEXT <VALUE> (LABEL) [VISIBILITY]` with backslash escapes.

#[derive(Clone, Copy, Debug, PartialEq)]
struct Tok {
    c: char,
    esc: bool,
}

fn lex(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(n) => out.push(Tok { c: n, esc: true }),
                None => out.push(Tok { c, esc: true }),
            }
        } else {
            out.push(Tok { c, esc: false });
        }
    }
    out
}

fn plain(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| t.c)
        .collect::<String>()
        .trim()
        .to_owned()
}

fn trim_toks(mut t: &[Tok]) -> &[Tok] {
    while t.first().is_some_and(|x| !x.esc && x.c.is_whitespace()) {
        t = &t[1..];
    }
    while t.last().is_some_and(|x| !x.esc && x.c.is_whitespace()) {
        t = &t[..t.len() - 1];
    }
    t
}

/// Splits a cell into items at unescaped `;` and line breaks; empty items are dropped.
fn split_items(cell: &str) -> Vec<Vec<Tok>> {
    let toks = lex(cell);
    toks.split(|t| !t.esc && matches!(t.c, ';' | '\n' | '\r'))
        .map(trim_toks)
        .filter(|t| !t.is_empty())
        .map(<[Tok]>::to_vec)
        .collect()
}

/// Reads one contact item.
fn parse_contact(item: &[Tok], kind: ContactKind) -> Result<Contact, Note> {
    let mut rest = trim_toks(item);
    let mut visibility = Visibility::Public;
    if rest.last().is_some_and(|t| !t.esc && t.c == ']') {
        let open = rest
            .iter()
            .rposition(|t| !t.esc && t.c == '[')
            .ok_or(Note::BracketAlone)?;
        let word = plain(&rest[open + 1..rest.len() - 1]);
        visibility = match maillage::fold(&word).as_str() {
            "public" => Visibility::Public,
            "pro" | "professionnel" | "professionnels" | "reserve aux professionnels" => {
                Visibility::Professionnels
            }
            "confidentiel" => Visibility::Confidentiel,
            _ => return Err(Note::BadVisibility { word }),
        };
        rest = trim_toks(&rest[..open]);
    }
    let mut label = None;
    if rest.last().is_some_and(|t| !t.esc && t.c == ')') {
        let mut depth = 0usize;
        let mut open = None;
        for (i, t) in rest.iter().enumerate().rev() {
            if t.esc {
                continue;
            }
            match t.c {
                ')' => depth += 1,
                '(' => {
                    depth -= 1;
                    if depth == 0 {
                        open = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let open = open.ok_or(Note::UnbalancedParentheses)?;
        label = non_empty(&plain(&rest[open + 1..rest.len() - 1]));
        rest = trim_toks(&rest[..open]);
    }
    let (text, explicit) = if rest.last().is_some_and(|t| !t.esc && t.c == '>') {
        let open = rest
            .iter()
            .rposition(|t| !t.esc && t.c == '<')
            .ok_or(Note::AngleAlone)?;
        (
            plain(&rest[..open]),
            Some(plain(&rest[open + 1..rest.len() - 1])),
        )
    } else {
        (plain(rest), None)
    };
    let (value, display) = match explicit {
        Some(value) => (value, non_empty(&text)),
        None if text.is_empty() => return Err(Note::EmptyContact),
        None => match kind {
            ContactKind::Phone | ContactKind::Sms => match normalize_phone(&text) {
                Some(v) => {
                    let display = match v.parse::<PhoneNumber>() {
                        // A number a spreadsheet mangled (`233771234`) is shown the usual way.
                        Ok(n) if n.check_display(&text).is_err() => n.display(),
                        _ => text,
                    };
                    (v, Some(display))
                }
                None => (text, None),
            },
            ContactKind::Email | ContactKind::Web => (text, None),
        },
    };
    if value.is_empty() {
        return Err(Note::EmptyAngle);
    }
    Ok(Contact {
        kind,
        value,
        display,
        label,
        visibility,
    })
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | ';' | '(' | ')' | '[' | ']' | '<' | '>' | '\n' | '\r'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn write_contact(c: &Contact) -> String {
    let suffix = |label: Option<String>| {
        let mut s = String::new();
        if let Some(l) = label {
            s.push_str(&format!(" ({l})"));
        }
        if c.visibility != Visibility::Public {
            s.push_str(&format!(" [{}]", c.visibility.as_str()));
        }
        s
    };
    // Followed by a line break, as in a cell of several contacts (a trailing `\` would escape it).
    let reads_back = |text: &str| match split_items(&format!("{text}\n")).as_slice() {
        [item] => parse_contact(item, c.kind).as_ref() == Ok(c),
        _ => false,
    };
    // The plain form, then with the value in `<…>`, when they read back as the same contact.
    let plain = suffix(c.label.clone());
    let simple = format!("{}{plain}", c.display.as_deref().unwrap_or(&c.value));
    if reads_back(&simple) {
        return simple;
    }
    let with_value = match &c.display {
        Some(d) => format!("{d} <{}>{plain}", c.value),
        None => format!("<{}>{plain}", c.value),
    };
    if reads_back(&with_value) {
        return with_value;
    }
    // Everything escaped: always reads back (texts being trimmed and non-empty).
    let escaped = suffix(c.label.as_deref().map(escape));
    match &c.display {
        Some(d) => format!("{} <{}>{escaped}", escape(d), escape(&c.value)),
        None => format!("<{}>{escaped}", escape(&c.value)),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// A problem of the sheet, named by row and column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SheetProblem {
    /// Error or warning.
    pub severity: Severity,
    /// The spreadsheet row (the header is row 1), when the problem is in a row.
    pub row: Option<usize>,
    /// The line of the file where that row starts, when it differs from the row number
    /// (multi-line cells, blank lines).
    pub line: Option<usize>,
    /// The column's letter in the file (`F`), when the column is in the file.
    pub column: Option<String>,
    /// The column's header.
    pub header: Option<String>,
    /// The record's identifier, when known.
    pub record: Option<String>,
    /// The 1-based item of a cell holding several (contacts), when the problem is one item's.
    pub item: Option<usize>,
    /// What is wrong: the core's code for its checks, a [`Note`] (as
    /// [`Fault::Note`]) for the sheet's own.
    pub reason: Fault,
}

impl SheetProblem {
    /// True for an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl SheetProblem {
    /// The problem as one line, naming the file:
    /// ``error: services.csv: row 4, column F `catégories`, record `acjm`: …``.
    pub fn located(&self, file: &str) -> String {
        self.line_with(Some(file))
    }

    fn line_with(&self, file: Option<&str>) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut parts: Vec<String> = Vec::new();
        if let Some(r) = self.row {
            parts.push(match self.line {
                Some(l) => format!("row {r} (line {l})"),
                None => format!("row {r}"),
            });
        }
        match (&self.column, &self.header) {
            (Some(c), Some(h)) => parts.push(format!("column {c} `{h}`")),
            (Some(c), None) => parts.push(format!("column {c}")),
            (None, Some(h)) => parts.push(format!("column `{h}`")),
            (None, None) => {}
        }
        if let Some(r) = &self.record {
            parts.push(format!("record `{r}`"));
        }
        let mut out = format!("{sev}: ");
        if let Some(f) = file {
            out.push_str(f);
            out.push_str(if parts.is_empty() { ": " } else { ", " });
        }
        if !parts.is_empty() {
            out.push_str(&parts.join(", "));
            out.push_str(": ");
        }
        if let Some(i) = self.item {
            out.push_str(&format!("item {i}: "));
        }
        out.push_str(&self.reason.to_string());
        out
    }
}

impl fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line_with(None))
    }
}

/// One row read from the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The spreadsheet row (header = 1).
    pub number: usize,
    /// The line of the file where it starts.
    pub line: usize,
    /// A national line (`ligne nationale` = `oui`).
    pub national: bool,
    /// The service, as far as it could be read (a cell in error leaves its field empty).
    pub service: Service,
    /// For each contact of the service: the column and the 1-based item in the cell.
    contact_cells: Vec<(Column, usize)>,
}

/// What [`read`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The rows holding something (empty rows are skipped), in order.
    pub rows: Vec<Row>,
    /// Every problem found while reading.
    pub problems: Vec<SheetProblem>,
    /// Where each column is in the file: letter and header as written.
    columns: HashMap<Column, (String, String)>,
}

impl Sheet {
    /// True when no problem is an error.
    pub fn is_valid(&self) -> bool {
        !self.problems.iter().any(SheetProblem::is_error)
    }

    fn problem(
        &self,
        severity: Severity,
        row: Option<&Row>,
        column: Option<Column>,
        reason: Fault,
    ) -> SheetProblem {
        let (letter, header) = match column {
            Some(c) => match self.columns.get(&c) {
                Some((l, h)) => (Some(l.clone()), Some(h.clone())),
                None => (None, Some(c.header().to_owned())),
            },
            None => (None, None),
        };
        SheetProblem {
            severity,
            row: row.map(|r| r.number),
            line: row.and_then(|r| (r.line != r.number).then_some(r.line)),
            column: letter,
            header,
            record: row
                .map(|r| r.service.id.clone())
                .filter(|id| !id.is_empty()),
            item: None,
            reason,
        }
    }
}

trait Term: Copy + std::str::FromStr<Err = maillage::UnknownTerm> + 'static {
    fn all() -> &'static [Self];
    fn slug(self) -> &'static str;
    fn label(self) -> &'static str;
}

macro_rules! term {
    ($($t:ty),*) => {$(
        impl Term for $t {
            fn all() -> &'static [Self] { <$t>::ALL }
            fn slug(self) -> &'static str { self.as_str() }
            fn label(self) -> &'static str { self.label_fr() }
        }
    )*};
}
term!(
    Category,
    Audience,
    AccessMode,
    Visibility,
    LocationPrecision,
    SourceStatus
);

fn term<T: Term>(item: &str) -> Result<T, Note> {
    let item = item.trim();
    match item.parse::<T>() {
        Ok(t) => Ok(t),
        Err(e) => {
            let folded = maillage::fold(item);
            T::all()
                .iter()
                .copied()
                .find(|t| maillage::fold(t.slug()) == folded || maillage::fold(t.label()) == folded)
                .ok_or_else(|| Note::UnknownWord {
                    vocabulary: e.vocabulary.to_owned(),
                    term: e.term.clone(),
                    expected: e.expected.join(", "),
                })
        }
    }
}

fn terms<T: Term>(cell: &str) -> (Vec<T>, Vec<Note>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for item in cell
        .split([';', ',', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match term::<T>(item) {
            Ok(t) => out.push(t),
            Err(e) => errors.push(e),
        }
    }
    (out, errors)
}

const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("francais", "fr"),
    ("anglais", "en"),
    ("english", "en"),
    ("espagnol", "es"),
    ("allemand", "de"),
    ("italien", "it"),
    ("portugais", "pt"),
    ("arabe", "ar"),
    ("russe", "ru"),
    ("ukrainien", "uk"),
    ("turc", "tr"),
    ("roumain", "ro"),
    ("polonais", "pl"),
    ("chinois", "zh"),
];

/// Looks a territory up from `Name (kind:code)`, `kind:code`, or a name; for the commune
/// column also `Name (50502)` and `50502`. Returns the id and a warning, if any.
fn territory_ref(
    text: &str,
    names: &Names<'_>,
    commune: bool,
) -> Result<(TerritoryId, Option<Note>), Note> {
    let text = text.trim();
    let (name, code) = match text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((name, code)) => (non_empty(name), code.trim().to_owned()),
        None => (None, text.to_owned()),
    };
    let bad = |code: &str| Note::BadTerritoryId {
        id: code.to_owned(),
    };
    let as_id = |code: &str| -> Option<Result<TerritoryId, Note>> {
        if code.contains(':') {
            Some(code.parse::<TerritoryId>().map_err(|_| bad(code)))
        } else if commune && insee_like(code) {
            Some(TerritoryId::new(&TerritoryKind::Commune, code).map_err(|_| bad(code)))
        } else {
            None
        }
    };
    match as_id(&code) {
        Some(Ok(id)) => {
            let warning = match (name, names.territory(&id)) {
                (Some(n), Some(t))
                    if maillage::fold(&n) != maillage::fold(&t.name)
                        && !names.communes_named(&n).contains(&id) =>
                {
                    Some(Note::NameNotOfId {
                        name: n,
                        id: id.to_string(),
                        actual: t.name.clone(),
                    })
                }
                _ => None,
            };
            Ok((id, warning))
        }
        Some(Err(e)) => Err(e),
        None if names.is_empty() => Err(if commune {
            Note::WriteCommuneId {
                text: text.to_owned(),
            }
        } else {
            Note::WriteTerritoryId {
                text: text.to_owned(),
            }
        }),
        None => {
            let ids: Vec<TerritoryId> = if commune {
                names.communes_named(text)
            } else {
                names.named(text).iter().map(|t| t.id.clone()).collect()
            };
            match ids.as_slice() {
                [id] => Ok((id.clone(), None)),
                [] => Err(if commune {
                    Note::UnknownCommuneName {
                        text: text.to_owned(),
                    }
                } else {
                    Note::UnknownTerritoryName {
                        text: text.to_owned(),
                    }
                }),
                several => Err(Note::SeveralTerritories {
                    text: text.to_owned(),
                    ids: several
                        .iter()
                        .map(|id| id.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                }),
            }
        }
    }
}

/// The most rows (services, header excluded) [`read`] takes from one spreadsheet.
pub const MAX_ROWS: usize = 20_000;

/// Reads a CSV file (bytes as saved by a spreadsheet), refused whole past
/// [`crate::MAX_IMPORT_BYTES`] or [`MAX_ROWS`] rows.
///
/// ```
/// use maillage_interop::{spreadsheet, Names};
/// let big = vec![b'a'; maillage_interop::MAX_IMPORT_BYTES + 1];
/// let sheet = spreadsheet::read(&big, &Names::none());
/// let too_large = maillage_interop::Note::TooLarge {
///     bytes: big.len(),
///     max: maillage_interop::MAX_IMPORT_BYTES,
/// };
/// assert_eq!(sheet.problems[0].reason, too_large.into());
/// ```
///
/// Returns every row it could read and every problem; rows with errors are kept (the fields in
/// error left empty) so that [`check`] can run the core's checks on the rest.
pub fn read(bytes: &[u8], names: &Names<'_>) -> Sheet {
    let mut sheet = Sheet::default();
    let whole = |note: Note| SheetProblem {
        severity: Severity::Error,
        row: None,
        line: None,
        column: None,
        header: None,
        record: None,
        item: None,
        reason: note.into(),
    };
    if bytes.len() > crate::MAX_IMPORT_BYTES {
        sheet.problems.push(whole(Note::TooLarge {
            bytes: bytes.len(),
            max: crate::MAX_IMPORT_BYTES,
        }));
        return sheet;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let row = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            sheet.problems.push(SheetProblem {
                severity: Severity::Error,
                row: None,
                line: Some(row),
                column: None,
                header: None,
                record: None,
                item: None,
                reason: Note::SheetNotUtf8 {
                    byte: at,
                    line: row,
                }
                .into(),
            });
            return sheet;
        }
    };
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    // Newlines before `counted_to`: counted once, row after row (a count from the start of the
    // file for every row made a large file quadratic).
    let (mut counted_to, mut newlines) = (0usize, 0usize);
    for result in reader.records() {
        if records.len() > MAX_ROWS {
            sheet
                .problems
                .push(whole(Note::TooManyRows { max: MAX_ROWS }));
            return sheet;
        }
        match result {
            Ok(r) => {
                // The csv crate's line count is off with CRLF ends: count from the byte offset,
                // past the end of the previous line.
                let byte = r
                    .position()
                    .map_or(0, |p| p.byte() as usize)
                    .min(text.len());
                let start = byte
                    + text.as_bytes()[byte..]
                        .iter()
                        .take_while(|b| matches!(b, b'\r' | b'\n'))
                        .count();
                if start > counted_to {
                    newlines += text.as_bytes()[counted_to..start]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count();
                    counted_to = start;
                }
                records.push((1 + newlines, r));
            }
            Err(e) => {
                sheet.problems.push(SheetProblem {
                    severity: Severity::Error,
                    row: None,
                    line: e.position().map(|p| p.line() as usize),
                    column: None,
                    header: None,
                    record: None,
                    item: None,
                    reason: Note::UnreadableCsv {
                        detail: e.to_string(),
                    }
                    .into(),
                });
                return sheet;
            }
        }
    }
    let Some(((_, header), data)) = records.split_first() else {
        sheet.problems.push(whole(Note::EmptySheet));
        return sheet;
    };

    // Headers.
    let mut lookup: HashMap<String, Column> = HashMap::new();
    for c in Column::ALL {
        lookup.insert(maillage::fold(c.header()), c);
        for a in c.aliases() {
            lookup.insert((*a).to_owned(), c);
        }
    }
    let mut layout: Vec<Option<Column>> = Vec::new();
    let header_problem = |col: usize, note: Note| SheetProblem {
        severity: Severity::Error,
        row: Some(1),
        line: None,
        column: Some(column_letter(col)),
        header: None,
        record: None,
        item: None,
        reason: note.into(),
    };
    for (i, h) in header.iter().enumerate() {
        let folded = maillage::fold(h);
        if folded.is_empty() {
            layout.push(None);
            continue;
        }
        match lookup.get(&folded) {
            Some(&c) if sheet.columns.contains_key(&c) => {
                sheet.problems.push(header_problem(
                    i,
                    Note::DuplicateColumn {
                        header: h.to_string(),
                        other: sheet.columns[&c].0.clone(),
                    },
                ));
                layout.push(None);
            }
            Some(&c) => {
                sheet
                    .columns
                    .insert(c, (column_letter(i), h.trim().to_owned()));
                layout.push(Some(c));
            }
            None => {
                sheet.problems.push(header_problem(
                    i,
                    Note::UnknownColumn {
                        header: h.trim().to_owned(),
                        columns: headers().join(", "),
                    },
                ));
                layout.push(None);
            }
        }
    }
    for c in Column::ALL {
        if sheet.columns.contains_key(&c) {
            continue;
        }
        let (severity, note) = if c.required() {
            (Severity::Error, Note::MissingColumn)
        } else {
            (Severity::Warning, Note::ColumnAbsent)
        };
        sheet.problems.push(SheetProblem {
            severity,
            row: Some(1),
            line: None,
            column: None,
            header: Some(c.header().to_owned()),
            record: None,
            item: None,
            reason: note.into(),
        });
    }
    if sheet
        .problems
        .iter()
        .any(|p| p.is_error() && p.row == Some(1))
    {
        return sheet;
    }

    // Rows: explicit ids first, so that generated ones avoid them.
    let mut ids = UniqueIds::default();
    if let Some(col) = layout.iter().position(|c| *c == Some(Column::Id)) {
        for (_, r) in data {
            if let Some(id) = r.get(col).and_then(non_empty) {
                ids.reserve(&id);
            }
        }
    }
    for (index, (line, record)) in data.iter().enumerate() {
        let number = index + 2;
        let mut cells: HashMap<Column, &str> = HashMap::new();
        let mut stray = Vec::new();
        for (i, value) in record.iter().enumerate() {
            match layout.get(i).copied().flatten() {
                Some(c) => {
                    cells.insert(c, undefuse(value));
                }
                None if !value.trim().is_empty() => stray.push(i),
                None => {}
            }
        }
        if cells.values().all(|v| v.trim().is_empty()) && stray.is_empty() {
            continue;
        }
        let row = read_row(&cells, number, *line, names, &mut ids, &sheet);
        let (row, mut problems) = row;
        for i in stray {
            problems.push(SheetProblem {
                column: Some(column_letter(i)),
                header: None,
                ..sheet.problem(Severity::Error, Some(&row), None, Note::StrayValue.into())
            });
        }
        sheet.problems.append(&mut problems);
        sheet.rows.push(row);
    }
    sheet
}

fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                for (d, n) in counts.iter_mut() {
                    if *d == b {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts.sort_by_key(|&(d, n)| (std::cmp::Reverse(n), d != b','));
    counts[0].0
}

fn read_row(
    cells: &HashMap<Column, &str>,
    number: usize,
    line: usize,
    names: &Names<'_>,
    ids: &mut UniqueIds,
    sheet: &Sheet,
) -> (Row, Vec<SheetProblem>) {
    let get = |c: Column| cells.get(&c).copied().unwrap_or("");
    let mut errors: Vec<(Column, Note)> = Vec::new();
    let mut err = |c: Column, note: Note| errors.push((c, note));
    // The errors of one item in a cell of several (contacts): column, item, note.
    let mut item_errors: Vec<(Column, usize, Note)> = Vec::new();

    let name = get(Column::Name).trim().to_owned();
    let mut warnings: Vec<(Column, Note)> = Vec::new();
    let id = match non_empty(get(Column::Id)) {
        Some(id) => id,
        None if !name.is_empty() => {
            let id = ids.take(&slug(&name));
            warnings.push((Column::Id, Note::IdFromName { id: id.clone() }));
            id
        }
        None => {
            err(Column::Id, Note::MissingId);
            String::new()
        }
    };
    let national = yes_no(get(Column::National)).unwrap_or_else(|e| {
        err(Column::National, e);
        None
    });
    let vocab = |c: Column| -> String { get(c).to_owned() };
    let (categories, bad) = terms::<Category>(&vocab(Column::Categories));
    for e in bad {
        err(Column::Categories, e);
    }
    let (audiences, bad) = terms::<Audience>(&vocab(Column::Audiences));
    for e in bad {
        err(Column::Audiences, e);
    }
    let (access, bad) = terms::<AccessMode>(&vocab(Column::Access));
    for e in bad {
        err(Column::Access, e);
    }

    let mut contacts = Vec::new();
    let mut contact_cells = Vec::new();
    for col in [Column::Phone, Column::Sms, Column::Email, Column::Web] {
        let Some(kind) = col.contact_kind() else {
            continue;
        };
        for (i, item) in split_items(get(col)).iter().enumerate() {
            match parse_contact(item, kind) {
                Ok(c) => {
                    contacts.push(c);
                    contact_cells.push((col, i + 1));
                }
                Err(e) => item_errors.push((col, i + 1, e)),
            }
        }
    }

    // Location.
    let address = non_empty(get(Column::Address));
    let postcode = non_empty(get(Column::Postcode));
    let commune_text = non_empty(get(Column::Commune));
    let lat = non_empty(get(Column::Latitude));
    let lon = non_empty(get(Column::Longitude));
    let visibility_text = non_empty(get(Column::LocationVisibility));
    let precision_text = non_empty(get(Column::LocationPrecision));
    let mut location = None;
    let any_location = address.is_some()
        || postcode.is_some()
        || commune_text.is_some()
        || lat.is_some()
        || lon.is_some()
        || visibility_text.is_some()
        || precision_text.is_some();
    if any_location {
        let visibility = match &visibility_text {
            None => Visibility::Public,
            Some(v) => term::<Visibility>(v).unwrap_or_else(|e| {
                err(Column::LocationVisibility, e);
                Visibility::Public
            }),
        };
        let precision = match &precision_text {
            None => LocationPrecision::Commune,
            Some(v) => term::<LocationPrecision>(v).unwrap_or_else(|e| {
                err(Column::LocationPrecision, e);
                LocationPrecision::Commune
            }),
        };
        let point = match (&lat, &lon) {
            (None, None) => None,
            (Some(a), Some(o)) => match (decimal(a), decimal(o)) {
                (Ok(lat), Ok(lon)) => Some(Point { lat, lon }),
                (a, o) => {
                    if let Err(e) = a {
                        err(Column::Latitude, e);
                    }
                    if let Err(e) = o {
                        err(Column::Longitude, e);
                    }
                    None
                }
            },
            (None, Some(_)) => {
                err(Column::Latitude, Note::LongitudeAlone);
                None
            }
            (Some(_), None) => {
                err(Column::Longitude, Note::LatitudeAlone);
                None
            }
        };
        if visibility == Visibility::Confidentiel {
            for (c, present) in [
                (Column::Address, address.is_some()),
                (Column::Postcode, postcode.is_some()),
                (Column::Latitude, lat.is_some() || lon.is_some()),
            ] {
                if present {
                    err(c, Note::ConfidentialCell);
                }
            }
        }
        match &commune_text {
            None => err(Column::Commune, Note::PlaceWithoutCommune),
            Some(t) => match territory_ref(t, names, true) {
                Ok((commune, warning)) => {
                    if let Some(w) = warning {
                        warnings.push((Column::Commune, w));
                    }
                    location = Some(Location {
                        address,
                        postcode,
                        commune,
                        point,
                        visibility,
                        precision,
                    });
                }
                Err(e) => err(Column::Commune, e),
            },
        }
    }

    let area_text = get(Column::ServedArea).trim();
    let served_area = if maillage::fold(area_text) == "national" {
        ServedArea::National
    } else {
        let mut ts = Vec::new();
        for item in area_text
            .split([';', '\n', '\r'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            match territory_ref(item, names, false) {
                Ok((id, warning)) => {
                    if let Some(w) = warning {
                        warnings.push((Column::ServedArea, w));
                    }
                    ts.push(id);
                }
                Err(e) => err(Column::ServedArea, e),
            }
        }
        // An empty area is the core's to refuse ("empty served area"), brought back to this cell.
        ServedArea::Territories(ts)
    };

    let languages = get(Column::Languages)
        .split([';', ',', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|l| {
            let folded = maillage::fold(l);
            LANGUAGE_NAMES
                .iter()
                .find(|(n, _)| *n == folded)
                .map_or_else(|| l.to_lowercase(), |(_, code)| (*code).to_owned())
        })
        .collect();

    let mut flag = |c: Column| {
        yes_no(get(c)).unwrap_or_else(|e| {
            err(c, e);
            None
        })
    };
    let step_free = flag(Column::StepFree);
    let free = flag(Column::Free);
    let anonymous = flag(Column::Anonymous);
    let mut day = |c: Column| non_empty(get(c)).and_then(|t| date(&t).map_err(|e| err(c, e)).ok());
    let verified_on = day(Column::VerifiedOn);
    let published_on = day(Column::PublishedOn);
    let status = match non_empty(get(Column::SourceStatus)) {
        None => SourceStatus::ToVerify,
        Some(v) => term::<SourceStatus>(&v).unwrap_or_else(|e| {
            err(Column::SourceStatus, e);
            SourceStatus::ToVerify
        }),
    };
    let source = match (
        non_empty(get(Column::Source)),
        non_empty(get(Column::SourceUrl)),
    ) {
        (None, None) => {
            if verified_on.is_some() || published_on.is_some() {
                err(Column::Source, Note::DateWithoutSource);
            }
            None
        }
        (title, url) => Some(Source {
            title: title.unwrap_or_default(),
            url,
            status,
            verified_on,
            published_on,
        }),
    };

    let service = Service {
        id,
        name,
        organisation: get(Column::Organisation).trim().to_owned(),
        description: non_empty(get(Column::Description)),
        categories,
        audiences,
        access,
        contacts,
        location,
        served_area,
        hours: non_empty(get(Column::Hours)),
        languages,
        accessibility: Accessibility {
            step_free,
            details: non_empty(get(Column::Accessibility)),
        },
        free,
        anonymous,
        conditions: non_empty(get(Column::Conditions)),
        source,
    };
    let row = Row {
        number,
        line,
        national: national.unwrap_or(false),
        service,
        contact_cells,
    };
    let problems =
        errors
            .into_iter()
            .map(|(c, note)| sheet.problem(Severity::Error, Some(&row), Some(c), note.into()))
            .chain(item_errors.into_iter().map(|(c, item, note)| SheetProblem {
                item: Some(item),
                ..sheet.problem(Severity::Error, Some(&row), Some(c), note.into())
            }))
            .chain(warnings.into_iter().map(|(c, note)| {
                sheet.problem(Severity::Warning, Some(&row), Some(c), note.into())
            }))
            .collect();
    (row, problems)
}

// ---------------------------------------------------------------------------------------------
// Checking with the core.

/// What the imported services are checked against.
#[derive(Clone, Copy, Debug)]
pub enum Base<'a> {
    /// The files of a directory folder: `services.json` (and `national.json` when the sheet has
    /// national lines) are replaced by the sheet's, and the whole folder is loaded.
    Files(&'a [SourceFile]),
    /// A directory in memory (a bundle): its services (and national lines, when the sheet has
    /// some) are replaced by the sheet's, and it is validated.
    Directory(&'a Directory),
}

/// The outcome of [`check`].
#[derive(Clone, Debug)]
pub struct Checked {
    /// The sheet's problems: those found reading it, and the core's, brought back to their row
    /// and column.
    pub problems: Vec<SheetProblem>,
    /// Problems of the directory's other files (with their file and pointer).
    pub others: Vec<Problem>,
    /// The new `services.json`.
    pub services_json: String,
    /// The new `national.json`, when the sheet has national lines.
    pub national_json: Option<String>,
}

impl Checked {
    /// True when nothing is an error: the files may be written.
    pub fn is_valid(&self) -> bool {
        !self.problems.iter().any(SheetProblem::is_error)
            && !self.others.iter().any(|p| p.severity == Severity::Error)
    }
}

/// The directory `base` with the sheet's services in place of its own: its local services
/// become the sheet's local rows, and its national lines the sheet's national rows when the
/// sheet has any (a sheet without national lines keeps the base's). What [`check`] validates
/// with [`Base::Directory`], and what the coordinator's studio builds its bundles from.
///
/// ```
/// use maillage_interop::{spreadsheet, Names};
/// let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let csv = spreadsheet::write(&d, &spreadsheet::WriteOptions::default());
/// let sheet = spreadsheet::read(csv.as_bytes(), &Names::of(&d));
/// let edited = spreadsheet::apply(&sheet, &d);
/// assert_eq!(edited.services, d.services);
/// assert_eq!(edited.national, d.national);
/// ```
pub fn apply(sheet: &Sheet, base: &Directory) -> Directory {
    let mut d = base.clone();
    d.services = sheet
        .rows
        .iter()
        .filter(|r| !r.national)
        .map(|r| r.service.clone())
        .collect();
    let national: Vec<Service> = sheet
        .rows
        .iter()
        .filter(|r| r.national)
        .map(|r| r.service.clone())
        .collect();
    if !national.is_empty() {
        d.national = national;
    }
    d
}

/// Runs the core's checks on the sheet's services within a directory, and brings every problem
/// back to the sheet's row and column.
///
/// Problems the core finds in a cell that already has a reading error are not repeated.
pub fn check(sheet: &Sheet, base: Base<'_>, today: Option<chrono::NaiveDate>) -> Checked {
    let local: Vec<&Row> = sheet.rows.iter().filter(|r| !r.national).collect();
    let national: Vec<&Row> = sheet.rows.iter().filter(|r| r.national).collect();
    let services: Vec<Service> = local.iter().map(|r| r.service.clone()).collect();
    let nationals: Vec<Service> = national.iter().map(|r| r.service.clone()).collect();
    let services_json = directory_file("services", &services);
    let national_json = (!national.is_empty()).then(|| directory_file("national", &nationals));

    // A sheet that could not be read (encoding, headers) is not checked further.
    if sheet
        .problems
        .iter()
        .any(|p| p.is_error() && p.row.is_none_or(|r| r == 1))
    {
        return Checked {
            problems: sheet.problems.clone(),
            others: Vec::new(),
            services_json,
            national_json,
        };
    }
    let (problems, sheet_files): (Vec<Problem>, Vec<&str>) = match base {
        Base::Files(files) => {
            let mut files: Vec<SourceFile> = files
                .iter()
                .filter(|f| {
                    f.path != "services.json"
                        && (national_json.is_none() || f.path != "national.json")
                })
                .cloned()
                .collect();
            files.push(SourceFile::new("services.json", services_json.clone()));
            let mut mine = vec!["services.json"];
            if let Some(n) = &national_json {
                files.push(SourceFile::new("national.json", n.clone()));
                mine.push("national.json");
            }
            let (_, report) = maillage::load(&files, today);
            (report.problems, mine)
        }
        Base::Directory(d) => (
            maillage::validate(&apply(sheet, d), today).problems,
            vec!["(bundle)"],
        ),
    };

    let mut out = sheet.problems.clone();
    if let Base::Files(files) = base {
        // Records the import removes: said, never silent.
        let mut replaced = vec![("services.json", "services", &services)];
        if national_json.is_some() {
            replaced.push(("national.json", "national", &nationals));
        }
        for (file, key, new) in replaced {
            let old: Vec<String> = files
                .iter()
                .find(|f| f.path == file)
                .and_then(|f| serde_json::from_str::<serde_json::Value>(&f.text).ok())
                .and_then(|v| v.get(key).and_then(|l| l.as_array()).cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(|s| s.get("id").and_then(|i| i.as_str()).map(str::to_owned))
                .collect();
            let gone: Vec<&String> = old
                .iter()
                .filter(|id| !new.iter().any(|s| &s.id == *id))
                .collect();
            if !gone.is_empty() {
                let mut shown: Vec<String> =
                    gone.iter().take(10).map(|id| format!("`{id}`")).collect();
                if gone.len() > 10 {
                    shown.push("…".to_owned());
                }
                out.push(SheetProblem {
                    severity: Severity::Warning,
                    row: None,
                    line: None,
                    column: None,
                    header: None,
                    record: None,
                    item: None,
                    reason: Note::RecordsRemoved {
                        count: gone.len(),
                        file: file.to_string(),
                        ids: shown.join(", "),
                    }
                    .into(),
                });
            }
        }
    }
    let taken: HashSet<(Option<usize>, Option<String>)> = sheet
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| (p.row, p.header.clone()))
        .collect();
    let mut others = Vec::new();
    for p in problems {
        let row = sheet_files
            .contains(&p.at.file.as_str())
            .then(|| row_of(&p, &local, &national, national_json.is_some()))
            .flatten();
        let Some(row) = row else {
            others.push(p);
            continue;
        };
        let (column, item) = column_of(&p, row);
        let mut located = sheet.problem(p.severity, Some(row), column, p.reason.clone());
        located.item = item;
        if p.severity == Severity::Error && taken.contains(&(located.row, located.header.clone())) {
            continue;
        }
        out.push(located);
    }
    out.sort_by_key(|p| (p.severity, p.row, p.column.clone()));
    Checked {
        problems: out,
        others,
        services_json,
        national_json,
    }
}

fn row_of<'r>(
    p: &Problem,
    local: &[&'r Row],
    national: &[&'r Row],
    has_national: bool,
) -> Option<&'r Row> {
    let pointer = p.at.pointer.as_deref()?;
    let mut parts = pointer.split('/').skip(1);
    let list = parts.next()?;
    let index: usize = parts.next()?.parse().ok()?;
    match list {
        "services" => local.get(index).copied(),
        "national" if has_national => national.get(index).copied(),
        _ => None,
    }
}

/// The sheet's column of a core problem, and the item in the cell for a contact.
fn column_of(p: &Problem, row: &Row) -> (Option<Column>, Option<usize>) {
    let field = p.field.as_deref().unwrap_or("");
    let mut parts = field.split('/');
    let head = parts.next().unwrap_or("");
    let column = match head {
        "id" => Some(Column::Id),
        "name" => Some(Column::Name),
        "organisation" => Some(Column::Organisation),
        "description" => Some(Column::Description),
        "categories" => Some(Column::Categories),
        "audiences" => Some(Column::Audiences),
        "access" => Some(Column::Access),
        "contacts" => {
            let at = parts
                .next()
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| row.contact_cells.get(i));
            return match at {
                Some(&(col, item)) => (Some(col), Some(item)),
                None => (Some(Column::Phone), None),
            };
        }
        "location" => Some(match parts.next() {
            Some("address") => Column::Address,
            Some("postcode") => Column::Postcode,
            Some("point") => Column::Latitude,
            Some("visibility") => Column::LocationVisibility,
            Some("precision") => Column::LocationPrecision,
            _ => Column::Commune,
        }),
        "served_area" => Some(Column::ServedArea),
        "hours" => Some(Column::Hours),
        "languages" => Some(Column::Languages),
        "accessibility" => Some(match parts.next() {
            Some("step_free") => Column::StepFree,
            _ => Column::Accessibility,
        }),
        "free" => Some(Column::Free),
        "anonymous" => Some(Column::Anonymous),
        "conditions" => Some(Column::Conditions),
        "source" => Some(match parts.next() {
            Some("url") => Column::SourceUrl,
            Some("status") => Column::SourceStatus,
            Some("verified_on") => Column::VerifiedOn,
            Some("published_on") => Column::PublishedOn,
            _ => Column::Source,
        }),
        _ => None,
    };
    (column, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_many_rows_or_bytes_is_one_clear_error() {
        let mut csv = headers().join(";");
        csv.push('\n');
        for i in 0..=MAX_ROWS {
            csv.push_str(&format!("x{i}\n"));
        }
        let sheet = read(csv.as_bytes(), &Names::none());
        assert_eq!(sheet.problems.len(), 1, "{:?}", sheet.problems.first());
        assert_eq!(
            sheet.problems[0].reason,
            crate::Note::TooManyRows { max: 20000 }.into()
        );
        assert!(sheet.rows.is_empty());
        let big = " ".repeat(crate::MAX_IMPORT_BYTES + 1);
        let sheet = read(big.as_bytes(), &Names::none());
        let too_large: Fault = crate::Note::TooLarge {
            bytes: big.len(),
            max: crate::MAX_IMPORT_BYTES,
        }
        .into();
        assert_eq!(sheet.problems[0].reason, too_large);
        let options = crate::hsds::ImportOptions {
            file: "big.json".into(),
            source: String::new(),
            names: Names::none(),
        };
        let imported = crate::hsds::import(&big, &options);
        assert_eq!(imported.problems[0].reason, too_large);
        let imported = crate::data_inclusion::import(&big, None, &options);
        assert_eq!(imported.problems[0].reason, too_large);
    }

    fn contact(kind: ContactKind, value: &str, display: Option<&str>) -> Contact {
        Contact {
            kind,
            value: value.into(),
            display: display.map(Into::into),
            label: None,
            visibility: Visibility::Public,
        }
    }

    fn round_trip(c: &Contact) -> String {
        let text = write_contact(c);
        // Within a cell of several contacts.
        let items = split_items(&format!("{text}\nx"));
        assert_eq!(items.len(), 2, "{text}");
        assert_eq!(parse_contact(&items[0], c.kind).as_ref(), Ok(c), "{text}");
        text
    }

    #[test]
    fn contacts_are_written_plainly_when_they_can_be() {
        let mut c = contact(ContactKind::Phone, "+33233063078", Some("02 33 06 30 78"));
        c.label = Some("Secrétariat (UMJ)".into());
        assert_eq!(round_trip(&c), "02 33 06 30 78 (Secrétariat (UMJ))");
        let mut e = contact(ContactKind::Email, "a@b.fr", None);
        e.visibility = Visibility::Professionnels;
        assert_eq!(round_trip(&e), "a@b.fr [professionnels]");
        assert_eq!(
            round_trip(&contact(ContactKind::Phone, "115", Some("115"))),
            "115"
        );
    }

    #[test]
    fn contacts_that_would_be_misread_get_explicit_values_or_escapes() {
        assert_eq!(
            round_trip(&contact(ContactKind::Phone, "115", None)),
            "<115>"
        );
        assert_eq!(
            round_trip(&contact(
                ContactKind::Phone,
                "+33233063078",
                Some("Standard")
            )),
            "Standard <+33233063078>"
        );
        let mut odd = contact(ContactKind::Web, "https://x.fr/a_(b)", None);
        odd.label = Some("a) ; [b] <c>".into());
        round_trip(&odd);
        round_trip(&contact(ContactKind::Email, "x;y\\z", Some("[pro]")));
        round_trip(&contact(ContactKind::Sms, "\\", None));
    }

    #[test]
    fn typed_contacts() {
        let items = split_items("02 33 77 12 34 (Accueil) ; 3919\n  233771234 ");
        let read: Vec<Contact> = items
            .iter()
            .map(|i| parse_contact(i, ContactKind::Phone).unwrap())
            .collect();
        assert_eq!(read[0].value, "+33233771234");
        assert_eq!(read[0].label.as_deref(), Some("Accueil"));
        assert_eq!(read[1].value, "3919");
        // A leading zero dropped by a spreadsheet.
        assert_eq!(read[2].value, "+33233771234");
        assert_eq!(read[2].display.as_deref(), Some("02 33 77 12 34"));
        assert!(parse_contact(&split_items("x [secret]")[0], ContactKind::Web).is_err());
    }

    #[test]
    fn formulas_are_defused_and_read_back() {
        for cell in [
            "=1+1",
            "@SUM(A1)",
            "+cmd",
            "-",
            "'x",
            "''=",
            "'=",
            "- tiret",
            "-1.5",
            "+33233771234",
            "x",
        ] {
            assert_eq!(undefuse(&defuse(cell)), cell);
        }
        assert_eq!(defuse("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(defuse("-1.44788"), "-1.44788");
        assert_eq!(defuse("+33233771234"), "+33233771234");
    }

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter("a;b;\"c,d,e\"\n"), b';');
        assert_eq!(detect_delimiter("a,b,c\n"), b',');
        assert_eq!(detect_delimiter("a\tb\n"), b'\t');
        assert_eq!(detect_delimiter("a\n"), b',');
    }
}
