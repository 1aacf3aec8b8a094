//! Writes a hostile copy of the Manche bundle for the widget's browser tests: markup and script
//! in every text field, `javascript:` URLs in every contact, and a 10 MB description. Such a
//! bundle never passes `maillage validate`; the widget must still render it as inert text.
//!
//! `cargo run -p maillage-wasm --example hostile_bundle -- OUT`

use maillage::{bundle, Contact, ContactKind, Visibility};

const MARKUP: &str = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";

fn main() {
    let out = std::env::args().nth(1).expect("usage: hostile_bundle OUT");
    let mut d =
        bundle::decode(include_bytes!("../../data/manche.maillage")).expect("Manche bundle");
    d.metadata.name = format!("{}{MARKUP}", d.metadata.name);
    d.metadata.attribution.push(MARKUP.to_owned());
    for p in &mut d.places {
        p.name = format!("{}{MARKUP}", p.name);
    }
    for t in &mut d.territories {
        t.name = format!("{}{MARKUP}", t.name);
    }
    for step in &mut d.pathways {
        step.title.fr = format!("{}{MARKUP}", step.title.fr);
        step.advice.fr = format!("{}{MARKUP}", step.advice.fr);
    }
    for (i, s) in d
        .services
        .iter_mut()
        .chain(d.national.iter_mut())
        .enumerate()
    {
        s.name = format!("{}{MARKUP}", s.name);
        s.organisation = MARKUP.to_owned();
        s.description = Some(if i == 0 {
            "A".repeat(10 * 1024 * 1024)
        } else {
            MARKUP.to_owned()
        });
        s.conditions = Some(MARKUP.to_owned());
        if let Some(l) = &mut s.location {
            if l.visibility == Visibility::Public {
                l.address = Some(MARKUP.to_owned());
            }
        }
        for c in &mut s.contacts {
            c.display = Some(MARKUP.to_owned());
            if c.kind == ContactKind::Web {
                c.value = "javascript:window.__pwned=1".to_owned();
            }
        }
        s.contacts.push(Contact {
            kind: ContactKind::Web,
            value: "javascript:window.__pwned=1".to_owned(),
            display: Some(MARKUP.to_owned()),
            label: Some(MARKUP.to_owned()),
            visibility: Visibility::Public,
        });
    }
    std::fs::write(&out, bundle::encode(&d)).expect("write the hostile bundle");
    eprintln!("wrote {out}");
}
