//! A directory's texts in more languages: the pathway steps' titles and advice and the national
//! lines' descriptions and conditions, one file per language (`i18n/<tag>.json` in a directory
//! folder).
//!
//! French is the records' own language, and the steps' English is in the records too
//! (`title.en`, `advice.en`): an `i18n/en.json` holds the national lines only. Every other
//! language translates every step and every national text; [`check`] says what is missing or
//! unknown, so that a reader never meets half a language. Local records stay in French (they
//! are shown marked as French), as their sources are.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::directory::Directory;
use crate::fault::Fault;

/// A directory's translations, by language tag (BCP 47: `ar`, `fa-AF`, `fr-x-falc`…): here,
/// or published apart, one file per language (see [`crate::bundle::split_translations`]), so
/// that a reader downloads only their own language.
///
/// ```
/// use maillage::{bundle, Translations};
/// let d = bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
/// // The Manche bundle publishes its translations apart: the file and its hash are here.
/// let arabic = d.translations.file("ar").unwrap();
/// assert_eq!(arabic.file, "manche.ar.json");
/// assert!(arabic.integrity.starts_with("sha384-"));
/// assert!(d.translations.tags().any(|t| t == "uk"));
/// assert!(d.translations.language("ar").is_none()); // not downloaded
/// # let _ = Translations::default();
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translations {
    /// The texts of each language held here (read from a folder; never written in a bundle,
    /// which names the files apart instead).
    #[serde(skip)]
    pub languages: BTreeMap<String, LanguageTexts>,
    /// The languages published apart, each in its own file, in the order of their tags (a list
    /// rather than a map: the widget's WebAssembly reads it, and a list costs it less code).
    pub apart: Vec<TextsFile>,
}

/// A language's texts published apart: the file (beside the directory's bundle) and the
/// Subresource Integrity hash of its bytes, so that the file is trusted exactly as much as the
/// bundle that names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextsFile {
    /// The language tag.
    pub language: String,
    /// The file name, relative to the bundle (`manche.ar.json`).
    pub file: String,
    /// `sha384-…`, as the `integrity` of a `fetch`.
    pub integrity: String,
}

impl Translations {
    /// The texts in this language, if they are here.
    pub fn language(&self, tag: &str) -> Option<&LanguageTexts> {
        self.languages.get(tag)
    }

    /// The file holding the texts in this language, if they are published apart.
    pub fn file(&self, tag: &str) -> Option<&TextsFile> {
        self.apart.iter().find(|f| f.language == tag)
    }

    /// Every language the directory translates into, here or apart, in order.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        let mut tags: Vec<&str> = self
            .languages
            .keys()
            .chain(self.apart.iter().map(|f| &f.language))
            .map(String::as_str)
            .collect();
        crate::sorting::sort(&mut tags);
        tags.dedup();
        tags.into_iter()
    }
}

/// One language's texts: the file `i18n/<tag>.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageTexts {
    /// The pathway steps, by step id.
    #[serde(default)]
    pub steps: BTreeMap<String, StepTexts>,
    /// The national lines, by line id.
    #[serde(default)]
    pub national: BTreeMap<String, LineTexts>,
}

/// A pathway step's title and advice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepTexts {
    /// Short title.
    pub title: String,
    /// What to do.
    pub advice: String,
}

/// A national line's description and conditions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineTexts {
    /// What the line does.
    #[serde(default)]
    pub description: Option<String>,
    /// Who may call, and how.
    #[serde(default)]
    pub conditions: Option<String>,
}

/// Whether `tag` is a language tag a file may be named after: a 2–3 letter language, then
/// subtags of 1–8 letters or digits (`ar`, `fa-AF`, `fr-x-falc`), and not French (the records'
/// own language).
///
/// ```
/// use maillage::is_translation_tag;
/// assert!(is_translation_tag("fa-AF") && is_translation_tag("fr-x-falc") && is_translation_tag("uk"));
/// assert!(!is_translation_tag("fr") && !is_translation_tag("") && !is_translation_tag("../x"));
/// ```
pub fn is_translation_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    let language =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    let subtags =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    language && subtags && tag != "fr"
}

/// Something a language file lacks or has too much: where (JSON pointer), the step or line
/// concerned, the field, and why.
pub(crate) struct Gap {
    pub pointer: String,
    pub record: Option<String>,
    pub field: Option<String>,
    pub reason: Fault,
}

fn gap(pointer: String, record: &str, field: Option<&str>, reason: Fault) -> Gap {
    Gap {
        pointer,
        record: Some(record.to_owned()),
        field: field.map(str::to_owned),
        reason,
    }
}

/// What a language file lacks or has too much: a step or a national text missing, an unknown
/// step or line, an empty text; English steps belong in the records.
pub(crate) fn check(tag: &str, texts: &LanguageTexts, d: &Directory) -> Vec<Gap> {
    let mut out = Vec::new();
    for (id, s) in &texts.steps {
        if tag == "en" {
            out.push(gap(
                format!("/steps/{id}"),
                id,
                None,
                Fault::EnglishStepsHere,
            ));
        } else if !d.pathways.iter().any(|step| &step.id == id) {
            out.push(gap(
                format!("/steps/{id}"),
                id,
                None,
                Fault::UnknownStep { id: id.clone() },
            ));
        }
        for (field, text) in [("title", &s.title), ("advice", &s.advice)] {
            if text.trim().is_empty() {
                out.push(gap(
                    format!("/steps/{id}/{field}"),
                    id,
                    Some(field),
                    Fault::EmptyText,
                ));
            }
        }
    }
    if tag != "en" {
        for step in d
            .pathways
            .iter()
            .filter(|s| !texts.steps.contains_key(&s.id))
        {
            out.push(gap(
                "/steps".to_owned(),
                &step.id,
                None,
                Fault::StepNotTranslated {
                    id: step.id.clone(),
                },
            ));
        }
    }
    for id in texts.national.keys() {
        if !d.national.iter().any(|s| &s.id == id) {
            out.push(gap(
                format!("/national/{id}"),
                id,
                None,
                Fault::UnknownNationalLine { id: id.clone() },
            ));
        }
    }
    for line in &d.national {
        let t = texts.national.get(&line.id);
        for (field, french, translated) in [
            (
                "description",
                &line.description,
                t.and_then(|t| t.description.as_ref()),
            ),
            (
                "conditions",
                &line.conditions,
                t.and_then(|t| t.conditions.as_ref()),
            ),
        ] {
            let reason = match (french, translated) {
                (Some(_), None) => Fault::NotTranslated {
                    field: field.to_owned(),
                    id: line.id.clone(),
                },
                (None, Some(_)) => Fault::NothingToTranslate {
                    field: field.to_owned(),
                    id: line.id.clone(),
                },
                (Some(_), Some(text)) if text.trim().is_empty() => Fault::EmptyText,
                _ => continue,
            };
            let pointer = match t {
                Some(_) => format!("/national/{}/{field}", line.id),
                None => "/national".to_owned(),
            };
            out.push(gap(pointer, &line.id, Some(field), reason));
        }
    }
    out
}
