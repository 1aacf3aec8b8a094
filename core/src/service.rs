//! Services: the contact points of the directory, and the closed vocabularies that describe them.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::territory::TerritoryId;

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $slug:literal, $fr:literal, $en:literal; )* }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $slug)] $variant, )*
        }

        impl $name {
            /// Every value, in documentation order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The identifier used in files and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $slug,)* }
            }

            /// A short label in French.
            pub fn label_fr(self) -> &'static str {
                match self { $($name::$variant => $fr,)* }
            }

            /// A short label in English.
            pub fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en,)* }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownTerm;
            fn from_str(s: &str) -> Result<Self, UnknownTerm> {
                match s {
                    $($slug => Ok($name::$variant),)*
                    _ => Err(UnknownTerm {
                        vocabulary: stringify!($name),
                        term: s.to_owned(),
                        expected: vec![$($slug),*],
                    }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A word that is not in one of the closed vocabularies.
///
/// ```
/// use maillage::Category;
/// let err = "shelter".parse::<Category>().unwrap_err();
/// assert!(err.to_string().contains("hebergement"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} `{term}`; expected one of: {}", expected.join(", "))]
pub struct UnknownTerm {
    /// Which vocabulary.
    pub vocabulary: &'static str,
    /// The word given.
    pub term: String,
    /// The words allowed.
    pub expected: Vec<&'static str>,
}

vocabulary! {
    /// What a service helps with: one category per step of the exit pathway
    /// ("parcours de sortie des violences"), so every step finds its services.
    ///
    /// Reasons for the cut: *plainte* (going to the police) and *protection* (the court's orders:
    /// ordonnance de protection, téléphone grave danger, bracelet anti-rapprochement) are distinct
    /// steps with distinct places; *juridique* (information on rights, legal aid, victim-aid
    /// associations' legal side) serves both; *sante-sexuelle* is apart from *soins* because
    /// it is reached without any violence being disclosed; *auteurs* must never be mixed with
    /// victims' services.
    ///
    /// ```
    /// use maillage::Category;
    /// assert_eq!("ecoute".parse::<Category>().unwrap(), Category::Ecoute);
    /// assert_eq!(Category::SanteSexuelle.as_str(), "sante-sexuelle");
    /// assert_eq!(Category::ALL.len(), 12);
    /// ```
    Category {
        /// Emergency: police 17, 112, 114 by SMS, pharmacy alert, online police chat.
        Urgence = "urgence", "Urgence", "Emergency";
        /// Listening and orientation: 3919, listening places, day centres, victim-aid associations.
        Ecoute = "ecoute", "Écoute et orientation", "Listening and guidance";
        /// Getting safe, shelter: 115 / SIAO, CHRS, dedicated places (addresses confidential).
        Hebergement = "hebergement", "Mise en sécurité et hébergement", "Safety and shelter";
        /// Care and medical findings: emergency departments, GPs, medico-judicial units (UMJ).
        Soins = "soins", "Soins et constatations", "Care and medical evidence";
        /// Filing a complaint or a report: police, gendarmerie, social workers in stations (ISCG).
        Plainte = "plainte", "Plainte et signalement", "Reporting to the police";
        /// Information on rights and legal help: CIDFF, legal aid, victim-aid associations.
        Juridique = "juridique", "Information juridique", "Legal information";
        /// Judicial protection: protection orders, serious-danger phone (TGD), anti-approach bracelet.
        Protection = "protection", "Protection judiciaire", "Court protection";
        /// Social, financial and housing support: social services, CCAS, CAF emergency aid.
        Social = "social", "Accompagnement social", "Social and housing support";
        /// Psychological support.
        Psy = "psy", "Soutien psychologique", "Psychological support";
        /// Children exposed to violence: 119, child-protection services.
        Enfants = "enfants", "Enfants", "Children";
        /// Sexual health and contraception: Planning familial, sexual-health centres.
        SanteSexuelle = "sante-sexuelle", "Santé sexuelle", "Sexual health";
        /// Perpetrators: care centres for perpetrators (CPCA), 08 019 019 11.
        Auteurs = "auteurs", "Auteurs de violences", "Perpetrators";
    }
}

vocabulary! {
    /// Who a service is for.
    ///
    /// ```
    /// use maillage::Audience;
    /// assert_eq!("professionnels".parse::<Audience>().unwrap(), Audience::Professionnels);
    /// ```
    Audience {
        /// Everyone.
        Tous = "tous", "Tout public", "Everyone";
        /// Women.
        Femmes = "femmes", "Femmes", "Women";
        /// Men.
        Hommes = "hommes", "Hommes", "Men";
        /// Young people (about 11–25).
        Jeunes = "jeunes", "Jeunes", "Young people";
        /// Children.
        Enfants = "enfants", "Enfants", "Children";
        /// LGBT+ people.
        Lgbt = "lgbt", "Personnes LGBT+", "LGBT+ people";
        /// Relatives and friends of a victim.
        Proches = "proches", "Proches", "Relatives and friends";
        /// Professionals (social workers, police, health, education).
        Professionnels = "professionnels", "Professionnels", "Professionals";
        /// Perpetrators of violence.
        Auteurs = "auteurs", "Auteurs de violences", "Perpetrators";
    }
}

vocabulary! {
    /// How a service is reached.
    ///
    /// ```
    /// use maillage::AccessMode;
    /// assert_eq!(AccessMode::SurPlace.as_str(), "sur-place");
    /// ```
    AccessMode {
        /// By phone.
        Telephone = "telephone", "Téléphone", "Phone";
        /// By text message (SMS).
        Sms = "sms", "SMS", "Text message";
        /// Online: chat, form, video.
        EnLigne = "en-ligne", "En ligne", "Online";
        /// Walk in, without appointment.
        SurPlace = "sur-place", "Sans rendez-vous", "Walk in";
        /// On appointment.
        RendezVous = "rendez-vous", "Sur rendez-vous", "By appointment";
        /// Outreach or a regular permanence in another place.
        Permanence = "permanence", "Permanence", "Outreach";
    }
}

vocabulary! {
    /// Who may see a location or a contact.
    ///
    /// ```
    /// use maillage::Visibility;
    /// assert_eq!("confidentiel".parse::<Visibility>().unwrap(), Visibility::Confidentiel);
    /// ```
    Visibility {
        /// Shown to everyone.
        Public = "public", "Public", "Public";
        /// Shown in the professionals' referral routes only.
        Professionnels = "professionnels", "Réservé aux professionnels", "Professionals only";
        /// Never published: only the commune may be shown (shelters).
        Confidentiel = "confidentiel", "Confidentiel", "Confidential";
    }
}

vocabulary! {
    /// The kind of a contact.
    ///
    /// ```
    /// use maillage::ContactKind;
    /// assert_eq!(ContactKind::Web.as_str(), "web");
    /// ```
    ContactKind {
        /// A phone number to call.
        Phone = "phone", "Téléphone", "Phone";
        /// A number to text.
        Sms = "sms", "SMS", "Text message";
        /// An e-mail address.
        Email = "email", "Courriel", "E-mail";
        /// A web page, chat or form (`https:` only).
        Web = "web", "Site web", "Website";
    }
}

vocabulary! {
    /// Whether a person checked a record's facts against its source page.
    ///
    /// A `verified` source carries the date of that check ([`Source::verified_on`]); anything
    /// else is shown as "à vérifier" until someone checks it.
    ///
    /// ```
    /// use maillage::SourceStatus;
    /// assert_eq!("to-verify".parse::<SourceStatus>().unwrap(), SourceStatus::ToVerify);
    /// assert_eq!(SourceStatus::default(), SourceStatus::ToVerify);
    /// assert_eq!(SourceStatus::Verified.label_fr(), "Vérifié");
    /// ```
    #[derive(Default)]
    SourceStatus {
        /// Every published fact was read on the source page, on the date given.
        Verified = "verified", "Vérifié", "Verified";
        /// Not (or not fully) confirmed by a page: to be checked before relying on it. The
        /// default: a check that was not made is never assumed.
        #[default]
        ToVerify = "to-verify", "À vérifier", "To be verified";
    }
}

vocabulary! {
    /// How precisely a location's point places the service.
    ///
    /// ```
    /// use maillage::LocationPrecision;
    /// assert_eq!("address".parse::<LocationPrecision>().unwrap(), LocationPrecision::Address);
    /// assert_eq!(LocationPrecision::default(), LocationPrecision::Commune);
    /// ```
    #[derive(Default)]
    LocationPrecision {
        /// The point is at the street address, which must be given.
        Address = "address", "Adresse", "Street address";
        /// Only the commune is known: the point, if any, stands for the commune (its interior
        /// point), so a distance to it is approximate; show "dans la commune de …". A street
        /// address may still be given as text when its exact point is not known. The default:
        /// no more precision is claimed than was given.
        #[default]
        Commune = "commune", "Commune", "Commune";
    }
}

impl Visibility {
    fn public() -> Self {
        Visibility::Public
    }
}

/// One way to reach a service.
///
/// Phone and SMS values are dialable: E.164 (`+33233771234`) or a French short number (`3919`,
/// `114`, `116006`); `display` is the form people read (`02 33 77 12 34`).
///
/// ```
/// use maillage::{Contact, ContactKind};
/// let c: Contact = serde_json::from_str(
///     r#"{"kind":"phone","value":"3919","display":"39 19"}"#).unwrap();
/// assert_eq!(c.kind, ContactKind::Phone);
/// assert_eq!(c.href(), "tel:3919");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Phone, SMS, e-mail or web.
    pub kind: ContactKind,
    /// The number, address or URL.
    pub value: String,
    /// How to show it, when it differs from `value`.
    #[serde(default)]
    pub display: Option<String>,
    /// What this contact is for ("Secrétariat", "Chat").
    #[serde(default)]
    pub label: Option<String>,
    /// Who may see it; never `confidentiel` for a contact meant to be used.
    #[serde(default = "Visibility::public")]
    pub visibility: Visibility,
}

impl Contact {
    /// The link that opens this contact (`tel:`, `sms:`, `mailto:` or the web address).
    pub fn href(&self) -> String {
        match self.kind {
            ContactKind::Phone => format!("tel:{}", self.value),
            ContactKind::Sms => format!("sms:{}", self.value),
            ContactKind::Email => format!("mailto:{}", self.value),
            ContactKind::Web => self.value.clone(),
        }
    }

    /// The text to show.
    pub fn shown(&self) -> &str {
        self.display.as_deref().unwrap_or(&self.value)
    }
}

/// A point in WGS 84 degrees.
///
/// ```
/// use maillage::Point;
/// let p = Point { lat: 49.1157, lon: -1.0903 };
/// assert_eq!(geo::Point::from(p).x(), -1.0903);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

impl From<Point> for geo::Point<f64> {
    fn from(p: Point) -> Self {
        geo::Point::new(p.lon, p.lat)
    }
}

/// Where a service receives people.
///
/// A `confidentiel` location (a shelter) has neither address nor point: only its commune.
/// A location whose point is not at a known street address has the precision `commune`
/// (the default).
///
/// ```
/// use maillage::{Location, LocationPrecision, Visibility};
/// let l: Location = serde_json::from_str(
///     r#"{"commune":"commune:50129","visibility":"confidentiel"}"#).unwrap();
/// assert_eq!(l.visibility, Visibility::Confidentiel);
/// assert!(l.address.is_none());
/// assert_eq!(l.precision, LocationPrecision::Commune);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Street address, without postcode and commune.
    #[serde(default)]
    pub address: Option<String>,
    /// Postcode.
    #[serde(default)]
    pub postcode: Option<String>,
    /// The commune (`commune:INSEE`).
    pub commune: TerritoryId,
    /// The entrance, when public.
    #[serde(default)]
    pub point: Option<Point>,
    /// Who may see this location.
    #[serde(default = "Visibility::public")]
    pub visibility: Visibility,
    /// Whether the point is at the street address or only stands for the commune.
    #[serde(default)]
    pub precision: LocationPrecision,
}

/// The area a service serves.
///
/// Written `"national"` or as a list of territory ids.
///
/// ```
/// use maillage::ServedArea;
/// let a: ServedArea = serde_json::from_str(r#"["epci:200042604"]"#).unwrap();
/// assert_eq!(a.territories().len(), 1);
/// let n: ServedArea = serde_json::from_str(r#""national""#).unwrap();
/// assert_eq!(n, ServedArea::National);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServedArea {
    /// The whole country.
    National,
    /// These territories (a person in any of them is served).
    Territories(Vec<TerritoryId>),
}

impl ServedArea {
    /// The territories served; empty for [`ServedArea::National`].
    pub fn territories(&self) -> &[TerritoryId] {
        match self {
            ServedArea::National => &[],
            ServedArea::Territories(t) => t,
        }
    }
}

#[derive(Serialize, Deserialize)]
enum ServedAreaRepr {
    National,
    Territories(Vec<TerritoryId>),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ServedAreaText {
    Word(String),
    List(Vec<TerritoryId>),
}

impl Serialize for ServedArea {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (s.is_human_readable(), self) {
            (true, ServedArea::National) => s.serialize_str("national"),
            (true, ServedArea::Territories(t)) => t.serialize(s),
            (false, ServedArea::National) => ServedAreaRepr::National.serialize(s),
            (false, ServedArea::Territories(t)) => {
                ServedAreaRepr::Territories(t.clone()).serialize(s)
            }
        }
    }
}

impl<'de> Deserialize<'de> for ServedArea {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            match ServedAreaText::deserialize(d).map_err(|_| {
                serde::de::Error::custom(
                    "expected \"national\" or a list of territory ids such as [\"epci:200042604\"]",
                )
            })? {
                ServedAreaText::Word(w) if w == "national" => Ok(ServedArea::National),
                ServedAreaText::Word(w) => Err(serde::de::Error::custom(format!(
                    "`{w}`: expected \"national\" or a list of territory ids"
                ))),
                ServedAreaText::List(t) => Ok(ServedArea::Territories(t)),
            }
        } else {
            Ok(match ServedAreaRepr::deserialize(d)? {
                ServedAreaRepr::National => ServedArea::National,
                ServedAreaRepr::Territories(t) => ServedArea::Territories(t),
            })
        }
    }
}

/// Physical accessibility of a place.
///
/// ```
/// use maillage::Accessibility;
/// let a = Accessibility { step_free: Some(true), details: None };
/// assert_eq!(a.step_free, Some(true));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// Entrance without steps (wheelchair accessible).
    #[serde(default)]
    pub step_free: Option<bool>,
    /// Anything else worth knowing (hearing loop, sign language…).
    #[serde(default)]
    pub details: Option<String>,
}

/// Where a record's facts come from, and whether a person checked them there.
///
/// `verified_on` is the day a person read the page and found every published fact of the
/// record on it: required when the status is `verified`, refused otherwise (see
/// [`validate`](crate::validate())). `published_on` is the page's own date, when it gives one:
/// it tells how old the information is.
///
/// ```
/// use maillage::{Source, SourceStatus};
/// let s: Source = serde_json::from_str(r#"{
///   "title": "CH Mémorial Saint-Lô, UMJ",
///   "url": "https://www.ch-stlo.fr/offre_soins/unite-medico-judiciaire/",
///   "status": "verified", "verified_on": "2026-11-30"
/// }"#).unwrap();
/// assert!(s.is_verified());
/// assert_eq!(s.published_on, None);
/// let old: Source = serde_json::from_str(r#"{"title": "Ouest-France, 2021"}"#).unwrap();
/// assert_eq!(old.status, SourceStatus::ToVerify);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A citation people can follow.
    pub title: String,
    /// The specific page (`https:`), when there is one.
    #[serde(default)]
    pub url: Option<String>,
    /// Verified against the page, or still to verify (the default).
    #[serde(default)]
    pub status: SourceStatus,
    /// When a person verified the facts against the page; only for `verified`.
    #[serde(default, deserialize_with = "crate::calendar::deserialize_date")]
    pub verified_on: Option<NaiveDate>,
    /// The page's own date (publication or last update), when it gives one.
    #[serde(default, deserialize_with = "crate::calendar::deserialize_date")]
    pub published_on: Option<NaiveDate>,
}

impl Source {
    /// Whether a person verified the facts against this source (status `verified`).
    pub fn is_verified(&self) -> bool {
        self.status == SourceStatus::Verified
    }
}

/// One contact point of the directory.
///
/// ```
/// use maillage::{Service, Category, ServedArea};
/// let s: Service = serde_json::from_str(r#"{
///   "id": "3919", "name": "Violences Femmes Info", "organisation": "FNSF",
///   "categories": ["ecoute"], "audiences": ["femmes", "proches", "professionnels"],
///   "access": ["telephone", "en-ligne"],
///   "contacts": [{"kind": "phone", "value": "3919", "display": "39 19"}],
///   "served_area": "national", "hours": "24/7", "free": true, "anonymous": true,
///   "source": {"title": "Solidarité Femmes, « Appeler le 3919 »",
///              "url": "https://solidaritefemmes.org/appeler-le-3919/",
///              "status": "verified", "verified_on": "2026-11-30"}
/// }"#).unwrap();
/// assert_eq!(s.categories, vec![Category::Ecoute]);
/// assert_eq!(s.served_area, ServedArea::National);
/// assert_eq!(s.verified_on(), chrono::NaiveDate::from_ymd_opt(2026, 11, 30));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable identifier: lowercase letters, digits and `-`.
    pub id: String,
    /// The name people know.
    pub name: String,
    /// The structure running it.
    pub organisation: String,
    /// What it does, in one or two sentences (French).
    #[serde(default)]
    pub description: Option<String>,
    /// What it helps with.
    pub categories: Vec<Category>,
    /// Who it is for.
    #[serde(default)]
    pub audiences: Vec<Audience>,
    /// How it is reached.
    #[serde(default)]
    pub access: Vec<AccessMode>,
    /// Phones, SMS, e-mail, web.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Where it receives people, if anywhere.
    #[serde(default)]
    pub location: Option<Location>,
    /// Who it serves.
    pub served_area: ServedArea,
    /// Opening hours, OpenStreetMap `opening_hours` syntax; absent means unknown.
    #[serde(default)]
    pub hours: Option<String>,
    /// Languages spoken (ISO 639-1 codes).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Physical accessibility.
    #[serde(default)]
    pub accessibility: Accessibility,
    /// Free of charge.
    #[serde(default)]
    pub free: Option<bool>,
    /// Can be used anonymously.
    #[serde(default)]
    pub anonymous: Option<bool>,
    /// Conditions of access ("sur réquisition", "sur orientation du 115").
    #[serde(default)]
    pub conditions: Option<String>,
    /// Where the facts come from, and whether they were verified there; required.
    #[serde(default)]
    pub source: Option<Source>,
}

impl Service {
    /// The day a person verified this record against its source; `None` while it is to verify.
    pub fn verified_on(&self) -> Option<NaiveDate> {
        self.source
            .as_ref()
            .filter(|s| s.is_verified())
            .and_then(|s| s.verified_on)
    }
}
