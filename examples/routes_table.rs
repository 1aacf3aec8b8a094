//! A territory's referral route for professionals ("qui appeler"), printed as a table.
//!
//! ```sh
//! cargo run --example routes_table -- epci:200042604      # CC Granville Terre et Mer
//! cargo run --example routes_table -- commune:50502       # Saint-Lô
//! ```
//!
//! Professionals see the contacts reserved for them (marked here with `[pro]`); the public
//! never does ([`maillage::Viewer`]).

use std::process::ExitCode;

use maillage::{bundle, routes, Index, TerritoryId, Viewer, Visibility};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("routes_table: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let id: TerritoryId = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "epci:200042604".into())
        .parse()?;
    let path = std::env::var("MAILLAGE_BUNDLE")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../data/manche.maillage").into());
    let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
    let index = Index::new(bundle::decode(&bytes).map_err(|e| format!("{path}: {e}"))?);
    let Some(steps) = routes(&index, &id) else {
        eprintln!("routes_table: no territory `{id}` in {path}");
        return Ok(ExitCode::FAILURE);
    };
    let name = index.directory().territory(&id).map_or("", |t| &t.name);

    // Three columns: the step, who, how to reach them.
    let mut rows: Vec<[String; 3]> = Vec::new();
    for r in &steps {
        let mut step = r.step.title.en.clone();
        for s in r.national.iter().chain(&r.services) {
            let contacts: Vec<String> = s
                .contacts_for(Viewer::Professional)
                .map(|c| match c.visibility {
                    Visibility::Professionnels => format!("{} [pro]", c.shown()),
                    _ => c.shown().to_owned(),
                })
                .collect();
            rows.push([
                std::mem::take(&mut step),
                s.name.clone(),
                contacts.join(", "),
            ]);
        }
        for (t, lead) in &r.leads {
            let who = format!("lead partner ({}): {}", t.name, lead.partner);
            rows.push([std::mem::take(&mut step), who, String::new()]);
        }
    }
    println!("Who to call — {name} ({id})\n");
    // Columns as wide as their longest cell up to 40 characters; a longer cell overflows its
    // column rather than being cut (a phone number must never lose a digit).
    let widths: [usize; 3] = std::array::from_fn(|c| {
        rows.iter()
            .map(|r| r[c].chars().count())
            .max()
            .unwrap_or(0)
            .clamp(7, 40)
    });
    println!(
        "{}",
        line(&["Step", "Service", "Contact"].map(String::from), &widths)
    );
    println!("{}", line(&widths.map(|w| "-".repeat(w)), &widths));
    for r in &rows {
        println!("{}", line(r, &widths));
    }
    Ok(ExitCode::SUCCESS)
}

/// One table row, each cell padded to its column's width.
fn line(cells: &[String; 3], widths: &[usize; 3]) -> String {
    let cell = |text: &str, w: usize| {
        format!(
            "{text}{}",
            " ".repeat(w.saturating_sub(text.chars().count()))
        )
    };
    format!(
        "| {} | {} | {} |",
        cell(&cells[0], widths[0]),
        cell(&cells[1], widths[1]),
        cell(&cells[2], widths[2])
    )
}
