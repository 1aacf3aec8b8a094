//! Opening hours: hand-picked cases (summer time, public holidays, nights past midnight,
//! `next_change`), and a cross-check of `OpeningHours::state_at` against the reference JavaScript
//! implementation (npm `opening_hours`, run by `tests/hours-crosscheck/check.mjs`) over a whole
//! year, for every hours string of the Manche directory and a list of tricky ones.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use maillage::calendar::{paris_to_utc, public_holiday, utc_to_paris};
use maillage::{OpenState, OpeningHours};

use super::util::*;

fn t(s: &str) -> NaiveDateTime {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn hours(s: &str) -> OpeningHours {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn state_name(s: OpenState) -> &'static str {
    match s {
        OpenState::Open => "open",
        OpenState::Closed => "closed",
        OpenState::Unknown => "unknown",
    }
}

// ---------------------------------------------------------------------------------------------
// Hand-picked cases.

#[test]
fn summer_time_weekends_are_read_on_the_wall_clock() {
    let h = hours("Mo-Su 01:00-04:00");
    // 2026-03-29: clocks go from 02:00 to 03:00; both sides of the gap are inside the span.
    assert_eq!(h.state_at(t("2026-03-29T01:30:00")), OpenState::Open);
    assert_eq!(h.state_at(t("2026-03-29T03:30:00")), OpenState::Open);
    assert_eq!(h.state_at(t("2026-03-29T04:30:00")), OpenState::Closed);
    assert_eq!(h.state_at(t("2026-03-29T00:30:00")), OpenState::Closed);
    // 2026-10-25: 02:00–03:00 happens twice; it is open either time.
    assert_eq!(h.state_at(t("2026-10-25T02:30:00")), OpenState::Open);
    assert_eq!(h.state_at(t("2026-10-25T04:00:00")), OpenState::Closed);
    // The wall-clock hours around the change are the ones the crosscheck skips or keeps.
    assert!(!exists(t("2026-03-29T02:30:00")));
    assert!(exists(t("2026-03-29T01:59:00")) && exists(t("2026-03-29T03:00:00")));
    assert!(exists(t("2026-10-25T02:30:00")));
    // `next_change` is on the wall clock too: 01:30 → 04:00 on the short night.
    assert_eq!(
        h.next_change(t("2026-03-29T01:30:00")),
        Some(t("2026-03-29T04:00:00"))
    );
    assert_eq!(
        h.next_change(t("2026-10-25T04:30:00")),
        Some(t("2026-10-26T01:00:00"))
    );
}

#[test]
fn public_holidays_close_with_ph_off() {
    let h = hours("Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off");
    for (day, name) in [
        ("2026-04-06", "Lundi de Pâques"),
        ("2026-05-14", "Ascension"),
        ("2026-05-25", "Lundi de Pentecôte"),
        ("2026-05-01", "Fête du Travail"),
        ("2026-05-08", "Victoire 1945"),
        ("2026-07-14", "Fête nationale"),
        ("2026-11-11", "Armistice 1918"),
        ("2026-12-25", "Noël"),
    ] {
        let date: NaiveDate = day.parse().unwrap();
        assert_eq!(public_holiday(date), Some(name), "{day}");
        for time in ["09:30", "10:00", "15:00"] {
            let at = t(&format!("{day}T{time}:00"));
            assert_eq!(h.state_at(at), OpenState::Closed, "{at} ({name})");
        }
    }
    // The days after are ordinary working days.
    for day in ["2026-04-07", "2026-05-15", "2026-05-26"] {
        assert_eq!(
            h.state_at(t(&format!("{day}T10:00:00"))),
            OpenState::Open,
            "{day}"
        );
    }
    // Easter Sunday and Whit Sunday are Sundays, not public holidays of their own.
    assert_eq!(public_holiday("2026-04-05".parse().unwrap()), None);
    assert_eq!(public_holiday("2026-05-24".parse().unwrap()), None);
    // Saturday morning, then a holiday on a Saturday (2026-08-15).
    assert_eq!(h.state_at(t("2026-08-08T10:00:00")), OpenState::Open);
    assert_eq!(h.state_at(t("2026-08-15T10:00:00")), OpenState::Closed);
}

#[test]
fn spans_past_midnight_belong_to_the_night_they_start() {
    let h = hours("Fr 22:00-02:00");
    assert_eq!(h.state_at(t("2026-12-04T21:59:00")), OpenState::Closed); // Friday
    assert_eq!(h.state_at(t("2026-12-04T22:00:00")), OpenState::Open);
    assert_eq!(h.state_at(t("2026-12-04T23:59:00")), OpenState::Open);
    assert_eq!(h.state_at(t("2026-12-05T00:00:00")), OpenState::Open); // Saturday
    assert_eq!(h.state_at(t("2026-12-05T01:00:00")), OpenState::Open);
    assert_eq!(h.state_at(t("2026-12-05T02:00:00")), OpenState::Closed);
    assert_eq!(h.state_at(t("2026-12-04T01:00:00")), OpenState::Closed); // Thursday night
    assert_eq!(
        h.next_change(t("2026-12-04T23:00:00")),
        Some(t("2026-12-05T02:00:00"))
    );
    assert_eq!(
        h.next_change(t("2026-12-05T03:00:00")),
        Some(t("2026-12-11T22:00:00"))
    );
    // The same with the end written past 24:00.
    let h = hours("Sa 22:00-26:00");
    assert_eq!(h.state_at(t("2026-12-06T01:00:00")), OpenState::Open); // Sunday
                                                                       // A range of days past midnight: Sunday night into Monday.
    let h = hours("Fr-Su 22:00-02:00");
    assert_eq!(h.state_at(t("2026-12-07T01:00:00")), OpenState::Open); // Monday
    assert_eq!(h.state_at(t("2026-12-08T01:00:00")), OpenState::Closed); // Tuesday
}

#[test]
fn next_change_crosses_weekends_and_christmas() {
    let h = hours("Mo-Fr 09:00-12:00,14:00-17:30; PH off");
    // Friday evening → Monday morning.
    assert_eq!(
        h.next_change(t("2026-12-04T18:00:00")),
        Some(t("2026-12-07T09:00:00"))
    );
    // Friday noon → Friday afternoon.
    assert_eq!(
        h.next_change(t("2026-12-04T12:00:00")),
        Some(t("2026-12-04T14:00:00"))
    );
    // Christmas Eve (Thursday) evening: Christmas (Friday) is off, then the weekend.
    assert_eq!(
        h.next_change(t("2026-12-24T16:00:00")),
        Some(t("2026-12-24T17:30:00"))
    );
    assert_eq!(
        h.next_change(t("2026-12-24T18:00:00")),
        Some(t("2026-12-28T09:00:00"))
    );
    // New Year's Day is a Friday in 2027: Thursday 31 evening → Monday 4 January 2027.
    assert_eq!(
        h.next_change(t("2026-12-31T18:00:00")),
        Some(t("2027-01-04T09:00:00"))
    );

    let h = hours("Mo-Su 08:00-20:00; Dec 25 off");
    assert_eq!(
        h.next_change(t("2026-12-24T21:00:00")),
        Some(t("2026-12-26T08:00:00"))
    );

    let h = hours("24/7; Dec 25 off");
    assert_eq!(h.state_at(t("2026-12-25T12:00:00")), OpenState::Closed);
    assert_eq!(
        h.next_change(t("2026-12-24T12:00:00")),
        Some(t("2026-12-25T00:00:00"))
    );
    assert_eq!(
        h.next_change(t("2026-12-25T00:00:00")),
        Some(t("2026-12-26T00:00:00"))
    );

    // Never changes.
    assert_eq!(hours("24/7").next_change(t("2026-12-24T12:00:00")), None);
    assert_eq!(
        hours("\"sur rendez-vous\"").next_change(t("2026-12-24T12:00:00")),
        None
    );
}

#[test]
fn next_change_is_a_change_of_state_at_now() {
    // Every answer of `next_change` is the first minute at which `state_at` differs.
    for text in TRICKY {
        let h = hours(text);
        let mut at = t("2026-12-20T05:17:00");
        while at < t("2027-01-05T00:00:00") {
            let now = h.state_at(at);
            if let Some(next) = h.next_change(at) {
                assert!(next > at, "{text} at {at}: {next}");
                assert_ne!(h.state_at(next), now, "{text}: {at} → {next} is no change");
                // No change in between (checked minute by minute up to two days).
                let mut m = at + Duration::minutes(1);
                while m < next && m < at + Duration::days(2) {
                    assert_eq!(
                        h.state_at(m),
                        now,
                        "{text}: changes at {m}, before {next} (from {at})"
                    );
                    m += Duration::minutes(1);
                }
            }
            at += Duration::minutes(193);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The cross-check.

/// Hours strings whose meaning is easy to get wrong, checked on top of the directory's own.
const TRICKY: &[&str] = &[
    "Fr-Sa 22:00-02:00",
    "Fr 22:00-02:00",
    "Su 20:00-08:00",
    "Sa 22:00-26:00",
    "PH off",
    "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off",
    "24/7",
    "24/7; Dec 25 off",
    "Mo-Fr 08:30-16:30; PH off",
    "Mo-Fr 08:45-17:30; PH off",
    "Dec 25 off",
    "Mo-Su 08:00-20:00; Dec 24-26 off",
    "Jul 14-Aug 15 off; Mo-Fr 09:00-12:00",
    "Mo-Fr 09:00-12:00; Jul 14-Aug 15 off",
    "Nov-Feb Mo-Fr 09:00-12:00",
    "Jan-Jun Mo 14:00-18:00",
    "Mo-Su 10:00-19:00",
    "Mo-Su 00:00-24:00",
    "PH 10:00-12:00",
    "Mo-Fr 08:00-18:00; PH 10:00-12:00",
    "Mo,We,Fr 09:00-12:00",
    "Fr-Mo 10:00-16:00",
    "\"sur rendez-vous\"",
    "Tu unknown \"permanence le mardi, horaires à confirmer\"",
    "Mo-Fr 09:00-17:00 \"sur rendez-vous\"",
    "Tu 09:00-12:00 \"permanence au commissariat\"",
    "Mo-Fr 09:00-12:00 open \"accueil sans rendez-vous\"",
    "Mo-Fr 08:00-20:00 || \"sur rendez-vous\"",
    "Mo-Fr 08:00-20:00; PH off || \"sur rendez-vous\"",
    "Mo-Fr 09:00-12:00, We 14:00-17:00",
    "Mo-Fr 09:00-12:00, Sa 22:00-02:00",
    "Mo-Fr 08:00-18:00; We 12:00-14:00 off",
    "Mo-Fr: 09:00-12:00",
];

/// Where maillage deliberately answers otherwise than npm `opening_hours`: (hours, Paris time,
/// ours, reference). Both sides are checked, so a change on either side shows here. These are
/// rules where the reference itself warns that the value is probably not what its author meant
/// ("This rule overwrites parts of the previous rule…"), and maillage keeps the author's meaning.
const DELIBERATE: &[(&str, &str, &str, &str)] = &[
    // A later `;` rule for Saturday keeps the Friday night that spills into Saturday: a night
    // belongs to the day it starts (the reference makes Saturday's rule erase it).
    (
        "Fr 22:00-02:00; Sa 10:00-12:00",
        "2026-12-05T01:00",
        "open",
        "closed",
    ),
    (
        "Mo-Sa 18:00-02:00; Su 14:00-20:00",
        "2026-12-06T01:00",
        "open",
        "closed",
    ),
    // A day closed by `PH off` (Christmas, a Friday) has no night either (the reference keeps
    // the part after midnight, which it files under Saturday).
    (
        "Mo-Fr 18:00-02:00; PH off",
        "2026-12-26T01:00",
        "closed",
        "open",
    ),
];

/// One instant where maillage and the reference disagree.
struct Disagreement {
    at: String,
    ours: &'static str,
    theirs: String,
}

/// Every `hours` of services.json and national.json (those present).
fn directory_hours() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (file, key) in [("services.json", "services"), ("national.json", "national")] {
        let path = manche().join(file);
        if !path.exists() {
            continue;
        }
        let v = json(&path);
        for s in v[key]
            .as_array()
            .unwrap_or_else(|| panic!("{file}: no `{key}` list"))
        {
            if let Some(h) = s.get("hours").and_then(|h| h.as_str()) {
                out.insert(h.to_owned());
            }
        }
    }
    out
}

/// Whether a Paris wall-clock time exists (the hour skipped in March does not).
fn exists(local: NaiveDateTime) -> bool {
    utc_to_paris(paris_to_utc(local)) == local
}

/// The instants of the cross-check: the year 2026 every 7 h 13 min (every hour, minute and
/// weekday comes up), every half hour of the two summer-time weekends, of each public holiday
/// and of the day after it (nights past midnight).
fn instants() -> Vec<NaiveDateTime> {
    let mut out = BTreeSet::new();
    let mut at = t("2026-01-01T00:00:00");
    while at < t("2027-01-01T00:00:00") {
        out.insert(at);
        at += Duration::minutes(7 * 60 + 13);
    }
    let mut days: Vec<NaiveDate> = ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"]
        .iter()
        .map(|d| d.parse().unwrap())
        .collect();
    let mut d: NaiveDate = "2026-01-01".parse().unwrap();
    while d.to_string() < "2027-01-01".into() {
        if public_holiday(d).is_some() {
            days.extend([d, d.succ_opt().unwrap()]);
        }
        d = d.succ_opt().unwrap();
    }
    for day in days {
        for half_hours in 0..48 {
            out.insert(day.and_hms_opt(0, 0, 0).unwrap() + Duration::minutes(30 * half_hours));
        }
    }
    out.into_iter().filter(|&t| exists(t)).collect()
}

fn crosscheck_dir() -> std::path::PathBuf {
    root().join("tests/hours-crosscheck")
}

/// Runs check.mjs once on every case; one answer (a list of states, or an error) per case.
fn reference_states(cases: &serde_json::Value) -> Vec<serde_json::Value> {
    let dir = crosscheck_dir();
    assert!(
        Path::new(&dir.join("node_modules/opening_hours/package.json")).exists(),
        "the reference implementation is not installed in {}: run `cargo xtask test` \
         (it runs `npm ci --prefix tests/hours-crosscheck`), or that npm command yourself",
        dir.display()
    );
    let mut child = Command::new("node")
        .arg("check.mjs")
        .current_dir(&dir)
        .env("TZ", "Europe/Paris")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot run `node` (Node.js is needed for the hours cross-check): {e}")
        });
    let input = serde_json::to_vec(cases).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        out.status.success(),
        "check.mjs failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "check.mjs wrote no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    v.as_array().expect("check.mjs writes an array").clone()
}

#[test]
fn states_agree_with_the_reference_javascript_implementation() {
    let mut texts = directory_hours();
    texts.extend(TRICKY.iter().map(|s| s.to_string()));
    let texts: Vec<String> = texts.into_iter().collect();
    let parsed: Vec<OpeningHours> = texts
        .iter()
        .map(|s| {
            s.parse()
                .unwrap_or_else(|e| panic!("maillage refuses `{s}`: {e}"))
        })
        .collect();
    let instants = instants();
    let stamps: Vec<String> = instants
        .iter()
        .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
        .collect();
    let mut cases: Vec<serde_json::Value> = texts
        .iter()
        .map(|h| serde_json::json!({ "hours": h, "instants": stamps }))
        .collect();
    cases.extend(
        DELIBERATE
            .iter()
            .map(|(h, at, _, _)| serde_json::json!({ "hours": h, "instants": [at] })),
    );
    let mut reference = reference_states(&serde_json::Value::Array(cases));
    assert_eq!(
        reference.len(),
        texts.len() + DELIBERATE.len(),
        "check.mjs answered for every hours string"
    );
    let deliberate = reference.split_off(texts.len());
    for ((text, at, ours, theirs), answer) in DELIBERATE.iter().zip(&deliberate) {
        let h = hours(text);
        let local = t(&format!("{at}:00"));
        assert_eq!(
            state_name(h.state_at(local)),
            *ours,
            "ours, for {text:?} at {at}"
        );
        assert_eq!(answer[0], *theirs, "the reference's, for {text:?} at {at}");
    }

    // Per hours string, in order: (instant, ours, reference).
    let mut per_text: Vec<(&str, Vec<Disagreement>)> = Vec::new();
    let mut compared = 0usize;
    for ((text, h), answer) in texts.iter().zip(&parsed).zip(&reference) {
        let mut found = Vec::new();
        match answer.as_array() {
            None => found.push(Disagreement {
                at: "—".into(),
                ours: "parsed",
                theirs: format!("refused: {answer}"),
            }),
            Some(states) => {
                assert_eq!(
                    states.len(),
                    instants.len(),
                    "{text}: one state per instant"
                );
                for ((at, stamp), theirs) in instants.iter().zip(&stamps).zip(states) {
                    let ours = state_name(h.state_at(*at));
                    let theirs = theirs.as_str().unwrap_or("?");
                    compared += 1;
                    if ours != theirs {
                        found.push(Disagreement {
                            at: format!("{stamp} {}", at.format("%a")),
                            ours,
                            theirs: theirs.to_owned(),
                        });
                    }
                }
            }
        }
        if !found.is_empty() {
            per_text.push((text, found));
        }
    }
    assert!(compared > 10_000, "only {compared} comparisons");
    if !per_text.is_empty() {
        // How many per hours string, then up to 20 examples taken in turn from each string.
        let total: usize = per_text.iter().map(|(_, v)| v.len()).sum();
        let mut msg = format!(
            "{total} of {compared} states differ from npm opening_hours, for {} hours string(s):\n",
            per_text.len()
        );
        for (text, v) in &per_text {
            msg += &format!("  {:>5} × {text:?}\n", v.len());
        }
        msg += &format!(
            "  {:<60} {:<20} {:<8} reference\n",
            "hours", "instant (Paris)", "ours"
        );
        let mut shown = 0;
        'rounds: for round in 0.. {
            let mut any = false;
            for (text, v) in &per_text {
                if let Some(d) = v.get(round) {
                    let text = format!("{text:?}");
                    msg += &format!("  {text:<60} {:<20} {:<8} {}\n", d.at, d.ours, d.theirs);
                    shown += 1;
                    any = true;
                    if shown == 20 {
                        break 'rounds;
                    }
                }
            }
            if !any {
                break;
            }
        }
        panic!("{msg}");
    }
}
