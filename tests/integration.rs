//! maillage's integration tests: the `maillage` binary and the Manche data, as users meet them.

mod integration {
    pub mod data;
    pub mod exchange;
    pub mod hours;
    pub mod leaflet_pro;
    pub mod pathway;
    pub mod pro;
    pub mod properties;
    pub mod publish;
    pub mod query;
    pub mod studio;
    pub mod util;
    pub mod validate;
}
