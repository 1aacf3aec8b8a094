//! Checking a directory: every problem with where it is, which record, which field and why.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::{Months, NaiveDate};
use geo::{Intersects, Validation};
use serde::Serialize;

use crate::directory::Directory;
use crate::fault::Fault;
use crate::hours::OpeningHours;
use crate::phone::PhoneNumber;
use crate::service::{
    Audience, Category, ContactKind, LocationPrecision, ServedArea, Source, SourceStatus,
    Visibility,
};
use crate::territory::{TerritoryId, TerritoryKind};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The directory cannot be published as it is.
    Error,
    /// Worth a look (a record still to verify, a source page more than 2 years old…).
    Warning,
}

/// Where a problem is: a file, and a line and JSON pointer inside it when known.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Where {
    /// Path inside the directory folder.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// JSON pointer (RFC 6901) of the record or field, when known.
    pub pointer: Option<String>,
}

impl Where {
    /// A whole file.
    pub fn file(file: &str) -> Self {
        Where {
            file: file.to_owned(),
            line: None,
            pointer: None,
        }
    }

    /// A JSON pointer inside a file.
    pub fn pointer(file: &str, pointer: &str) -> Self {
        Where {
            file: file.to_owned(),
            line: None,
            pointer: Some(pointer.to_owned()),
        }
    }

    fn field(&self, field: &str) -> Self {
        let mut w = self.clone();
        if let Some(p) = &mut w.pointer {
            p.push('/');
            p.push_str(field);
        }
        w
    }
}

impl fmt::Display for Where {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(p) = &self.pointer {
            write!(f, " #{p}")?;
        }
        Ok(())
    }
}

/// One problem found in a directory.
///
/// ```
/// use maillage::{Fault, Problem, Severity, Where};
/// let p = Problem::error(Where::pointer("services.json", "/services/3"), Some("acjm".into()),
///     Some("contacts".into()), Fault::JavascriptUrl);
/// assert_eq!(p.severity, Severity::Error);
/// assert_eq!(p.to_string(),
///     "error: services.json #/services/3: record `acjm`, field `contacts`: javascript-url");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is.
    #[serde(rename = "where")]
    pub at: Where,
    /// The id of the record concerned.
    pub record: Option<String>,
    /// The field concerned.
    pub field: Option<String>,
    /// What is wrong, as a code and its values (the CLI and the studio word it).
    pub reason: Fault,
}

impl Problem {
    /// An error.
    pub fn error(at: Where, record: Option<String>, field: Option<String>, reason: Fault) -> Self {
        Problem {
            severity: Severity::Error,
            at,
            record,
            field,
            reason,
        }
    }

    /// A warning.
    pub fn warning(
        at: Where,
        record: Option<String>,
        field: Option<String>,
        reason: Fault,
    ) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(at, record, field, reason)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}", self.at)?;
        if let Some(r) = &self.record {
            write!(f, ": record `{r}`")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// How many of each thing a directory holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Communes.
    pub communes: usize,
    /// EPCI.
    pub epci: usize,
    /// Arrondissements.
    pub arrondissements: usize,
    /// Départements.
    pub departements: usize,
    /// Court districts.
    pub tribunals: usize,
    /// Custom territories.
    pub custom_territories: usize,
    /// Searchable places (communes and former communes).
    pub places: usize,
    /// Local services.
    pub services: usize,
    /// National lines.
    pub national: usize,
}

/// Everything found by a check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Every problem, errors first, in file order.
    pub problems: Vec<Problem>,
    /// What the directory holds (empty when it could not be read).
    pub counts: Counts,
}

impl Report {
    pub(crate) fn new(mut problems: Vec<Problem>, directory: Option<&Directory>) -> Self {
        problems.sort_by(|a, b| {
            (a.severity, &a.at.file, a.at.line, &a.at.pointer).cmp(&(
                b.severity,
                &b.at.file,
                b.at.line,
                &b.at.pointer,
            ))
        });
        let mut counts = Counts::default();
        if let Some(d) = directory {
            for t in &d.territories {
                match t.kind {
                    TerritoryKind::Commune => counts.communes += 1,
                    TerritoryKind::Epci => counts.epci += 1,
                    TerritoryKind::Arrondissement => counts.arrondissements += 1,
                    TerritoryKind::Departement => counts.departements += 1,
                    TerritoryKind::Tribunal => counts.tribunals += 1,
                    TerritoryKind::Custom(_) => counts.custom_territories += 1,
                }
            }
            counts.places = d.places.len();
            counts.services = d.services.len();
            counts.national = d.national.len();
        }
        Report { problems, counts }
    }

    /// The errors.
    ///
    /// ```
    /// let mut d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// d.services[0].name.clear();
    /// let report = maillage::validate(&d, None);
    /// assert!(!report.is_valid());
    /// let e = report.errors().next().unwrap();
    /// assert_eq!(e.record.as_deref(), Some(d.services[0].id.as_str()));
    /// assert_eq!(e.field.as_deref(), Some("name"));
    /// ```
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
    }

    /// True when there is no error.
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }
}

/// Where each record came from, to point problems at their file and line.
#[derive(Clone, Debug, Default)]
pub(crate) struct Origins {
    pub services: HashMap<String, Where>,
    pub places: HashMap<TerritoryId, Where>,
    pub territories: HashMap<TerritoryId, Where>,
    pub steps: HashMap<String, Where>,
}

/// Checks a directory that is already in memory (from a bundle, say).
///
/// Problems point at the directory's structure (`/services/3`) since there are no files.
/// With `today`, dates are checked too: a record whose source page is dated more than 2 years
/// before `today`, or verified more than 12 months before, gets a warning, as does every record
/// still to verify (one warning each, so that a coordinator gets the list).
///
/// ```
/// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
/// let report = maillage::validate(&d, None);
/// assert!(report.is_valid(), "{:?}", report.problems);
/// assert_eq!(report.counts.communes, 445);
/// ```
pub fn validate(directory: &Directory, today: Option<NaiveDate>) -> Report {
    let mut origins = Origins::default();
    for (list, name) in [
        (&directory.services, "services"),
        (&directory.national, "national"),
    ] {
        for (i, s) in list.iter().enumerate() {
            origins.services.insert(
                s.id.clone(),
                Where::pointer("(bundle)", &format!("/{name}/{i}")),
            );
        }
    }
    for (i, p) in directory.places.iter().enumerate() {
        origins.places.insert(
            p.id.clone(),
            Where::pointer("(bundle)", &format!("/places/{i}")),
        );
    }
    for (i, t) in directory.territories.iter().enumerate() {
        origins.territories.insert(
            t.id.clone(),
            Where::pointer("(bundle)", &format!("/territories/{i}")),
        );
    }
    Report::new(check(directory, &origins, today), Some(directory))
}

/// Runs every check on a loaded directory.
pub(crate) fn check(d: &Directory, origins: &Origins, today: Option<NaiveDate>) -> Vec<Problem> {
    let mut out = Vec::new();
    let unknown_where = || Where::file("(unknown)");
    let territory_ids: HashSet<&TerritoryId> = d.territories.iter().map(|t| &t.id).collect();

    // Territories.
    let mut seen = HashSet::new();
    for t in &d.territories {
        let at = origins
            .territories
            .get(&t.id)
            .cloned()
            .unwrap_or_else(unknown_where);
        let rec = Some(t.id.to_string());
        if !seen.insert(&t.id) {
            out.push(Problem::error(
                at.clone(),
                rec.clone(),
                Some("id".into()),
                Fault::DuplicateTerritoryId,
            ));
        }
        if t.kind != t.id.kind() {
            out.push(Problem::error(
                at.clone(),
                rec.clone(),
                Some("kind".into()),
                Fault::KindMismatch {
                    kind: t.kind.to_string(),
                    id_kind: t.id.kind().to_string(),
                },
            ));
        }
        for p in &t.parents {
            if !territory_ids.contains(p) {
                out.push(Problem::error(
                    at.clone(),
                    rec.clone(),
                    Some("parents".into()),
                    Fault::UnknownTerritory { id: p.to_string() },
                ));
            }
        }
        for lead in &t.leads {
            if let Some(s) = &lead.service {
                if d.service(s).is_none() {
                    out.push(Problem::error(
                        at.clone(),
                        rec.clone(),
                        Some("leads".into()),
                        Fault::UnknownService { id: s.clone() },
                    ));
                }
            }
        }
        if let Some(reason) = geometry_problem(&t.geometry) {
            out.push(Problem::error(at, rec, Some("geometry".into()), reason));
        }
    }
    if !territory_ids.contains(&d.metadata.scope) {
        out.push(Problem::error(
            Where::pointer("directory.json", "/scope"),
            None,
            Some("scope".into()),
            Fault::UnknownTerritory {
                id: d.metadata.scope.to_string(),
            },
        ));
    }

    // Places.
    let mut seen = HashSet::new();
    for p in &d.places {
        let at = origins
            .places
            .get(&p.id)
            .cloned()
            .unwrap_or_else(unknown_where);
        let rec = Some(p.id.to_string());
        if !seen.insert(&p.id) {
            out.push(Problem::error(
                at.clone(),
                rec.clone(),
                Some("id".into()),
                Fault::DuplicatePlaceId,
            ));
        }
        if !territory_ids.contains(&p.commune) {
            out.push(Problem::error(
                at,
                rec,
                Some("commune".into()),
                Fault::UnknownTerritory {
                    id: p.commune.to_string(),
                },
            ));
        }
    }

    // Services.
    let scope = d.territory(&d.metadata.scope);
    let mut seen = HashSet::new();
    for (s, national) in d
        .services
        .iter()
        .map(|s| (s, false))
        .chain(d.national.iter().map(|s| (s, true)))
    {
        let at = origins
            .services
            .get(&s.id)
            .cloned()
            .unwrap_or_else(unknown_where);
        let mut push = |severity: Severity, field: &str, reason: Fault| {
            out.push(Problem {
                severity,
                at: at.field(field),
                record: Some(s.id.clone()),
                field: Some(field.to_owned()),
                reason,
            })
        };
        if !seen.insert(s.id.as_str()) {
            push(Severity::Error, "id", Fault::DuplicateServiceId);
        }
        if s.id.is_empty()
            || !s
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            push(Severity::Error, "id", Fault::BadId { id: s.id.clone() });
        }
        if s.name.trim().is_empty() {
            push(Severity::Error, "name", Fault::EmptyName);
        }
        if s.categories.is_empty() {
            push(Severity::Error, "categories", Fault::NoCategory);
        }
        if s.audiences.contains(&Audience::Auteurs)
            && s.categories.iter().any(|c| *c != Category::Auteurs)
        {
            push(
                Severity::Error,
                "audiences",
                Fault::PerpetratorsOtherCategory,
            );
        }
        if s.categories.contains(&Category::Auteurs) && !s.audiences.contains(&Audience::Auteurs) {
            push(
                Severity::Error,
                "audiences",
                Fault::PerpetratorsAudienceMissing,
            );
        }
        match (&s.served_area, national) {
            (ServedArea::National, false) => {
                push(Severity::Warning, "served_area", Fault::LocalServesCountry)
            }
            (ServedArea::Territories(_), true) => push(
                Severity::Error,
                "served_area",
                Fault::NationalLineNotNational,
            ),
            _ => {}
        }
        if let ServedArea::Territories(ts) = &s.served_area {
            if ts.is_empty() {
                push(Severity::Error, "served_area", Fault::EmptyServedArea);
            }
            for t in ts {
                if !territory_ids.contains(t) {
                    push(
                        Severity::Error,
                        "served_area",
                        Fault::UnknownTerritory { id: t.to_string() },
                    );
                }
            }
        }
        if s.contacts.is_empty() && s.location.is_none() {
            push(Severity::Error, "contacts", Fault::NoWayToReach);
        }
        for (i, c) in s.contacts.iter().enumerate() {
            let field = format!("contacts/{i}");
            if c.value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("javascript:")
            {
                push(Severity::Error, &field, Fault::JavascriptUrl);
                continue;
            }
            match c.kind {
                ContactKind::Phone | ContactKind::Sms => match c.value.parse::<PhoneNumber>() {
                    Ok(n) => {
                        if let Some(display) = &c.display {
                            if let Err(e) = n.check_display(display) {
                                push(Severity::Error, &field, e.into());
                            }
                        }
                    }
                    Err(e) => push(Severity::Error, &field, e.into()),
                },
                ContactKind::Email => {
                    let ok = c.value.split_once('@').is_some_and(|(u, h)| {
                        !u.is_empty() && h.contains('.') && !c.value.contains(char::is_whitespace)
                    });
                    if !ok {
                        push(
                            Severity::Error,
                            &field,
                            Fault::NotAnEmail {
                                value: c.value.clone(),
                            },
                        );
                    }
                }
                ContactKind::Web => {
                    if let Err(reason) = check_url(&c.value) {
                        push(Severity::Error, &field, reason);
                    }
                }
            }
            if c.visibility == Visibility::Confidentiel {
                push(Severity::Error, &field, Fault::ConfidentialContact);
            }
        }
        if let Some(loc) = &s.location {
            let is_commune = loc.commune.kind() == TerritoryKind::Commune;
            let commune = d.territory(&loc.commune);
            if !is_commune || commune.is_none() {
                push(
                    Severity::Error,
                    "location/commune",
                    Fault::UnknownCommune {
                        id: loc.commune.to_string(),
                    },
                );
            }
            if loc.visibility == Visibility::Confidentiel {
                if loc.address.is_some() {
                    push(
                        Severity::Error,
                        "location/address",
                        Fault::ConfidentialAddress,
                    );
                }
                if loc.postcode.is_some() {
                    push(
                        Severity::Error,
                        "location/postcode",
                        Fault::ConfidentialPostcode,
                    );
                }
                if loc.point.is_some() {
                    push(Severity::Error, "location/point", Fault::ConfidentialPoint);
                }
            }
            if loc.precision == LocationPrecision::Address && loc.address.is_none() {
                push(
                    Severity::Error,
                    "location/precision",
                    Fault::PrecisionWithoutAddress,
                );
            }
            if let Some(p) = loc.point {
                let gp: geo::Point<f64> = p.into();
                if !((-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon)) {
                    push(Severity::Error, "location/point", Fault::PointOutOfRange);
                } else if scope.is_some_and(|sc| !sc.geometry.intersects(&gp)) {
                    push(
                        Severity::Error,
                        "location/point",
                        Fault::PointOutsideScope {
                            lat: p.lat.to_string(),
                            lon: p.lon.to_string(),
                            scope: d.metadata.scope.to_string(),
                        },
                    );
                } else if let Some(c) = commune.filter(|_| is_commune) {
                    if !c.geometry.intersects(&gp) {
                        push(
                            Severity::Error,
                            "location/point",
                            Fault::PointOutsideCommune {
                                lat: p.lat.to_string(),
                                lon: p.lon.to_string(),
                                commune: c.name.clone(),
                                id: c.id.to_string(),
                            },
                        );
                    }
                }
            } else if loc.visibility == Visibility::Public && loc.address.is_some() {
                push(
                    Severity::Warning,
                    "location/point",
                    Fault::AddressWithoutPoint,
                );
            }
        }
        if let Some(h) = &s.hours {
            if let Err(e) = h.parse::<OpeningHours>() {
                push(Severity::Error, "hours", e.into());
            }
        }
        match &s.source {
            None => push(Severity::Error, "source", Fault::MissingSource),
            Some(src) => {
                if src.title.trim().is_empty() {
                    push(Severity::Error, "source", Fault::EmptySourceTitle);
                }
                if let Some(u) = &src.url {
                    if !u.starts_with("https://") && !u.starts_with("http://") {
                        push(
                            Severity::Error,
                            "source/url",
                            Fault::SourceUrlNotHttp { url: u.clone() },
                        );
                    }
                }
            }
        }
        if let Some(src) = &s.source {
            check_source(src, today, &mut push);
        }
        if let Some(lang) = s
            .languages
            .iter()
            .find(|l| l.len() != 2 || !l.chars().all(|c| c.is_ascii_lowercase()))
        {
            push(
                Severity::Error,
                "languages",
                Fault::BadLanguageCode {
                    language: lang.clone(),
                },
            );
        }
    }
    check_pathways(d, origins, &mut out);
    out
}

/// How long a page stays current: older than this before `today`, a record is flagged.
const PAGE_MAX_AGE_MONTHS: u32 = 24;

/// How long a verification stays current: older than this before `today`, verify again.
const VERIFICATION_MAX_AGE_DAYS: i64 = 365;

/// The status and dates of a record's source: a `verified` source has the day it was verified
/// (not in the future), a `to-verify` source has none; records to verify, old pages and old
/// verifications are warned about, one warning each, so that a coordinator gets the list.
fn check_source(
    src: &Source,
    today: Option<NaiveDate>,
    push: &mut impl FnMut(Severity, &str, Fault),
) {
    match (src.status, src.verified_on) {
        (SourceStatus::Verified, None) => push(
            Severity::Error,
            "source/verified_on",
            Fault::VerifiedWithoutDate,
        ),
        (SourceStatus::ToVerify, Some(d)) => push(
            Severity::Error,
            "source/verified_on",
            Fault::DateOnToVerify {
                date: d.to_string(),
            },
        ),
        (SourceStatus::ToVerify, None) => push(Severity::Warning, "source/status", Fault::ToVerify),
        (SourceStatus::Verified, Some(_)) => {}
    }
    let Some(today) = today else { return };
    for (field, date) in [
        ("source/verified_on", src.verified_on),
        ("source/published_on", src.published_on),
    ] {
        if let Some(d) = date.filter(|d| *d > today) {
            push(
                Severity::Error,
                field,
                Fault::DateInFuture {
                    date: d.to_string(),
                },
            );
        }
    }
    if let Some(d) = src
        .verified_on
        .filter(|d| (today - *d).num_days() > VERIFICATION_MAX_AGE_DAYS)
    {
        push(
            Severity::Warning,
            "source/verified_on",
            Fault::VerifiedLongAgo {
                date: d.to_string(),
            },
        );
    }
    let oldest = today.checked_sub_months(Months::new(PAGE_MAX_AGE_MONTHS));
    if let Some(d) = src.published_on.filter(|d| oldest.is_some_and(|o| *d < o)) {
        push(
            Severity::Warning,
            "source/published_on",
            Fault::OldPage {
                date: d.to_string(),
            },
        );
    }
}

fn check_pathways(d: &Directory, origins: &Origins, out: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for step in &d.pathways {
        let at = origins
            .steps
            .get(&step.id)
            .cloned()
            .unwrap_or_else(|| Where::file("pathways.json"));
        let mut push = |field: &str, reason: Fault| {
            out.push(Problem::error(
                at.field(field),
                Some(step.id.clone()),
                Some(field.into()),
                reason,
            ))
        };
        if !seen.insert(step.id.as_str()) {
            push("id", Fault::DuplicateStepId);
        }
        for (name, text) in [("title", &step.title), ("advice", &step.advice)] {
            if text.fr.trim().is_empty() {
                push(&format!("{name}/fr"), Fault::MissingFrench);
            }
            if text.en.trim().is_empty() {
                push(&format!("{name}/en"), Fault::MissingEnglish);
            }
        }
        if step.categories.is_empty() {
            push("categories", Fault::StepWithoutCategory);
        }
        for id in &step.national {
            if !d.national.iter().any(|s| &s.id == id) {
                push("national", Fault::UnknownNationalLine { id: id.clone() });
            }
        }
        // Reachable: some combination of answers includes it and excludes nothing.
        let reachable = step.include_if.is_empty()
            || step.include_if.iter().any(|inc| {
                !step
                    .exclude_if
                    .iter()
                    .any(|exc| exc.question == inc.question && exc.is == inc.is)
            });
        let always_excluded = step.exclude_if.iter().any(|e| {
            step.exclude_if
                .iter()
                .any(|f| f.question == e.question && f.is != e.is)
        });
        if !reachable || always_excluded {
            push("include_if", Fault::StepUnreachable);
        }
        if step.audiences.contains(&Audience::Auteurs) {
            push("audiences", Fault::PerpetratorsStepAudience);
        }
        if step.categories.contains(&Category::Auteurs)
            && (step.categories.len() > 1
                || step.roles.is_empty()
                || !step.roles.contains(&crate::pathway::Role::Perpetrator))
        {
            push("categories", Fault::PerpetratorsStepCategory);
        }
    }
    // Every category a service carries has a step, or its services are never suggested.
    if !d.pathways.is_empty() {
        for c in Category::ALL {
            let used = d
                .services
                .iter()
                .chain(&d.national)
                .any(|s| s.categories.contains(c));
            if used && !d.pathways.iter().any(|p| p.categories.contains(c)) {
                out.push(Problem::warning(
                    Where::file("pathways.json"),
                    None,
                    Some("categories".into()),
                    Fault::CategoryWithoutStep {
                        category: c.to_string(),
                    },
                ));
            }
        }
    }
}

/// Checks a web address: https, or tel/sms/mailto links; anything else is refused.
fn check_url(url: &str) -> Result<(), Fault> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).unwrap_or("");
    match scheme {
        "https" if lower.starts_with("https://") && lower.len() > "https://".len() => Ok(()),
        "tel" | "sms" | "mailto" => Ok(()),
        "javascript" => Err(Fault::JavascriptUrl),
        "http" => Err(Fault::UrlNotHttps {
            url: url.to_owned(),
        }),
        "" => Err(Fault::UrlNoScheme {
            url: url.to_owned(),
        }),
        other => Err(Fault::UrlScheme {
            url: url.to_owned(),
            scheme: other.to_owned(),
        }),
    }
}

fn geometry_problem(mp: &geo::MultiPolygon<f64>) -> Option<Fault> {
    if mp.0.is_empty() {
        return Some(Fault::EmptyGeometry);
    }
    for poly in &mp.0 {
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            if ring.0.len() < 4 {
                return Some(Fault::RingTooShort {
                    points: ring.0.len(),
                });
            }
            if ring.0.first() != ring.0.last() {
                return Some(Fault::RingNotClosed);
            }
            if let Some(c) = ring
                .0
                .iter()
                .find(|c| !((-180.0..=180.0).contains(&c.x) && (-90.0..=90.0).contains(&c.y)))
            {
                return Some(Fault::CoordinateOutOfRange {
                    lon: c.x.to_string(),
                    lat: c.y.to_string(),
                });
            }
        }
    }
    if !mp.is_valid() {
        let mut reasons = Vec::new();
        let _ = mp.visit_validation(Box::new(|e| -> Result<(), ()> {
            reasons.push(e.to_string());
            Ok(())
        }));
        return Some(Fault::InvalidGeometry {
            detail: reasons.into_iter().take(3).collect::<Vec<_>>().join("; "),
        });
    }
    None
}

/// The 1-based line where the value at `pointer` starts in a JSON text.
///
/// Written by hand: serde_json keeps no positions for values, and the span-keeping JSON crates
/// would add a second JSON parser to the core for this one lookup.
pub(crate) fn line_of_pointer(text: &str, pointer: &str) -> Option<usize> {
    let target: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
    };
    s.find(&target)
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            self.i += 1;
        }
    }

    fn string(&mut self) -> Option<String> {
        if self.b.get(self.i) != Some(&b'"') {
            return None;
        }
        let start = self.i;
        self.i += 1;
        while let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            match c {
                b'\\' => self.i += 1,
                b'"' => {
                    return serde_json::from_slice(&self.b[start..self.i]).ok();
                }
                b'\n' => self.line += 1,
                _ => {}
            }
        }
        None
    }

    fn skip(&mut self) -> Option<()> {
        self.ws();
        match self.b.get(self.i)? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.b.get(self.i)? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.i += 1;
                                return Some(());
                            }
                        }
                        b'\n' => self.line += 1,
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            _ => {
                while let Some(&c) = self.b.get(self.i) {
                    if matches!(c, b',' | b'}' | b']') || c.is_ascii_whitespace() {
                        break;
                    }
                    self.i += 1;
                }
                Some(())
            }
        }
    }

    fn find(&mut self, target: &[String]) -> Option<usize> {
        self.ws();
        let Some((head, rest)) = target.split_first() else {
            return Some(self.line);
        };
        match self.b.get(self.i)? {
            b'{' => {
                self.i += 1;
                loop {
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        return None;
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return None;
                    }
                    self.i += 1;
                    if &key == head {
                        return self.find(rest);
                    }
                    self.skip()?;
                    self.ws();
                    if self.b.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let want: usize = head.parse().ok()?;
                let mut index = 0;
                loop {
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') {
                        return None;
                    }
                    if index == want {
                        return self.find(rest);
                    }
                    self.skip()?;
                    index += 1;
                    self.ws();
                    if self.b.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
            }
            _ => None,
        }
    }
}

/// The 1-based line of the first object key `"key"` in a JSON text, when there is one.
pub(crate) fn key_line(text: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut from = 0;
    while let Some(i) = text[from..].find(&quoted) {
        let at = from + i;
        from = at + quoted.len();
        if text[from..].trim_start().starts_with(':') {
            return Some(text[..at].matches('\n').count() + 1);
        }
    }
    None
}

/// The 1-based line where each element of the top-level list `key` starts, in one pass.
pub(crate) fn element_lines(text: &str, key: &str) -> Vec<usize> {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
    };
    let mut out = Vec::new();
    if s.find(&[]).is_none() {
        return out;
    }
    s.ws();
    if s.b.get(s.i) != Some(&b'{') {
        return out;
    }
    s.i += 1;
    loop {
        s.ws();
        let Some(k) = s.string() else { return out };
        s.ws();
        if s.b.get(s.i) != Some(&b':') {
            return out;
        }
        s.i += 1;
        s.ws();
        if k == key && s.b.get(s.i) == Some(&b'[') {
            s.i += 1;
            loop {
                s.ws();
                match s.b.get(s.i) {
                    None | Some(b']') => return out,
                    _ => {}
                }
                out.push(s.line);
                if s.skip().is_none() {
                    return out;
                }
                s.ws();
                if s.b.get(s.i) == Some(&b',') {
                    s.i += 1;
                }
            }
        }
        if s.skip().is_none() {
            return out;
        }
        s.ws();
        if s.b.get(s.i) == Some(&b',') {
            s.i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_of_pointers() {
        let text = "{\n \"services\": [\n  {\"id\": \"a\"},\n  {\n   \"id\": \"b\",\n   \"contacts\": [1, 2]\n  }\n ]\n}";
        assert_eq!(line_of_pointer(text, "/services/0"), Some(3));
        assert_eq!(line_of_pointer(text, "/services/1"), Some(4));
        assert_eq!(line_of_pointer(text, "/services/1/contacts/1"), Some(6));
        assert_eq!(line_of_pointer(text, "/services/2"), None);
        assert_eq!(element_lines(text, "services"), vec![3, 4]);
    }

    #[test]
    fn url_schemes() {
        assert!(check_url("https://acjm.info/").is_ok());
        assert!(check_url("tel:+33233000000").is_ok());
        assert_eq!(
            check_url("JavaScript:alert(1)").unwrap_err(),
            Fault::JavascriptUrl
        );
        assert!(check_url("http://x.fr").is_err());
        assert!(check_url("data:text/html,hi").is_err());
        assert!(check_url("https://").is_err());
    }
}
