//! Words in the reader's language for what is printed or written out (the CLI's text answers,
//! the leaflets): the library answers with codes and numbers ([`maillage::Reason`],
//! [`maillage::StepReason`], [`maillage::Opening`]); the Fluent catalogs word them, with
//! `fluent-bundle` as the widget does with `@fluent/bundle`: the widget's catalogs
//! (`i18n/<tag>.ftl`: vocabularies, reasons, opening states, distances) and the documents' own
//! (`i18n/documents/<tag>.ftl`: headings, weekdays, the leaflet, opening hours in words). No
//! sentence is built by concatenation: only messages, lists and separators.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};
use maillage::{
    Directory, Fault, OpenState, Opening, PathwayStep, Problem, Question, Reason, Severity,
    StepReason,
};
use maillage_interop::spreadsheet::SheetProblem;
use serde_json::{Map, Value};

/// A language: its tag (as the widget's), the locale its plurals follow, its decimal
/// separator, and its four catalogs.
struct Language {
    tag: &'static str,
    locale: &'static str,
    decimal: char,
    widget: &'static str,
    documents: &'static str,
    problems: &'static str,
    cli: &'static str,
}

macro_rules! language {
    ($tag:literal, $locale:literal, $decimal:literal) => {
        language!($tag, $locale, $decimal, $tag)
    };
    // `$coordinator`: the language whose problems' and command line's catalogs it uses.
    ($tag:literal, $locale:literal, $decimal:literal, $coordinator:literal) => {
        Language {
            tag: $tag,
            locale: $locale,
            decimal: $decimal,
            widget: include_str!(concat!("../../i18n/", $tag, ".ftl")),
            documents: include_str!(concat!("../../i18n/documents/", $tag, ".ftl")),
            problems: include_str!(concat!("../../i18n/problems/", $coordinator, ".ftl")),
            cli: include_str!(concat!("../../i18n/cli/", $coordinator, ".ftl")),
        }
    };
}

/// The languages, in the widget's order, French first. The decimal separators are those of the
/// browsers' `Intl.NumberFormat` for these locales (with Western digits), so that the CLI and
/// the widget write a distance alike.
///
/// Easy-to-read French words the coordinator's problems and the command line's own messages in
/// French: FALC is for the people looking for help, not for checking a directory.
const LANGUAGES: [Language; 12] = [
    language!("fr", "fr", ','),
    language!("fr-x-falc", "fr", ',', "fr"),
    language!("en", "en-GB", '.'),
    language!("ar", "ar", '.'),
    language!("fa-AF", "fa-AF", '.'),
    language!("ps", "ps", ','),
    language!("uk", "uk", ','),
    language!("ru", "ru", ','),
    language!("es", "es", ','),
    language!("pt", "pt", ','),
    language!("ro", "ro", ','),
    language!("tr", "tr", ','),
];

/// The reader's language: one of the widget's 12 (`"fr"`, `"fr-x-falc"`, `"en"`, `"ar"`,
/// `"fa-AF"`, `"ps"`, `"uk"`, `"ru"`, `"es"`, `"pt"`, `"ro"`, `"tr"`), parsed from a tag as the
/// widget matches the page's `lang`.
///
/// ```
/// use maillage_publish::Lang;
/// let uk: Lang = "uk-UA".parse().unwrap();
/// assert_eq!(uk.tag(), "uk");
/// assert_eq!(uk.km(2_350.0), "за 2,4 км");
/// assert!("xx".parse::<Lang>().is_err());
/// assert_eq!(Lang::default().tag(), "fr");
/// ```
/// French (position 0) by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lang(usize);

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// A language tag, matched as the widget matches the page's `lang`: the tag itself, else
    /// its language (`en-US` → English, `prs` → Dari).
    fn from_str(s: &str) -> Result<Self, String> {
        let wanted = s.trim().to_ascii_lowercase();
        let primary = if wanted == "prs" {
            "fa"
        } else {
            wanted.split('-').next().unwrap_or_default()
        };
        LANGUAGES
            .iter()
            .position(|l| l.tag.to_ascii_lowercase() == wanted)
            .or_else(|| {
                LANGUAGES
                    .iter()
                    .position(|l| l.tag.split('-').next() == Some(primary))
            })
            .map(Lang)
            .ok_or_else(|| {
                let tags: Vec<&str> = LANGUAGES.iter().map(|l| l.tag).collect();
                format!("no catalog for `{s}`: one of {}", tags.join(", "))
            })
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, made on first use (the CLI words one language per run).
static BUNDLES: [OnceLock<Bundle>; 12] = [const { OnceLock::new() }; 12];

fn bundle(l: &'static Language) -> Bundle {
    let locale: unic_langid::LanguageIdentifier = l.locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // A terminal shows Unicode isolation marks as stray characters; the widget keeps them.
    bundle.set_use_isolating(false);
    for text in [l.widget, l.documents, l.problems, l.cli] {
        // The catalogs are checked by the tests (wasm/tests/catalogs.test.mjs, and
        // `every_catalog_words_every_message` below): a message missing here is worded as its id.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    let decimal = l.decimal;
    // fluent-bundle has no locale data for numbers (the widget uses the browser's Intl):
    // NUMBER here rounds to the catalog's fraction digits and writes the language's decimal
    // separator, which is all the catalogs ask of it.
    let _ = bundle.add_function("NUMBER", move |positional, named| {
        let Some(FluentValue::Number(n)) = positional.first() else {
            return FluentValue::Error;
        };
        let digits = |name: &str| match named.get(name) {
            Some(FluentValue::Number(d)) => Some(d.value as usize),
            _ => None,
        };
        let max = digits("maximumFractionDigits").unwrap_or(3);
        let min = digits("minimumFractionDigits").unwrap_or(0).min(max);
        let mut text = format!("{:.*}", max, n.value);
        if max > min {
            let kept = text
                .trim_end_matches('0')
                .len()
                .max(text.len() - (max - min));
            text.truncate(kept);
            if text.ends_with('.') {
                text.pop();
            }
        }
        FluentValue::String(text.replace('.', &decimal.to_string()).into())
    });
    bundle
}

impl Lang {
    /// Every language's tag, French first.
    pub const TAGS: [&'static str; 12] = {
        let mut tags = [""; 12];
        let mut i = 0;
        while i < 12 {
            tags[i] = LANGUAGES[i].tag;
            i += 1;
        }
        tags
    };

    fn language(self) -> &'static Language {
        &LANGUAGES[self.0]
    }

    /// The language's tag (`fr`, `ar`, `fa-AF`…).
    pub fn tag(self) -> &'static str {
        self.language().tag
    }

    /// Whether the language is written right to left (Arabic, Dari, Pashto).
    pub fn rtl(self) -> bool {
        matches!(self.tag(), "ar" | "fa-AF" | "ps")
    }

    /// The language a screen reader speaks it in (`fr` for FALC), for an HTML `lang`.
    pub fn speak(self) -> &'static str {
        match self.tag() {
            "fr-x-falc" => "fr",
            tag => tag,
        }
    }

    /// The message `id` with its arguments (its id when the catalog lacks it: the tests make
    /// sure none does).
    pub fn t(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let bundle = BUNDLES[self.0].get_or_init(|| bundle(self.language()));
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let args: FluentArgs = args.iter().cloned().collect();
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// The message `id` with its arguments, when the catalog has it.
    pub fn get(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let bundle = BUNDLES[self.0].get_or_init(|| bundle(self.language()));
        bundle.get_message(id).and_then(|m| m.value())?;
        Some(self.t(id, args))
    }

    /// "Lieux" / "Places".
    pub fn places_heading(self) -> String {
        self.t("places-heading", &[])
    }

    /// "À distance (téléphone, SMS, en ligne)".
    pub fn remote_heading(self) -> String {
        self.t("remote-heading", &[])
    }

    /// The pathway's heading: where, and when.
    pub fn pathway_heading(self, place: Option<&str>, time: chrono::NaiveDateTime) -> String {
        let time = self.time(time);
        match place {
            Some(p) => self.t(
                "pathway-heading-at",
                &[("place", p.into()), ("time", time.into())],
            ),
            None => self.t("pathway-heading", &[("time", time.into())]),
        }
    }

    /// The routes' heading: the territory's name and id.
    pub fn routes_heading(self, name: &str, id: &str) -> String {
        self.t(
            "routes-heading",
            &[("territory", name.into()), ("id", id.into())],
        )
    }

    /// A lead partner, with its territory.
    pub fn lead(self, partner: &str, territory: &str) -> String {
        self.t(
            "lead-in",
            &[("partner", partner.into()), ("territory", territory.into())],
        )
    }

    /// "(réservé aux professionnels)".
    pub fn professionals_only(self) -> String {
        self.t("professionals-only", &[])
    }

    /// A distance in kilometres, with the language's decimal separator.
    pub fn km(self, metres: f64) -> String {
        self.t("distance", &[("km", (metres / 1000.0).into())])
    }

    /// Where a place known only by its commune is: never "0.0 km".
    pub fn in_commune(self, commune: &str, metres: f64) -> String {
        let here = self.t("in-commune", &[("commune", commune.into())]);
        if metres >= 1000.0 {
            let about = self.t("about", &[("km", (metres / 1000.0).into())]);
            format!("{here} · {about}")
        } else {
            here
        }
    }

    /// A Paris wall-clock time, short: `mar. 01/12 14:00` / `Tue 01/12 14:00`.
    pub fn time(self, t: chrono::NaiveDateTime) -> String {
        use chrono::Datelike;
        let weekday = t.weekday().number_from_monday();
        self.t(
            "datetime",
            &[
                ("weekday", weekday.into()),
                ("date", t.format("%d/%m").to_string().into()),
                ("time", t.format("%H:%M").to_string().into()),
            ],
        )
    }

    /// Whether a place or a line is open now, and what comes next.
    pub fn opening(self, o: &Opening) -> String {
        let state = |s: OpenState| match s {
            OpenState::Open => "state-open",
            OpenState::Closed => "state-closed",
            OpenState::Unknown => "state-unknown",
        };
        let now = self.t(state(o.state), &[]);
        let Some(at) = o.next_change else {
            return match o.state {
                OpenState::Open => self.t("state-open-always", &[]),
                _ => now,
            };
        };
        let id = match (o.state, o.next_state) {
            (_, Some(OpenState::Unknown)) => "uncertain-from",
            (OpenState::Open, _) => "until",
            (_, Some(OpenState::Open)) => "opens-at",
            (_, Some(OpenState::Closed)) => "closes-at",
            (_, None) => return now,
        };
        self.t(id, &[("state", now.into()), ("time", self.time(at).into())])
    }

    /// Why a service was chosen.
    pub fn reason(self, r: &Reason) -> String {
        match r {
            Reason::Category { category } => self.t(
                "reason-category",
                &[("category", self.category(*category).into())],
            ),
            Reason::Language { language } => {
                self.t("reason-language", &[("language", (*language).into())])
            }
            Reason::ServesCountry => self.t("reason-serves-country", &[]),
            Reason::ServesTerritory { name, .. } => {
                self.t("reason-serves-territory", &[("territory", (*name).into())])
            }
            Reason::NationalLine => self.t("reason-national-line", &[]),
            Reason::StepLine => self.t("reason-step-line", &[]),
            Reason::Written => self.t("reason-written", &[]),
        }
    }

    /// What is wrong, in words: the catalog's `problem-<code>` with the fault's values (a
    /// nested code, such as the opening hours' fault, worded first).
    ///
    /// ```
    /// use maillage::Fault;
    /// use maillage_publish::Lang;
    /// let f = Fault::UnknownTerritory { id: "commune:50999".into() };
    /// assert_eq!(Lang::default().fault(&f), "territoire inconnu `commune:50999`");
    /// let hours = "Mo-Fr 9h-12h".parse::<maillage::OpeningHours>().unwrap_err();
    /// assert_eq!("en".parse::<Lang>().unwrap().fault(&hours.into()),
    ///     "opening hours `Mo-Fr 9h-12h`, column 8: expected `:` in a time (write 09:00, not 9h)");
    /// ```
    pub fn fault(self, f: &Fault) -> String {
        match serde_json::to_value(f) {
            Ok(Value::Object(map)) => self.coded(&map),
            _ => String::new(),
        }
    }

    fn coded(self, map: &Map<String, Value>) -> String {
        let code = map.get("code").and_then(Value::as_str).unwrap_or_default();
        let mut args: Vec<(&str, FluentValue<'_>)> = Vec::new();
        for (k, v) in map.iter().filter(|(k, _)| *k != "code") {
            match v {
                Value::String(s) => args.push((k, s.as_str().into())),
                Value::Number(n) => args.push((k, n.as_f64().unwrap_or_default().into())),
                Value::Object(inner) => args.push((k, self.coded(inner).into())),
                _ => {}
            }
        }
        self.t(&format!("problem-{code}"), &args)
    }

    fn severity(self, s: Severity) -> String {
        self.t(
            match s {
                Severity::Error => "problem-error",
                Severity::Warning => "problem-warning",
            },
            &[],
        )
    }

    /// A directory's problem as one line: severity, where (the file prefixed with `base`, its
    /// line and JSON pointer), record and field, and what is wrong.
    ///
    /// ```
    /// use maillage::{Fault, Problem, Where};
    /// use maillage_publish::Lang;
    /// let p = Problem::error(Where::pointer("services.json", "/services/3"), Some("acjm".into()),
    ///     Some("contacts".into()), Fault::JavascriptUrl);
    /// assert_eq!(Lang::default().problem(&p, "data/manche/"),
    ///     "erreur : data/manche/services.json #/services/3 : fiche `acjm`, champ `contacts` : les liens `javascript:` sont refusés");
    /// ```
    pub fn problem(self, p: &Problem, base: &str) -> String {
        let mut at = p.at.clone();
        at.file = format!("{base}{}", at.file);
        let mut args: Vec<(&str, FluentValue<'_>)> = vec![
            ("severity", self.severity(p.severity).into()),
            ("where", at.to_string().into()),
            ("reason", self.fault(&p.reason).into()),
        ];
        let id = match (&p.record, &p.field) {
            (Some(r), Some(f)) => {
                args.extend([("record", r.as_str().into()), ("field", f.as_str().into())]);
                "problem-line-record-field"
            }
            (Some(r), None) => {
                args.push(("record", r.as_str().into()));
                "problem-line-record"
            }
            (None, Some(f)) => {
                args.push(("field", f.as_str().into()));
                "problem-line-field"
            }
            (None, None) => "problem-line",
        };
        self.t(id, &args)
    }

    /// Items joined by the language's comma (`hours-list`: "a, b", in Arabic "a، b").
    pub(crate) fn comma_list(self, items: impl IntoIterator<Item = String>) -> String {
        items
            .into_iter()
            .reduce(|a, b| self.t("hours-list", &[("first", a.into()), ("next", b.into())]))
            .unwrap_or_default()
    }

    /// What is wrong with a spreadsheet's cell, in words: the fault, after the item of the cell
    /// when it holds several (contacts).
    pub fn sheet_reason(self, p: &SheetProblem) -> String {
        let reason = self.fault(&p.reason);
        match p.item {
            Some(item) => self.t(
                "sheet-item",
                &[("item", item.into()), ("reason", reason.into())],
            ),
            None => reason,
        }
    }

    /// A spreadsheet's problem as one line: severity, file, row, column, record, item and what
    /// is wrong.
    pub fn sheet_problem(self, p: &SheetProblem, file: &str) -> String {
        let mut parts = Vec::new();
        if let Some(row) = p.row {
            parts.push(match p.line {
                Some(line) => self.t(
                    "sheet-row-line",
                    &[("row", row.into()), ("line", line.into())],
                ),
                None => self.t("sheet-row", &[("row", row.into())]),
            });
        }
        match (&p.column, &p.header) {
            (Some(c), Some(h)) => parts.push(self.t(
                "sheet-column",
                &[("column", c.as_str().into()), ("header", h.as_str().into())],
            )),
            (Some(c), None) => {
                parts.push(self.t("sheet-column-letter", &[("column", c.as_str().into())]))
            }
            (None, Some(h)) => {
                parts.push(self.t("sheet-column-header", &[("header", h.as_str().into())]))
            }
            (None, None) => {}
        }
        if let Some(r) = &p.record {
            parts.push(self.t("sheet-record", &[("record", r.as_str().into())]));
        }
        let reason = self.sheet_reason(p);
        let severity = self.severity(p.severity);
        if parts.is_empty() {
            self.t(
                "sheet-line",
                &[
                    ("severity", severity.into()),
                    ("file", file.into()),
                    ("reason", reason.into()),
                ],
            )
        } else {
            self.t(
                "sheet-line-at",
                &[
                    ("severity", severity.into()),
                    ("file", file.into()),
                    ("parts", self.comma_list(parts).into()),
                    ("reason", reason.into()),
                ],
            )
        }
    }

    /// The last line of `maillage validate`: what the directory holds, and whether it is valid.
    pub fn validate_summary(self, report: &maillage::Report) -> String {
        let c = &report.counts;
        let counts = self.t(
            "validate-counts",
            &[
                ("communes", c.communes.into()),
                ("epci", c.epci.into()),
                ("arrondissements", c.arrondissements.into()),
                ("departements", c.departements.into()),
                ("tribunals", c.tribunals.into()),
                ("places", c.places.into()),
                ("services", c.services.into()),
                ("national", c.national.into()),
            ],
        );
        let errors = report.errors().count();
        let warnings = report.warnings().count();
        let verdict = match (errors, warnings) {
            (0, 0) => self.t("validate-valid", &[]),
            (0, w) => self.t("validate-valid-warnings", &[("warnings", w.into())]),
            (e, w) => self.t(
                "validate-invalid",
                &[("errors", e.into()), ("warnings", w.into())],
            ),
        };
        self.t(
            "validate-summary",
            &[("counts", counts.into()), ("verdict", verdict.into())],
        )
    }

    /// Why a pathway step is shown, and at its place.
    pub fn step_reason(self, r: &StepReason) -> String {
        let answered = |id: &str, question: &Question, answer: &bool| {
            let answer = if *answer { "yes" } else { "no" };
            self.t(
                id,
                &[
                    ("question", self.question(*question).into()),
                    ("answer", answer.into()),
                ],
            )
        };
        match r {
            StepReason::ForEveryone => self.t("step-reason-for-everyone", &[]),
            StepReason::Answer { question, answer } => {
                answered("step-reason-answer", question, answer)
            }
            StepReason::Urgent { question, answer } => {
                answered("step-reason-urgent", question, answer)
            }
            StepReason::WrittenFirst => self.t("step-reason-written-first", &[]),
        }
    }

    /// A category's name.
    pub fn category(self, c: maillage::Category) -> String {
        self.t(&format!("category-{}", c.as_str()), &[])
    }

    /// A pathway question, as asked.
    pub fn question(self, q: Question) -> String {
        self.t(&format!("question-{}", q.as_str()), &[])
    }

    /// A step's title and advice in this language: the records' own (French, English), the
    /// directory's translation, else French.
    pub fn step_texts<'a>(self, d: &'a Directory, step: &'a PathwayStep) -> (&'a str, &'a str) {
        match self.tag() {
            "fr" => (&step.title.fr, &step.advice.fr),
            "en" => (&step.title.en, &step.advice.en),
            tag => d
                .translations
                .language(tag)
                .and_then(|t| t.steps.get(&step.id))
                .map_or((&step.title.fr, &step.advice.fr), |s| {
                    (s.title.as_str(), s.advice.as_str())
                }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> chrono::NaiveDateTime {
        s.parse().unwrap()
    }

    #[test]
    fn an_unknown_span_ahead_is_never_worded_as_opening() {
        let o = Opening {
            state: OpenState::Closed,
            next_change: Some(at("2026-12-01T00:00:00")),
            next_state: Some(OpenState::Unknown),
        };
        let fr = Lang(0).opening(&o);
        assert!(!fr.contains("ouvre"), "{fr}");
        assert!(fr.contains("incertains"), "{fr}");
    }

    #[test]
    fn english_reasons_carry_no_french_and_no_identifier() {
        let r = StepReason::Answer {
            question: Question::InDangerNow,
            answer: true,
        };
        let en: Lang = "en".parse().unwrap();
        let text = en.step_reason(&r);
        assert_eq!(text, "you answered “yes” to “Are you in danger right now?”");
        assert!(!text.contains("in_danger_now"));
    }

    #[test]
    fn distances_use_the_language_decimal_separator() {
        let fr: Lang = "fr".parse().unwrap();
        let en: Lang = "en-GB".parse().unwrap();
        let ar: Lang = "ar".parse().unwrap();
        assert_eq!(fr.km(12_345.0), "à 12,3 km");
        assert_eq!(en.km(12_345.0), "12.3 km away");
        assert!(ar.km(12_345.0).contains("12.3"), "{}", ar.km(12_345.0));
        assert_eq!(fr.km(2_000.0), "à 2,0 km");
        assert_eq!(
            fr.in_commune("Mortain", 6_700.0),
            "dans la commune de Mortain · à environ 7 km"
        );
    }

    #[test]
    fn a_tag_finds_its_language_and_an_unknown_one_is_refused() {
        assert_eq!("prs".parse::<Lang>().unwrap().tag(), "fa-AF");
        assert_eq!("pt-BR".parse::<Lang>().unwrap().tag(), "pt");
        assert_eq!("fr-x-falc".parse::<Lang>().unwrap().tag(), "fr-x-falc");
        let err = "xx".parse::<Lang>().unwrap_err();
        assert!(err.contains("fr, fr-x-falc, en, ar"), "{err}");
    }

    /// Every message the CLI asks for exists in every language: none is worded as its id.
    #[test]
    fn every_catalog_words_every_message() {
        let o = Opening {
            state: OpenState::Open,
            next_change: Some(at("2026-12-01T17:00:00")),
            next_state: Some(OpenState::Closed),
        };
        for (i, l) in LANGUAGES.iter().enumerate() {
            let lang = Lang(i);
            let words = [
                lang.places_heading(),
                lang.remote_heading(),
                lang.pathway_heading(Some("Granville"), at("2026-12-01T10:30:00")),
                lang.routes_heading("Granville", "epci:1"),
                lang.lead("CIDFF", "Granville"),
                lang.professionals_only(),
                lang.km(1500.0),
                lang.in_commune("Mortain", 6_700.0),
                lang.opening(&o),
                lang.reason(&Reason::NationalLine),
                lang.reason(&Reason::Category {
                    category: maillage::Category::Ecoute,
                }),
                lang.step_reason(&StepReason::Urgent {
                    question: Question::HeavySignals,
                    answer: false,
                }),
            ];
            for w in words {
                assert!(!w.is_empty(), "{}", l.tag);
                for id in [
                    "places-heading",
                    "datetime",
                    "state-",
                    "reason-",
                    "question-",
                    "category-",
                ] {
                    assert!(!w.contains(id), "{}: {w}", l.tag);
                }
            }
            assert!(
                lang.opening(&o).contains("17:00"),
                "{}: {}",
                l.tag,
                lang.opening(&o)
            );
        }
    }

    /// Every problem code of the core, and every hours fault inside one, is worded in every
    /// language: a code missing from a catalog would print its message id.
    #[test]
    fn every_problem_code_is_worded_in_every_language() {
        let mut faults = maillage::every_fault();
        assert!(faults.len() > 90, "{}", faults.len());
        // And every note of the importers and exporters.
        faults.extend(maillage_interop::every_note().into_iter().map(Fault::from));
        for (i, l) in LANGUAGES.iter().enumerate() {
            let lang = Lang(i);
            for f in &faults {
                let w = lang.fault(f);
                assert!(
                    !w.trim().is_empty() && !w.contains("problem-"),
                    "{}: {f:?} → {w}",
                    l.tag
                );
            }
            let report = maillage::Report::default();
            let summary = lang.validate_summary(&report);
            assert!(!summary.contains("validate-"), "{}: {summary}", l.tag);
        }
    }
}
