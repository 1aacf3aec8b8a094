//! Exit pathways: properties over every combination of answers, and golden situations of the Manche.

use std::sync::OnceLock;

use chrono::NaiveDateTime;
use maillage::{
    bundle, suggest, Category, Index, OpenState, Point, Question, Role, Situation, SuggestedStep,
};

use super::util::*;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        Index::new(bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap())
    })
}

fn t(s: &str) -> NaiveDateTime {
    format!("{s}:00").parse().unwrap()
}

const GRANVILLE: Point = Point {
    lat: 48.8375,
    lon: -1.5970,
};
/// Saint-Pois, a rural commune of the CA Mont-Saint-Michel-Normandie, far from any town.
const RURAL: Point = Point {
    lat: 48.7475,
    lon: -1.0617,
};
const CHERBOURG: Point = Point {
    lat: 49.6386,
    lon: -1.6163,
};

fn ids<'a>(steps: &'a [SuggestedStep<'a>]) -> Vec<&'a str> {
    steps.iter().map(|s| s.step.id.as_str()).collect()
}

fn is_silent(c: &maillage::Nearby) -> bool {
    c.service.is_silent()
}

/// Every situation: each of the 7 questions unanswered, yes or no, for each role.
fn every_situation() -> impl Iterator<Item = Situation> {
    let roles = [
        Role::Victim,
        Role::Relative,
        Role::Professional,
        Role::Perpetrator,
    ];
    roles.into_iter().flat_map(|role| {
        (0..3usize.pow(7)).map(move |mut n| {
            let mut s = Situation {
                role,
                answers: vec![],
            };
            for q in Question::ALL {
                match n % 3 {
                    1 => s.set(q, true),
                    2 => s.set(q, false),
                    _ => {}
                }
                n /= 3;
            }
            s
        })
    })
}

fn check_properties(at: Point, time: NaiveDateTime) {
    let mut checked = 0;
    for situation in every_situation() {
        let steps = suggest(index(), at, &situation, time).unwrap();
        let ctx = format!("{situation:?} at {time}");
        assert!(!steps.is_empty(), "{ctx}");
        let answer = |q| situation.answer(q);
        let perpetrator = situation.role == Role::Perpetrator;
        let contacts = |s: &SuggestedStep| {
            s.contacts()
                .map(|c| c.service.id.clone())
                .collect::<Vec<_>>()
        };

        // At any hour, every step has a contact that answers now.
        for s in &steps {
            assert!(
                s.contacts().any(|c| c.opening.state == OpenState::Open),
                "step {} has nothing open: {ctx}",
                s.step.id
            );
        }
        if perpetrator {
            // Only perpetrators' resources (and 17 in case of imminent risk): never shelters or victims' services.
            for s in &steps {
                for c in s.contacts() {
                    assert!(
                        c.service.categories == [Category::Auteurs] || c.service.id == "17",
                        "perpetrator shown {} in step {}: {ctx}",
                        c.service.id,
                        s.step.id
                    );
                }
            }
            checked += 1;
            continue;
        }
        if answer(Question::InDangerNow) == Some(true) {
            assert_eq!(steps[0].step.id, "urgence", "{ctx}");
            let first = contacts(&steps[0]);
            for n in ["17", "112", "114"] {
                assert!(
                    first.contains(&n.to_owned()),
                    "{n} missing in urgence: {ctx}"
                );
            }
        }
        if answer(Question::CanSpeakSafely) == Some(false) {
            for s in &steps {
                let list: Vec<_> = s.contacts().collect();
                assert!(
                    is_silent(list[0]),
                    "step {} starts with a call: {ctx}",
                    s.step.id
                );
                let first_voice = list
                    .iter()
                    .position(|c| !is_silent(c))
                    .unwrap_or(list.len());
                for id in ["114", "arretonslesviolences"] {
                    let i = list.iter().position(|c| c.service.id == id);
                    assert!(
                        i.is_some_and(|i| i < first_voice),
                        "{id} not before voice numbers in {}: {ctx}",
                        s.step.id
                    );
                }
            }
        }
        if answer(Question::Children) == Some(true) {
            let enfants = steps
                .iter()
                .find(|s| s.step.id == "enfants")
                .expect("children step");
            assert!(contacts(enfants).contains(&"119".to_owned()), "{ctx}");
        } else {
            assert!(!ids(&steps).contains(&"enfants"), "{ctx}");
        }
        if matches!(situation.role, Role::Victim | Role::Relative) {
            assert!(
                steps
                    .iter()
                    .any(|s| contacts(s).contains(&"3919".to_owned())),
                "{ctx}"
            );
            assert!(!ids(&steps).contains(&"auteurs"), "{ctx}");
        }
        if answer(Question::WantsToReport) == Some(false) {
            assert!(!ids(&steps).contains(&"plainte"), "{ctx}");
        }
        checked += 1;
    }
    assert_eq!(checked, 4 * 3usize.pow(7));
}

#[test]
fn properties_hold_for_every_answer_combination_in_granville_at_night() {
    check_properties(GRANVILLE, t("2026-12-06T03:00")); // a Sunday night
}

#[test]
fn properties_hold_for_every_answer_combination_in_a_rural_commune_on_a_holiday() {
    check_properties(RURAL, t("2026-12-25T14:00"));
}

fn steps_for(at: Point, answers: &str, time: &str) -> Vec<SuggestedStep<'static>> {
    suggest(index(), at, &answers.parse().unwrap(), t(time)).unwrap()
}

// Golden situations, checked against the domain brief.

#[test]
fn golden_granville_weekday_morning_with_children() {
    let s = steps_for(
        GRANVILLE,
        "in_danger_now=no,children=yes",
        "2026-12-01T10:00",
    );
    assert_eq!(s[0].step.id, "ecoute");
    assert_eq!(s[0].national[0].service.id, "3919");
    // The Pôle Famille of Granville is the nearest listening place.
    assert_eq!(s[0].services[0].service.id, "pole-famille-granville");
    assert!(ids(&s).contains(&"enfants"));
}

#[test]
fn golden_cherbourg_in_danger_at_night() {
    let s = steps_for(CHERBOURG, "in_danger_now=yes", "2026-12-05T23:30");
    assert_eq!(s[0].step.id, "urgence");
    let first: Vec<_> = s[0]
        .national
        .iter()
        .map(|c| c.service.id.as_str())
        .collect();
    assert_eq!(&first[..3], ["17", "112", "114"]);
    // The police station of Cherbourg is among the places of the emergency step.
    assert!(s.iter().any(|st| st
        .services
        .iter()
        .any(|c| c.service.id == "commissariat-cherbourg")));
}

#[test]
fn golden_someone_who_cannot_speak() {
    let s = steps_for(GRANVILLE, "can_speak_safely=no", "2026-12-01T21:00");
    for step in &s {
        assert!(
            is_silent(step.contacts().next().unwrap()),
            "{}",
            step.step.id
        );
    }
    assert!(s[0].why.contains(&maillage::StepReason::WrittenFirst));
}

#[test]
fn golden_needs_shelter_tonight_gets_115_first_and_no_shelter_address() {
    let s = steps_for(RURAL, "needs_shelter_tonight=yes", "2026-12-01T22:30");
    assert_eq!(s[0].step.id, "hebergement");
    assert_eq!(s[0].national[0].service.id, "115");
    for c in s[0].services.iter() {
        if let Some(l) = &c.service.location {
            assert!(l.address.is_none() || l.visibility == maillage::Visibility::Public);
        }
        assert!(
            c.distance_m.is_none()
                || c.service.location.as_ref().unwrap().visibility == maillage::Visibility::Public
        );
    }
}

#[test]
fn golden_heavy_signals_put_urgence_and_protection_first() {
    let s = steps_for(
        GRANVILLE,
        "in_danger_now=no,heavy_signals=yes",
        "2026-12-02T15:00",
    );
    assert_eq!(&ids(&s)[..2], ["urgence", "protection"]);
}

#[test]
fn golden_sexual_violence_brings_care_and_vfi_forward() {
    let s = steps_for(CHERBOURG, "sexual_violence=yes", "2026-12-02T11:00");
    assert_eq!(s[0].step.id, "soins");
    assert!(s[0]
        .national
        .iter()
        .any(|c| c.service.id == "vfi-0800059595" && c.opening.state == OpenState::Open));
}

#[test]
fn golden_relative_on_a_sunday() {
    let s = steps_for(RURAL, "role=relative", "2026-12-06T16:00");
    assert_eq!(s[0].step.id, "ecoute");
    assert!(!ids(&s).contains(&"auteurs"));
    // 116 006 answers 7 days a week; VFI is closed on Sundays.
    let ecoute = &s[0];
    let state = |id: &str| {
        ecoute
            .national
            .iter()
            .find(|c| c.service.id == id)
            .unwrap()
            .opening
            .state
    };
    assert_eq!(state("116006"), OpenState::Open);
    assert_eq!(state("vfi-0800059595"), OpenState::Closed);
}

#[test]
fn golden_perpetrator_in_villedieu_gets_the_cpca_and_the_perpetrators_line() {
    let villedieu = Point {
        lat: 48.8389,
        lon: -1.2210,
    };
    let s = steps_for(villedieu, "role=perpetrator", "2026-12-01T11:00");
    assert_eq!(ids(&s), ["auteurs"]);
    let c: Vec<_> = s[0].contacts().map(|c| c.service.id.as_str()).collect();
    assert!(
        c.contains(&"auteurs-0801901911") && c.contains(&"cpca-acjm"),
        "{c:?}"
    );
}

#[test]
fn golden_professional_sees_the_perpetrators_step_too() {
    let s = steps_for(GRANVILLE, "role=professional", "2026-12-01T11:00");
    assert!(ids(&s).contains(&"auteurs"));
    assert!(ids(&s).contains(&"ecoute"));
}

#[test]
fn golden_wants_to_report_moves_the_complaint_step_up() {
    let s = steps_for(GRANVILLE, "wants_to_report=yes", "2026-12-01T11:00");
    assert_eq!(s[0].step.id, "plainte");
    let s = steps_for(GRANVILLE, "wants_to_report=no", "2026-12-01T11:00");
    assert!(!ids(&s).contains(&"plainte"));
}

#[test]
fn golden_rural_night_every_step_answers() {
    let s = steps_for(RURAL, "", "2026-12-02T02:00");
    for step in &s {
        assert!(
            step.contacts().any(|c| c.opening.state == OpenState::Open),
            "{}",
            step.step.id
        );
    }
}

#[test]
fn cli_pathway_for_granville_at_night() {
    let o = maillage(&[
        "pathway",
        "--place",
        "Granville",
        "--answers",
        "in_danger_now=no,children=yes",
        "--at-time",
        "2026-12-01T22:30",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["place"], "Granville");
    let steps = v["steps"].as_array().unwrap();
    for s in steps {
        assert!(s["title"].is_string() && !s["why"].as_array().unwrap().is_empty());
        let any_open = s["national"]
            .as_array()
            .unwrap()
            .iter()
            .chain(s["services"].as_array().unwrap())
            .any(|c| c["opening"]["state"] == "open");
        assert!(any_open, "{s}");
        // Why, as codes: the JSON output never carries a sentence.
        assert!(s["why"]
            .as_array()
            .unwrap()
            .iter()
            .all(|w| w["code"].is_string()));
    }
    let enfants = steps.iter().find(|s| s["id"] == "enfants").unwrap();
    let line = enfants["national"][0]["service"].as_str().unwrap();
    assert_eq!(v["services"][line]["contacts"][0]["display"], "119");
}

#[test]
fn cli_pathway_at_a_point_and_bad_answers() {
    let o = maillage(&[
        "pathway",
        "--at",
        "48.7475,-1.0617",
        "--answers",
        "role=perpetrator",
        "--format",
        "json",
    ]);
    assert!(o.status.success());
    let o = maillage(&[
        "pathway",
        "--place",
        "Granville",
        "--answers",
        "children=maybe",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("yes or no"));
}

#[test]
fn cli_routes_for_granville_terre_et_mer() {
    let o = maillage(&["routes", "epci:200042604", "--format", "json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let steps = v["steps"].as_array().unwrap();
    assert!(steps.len() >= 10);
    let services = |id: &str| -> Vec<String> {
        steps.iter().find(|s| s["id"] == id).unwrap()["services"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    };
    assert!(services("ecoute").contains(&"pole-famille-granville".to_owned()));
    assert!(services("plainte").contains(&"commissariat-granville".to_owned()));
    assert!(services("auteurs").contains(&"cpca-acjm".to_owned()));
    // Served through the communes' court district and arrondissement, not the EPCI itself.
    assert!(services("protection").contains(&"tribunal-judiciaire-coutances".to_owned()));
    // Professionals-only contacts appear in the routes of the professional directory (the
    // coordinator's folder here; the sealed bundle in `pro.rs`), never in the public bundle.
    let routes = |args: &[&str]| String::from_utf8_lossy(&maillage(args).stdout).into_owned();
    let text = routes(&["routes", "commune:50502", "--directory", "data/manche"]);
    assert!(text.contains("réservé aux professionnels"), "{text}");
    let text = routes(&["routes", "commune:50502"]);
    assert!(!text.contains("réservé aux professionnels"), "{text}");
    assert!(!maillage(&["routes", "epci:000000000"]).status.success());
}

// Coverage of the Manche pathways (issue 10): every category, every question, the situations.

#[test]
fn every_category_has_a_step() {
    let d = index().directory();
    for c in Category::ALL {
        assert!(
            d.pathways.iter().any(|s| s.categories.contains(c)),
            "no step for `{c}`"
        );
    }
}

#[test]
fn every_question_changes_something() {
    let key = |s: &[SuggestedStep]| -> Vec<(String, Vec<String>, Vec<String>)> {
        s.iter()
            .map(|st| {
                (
                    st.step.id.clone(),
                    st.why.iter().map(|w| format!("{w:?}")).collect(),
                    st.contacts().map(|c| c.service.id.clone()).collect(),
                )
            })
            .collect()
    };
    let at = t("2026-12-02T15:00");
    let base = key(&suggest(index(), GRANVILLE, &Situation::default(), at).unwrap());
    for q in Question::ALL {
        let changed = [true, false].iter().any(|a| {
            let mut s = Situation::default();
            s.set(q, *a);
            key(&suggest(index(), GRANVILLE, &s, at).unwrap()) != base
        });
        assert!(changed, "answering {} changes nothing", q.as_str());
    }
}

#[test]
fn the_situations_people_call_about_have_their_steps_and_lines() {
    let s = steps_for(GRANVILLE, "", "2026-12-02T15:00");
    let lines = |id: &str| -> Vec<&str> {
        s.iter()
            .find(|st| st.step.id == id)
            .unwrap_or_else(|| panic!("no step {id}"))
            .national
            .iter()
            .map(|c| c.service.id.as_str())
            .collect()
    };
    assert!(lines("droits").contains(&"3039"));
    assert!(lines("jeunes").contains(&"119"));
    assert!(lines("suicide").contains(&"3114"));
    assert!(lines("numerique").contains(&"3018"));
    assert!(lines("handicap-age").contains(&"3133"));
    assert!(lines("hommes").contains(&"116006"));
    assert!(!lines("hommes").contains(&"3919"), "3919 is for women");
    assert!(lines("mariage-force-excision").contains(&"119"));
    assert!(lines("prostitution").contains(&"115"));
    assert!(lines("etrangeres").contains(&"3919"));
    assert!(lines("sante-sexuelle").contains(&"planning-familial-0800081111"));
    for id in [
        "lgbt",
        "etrangeres",
        "prostitution",
        "mariage-force-excision",
    ] {
        assert!(s.iter().any(|st| st.step.id == id), "{id}");
    }
    let protection = s.iter().find(|st| st.step.id == "protection").unwrap();
    assert!(protection
        .step
        .advice
        .fr
        .contains("ordonnance provisoire de protection immédiate"));
    let plainte = s.iter().find(|st| st.step.id == "plainte").unwrap();
    assert!(plainte.step.advice.fr.contains("main courante"));
}

#[test]
fn adults_are_not_sent_to_the_maisons_des_adolescents() {
    let saint_lo = Point {
        lat: 49.1160,
        lon: -1.0903,
    };
    for (at, place) in [(CHERBOURG, "Cherbourg"), (saint_lo, "Saint-Lô")] {
        let s = steps_for(at, "", "2026-12-02T15:00");
        for st in s.iter().filter(|st| st.step.id != "jeunes") {
            for c in &st.services {
                assert!(
                    !c.service.id.starts_with("mda-"),
                    "{} in step {} at {place}",
                    c.service.id,
                    st.step.id
                );
            }
        }
        let jeunes = s.iter().find(|st| st.step.id == "jeunes").unwrap();
        assert!(
            jeunes
                .services
                .iter()
                .any(|c| c.service.id.starts_with("mda-")),
            "no Maison des adolescents for young people at {place}"
        );
        // The young people's step lists young people's services only.
        for c in &jeunes.services {
            assert!(
                c.service
                    .audiences
                    .iter()
                    .any(|a| matches!(a, maillage::Audience::Jeunes | maillage::Audience::Enfants)),
                "{}",
                c.service.id
            );
        }
    }
}

#[test]
fn someone_watched_gets_the_written_routes_step_first() {
    let s = steps_for(GRANVILLE, "can_speak_safely=no", "2026-12-02T15:00");
    assert_eq!(s[0].step.id, "numerique");
    let s = steps_for(
        GRANVILLE,
        "in_danger_now=yes,can_speak_safely=no",
        "2026-12-02T15:00",
    );
    assert_eq!(&ids(&s)[..2], ["urgence", "numerique"]);
}

#[test]
fn lgbt_services_are_in_the_lgbt_step_not_in_the_steps_for_everyone() {
    let s = steps_for(CHERBOURG, "", "2026-12-02T15:00");
    for st in s.iter().filter(|st| st.step.audiences.is_empty()) {
        for c in &st.services {
            assert!(
                !c.service
                    .audiences
                    .iter()
                    .all(|a| matches!(a, maillage::Audience::Lgbt | maillage::Audience::Jeunes)),
                "{} in step {}",
                c.service.id,
                st.step.id
            );
        }
    }
    let lgbt = s.iter().find(|st| st.step.id == "lgbt").unwrap();
    assert!(lgbt
        .services
        .iter()
        .any(|c| c.service.id == "centre-lgbti-cherbourg"));
}

#[test]
fn particular_situations_come_after_the_pathway_stages_unless_urgent() {
    for answers in ["", "children=yes,wants_to_report=yes", "role=professional"] {
        let s = steps_for(GRANVILLE, answers, "2026-12-02T15:00");
        let first_situation = s.iter().position(|st| st.step.situation).unwrap();
        assert!(
            s[first_situation..].iter().all(|st| st.step.situation),
            "{answers}: {:?}",
            ids(&s)
        );
    }
}
