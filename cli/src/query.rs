//! Printing the answers of `locate`, `places` and `nearest`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDateTime;
use maillage::{Directory, Index, Nearby, NearestQuery, Point};
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

/// A Paris wall-clock time with its UTC offset, e.g. `2026-12-01T12:00+01:00`.
fn paris_time(t: NaiveDateTime) -> String {
    let offset = maillage::paris_offset_minutes(maillage::paris_to_utc(t));
    format!("{}+{:02}:00", t.format("%Y-%m-%dT%H:%M"), offset / 60)
}

pub fn locate(directory: &Directory, point: Point, format: Format) -> Result<ExitCode> {
    let index = Index::new(directory.clone());
    let Some(here) = index.locate(point) else {
        return outside(point, format);
    };
    let territories: Vec<Value> = here
        .territories
        .iter()
        .map(|t| json!({"id": t.id, "kind": t.kind, "name": t.name}))
        .collect();
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
    emit(
        format,
        &json!({"territories": territories, "approximate": here.approximate, "distance_m": here.distance_m}),
        &text,
    )?;
    Ok(ExitCode::SUCCESS)
}

pub fn places(
    directory: &Directory,
    query: &str,
    limit: usize,
    format: Format,
) -> Result<ExitCode> {
    let index = Index::new(directory.clone());
    let found = index.places(query, limit);
    let mut text = String::new();
    let places: Vec<Value> = found
        .iter()
        .map(|m| {
            let commune = directory.places.iter().find(|p| p.id == m.commune);
            let name = commune.map_or(m.place.name.as_str(), |c| c.name.as_str());
            let point = commune.map_or(m.place.point, |c| c.point);
            let postcodes = commune.map_or(&m.place.postcodes, |c| &c.postcodes);
            let via = (m.place.id != m.commune).then(|| m.place.name.clone());
            text.push_str(&format!(
                "{:<16} {}{} {}\n",
                m.commune.to_string(),
                name,
                via.as_ref()
                    .map_or(String::new(), |v| format!(" (via {v})")),
                postcodes.join(" ")
            ));
            json!({
                "id": m.commune, "name": name, "postcodes": postcodes,
                "lat": point.lat, "lon": point.lon, "via": via, "match": m.quality,
            })
        })
        .collect();
    if found.is_empty() {
        text.push_str(&format!("no place matches `{query}`\n"));
    }
    emit(format, &json!({"places": places}), &text)?;
    Ok(ExitCode::SUCCESS)
}

fn nearby_json(n: &Nearby) -> Value {
    json!({
        "id": n.service.id,
        "name": n.service.name,
        "organisation": n.service.organisation,
        "distance_m": n.distance_m.map(|d| d.round()),
        "open": n.open.as_option(),
        "next_change": n.next_change.map(paris_time),
        "categories": n.service.categories,
        "contacts": n.service.contacts.iter()
            .filter(|c| c.visibility == maillage::Visibility::Public)
            .map(|c| json!({"kind": c.kind, "href": c.href(), "display": c.shown()}))
            .collect::<Vec<_>>(),
        "reasons": n.reasons,
    })
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
    let contacts: Vec<&str> = n.service.contacts.iter().map(|c| c.shown()).collect();
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
    directory: &Directory,
    point: Point,
    query: &NearestQuery,
    format: Format,
) -> Result<ExitCode> {
    let index = Index::new(directory.clone());
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
    emit(
        format,
        &json!({
            "results": answer.places.iter().map(nearby_json).collect::<Vec<_>>(),
            "remote": answer.remote.iter().map(nearby_json).collect::<Vec<_>>(),
        }),
        &text,
    )?;
    Ok(ExitCode::SUCCESS)
}
