//! Printing the answers of `locate`, `places` and `nearest`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDateTime;
use maillage::{Index, Nearby, NearestQuery, Point};
use serde_json::{json, Value};

use crate::Format;

fn emit(format: Format, value: &Value, text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(value)?)?,
        Format::Text => write!(out, "{text}")?,
    }
    Ok(())
}

fn outside(point: Point, format: Format) -> Result<ExitCode> {
    let message = format!(
        "{},{} is outside the directory's area (more than {} km from every commune)",
        point.lat,
        point.lon,
        maillage::COAST_TOLERANCE_M / 1000.0
    );
    emit(
        format,
        &json!({"territories": [], "outside": true, "message": message}),
        &format!("{message}\n"),
    )?;
    Ok(ExitCode::FAILURE)
}

use maillage::paris_iso as paris_time;

pub fn locate(index: &Index, point: Point, format: Format) -> Result<ExitCode> {
    let Some(here) = index.locate(point) else {
        return outside(point, format);
    };
    let mut text = String::new();
    if here.approximate {
        text.push_str(&format!(
            "approximate: at sea, {:.0} m from the nearest commune\n",
            here.distance_m.unwrap_or(0.0)
        ));
    }
    for t in &here.territories {
        text.push_str(&format!(
            "{:<16} {:<24} {}\n",
            t.kind.to_string(),
            t.id.to_string(),
            t.name
        ));
    }
    emit(format, &serde_json::to_value(&here)?, &text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn places(index: &Index, query: &str, limit: usize, format: Format) -> Result<ExitCode> {
    let found = index.places(query, limit);
    let mut text = String::new();
    for m in &found {
        let via = (m.place.id != m.commune).then(|| format!(" (via {})", m.place.name));
        text.push_str(&format!(
            "{:<16} {}{} {}\n",
            m.commune.to_string(),
            m.current.name,
            via.unwrap_or_default(),
            m.current.postcodes.join(" ")
        ));
    }
    if found.is_empty() {
        text.push_str(&format!("no place matches `{query}`\n"));
    }
    emit(format, &json!({ "places": found }), &text)?;
    Ok(ExitCode::SUCCESS)
}

fn nearby_text(n: &Nearby) -> String {
    let open = match n.open.as_option() {
        Some(true) => "ouvert",
        Some(false) => "fermé",
        None => "horaires inconnus",
    };
    let next = n
        .next_change
        .map_or(String::new(), |t| format!(" jusqu'à {}", paris_time(t)));
    let contacts: Vec<&str> = n.contacts().map(|c| c.shown()).collect();
    format!(
        "{}{} — {} [{open}{next}] {}\n    {}\n",
        n.distance_m
            .map_or(String::new(), |d| format!("{:>6.1} km  ", d / 1000.0)),
        n.service.name,
        n.service.organisation,
        contacts.join(", "),
        n.reasons.join("; ")
    )
}

pub fn nearest(
    index: &Index,
    point: Point,
    query: &NearestQuery,
    format: Format,
) -> Result<ExitCode> {
    let Some(answer) = index.nearest(point, query) else {
        return outside(point, format);
    };
    let mut text = String::from("Lieux\n");
    for n in &answer.places {
        text.push_str(&nearby_text(n));
    }
    text.push_str("À distance (téléphone, SMS, en ligne)\n");
    for n in &answer.remote {
        text.push_str(&nearby_text(n));
    }
    emit(format, &serde_json::to_value(&answer)?, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// Where a pathway is asked for.
pub enum Where {
    /// A point.
    Point(Point),
    /// A place name or postcode.
    Place(String),
}

fn text_in<'a>(t: &'a maillage::Text, lang: &str) -> &'a str {
    if lang == "en" {
        &t.en
    } else {
        &t.fr
    }
}

fn contact_text(c: &Nearby) -> String {
    let open = match c.open.as_option() {
        Some(true) => "répond maintenant",
        Some(false) => "fermé",
        None => "horaires inconnus",
    };
    let contacts: Vec<&str> = c.contacts().map(|x| x.shown()).collect();
    format!(
        "    - {}{} : {} [{open}]\n",
        c.service.name,
        c.distance_m
            .map_or(String::new(), |d| format!(" ({:.1} km)", d / 1000.0)),
        contacts.join(", ")
    )
}

pub fn pathway(
    index: &Index,
    at: Where,
    situation: &maillage::Situation,
    time: NaiveDateTime,
    lang: &str,
    format: Format,
) -> Result<ExitCode> {
    let directory = index.directory();
    let (point, place) = match at {
        Where::Point(p) => (p, None),
        Where::Place(name) => {
            let Some(m) = index.places(&name, 1).into_iter().next() else {
                eprintln!("maillage: no place matches `{name}`");
                return Ok(ExitCode::FAILURE);
            };
            let commune = directory
                .places
                .iter()
                .find(|p| p.id == m.commune)
                .unwrap_or(m.place);
            (commune.point, Some(commune.name.clone()))
        }
    };
    let Some(steps) = maillage::suggest(index, point, situation, time) else {
        return outside(point, format);
    };
    let mut text = format!(
        "Parcours{} — {}\n",
        place.as_ref().map_or(String::new(), |p| format!(" à {p}")),
        paris_time(time)
    );
    let json_steps: Vec<Value> = steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            text.push_str(&format!(
                "{}. {}\n   {}\n   ({})\n",
                i + 1,
                text_in(&s.step.title, lang),
                text_in(&s.step.advice, lang),
                s.why.join("; ")
            ));
            for c in s.contacts() {
                text.push_str(&contact_text(c));
            }
            for (t, l) in &s.leads {
                text.push_str(&format!("    chef de file ({}) : {}\n", t.name, l.partner));
            }
            json!({
                "id": s.step.id,
                "title": text_in(&s.step.title, lang),
                "advice": text_in(&s.step.advice, lang),
                "why": s.why,
                "national": s.national,
                "services": s.services,
                "leads": s.leads.iter().map(|(t, l)| json!({"territory": t.id, "theme": l.theme, "partner": l.partner, "service": l.service})).collect::<Vec<_>>(),
            })
        })
        .collect();
    emit(
        format,
        &json!({"place": place, "at": paris_time(time), "sample": directory.metadata.sample, "steps": json_steps}),
        &text,
    )?;
    Ok(ExitCode::SUCCESS)
}

pub fn routes(
    index: &Index,
    territory: &maillage::TerritoryId,
    lang: &str,
    format: Format,
) -> Result<ExitCode> {
    let directory = index.directory();
    let Some(steps) = maillage::routes(index, territory) else {
        eprintln!("maillage: unknown territory `{territory}`");
        return Ok(ExitCode::FAILURE);
    };
    let name = directory
        .territory(territory)
        .map_or("", |t| t.name.as_str());
    let mut text = format!("Qui appeler — {name} ({territory})\n");
    let service_json = |s: &maillage::Service| {
        json!({
            "id": s.id, "name": s.name, "organisation": s.organisation,
            "commune": s.location.as_ref().map(|l| &l.commune),
            "hours": s.hours,
            "contacts": s.contacts.iter()
                .map(|x| json!({"kind": x.kind, "href": x.href(), "display": x.shown(), "label": x.label, "visibility": x.visibility}))
                .collect::<Vec<_>>(),
            "conditions": s.conditions,
        })
    };
    let json_steps: Vec<Value> = steps
        .iter()
        .map(|r| {
            text.push_str(&format!("\n{}\n", text_in(&r.step.title, lang)));
            for (t, l) in &r.leads {
                text.push_str(&format!("  chef de file ({}) : {}\n", t.name, l.partner));
            }
            for s in r.national.iter().chain(&r.services) {
                let contacts: Vec<String> = s
                    .contacts
                    .iter()
                    .map(|c| match c.visibility {
                        maillage::Visibility::Professionnels => format!("{} (réservé aux professionnels)", c.shown()),
                        _ => c.shown().to_owned(),
                    })
                    .collect();
                text.push_str(&format!("  - {} : {}\n", s.name, contacts.join(", ")));
            }
            json!({
                "id": r.step.id,
                "title": text_in(&r.step.title, lang),
                "national": r.national.iter().map(|s| service_json(s)).collect::<Vec<_>>(),
                "services": r.services.iter().map(|s| service_json(s)).collect::<Vec<_>>(),
                "leads": r.leads.iter().map(|(t, l)| json!({"territory": t.id, "theme": l.theme, "partner": l.partner, "service": l.service})).collect::<Vec<_>>(),
            })
        })
        .collect();
    emit(
        format,
        &json!({"territory": {"id": territory, "name": name}, "sample": directory.metadata.sample, "steps": json_steps}),
        &text,
    )?;
    Ok(ExitCode::SUCCESS)
}
