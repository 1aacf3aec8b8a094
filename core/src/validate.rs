//! Checking a directory: every problem with where it is, which record, which field and why.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::{Months, NaiveDate};
use geo::{Intersects, Validation};
use serde::Serialize;

use crate::directory::Directory;
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
/// use maillage::{Problem, Severity, Where};
/// let p = Problem::error(Where::pointer("services.json", "/services/3"), Some("acjm".into()),
///     Some("contacts".into()), "`javascript:` URLs are refused");
/// assert_eq!(p.severity, Severity::Error);
/// assert_eq!(p.to_string(),
///     "error: services.json #/services/3: record `acjm`, field `contacts`: `javascript:` URLs are refused");
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
    /// What is wrong, in plain words.
    pub reason: String,
}

impl Problem {
    /// An error.
    pub fn error(
        at: Where,
        record: Option<String>,
        field: Option<String>,
        reason: impl Into<String>,
    ) -> Self {
        Problem {
            severity: Severity::Error,
            at,
            record,
            field,
            reason: reason.into(),
        }
    }

    /// A warning.
    pub fn warning(
        at: Where,
        record: Option<String>,
        field: Option<String>,
        reason: impl Into<String>,
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
                "duplicate territory id",
            ));
        }
        if t.kind != t.id.kind() {
            out.push(Problem::error(
                at.clone(),
                rec.clone(),
                Some("kind".into()),
                format!(
                    "kind `{}` differs from the id's kind `{}`",
                    t.kind,
                    t.id.kind()
                ),
            ));
        }
        for p in &t.parents {
            if !territory_ids.contains(p) {
                out.push(Problem::error(
                    at.clone(),
                    rec.clone(),
                    Some("parents".into()),
                    format!("unknown territory `{p}`"),
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
                        format!("unknown service `{s}`"),
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
            format!("unknown territory `{}`", d.metadata.scope),
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
                "duplicate place id",
            ));
        }
        if !territory_ids.contains(&p.commune) {
            out.push(Problem::error(
                at,
                rec,
                Some("commune".into()),
                format!("unknown territory `{}`", p.commune),
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
        let mut push = |severity: Severity, field: &str, reason: String| {
            out.push(Problem {
                severity,
                at: at.field(field),
                record: Some(s.id.clone()),
                field: Some(field.to_owned()),
                reason,
            })
        };
        if !seen.insert(s.id.as_str()) {
            push(
                Severity::Error,
                "id",
                "duplicate service id (ids are shared by services and national lines)".into(),
            );
        }
        if s.id.is_empty()
            || !s
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            push(
                Severity::Error,
                "id",
                format!("`{}`: ids use only a-z, 0-9 and `-`", s.id),
            );
        }
        if s.name.trim().is_empty() {
            push(Severity::Error, "name", "empty name".into());
        }
        if s.categories.is_empty() {
            push(
                Severity::Error,
                "categories",
                "at least one category is needed".into(),
            );
        }
        if s.audiences.contains(&Audience::Auteurs)
            && s.categories.iter().any(|c| *c != Category::Auteurs)
        {
            push(
                Severity::Error,
                "audiences",
                "a service for perpetrators must have only the category `auteurs`: perpetrators are never shown victims' services".into(),
            );
        }
        if s.categories.contains(&Category::Auteurs) && !s.audiences.contains(&Audience::Auteurs) {
            push(
                Severity::Error,
                "audiences",
                "category `auteurs` needs the audience `auteurs`".into(),
            );
        }
        match (&s.served_area, national) {
            (ServedArea::National, false) => push(
                Severity::Warning,
                "served_area",
                "a local service serving the whole country belongs in national.json".into(),
            ),
            (ServedArea::Territories(_), true) => push(
                Severity::Error,
                "served_area",
                "a national line must have the served area \"national\"".into(),
            ),
            _ => {}
        }
        if let ServedArea::Territories(ts) = &s.served_area {
            if ts.is_empty() {
                push(Severity::Error, "served_area", "empty served area".into());
            }
            for t in ts {
                if !territory_ids.contains(t) {
                    push(
                        Severity::Error,
                        "served_area",
                        format!("unknown territory `{t}`"),
                    );
                }
            }
        }
        if s.contacts.is_empty() && s.location.is_none() {
            push(
                Severity::Error,
                "contacts",
                "no way to reach this service: give a contact or a location".into(),
            );
        }
        for (i, c) in s.contacts.iter().enumerate() {
            let field = format!("contacts/{i}");
            if c.value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("javascript:")
            {
                push(
                    Severity::Error,
                    &field,
                    "`javascript:` URLs are refused".into(),
                );
                continue;
            }
            match c.kind {
                ContactKind::Phone | ContactKind::Sms => match c.value.parse::<PhoneNumber>() {
                    Ok(n) => {
                        if let Some(display) = &c.display {
                            if let Err(e) = n.check_display(display) {
                                push(Severity::Error, &field, e.to_string());
                            }
                        }
                    }
                    Err(e) => push(Severity::Error, &field, e.to_string()),
                },
                ContactKind::Email => {
                    let ok = c.value.split_once('@').is_some_and(|(u, h)| {
                        !u.is_empty() && h.contains('.') && !c.value.contains(char::is_whitespace)
                    });
                    if !ok {
                        push(
                            Severity::Error,
                            &field,
                            format!("`{}` is not an e-mail address", c.value),
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
                push(
                    Severity::Error,
                    &field,
                    "a contact cannot be confidential: drop it, or make it `professionnels`".into(),
                );
            }
        }
        if let Some(loc) = &s.location {
            let is_commune = loc.commune.kind() == TerritoryKind::Commune;
            let commune = d.territory(&loc.commune);
            if !is_commune || commune.is_none() {
                push(
                    Severity::Error,
                    "location/commune",
                    format!("unknown commune `{}`", loc.commune),
                );
            }
            if loc.visibility == Visibility::Confidentiel {
                if loc.address.is_some() {
                    push(
                        Severity::Error,
                        "location/address",
                        "confidential location with a published address: remove the address (only the commune may be shown)".into(),
                    );
                }
                if loc.postcode.is_some() {
                    push(
                        Severity::Error,
                        "location/postcode",
                        "confidential location with a published postcode: remove the postcode (only the commune may be shown)".into(),
                    );
                }
                if loc.point.is_some() {
                    push(
                        Severity::Error,
                        "location/point",
                        "confidential location with a published point: remove the point (only the commune may be shown)".into(),
                    );
                }
            }
            if loc.precision == LocationPrecision::Address && loc.address.is_none() {
                push(
                    Severity::Error,
                    "location/precision",
                    "precision `address` needs a street address: give it, or use `commune`".into(),
                );
            }
            if let Some(p) = loc.point {
                let gp: geo::Point<f64> = p.into();
                if !((-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon)) {
                    push(
                        Severity::Error,
                        "location/point",
                        "latitude or longitude out of range".into(),
                    );
                } else if scope.is_some_and(|sc| !sc.geometry.intersects(&gp)) {
                    push(
                        Severity::Error,
                        "location/point",
                        format!("point {},{} is outside the directory's scope `{}` (latitude and longitude swapped?)", p.lat, p.lon, d.metadata.scope),
                    );
                } else if let Some(c) = commune.filter(|_| is_commune) {
                    if !c.geometry.intersects(&gp) {
                        push(
                            Severity::Error,
                            "location/point",
                            format!(
                                "point {},{} is outside its commune {} ({})",
                                p.lat, p.lon, c.name, c.id
                            ),
                        );
                    }
                }
            } else if loc.visibility == Visibility::Public && loc.address.is_some() {
                push(
                    Severity::Warning,
                    "location/point",
                    "public address without a point: distance cannot be computed".into(),
                );
            }
        }
        if let Some(h) = &s.hours {
            if let Err(e) = h.parse::<OpeningHours>() {
                push(Severity::Error, "hours", e.to_string());
            }
        }
        match &s.source {
            None => push(
                Severity::Error,
                "source",
                "missing source: say where these facts come from".into(),
            ),
            Some(src) => {
                if src.title.trim().is_empty() {
                    push(Severity::Error, "source", "empty source title".into());
                }
                if let Some(u) = &src.url {
                    if !u.starts_with("https://") && !u.starts_with("http://") {
                        push(
                            Severity::Error,
                            "source/url",
                            format!("`{u}`: a source URL must be an http(s) page"),
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
                format!("`{lang}` is not an ISO 639-1 code such as `fr`"),
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
    push: &mut impl FnMut(Severity, &str, String),
) {
    match (src.status, src.verified_on) {
        (SourceStatus::Verified, None) => push(
            Severity::Error,
            "source/verified_on",
            "a verified source needs the date it was verified (`verified_on`)".into(),
        ),
        (SourceStatus::ToVerify, Some(d)) => push(
            Severity::Error,
            "source/verified_on",
            format!("`verified_on` {d} on a source still `to-verify`: set the status to `verified`, or remove the date"),
        ),
        (SourceStatus::ToVerify, None) => push(
            Severity::Warning,
            "source/status",
            "to verify: check this record against its source before relying on it".into(),
        ),
        (SourceStatus::Verified, Some(_)) => {}
    }
    let Some(today) = today else { return };
    for (field, date) in [
        ("source/verified_on", src.verified_on),
        ("source/published_on", src.published_on),
    ] {
        if let Some(d) = date.filter(|d| *d > today) {
            push(Severity::Error, field, format!("{d} is in the future"));
        }
    }
    if let Some(d) = src
        .verified_on
        .filter(|d| (today - *d).num_days() > VERIFICATION_MAX_AGE_DAYS)
    {
        push(
            Severity::Warning,
            "source/verified_on",
            format!("verified on {d}, more than 12 months ago: please verify it again"),
        );
    }
    let oldest = today.checked_sub_months(Months::new(PAGE_MAX_AGE_MONTHS));
    if let Some(d) = src.published_on.filter(|d| oldest.is_some_and(|o| *d < o)) {
        push(
            Severity::Warning,
            "source/published_on",
            format!("the source page is dated {d}, more than 2 years ago: check that it is still current"),
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
        let mut push = |field: &str, reason: String| {
            out.push(Problem::error(
                at.field(field),
                Some(step.id.clone()),
                Some(field.into()),
                reason,
            ))
        };
        if !seen.insert(step.id.as_str()) {
            push("id", "duplicate step id".into());
        }
        for (name, text) in [("title", &step.title), ("advice", &step.advice)] {
            if text.fr.trim().is_empty() {
                push(&format!("{name}/fr"), "missing French text".into());
            }
            if text.en.trim().is_empty() {
                push(&format!("{name}/en"), "missing English translation".into());
            }
        }
        if step.categories.is_empty() {
            push("categories", "a step needs at least one category".into());
        }
        for id in &step.national {
            if !d.national.iter().any(|s| &s.id == id) {
                push("national", format!("unknown national line `{id}`"));
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
            push(
                "include_if",
                "no situation can reach this step: its exclusions cover every inclusion".into(),
            );
        }
        if step.audiences.contains(&Audience::Auteurs) {
            push(
                "audiences",
                "the perpetrators' step is chosen by its category `auteurs`, not by an audience"
                    .into(),
            );
        }
        if step.categories.contains(&Category::Auteurs)
            && (step.categories.len() > 1
                || step.roles.is_empty()
                || !step.roles.contains(&crate::pathway::Role::Perpetrator))
        {
            push(
                "categories",
                "the perpetrators' step has only the `auteurs` category and lists the role `perpetrator`".into(),
            );
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
                    format!(
                        "no step has the category `{c}`: its services are never suggested in a pathway"
                    ),
                ));
            }
        }
    }
}

/// Checks a web address: https, or tel/sms/mailto links; anything else is refused.
fn check_url(url: &str) -> Result<(), String> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).unwrap_or("");
    match scheme {
        "https" if lower.starts_with("https://") && lower.len() > "https://".len() => Ok(()),
        "tel" | "sms" | "mailto" => Ok(()),
        "javascript" => Err("`javascript:` URLs are refused".into()),
        "http" => Err(format!("`{url}`: use https")),
        "" => Err(format!("`{url}` has no scheme: write https://…")),
        other => Err(format!(
            "`{url}`: URL scheme `{other}` is not allowed (https, tel, sms, mailto)"
        )),
    }
}

fn geometry_problem(mp: &geo::MultiPolygon<f64>) -> Option<String> {
    if mp.0.is_empty() {
        return Some("empty geometry".into());
    }
    for poly in &mp.0 {
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            if ring.0.len() < 4 {
                return Some(format!(
                    "a ring has {} points; at least 4 are needed",
                    ring.0.len()
                ));
            }
            if ring.0.first() != ring.0.last() {
                return Some("a ring is not closed (first and last points differ)".into());
            }
            if let Some(c) = ring
                .0
                .iter()
                .find(|c| !((-180.0..=180.0).contains(&c.x) && (-90.0..=90.0).contains(&c.y)))
            {
                return Some(format!(
                    "coordinate {},{} is not a longitude,latitude",
                    c.x, c.y
                ));
            }
        }
    }
    if !mp.is_valid() {
        let mut reasons = Vec::new();
        let _ = mp.visit_validation(Box::new(|e| -> Result<(), ()> {
            reasons.push(e.to_string());
            Ok(())
        }));
        return Some(format!(
            "invalid geometry: {}",
            reasons.into_iter().take(3).collect::<Vec<_>>().join("; ")
        ));
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
        assert!(check_url("JavaScript:alert(1)")
            .unwrap_err()
            .contains("javascript"));
        assert!(check_url("http://x.fr").is_err());
        assert!(check_url("data:text/html,hi").is_err());
        assert!(check_url("https://").is_err());
    }
}
