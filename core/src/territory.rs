//! Territories: communes, EPCI, arrondissements, départements, court districts and custom areas.

use std::fmt;
use std::str::FromStr;

use geo::MultiPolygon;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::service::Category;

/// The identifier of a territory, written `kind:code`.
///
/// The kind is one of the [`TerritoryKind`]s; the code is the official code where one exists
/// (INSEE code for a commune, SIREN for an EPCI) or a short slug otherwise.
///
/// ```
/// use maillage::{TerritoryId, TerritoryKind};
/// let id: TerritoryId = "commune:50502".parse().unwrap();
/// assert_eq!(id.kind(), TerritoryKind::Commune);
/// assert_eq!(id.code(), "50502");
/// assert!("50502".parse::<TerritoryId>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TerritoryId(String);

/// Why a text is not a [`TerritoryId`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TerritoryIdError {
    /// No `:` separates kind and code.
    #[error("`{0}` is not a territory id: expected `kind:code`, e.g. `commune:50502`")]
    MissingSeparator(String),
    /// The kind or the code has characters outside `a-z`, `0-9`, `-`, `_` (code also `A-Z`).
    #[error(
        "`{0}` is not a territory id: kind and code may only use letters, digits, `-` and `_`"
    )]
    BadCharacters(String),
}

impl TerritoryId {
    /// Builds an id from a kind and a code.
    ///
    /// ```
    /// use maillage::{TerritoryId, TerritoryKind};
    /// let id = TerritoryId::new(&TerritoryKind::Epci, "200066389").unwrap();
    /// assert_eq!(id.as_str(), "epci:200066389");
    /// ```
    pub fn new(kind: &TerritoryKind, code: &str) -> Result<Self, TerritoryIdError> {
        format!("{}:{}", kind.as_str(), code).parse()
    }

    /// The whole id, `kind:code`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind part.
    ///
    /// ```
    /// use maillage::{TerritoryId, TerritoryKind};
    /// let id: TerritoryId = "territoire-solidarite:saint-lo".parse().unwrap();
    /// assert_eq!(id.kind(), TerritoryKind::Custom("territoire-solidarite".into()));
    /// ```
    pub fn kind(&self) -> TerritoryKind {
        TerritoryKind::from_str_lossless(self.0.split_once(':').map_or("", |(k, _)| k))
    }

    /// The code part.
    ///
    /// ```
    /// let id: maillage::TerritoryId = "epci:200042604".parse().unwrap();
    /// assert_eq!((id.kind().as_str(), id.code()), ("epci", "200042604"));
    /// ```
    pub fn code(&self) -> &str {
        self.0.split_once(':').map_or("", |(_, c)| c)
    }
}

impl TerritoryId {
    /// Checks `kind:code` (kind in `a-z 0-9 - _`, code also `A-Z`), then keeps the text.
    fn checked(s: String) -> Result<Self, TerritoryIdError> {
        let Some((kind, code)) = s.split_once(':') else {
            return Err(TerritoryIdError::MissingSeparator(s));
        };
        let kind_ok = !kind.is_empty()
            && kind
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_');
        let code_ok = !code.is_empty()
            && code
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
        if kind_ok && code_ok {
            Ok(TerritoryId(s))
        } else {
            Err(TerritoryIdError::BadCharacters(s))
        }
    }
}

impl FromStr for TerritoryId {
    type Err = TerritoryIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TerritoryId::checked(s.to_owned())
    }
}

impl fmt::Display for TerritoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for TerritoryId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TerritoryId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The text read is kept as is once checked: one allocation per id, not two.
        TerritoryId::checked(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// What a territory is.
///
/// ```
/// use maillage::TerritoryKind;
/// assert_eq!(TerritoryKind::Tribunal.as_str(), "tribunal");
/// assert_eq!("epci".parse::<TerritoryKind>().unwrap(), TerritoryKind::Epci);
/// assert!(TerritoryKind::Commune.rank() < TerritoryKind::Departement.rank());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TerritoryKind {
    /// A commune of the current COG (`commune:INSEE`).
    Commune,
    /// An intercommunality, EPCI à fiscalité propre (`epci:SIREN`).
    Epci,
    /// An arrondissement (`arrondissement:501`).
    Arrondissement,
    /// A département (`departement:50`).
    Departement,
    /// The district of a tribunal judiciaire (`tribunal:cherbourg`).
    Tribunal,
    /// Any other territory a coordinator defines, such as the Département's territoires de
    /// solidarité (`territoire-solidarite:…`).
    Custom(String),
}

impl TerritoryKind {
    /// The kind as written in ids and files.
    pub fn as_str(&self) -> &str {
        match self {
            TerritoryKind::Commune => "commune",
            TerritoryKind::Epci => "epci",
            TerritoryKind::Arrondissement => "arrondissement",
            TerritoryKind::Departement => "departement",
            TerritoryKind::Tribunal => "tribunal",
            TerritoryKind::Custom(s) => s,
        }
    }

    /// Order from the most specific kind to the widest, used to sort "where am I" answers.
    pub fn rank(&self) -> u8 {
        match self {
            TerritoryKind::Commune => 0,
            TerritoryKind::Epci => 1,
            TerritoryKind::Arrondissement => 2,
            TerritoryKind::Tribunal => 3,
            TerritoryKind::Departement => 4,
            TerritoryKind::Custom(_) => 5,
        }
    }

    fn from_str_lossless(s: &str) -> Self {
        match s {
            "commune" => TerritoryKind::Commune,
            "epci" => TerritoryKind::Epci,
            "arrondissement" => TerritoryKind::Arrondissement,
            "departement" => TerritoryKind::Departement,
            "tribunal" => TerritoryKind::Tribunal,
            other => TerritoryKind::Custom(other.to_owned()),
        }
    }
}

impl FromStr for TerritoryKind {
    type Err = TerritoryIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TerritoryId::from_str(&format!("{s}:x"))?;
        Ok(TerritoryKind::from_str_lossless(s))
    }
}

impl fmt::Display for TerritoryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TerritoryKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TerritoryKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The partner that leads ("chef de file") a theme in a territory.
///
/// ```
/// use maillage::{Category, LeadPartner};
/// let lead: LeadPartner = serde_json::from_str(
///     r#"{"theme":"ecoute","partner":"ACJM","service":"acjm-coutances"}"#).unwrap();
/// assert_eq!(lead.theme, Category::Ecoute);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadPartner {
    /// The theme led.
    pub theme: Category,
    /// The partner's name as people know it.
    pub partner: String,
    /// The directory record of that partner, when it has one.
    #[serde(default)]
    pub service: Option<String>,
}

/// A territory: an area with a name, a kind, parents and a shape.
///
/// Geometry is a MultiPolygon in longitude/latitude (WGS 84). In human-readable formats it is
/// written as GeoJSON coordinates; in the binary bundle as quantized deltas (see [`crate::bundle`]).
///
/// ```
/// use maillage::{Territory, TerritoryKind};
/// use geo::{polygon, MultiPolygon};
/// let t = Territory {
///     id: "commune:50502".parse().unwrap(),
///     kind: TerritoryKind::Commune,
///     name: "Saint-Lô".into(),
///     parents: vec!["epci:200066389".parse().unwrap()],
///     leads: vec![],
///     population: Some(19116),
///     geometry: MultiPolygon(vec![polygon![(x: -1.1, y: 49.1), (x: -1.0, y: 49.1), (x: -1.0, y: 49.2)]]),
/// };
/// assert_eq!(t.id.code(), "50502");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Territory {
    /// `kind:code`.
    pub id: TerritoryId,
    /// What it is; always the kind of its id.
    pub kind: TerritoryKind,
    /// Its official name, with article ("La Haye").
    pub name: String,
    /// The wider territories it belongs to (EPCI, arrondissement, tribunal, département…).
    #[serde(default)]
    pub parents: Vec<TerritoryId>,
    /// Lead partners per theme.
    #[serde(default)]
    pub leads: Vec<LeadPartner>,
    /// Inhabitants (population municipale), when known.
    #[serde(default)]
    pub population: Option<u32>,
    /// Its shape, lon/lat.
    #[serde(with = "crate::geometry")]
    pub geometry: MultiPolygon<f64>,
}

/// A territory's id, kind and name, as answers show it.
#[derive(Clone, Copy, Debug, Serialize)]
pub(crate) struct TerritoryRef<'a> {
    id: &'a TerritoryId,
    kind: &'a TerritoryKind,
    name: &'a str,
}

impl Territory {
    pub(crate) fn as_ref_view(&self) -> TerritoryRef<'_> {
        TerritoryRef {
            id: &self.id,
            kind: &self.kind,
            name: &self.name,
        }
    }
}

/// A lead partner as answers show it.
#[derive(Clone, Copy, Debug, Serialize)]
pub(crate) struct LeadView<'a> {
    territory: &'a TerritoryId,
    territory_name: &'a str,
    theme: Category,
    partner: &'a str,
    service: Option<&'a str>,
}

impl<'a> LeadView<'a> {
    pub(crate) fn new(t: &'a Territory, l: &'a LeadPartner) -> Self {
        LeadView {
            territory: &t.id,
            territory_name: &t.name,
            theme: l.theme,
            partner: &l.partner,
            service: l.service.as_deref(),
        }
    }
}
