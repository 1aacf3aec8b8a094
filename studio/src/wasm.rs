//! The studio's JavaScript face (`maillage_studio.js`, built by `cargo xtask dist`): bytes and
//! strings in, JSON text, strings and bytes out. Errors are thrown as `Error`s whose message is
//! the [`StudioError`]'s.

use wasm_bindgen::prelude::*;

use crate::{json, Studio, StudioError};

/// The directory being edited, for the studio's page.
#[wasm_bindgen(js_name = Studio)]
pub struct StudioModule(Studio);

fn js(e: StudioError) -> JsError {
    JsError::new(&e.to_string())
}

#[wasm_bindgen(js_class = Studio)]
impl StudioModule {
    /// Starts from a public bundle's bytes.
    #[wasm_bindgen(js_name = fromBundle)]
    pub fn from_bundle(bytes: &[u8]) -> Result<StudioModule, JsError> {
        Studio::from_bundle(bytes).map(StudioModule).map_err(js)
    }

    /// Starts from the professional bundle, opened with the passphrase.
    #[wasm_bindgen(js_name = fromProfessional)]
    pub fn from_professional(bytes: &[u8], passphrase: &str) -> Result<StudioModule, JsError> {
        Studio::from_professional(bytes, passphrase)
            .map(StudioModule)
            .map_err(js)
    }

    /// JSON: scope, counts, EPCI, whether the data is professional or sample.
    pub fn summary(&self) -> String {
        json(&self.0.summary())
    }

    /// JSON: the spreadsheet's problems (`valid`, `rows`, `errors`, `warnings`, `others`).
    #[wasm_bindgen(js_name = checkSheet)]
    pub fn check_sheet(&mut self, bytes: &[u8], today: &str) -> Result<String, JsError> {
        self.0
            .check_sheet(bytes, today)
            .map(|c| json(&c))
            .map_err(js)
    }

    /// Back to the base bundle.
    pub fn reset(&mut self) {
        self.0.reset()
    }

    /// JSON: the directory's own problems (`valid`, `errors`, `warnings`).
    pub fn validate(&self, today: &str) -> Result<String, JsError> {
        self.0.validate(today).map(|c| json(&c)).map_err(js)
    }

    /// The public bundle's bytes.
    #[wasm_bindgen(js_name = buildPublic)]
    pub fn build_public(&self, built_on: &str) -> Result<Vec<u8>, JsError> {
        self.0.build_public(built_on).map_err(js)
    }

    /// The professional bundle's bytes, sealed with the passphrase.
    #[wasm_bindgen(js_name = buildProfessional)]
    pub fn build_professional(
        &self,
        built_on: &str,
        passphrase: &str,
        salt: &[u8],
        nonce: &[u8],
    ) -> Result<Vec<u8>, JsError> {
        self.0
            .build_professional(built_on, passphrase, salt, nonce)
            .map_err(js)
    }

    /// The spreadsheet (CSV text).
    #[wasm_bindgen(js_name = exportCsv)]
    pub fn export_csv(&self, national: bool, comma: bool, bom: bool) -> String {
        self.0
            .export_csv(national, if comma { b',' } else { b';' }, bom)
    }

    /// HSDS 3.0 JSON text.
    #[wasm_bindgen(js_name = exportHsds)]
    pub fn export_hsds(&self, national: bool, professional: bool) -> String {
        self.0.export_hsds(national, professional)
    }

    /// JSON: `{"structures": TEXT, "services": TEXT}`, the two data·inclusion files.
    #[wasm_bindgen(js_name = exportDataInclusion)]
    pub fn export_data_inclusion(
        &self,
        national: bool,
        professional: bool,
        today: &str,
    ) -> Result<String, JsError> {
        let (structures, services) = self
            .0
            .export_data_inclusion(national, professional, today)
            .map_err(js)?;
        Ok(json(&serde_json::json!({
            "structures": structures,
            "services": services,
        })))
    }

    /// JSON: `{"csv": TEXT, "problems": [...]}`: the spreadsheet with another directory's
    /// records (format `hsds` or `data-inclusion`) added at the end, to review and check.
    #[wasm_bindgen(js_name = mergeImport)]
    pub fn merge_import(
        &self,
        format: &str,
        file: &str,
        text: &[u8],
        sheet: Option<Vec<u8>>,
    ) -> Result<String, JsError> {
        let (csv, problems) = self
            .0
            .merge_import(format, file, text, sheet.as_deref())
            .map_err(js)?;
        Ok(json(
            &serde_json::json!({ "csv": csv, "problems": problems }),
        ))
    }

    /// JSON: the leaflet of every EPCI (`file`, `territory`, `name`, `html`).
    pub fn leaflets(&self, professional: bool) -> Result<String, JsError> {
        self.0.leaflets(professional).map(|l| json(&l)).map_err(js)
    }

    /// The coverage report, as `maillage coverage --format json` prints it.
    #[wasm_bindgen(js_name = coverageJson)]
    pub fn coverage_json(&self, today: &str) -> Result<String, JsError> {
        self.0
            .coverage(today, "ecoute")
            .map(|(report, _)| report.to_json())
            .map_err(js)
    }

    /// The coverage map of one category (SVG), as `maillage coverage --format svg` draws it.
    #[wasm_bindgen(js_name = coverageSvg)]
    pub fn coverage_svg(&self, today: &str, category: &str) -> Result<String, JsError> {
        self.0
            .coverage(today, category)
            .map(|(_, svg)| svg)
            .map_err(js)
    }
}
