//! Printing the answers of `locate`, `places` and `nearest`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDateTime;
use maillage::{Index, Nearby, NearestQuery, Point, Service, Viewer};
use serde_json::{json, Value};

use crate::Format;
use maillage_publish::Lang;

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

use maillage::calendar::paris_iso as paris_time;

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

/// How far a place is: "12,3 km", or "dans la commune de X" when only its commune is known.
fn distance_text(index: &Index, n: &Nearby, lang: Lang) -> Option<String> {
    let d = n.distance_m?;
    let l = n.service.location.as_ref()?;
    if l.precision == maillage::LocationPrecision::Commune {
        let name = index
            .directory()
            .territory(&l.commune)
            .map_or(l.commune.as_str(), |t| t.name.as_str());
        return Some(lang.in_commune(name, d));
    }
    Some(lang.km(d))
}

/// One service as a line of text: distance, name, opening, contacts, then why.
fn nearby_text(index: &Index, n: &Nearby, viewer: Viewer, lang: Lang) -> String {
    let contacts: Vec<&str> = n.service.contacts_for(viewer).map(|c| c.shown()).collect();
    let reasons: Vec<String> = n.reasons.iter().map(|r| lang.reason(r)).collect();
    format!(
        "{}{} — {} [{}] {}\n    {}\n",
        distance_text(index, n, lang).map_or(String::new(), |d| format!("{d:>8}  ")),
        n.service.name,
        n.service.organisation,
        lang.opening(&n.opening),
        contacts.join(", "),
        reasons.join("; ")
    )
}

/// The records an answer refers to, as `viewer` may see them, by id (the JSON outputs carry
/// them once beside the answer's references).
fn records<'a>(
    list: impl Iterator<Item = &'a Service>,
    viewer: Viewer,
) -> serde_json::Map<String, Value> {
    list.map(|s| {
        (
            s.id.clone(),
            serde_json::to_value(s.view(viewer)).unwrap_or(Value::Null),
        )
    })
    .collect()
}

pub fn nearest(
    index: &Index,
    point: Point,
    query: &NearestQuery,
    lang: Lang,
    format: Format,
) -> Result<ExitCode> {
    let Some(answer) = index.nearest(point, query) else {
        return outside(point, format);
    };
    let mut text = format!("{}\n", lang.places_heading());
    for n in &answer.places {
        text.push_str(&nearby_text(index, n, query.viewer, lang));
    }
    text.push_str(&lang.remote_heading());
    text.push('\n');
    for n in &answer.remote {
        text.push_str(&nearby_text(index, n, query.viewer, lang));
    }
    let services = records(answer.services(), query.viewer);
    emit(
        format,
        &json!({"places": answer.places, "remote": answer.remote, "services": services}),
        &text,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Where a pathway is asked for.
pub enum Where {
    /// A point.
    Point(Point),
    /// A place name or postcode.
    Place(String),
}

fn contact_text(index: &Index, c: &Nearby, viewer: Viewer, lang: Lang) -> String {
    let contacts: Vec<&str> = c.service.contacts_for(viewer).map(|x| x.shown()).collect();
    format!(
        "    - {}{} : {} [{}]\n",
        c.service.name,
        distance_text(index, c, lang).map_or(String::new(), |d| format!(" ({d})")),
        contacts.join(", "),
        lang.opening(&c.opening),
    )
}

pub fn pathway(
    index: &Index,
    at: Where,
    situation: &maillage::Situation,
    time: NaiveDateTime,
    lang: Lang,
    format: Format,
) -> Result<ExitCode> {
    let directory = index.directory();
    let (point, place) = match at {
        Where::Point(p) => (p, None),
        Where::Place(name) => {
            let Some(m) = index.places(&name, 1).into_iter().next() else {
                eprintln!(
                    "{}",
                    crate::say("cli-no-place", &[("name", name.as_str().into())])
                );
                return Ok(ExitCode::FAILURE);
            };
            (m.current.point, Some(m.current.name.clone()))
        }
    };
    let Some(steps) = maillage::suggest(index, point, situation, time) else {
        return outside(point, format);
    };
    let viewer = Viewer::professional_if(situation.role == maillage::Role::Professional);
    let mut text = format!("{}\n", lang.pathway_heading(place.as_deref(), time));
    let json_steps: Vec<Value> = steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let why: Vec<String> = s.why.iter().map(|r| lang.step_reason(r)).collect();
            let (title, advice) = lang.step_texts(directory, s.step);
            text.push_str(&format!(
                "{}. {title}\n   {advice}\n   ({})\n",
                i + 1,
                why.join("; ")
            ));
            for c in s.contacts() {
                text.push_str(&contact_text(index, c, viewer, lang));
            }
            for (t, l) in &s.leads {
                text.push_str(&format!("    {}\n", lang.lead(&l.partner, &t.name)));
            }
            json!({
                "id": s.step.id,
                "title": title,
                "advice": advice,
                "why": s.why,
                "national": s.national,
                "services": s.services,
                "leads": s.leads.iter().map(|(t, l)| json!({"territory": t.id, "theme": l.theme, "partner": l.partner, "service": l.service})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let services = records(
        steps.iter().flat_map(|s| s.contacts()).map(|n| n.service),
        viewer,
    );
    emit(
        format,
        &json!({"place": place, "at": paris_time(time), "sample": directory.metadata.sample, "steps": json_steps, "services": services}),
        &text,
    )?;
    Ok(ExitCode::SUCCESS)
}

pub fn routes(
    index: &Index,
    territory: &maillage::TerritoryId,
    lang: Lang,
    format: Format,
) -> Result<ExitCode> {
    let directory = index.directory();
    let Some(steps) = maillage::routes(index, territory) else {
        eprintln!(
            "{}",
            crate::say(
                "cli-unknown-territory",
                &[("territory", territory.as_str().into())]
            )
        );
        return Ok(ExitCode::FAILURE);
    };
    let name = directory
        .territory(territory)
        .map_or("", |t| t.name.as_str());
    let mut text = format!("{}\n", lang.routes_heading(name, territory.as_str()));
    let pro_only = lang.professionals_only();
    let json_steps: Vec<Value> = steps
        .iter()
        .map(|r| {
            let (title, _) = lang.step_texts(directory, r.step);
            text.push_str(&format!("\n{title}\n"));
            for (t, l) in &r.leads {
                text.push_str(&format!("  {}\n", lang.lead(&l.partner, &t.name)));
            }
            for s in r.national.iter().chain(&r.services) {
                let contacts: Vec<String> = s
                    .contacts_for(Viewer::Professional)
                    .map(|c| match c.visibility {
                        maillage::Visibility::Professionnels => {
                            format!("{} {pro_only}", c.shown())
                        }
                        _ => c.shown().to_owned(),
                    })
                    .collect();
                text.push_str(&format!("  - {} : {}\n", s.name, contacts.join(", ")));
            }
            json!({
                "id": r.step.id,
                "title": title,
                "national": r.national.iter().map(|s| &s.id).collect::<Vec<_>>(),
                "services": r.services.iter().map(|s| &s.id).collect::<Vec<_>>(),
                "leads": r.leads.iter().map(|(t, l)| json!({"territory": t.id, "theme": l.theme, "partner": l.partner, "service": l.service})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let services = records(
        steps
            .iter()
            .flat_map(|r| r.national.iter().chain(&r.services).copied()),
        Viewer::Professional,
    );
    emit(
        format,
        &json!({"territory": {"id": territory, "name": name}, "sample": directory.metadata.sample, "steps": json_steps, "services": services}),
        &text,
    )?;
    Ok(ExitCode::SUCCESS)
}
