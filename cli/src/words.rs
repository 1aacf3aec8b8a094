//! The CLI's words: the library answers with codes and numbers ([`maillage::Reason`],
//! [`maillage::StepReason`], [`maillage::Opening`]); this catalog words them in the reader's
//! language. One function per kind of message, one arm per language.

use maillage::{Category, OpenState, Opening, Question, Reason, StepReason};

/// The reader's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Français.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Picks the French or the English text.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// A pathway text in this language.
    pub fn text(self, t: &maillage::Text) -> &str {
        self.pick(&t.fr, &t.en)
    }

    /// A category's label.
    pub fn category(self, c: Category) -> &'static str {
        self.pick(c.label_fr(), c.label_en())
    }

    /// A distance in kilometres, with the language's decimal separator.
    pub fn km(self, metres: f64) -> String {
        let km = format!("{:.1}", metres / 1000.0);
        match self {
            Lang::Fr => format!("{} km", km.replace('.', ",")),
            Lang::En => format!("{km} km"),
        }
    }

    /// Where a place known only by its commune is: never "0.0 km".
    pub fn in_commune(self, commune: &str, metres: f64) -> String {
        let km = (metres / 1000.0).round();
        match (self, km >= 1.0) {
            (Lang::Fr, true) => format!("dans la commune de {commune}, à environ {km} km"),
            (Lang::Fr, false) => format!("dans la commune de {commune}"),
            (Lang::En, true) => format!("in the commune of {commune}, about {km} km away"),
            (Lang::En, false) => format!("in the commune of {commune}"),
        }
    }

    /// A Paris wall-clock time, short: `mar. 01/12 14:00` / `Tue 01/12 14:00`.
    pub fn time(self, t: chrono::NaiveDateTime) -> String {
        use chrono::Datelike;
        const FR: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
        const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        let day = t.weekday().num_days_from_monday() as usize;
        let name = self.pick(FR[day], EN[day]);
        format!("{name} {}", t.format("%d/%m %H:%M"))
    }

    /// Whether a place or a line is open now, and what comes next.
    pub fn opening(self, o: &Opening) -> String {
        let now = match o.state {
            OpenState::Open => self.pick("ouvert", "open"),
            OpenState::Closed => self.pick("fermé", "closed"),
            OpenState::Unknown => self.pick("horaires à vérifier", "hours to be checked"),
        };
        let Some(at) = o.next_change else {
            return match o.state {
                OpenState::Open => self.pick("ouvert 24 h/24", "open 24/7").to_owned(),
                _ => now.to_owned(),
            };
        };
        let at = self.time(at);
        let next = match (o.state, o.next_state) {
            (OpenState::Open, Some(OpenState::Closed)) => {
                self.pick("jusqu’à", "until").to_owned() + " " + &at
            }
            (_, Some(OpenState::Open)) => self.pick("ouvre", "opens").to_owned() + " " + &at,
            (_, Some(OpenState::Unknown)) => {
                self.pick("horaires incertains à partir de", "hours uncertain from")
                    .to_owned()
                    + " "
                    + &at
            }
            (_, Some(OpenState::Closed)) => self.pick("ferme", "closes").to_owned() + " " + &at,
            (_, None) => return now.to_owned(),
        };
        format!("{now}, {next}")
    }

    /// Why a service was chosen.
    pub fn reason(self, r: &Reason) -> String {
        match r {
            Reason::Category { category } => {
                format!(
                    "{} {}",
                    self.pick("aide :", "help:"),
                    self.category(*category)
                )
            }
            Reason::Language { language } => {
                format!("{} {language}", self.pick("parle la langue", "speaks"))
            }
            Reason::ServesCountry => self
                .pick("pour toute la France", "for all of France")
                .into(),
            Reason::ServesTerritory { name, .. } => {
                format!("{} {name}", self.pick("pour le territoire :", "serves"))
            }
            Reason::NationalLine => self.pick("ligne nationale", "national line").into(),
            Reason::StepLine => self
                .pick(
                    "ligne nationale de cette étape",
                    "national line for this step",
                )
                .into(),
            Reason::Written => self
                .pick(
                    "par écrit : vous ne pouvez pas parler sans risque",
                    "in writing: you cannot speak safely",
                )
                .into(),
        }
    }

    /// Why a pathway step is shown, and at its place.
    pub fn step_reason(self, r: &StepReason) -> String {
        match r {
            StepReason::ForEveryone => self.pick("utile à chacun", "useful to everyone").into(),
            StepReason::Answer { question, answer } => {
                format!(
                    "{} {} {}",
                    self.pick("vous avez répondu", "you answered"),
                    self.answer(*answer),
                    self.pick_question_tail(*question)
                )
            }
            StepReason::Urgent { question, answer } => format!(
                "{} {} {}",
                self.pick("en premier : vous avez répondu", "first: you answered"),
                self.answer(*answer),
                self.pick_question_tail(*question)
            ),
            StepReason::WrittenFirst => self
                .pick(
                    "contacts par écrit en premier : vous ne pouvez pas parler sans risque",
                    "written contacts first: you cannot speak safely",
                )
                .into(),
        }
    }

    fn answer(self, yes: bool) -> &'static str {
        match (self, yes) {
            (Lang::Fr, true) => "« oui »",
            (Lang::Fr, false) => "« non »",
            (Lang::En, true) => "“yes”",
            (Lang::En, false) => "“no”",
        }
    }

    fn pick_question_tail(self, q: Question) -> String {
        format!("{} {}", self.pick("à", "to"), self.question(q))
    }

    /// A pathway question, as asked.
    pub fn question(self, q: Question) -> &'static str {
        match (self, q) {
            (Lang::Fr, Question::InDangerNow) => "« En danger maintenant ? »",
            (Lang::Fr, Question::CanSpeakSafely) => "« Pouvez-vous parler sans risque ? »",
            (Lang::Fr, Question::Children) => "« Des enfants à la maison ? »",
            (Lang::Fr, Question::SexualViolence) => "« Des violences sexuelles ? »",
            (Lang::Fr, Question::NeedsShelterTonight) => "« Un endroit où dormir ce soir ? »",
            (Lang::Fr, Question::WantsToReport) => "« Porter plainte ? »",
            (Lang::Fr, Question::HeavySignals) => "« Menaces de mort, étranglement, arme… ? »",
            (Lang::En, Question::InDangerNow) => "“In danger right now?”",
            (Lang::En, Question::CanSpeakSafely) => "“Can you speak safely?”",
            (Lang::En, Question::Children) => "“Children at home?”",
            (Lang::En, Question::SexualViolence) => "“Sexual violence?”",
            (Lang::En, Question::NeedsShelterTonight) => "“A place to sleep tonight?”",
            (Lang::En, Question::WantsToReport) => "“Report to the police?”",
            (Lang::En, Question::HeavySignals) => "“Threats to kill, strangulation, a weapon…?”",
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
        let fr = Lang::Fr.opening(&o);
        assert!(!fr.contains("ouvre"), "{fr}");
        assert!(fr.contains("incertains"), "{fr}");
    }

    #[test]
    fn english_reasons_carry_no_french_and_no_identifier() {
        let r = StepReason::Answer {
            question: Question::InDangerNow,
            answer: true,
        };
        let en = Lang::En.step_reason(&r);
        assert_eq!(en, "you answered “yes” to “In danger right now?”");
        assert!(!en.contains("in_danger_now"));
    }

    #[test]
    fn french_distances_use_a_decimal_comma() {
        assert_eq!(Lang::Fr.km(12_345.0), "12,3 km");
        assert_eq!(Lang::En.km(12_345.0), "12.3 km");
    }
}
