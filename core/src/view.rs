//! Who sees what: the one home of the rules "may this viewer see this contact or place", "does
//! this service serve this territory" and "is this a remote line", and the record as a viewer
//! may see it ([`ServiceView`]).
//!
//! Every screen, export and leaflet asks these questions; they are answered here only, so a
//! professionals-only line can never leak through one copy of the rule that was forgotten.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::directory::Directory;
use crate::service::{
    AccessMode, Contact, ContactKind, Location, Point, ServedArea, Service, Visibility,
};
use crate::territory::TerritoryId;

/// Who is looking at the directory.
///
/// ```
/// use maillage::{Viewer, Visibility};
/// assert!(Visibility::Professionnels.shown_to(Viewer::Professional));
/// assert!(!Visibility::Professionnels.shown_to(Viewer::Public));
/// assert!(!Visibility::Confidentiel.shown_to(Viewer::Professional));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Viewer {
    /// Anyone: a person looking for help, a relative, a partner's website.
    #[default]
    Public,
    /// A professional of the network (referral routes, professionals-only lines).
    Professional,
}

impl Viewer {
    /// `Professional` when `professional` is true.
    ///
    /// ```
    /// use maillage::Viewer;
    /// assert_eq!(Viewer::professional_if(true), Viewer::Professional);
    /// assert_eq!(Viewer::professional_if(false), Viewer::Public);
    /// ```
    pub fn professional_if(professional: bool) -> Self {
        if professional {
            Viewer::Professional
        } else {
            Viewer::Public
        }
    }
}

impl Visibility {
    /// Whether a contact or a place with this visibility may be shown to `viewer`:
    /// public ones to everyone, professionals-only ones to professionals, confidential ones
    /// (shelters) to no one.
    ///
    /// ```
    /// use maillage::{Viewer, Visibility};
    /// assert!(Visibility::Public.shown_to(Viewer::Public));
    /// assert!(!Visibility::Confidentiel.shown_to(Viewer::Professional)); // a shelter's address
    /// ```
    pub fn shown_to(self, viewer: Viewer) -> bool {
        match self {
            Visibility::Public => true,
            Visibility::Professionnels => viewer == Viewer::Professional,
            Visibility::Confidentiel => false,
        }
    }
}

impl Directory {
    /// The directory as `viewer` may hold it: every contact and every location detail that
    /// `viewer` may not see ([`Visibility::shown_to`]) removed — professionals-only contacts and
    /// the address, postcode and point of professionals-only places for the public, confidential
    /// ones (which validation already keeps empty) for everyone. A location keeps its commune,
    /// as the public view shows it.
    ///
    /// [`crate::bundle::encode`] writes `seen_by(Viewer::Public)`: the public bundle cannot hold
    /// what only professionals may read.
    ///
    /// ```
    /// use maillage::{Viewer, Visibility};
    /// let folder = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// let public = folder.seen_by(Viewer::Public);
    /// let hidden = public.services.iter().flat_map(|s| &s.contacts)
    ///     .filter(|c| c.visibility != Visibility::Public).count();
    /// assert_eq!(hidden, 0);
    /// ```
    pub fn seen_by(&self, viewer: Viewer) -> Directory {
        let mut d = self.clone();
        for s in d.services.iter_mut().chain(d.national.iter_mut()) {
            s.contacts.retain(|c| c.visibility.shown_to(viewer));
            if let Some(l) = &mut s.location {
                if !l.visibility.shown_to(viewer) {
                    l.address = None;
                    l.postcode = None;
                    l.point = None;
                }
            }
        }
        d
    }
}

/// How a service serves a person: the whole country, or one of the person's territories.
///
/// ```
/// use maillage::{bundle, Index, Point, Serves};
/// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
/// let here = index.locate(Point { lat: 48.8375, lon: -1.5970 }).unwrap(); // Granville
/// let is_theirs = |t: &maillage::TerritoryId| here.territories.iter().any(|x| &x.id == t);
/// let d = index.directory();
/// assert_eq!(d.service("3919").unwrap().served_area.serves(is_theirs), Some(Serves::Country));
/// assert!(matches!(
///     d.service("pole-famille-granville").unwrap().served_area.serves(is_theirs),
///     Some(Serves::Territory(t)) if t.as_str() == "commune:50218"
/// ));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Serves<'a> {
    /// The service serves the whole country.
    Country,
    /// The service serves this territory, one of the person's.
    Territory(&'a TerritoryId),
}

impl ServedArea {
    /// Whether this area serves a person whose territories are those for which `is_theirs`
    /// holds, and through which territory (the first listed).
    ///
    /// ```
    /// use maillage::{ServedArea, Serves};
    /// let area: ServedArea = serde_json::from_str(r#"["epci:200042604"]"#).unwrap();
    /// let granville: maillage::TerritoryId = "epci:200042604".parse().unwrap();
    /// assert_eq!(area.serves(|t| *t == granville), Some(Serves::Territory(&granville)));
    /// assert_eq!(area.serves(|_| false), None);
    /// assert_eq!(ServedArea::National.serves(|_| false), Some(Serves::Country));
    /// ```
    pub fn serves(&self, is_theirs: impl Fn(&TerritoryId) -> bool) -> Option<Serves<'_>> {
        match self {
            ServedArea::National => Some(Serves::Country),
            ServedArea::Territories(ts) => ts.iter().find(|t| is_theirs(t)).map(Serves::Territory),
        }
    }
}

impl AccessMode {
    /// Phone, SMS and online: reached without going anywhere.
    ///
    /// ```
    /// use maillage::AccessMode;
    /// assert!(AccessMode::Sms.is_remote());
    /// assert!(!AccessMode::SurPlace.is_remote());
    /// ```
    pub fn is_remote(self) -> bool {
        matches!(
            self,
            AccessMode::Telephone | AccessMode::Sms | AccessMode::EnLigne
        )
    }
}

impl Service {
    /// The contacts `viewer` may see.
    ///
    /// ```
    /// use maillage::{Viewer, Visibility};
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// let mut umj = d.service("umj-saint-lo").unwrap().clone();
    /// let mut requisitions = umj.contacts[0].clone(); // a line for investigators only
    /// requisitions.visibility = Visibility::Professionnels;
    /// umj.contacts.push(requisitions);
    /// assert_eq!(umj.contacts_for(Viewer::Professional).count(), umj.contacts_for(Viewer::Public).count() + 1);
    /// ```
    pub fn contacts_for(&self, viewer: Viewer) -> impl Iterator<Item = &Contact> {
        self.contacts
            .iter()
            .filter(move |c| c.visibility.shown_to(viewer))
    }

    /// The place's point, when `viewer` may see where it is.
    ///
    /// ```
    /// use maillage::Viewer;
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// assert!(d.service("umj-saint-lo").unwrap().point_for(Viewer::Public).is_some());
    /// // A shelter's place is shown to no one.
    /// assert!(d.service("chrs-louise-michel").unwrap().point_for(Viewer::Professional).is_none());
    /// ```
    pub fn point_for(&self, viewer: Viewer) -> Option<Point> {
        let l = self.location.as_ref()?;
        l.point.filter(|_| l.visibility.shown_to(viewer))
    }

    /// A remote line for `viewer`: reached by phone, SMS or online, with no place `viewer`
    /// may go to (a place to go is listed with the places, never twice).
    ///
    /// ```
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// assert!(d.service("3919").unwrap().is_remote_line(maillage::Viewer::Public));
    /// ```
    pub fn is_remote_line(&self, viewer: Viewer) -> bool {
        self.access.iter().any(|a| a.is_remote()) && self.point_for(viewer).is_none()
    }

    /// Can be reached without speaking: SMS or online, with an SMS or web contact.
    ///
    /// ```
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// assert!(d.service("114").unwrap().is_silent()); // the emergency number by SMS
    /// assert!(!d.service("17").unwrap().is_silent());
    /// ```
    pub fn is_silent(&self) -> bool {
        self.access
            .iter()
            .any(|a| matches!(a, AccessMode::Sms | AccessMode::EnLigne))
            && self
                .contacts
                .iter()
                .any(|c| matches!(c.kind, ContactKind::Sms | ContactKind::Web))
    }

    /// The record as `viewer` may see it (serializable): confidential places reduced to their
    /// commune, professionals-only contacts and places only for professionals.
    ///
    /// ```
    /// use maillage::Viewer;
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// let json = serde_json::to_value(d.service("3919").unwrap().view(Viewer::Public)).unwrap();
    /// assert_eq!(json["contacts"][0]["href"], "tel:3919");
    /// ```
    pub fn view(&self, viewer: Viewer) -> ServiceView<'_> {
        ServiceView {
            service: self,
            viewer,
        }
    }
}

/// A service as a viewer may see it; serializes as the record shown by the CLI's JSON and
/// the widget (see [`Service::view`]).
#[derive(Clone, Copy, Debug)]
pub struct ServiceView<'a> {
    /// The record.
    pub service: &'a Service,
    /// Who looks at it.
    pub viewer: Viewer,
}

/// A location as it may be shown.
#[derive(Serialize)]
struct LocationView<'a> {
    commune: &'a TerritoryId,
    address: Option<&'a str>,
    postcode: Option<&'a str>,
    point: Option<Point>,
    precision: crate::service::LocationPrecision,
    confidential: bool,
}

impl<'a> LocationView<'a> {
    fn new(l: &'a Location, viewer: Viewer) -> Self {
        let shown = l.visibility.shown_to(viewer);
        LocationView {
            commune: &l.commune,
            address: l.address.as_deref().filter(|_| shown),
            postcode: l.postcode.as_deref().filter(|_| shown),
            point: l.point.filter(|_| shown),
            precision: l.precision,
            confidential: l.visibility == Visibility::Confidentiel,
        }
    }
}

/// A contact as it may be shown.
#[derive(Serialize)]
struct ContactView<'a> {
    kind: ContactKind,
    href: String,
    display: &'a str,
    label: Option<&'a str>,
    professionals_only: bool,
}

impl Serialize for ServiceView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let svc = self.service;
        let contacts: Vec<ContactView<'_>> = svc
            .contacts_for(self.viewer)
            .map(|c| ContactView {
                kind: c.kind,
                href: c.href(),
                display: c.shown(),
                label: c.label.as_deref(),
                professionals_only: c.visibility == Visibility::Professionnels,
            })
            .collect();
        let mut st = s.serialize_struct("ServiceView", 19)?;
        st.serialize_field("id", &svc.id)?;
        st.serialize_field("name", &svc.name)?;
        st.serialize_field("organisation", &svc.organisation)?;
        st.serialize_field("description", &svc.description)?;
        st.serialize_field("categories", &svc.categories)?;
        st.serialize_field("audiences", &svc.audiences)?;
        st.serialize_field("access", &svc.access)?;
        st.serialize_field("hours", &svc.hours)?;
        st.serialize_field("contacts", &contacts)?;
        st.serialize_field(
            "location",
            &svc.location
                .as_ref()
                .map(|l| LocationView::new(l, self.viewer)),
        )?;
        st.serialize_field("national", &(svc.served_area == ServedArea::National))?;
        st.serialize_field("languages", &svc.languages)?;
        st.serialize_field("step_free", &svc.accessibility.step_free)?;
        st.serialize_field("accessibility", &svc.accessibility.details)?;
        st.serialize_field("free", &svc.free)?;
        st.serialize_field("anonymous", &svc.anonymous)?;
        st.serialize_field("conditions", &svc.conditions)?;
        st.serialize_field("source", &svc.source)?;
        st.serialize_field("verified_on", &svc.verified_on())?;
        st.end()
    }
}
