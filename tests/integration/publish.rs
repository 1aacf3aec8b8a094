//! `maillage leaflet` and `maillage coverage`: printed in Chromium, checked for what they must
//! never show, and parsed as their formats say.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::util::*;

const EPCI: [&str; 8] = [
    "200042604",
    "200042729",
    "200043354",
    "200066389",
    "200067023",
    "200067031",
    "200067205",
    "200069425",
];

/// A leaflet in each of the widget's languages: the page's language and direction, the
/// leaflet's own words from the catalogs (no French sentence left), the steps in the
/// directory's translation, the records in French marked as such; and, printed by Chromium,
/// every EPCI's A4 leaflet with a QR code (the fullest) still on one page, and its A5 leaflet on
/// two, in every language.
#[test]
fn leaflets_in_every_language_speak_it_and_print_on_their_pages_in_chromium() {
    let chromium = chromium();
    let tmp = tempfile::tempdir().unwrap();
    let french_words = [
        "qui peut vous aider",
        "Lignes nationales",
        "Votre sécurité",
        "Informations vérifiées",
        "Près de chez vous",
        "Du lundi",
        "jours fériés",
    ];
    let mut jobs: Vec<(PathBuf, usize)> = Vec::new();
    for lang in [
        "fr-x-falc",
        "en",
        "ar",
        "fa-AF",
        "ps",
        "uk",
        "ru",
        "es",
        "pt",
        "ro",
        "tr",
    ] {
        let dir = tmp.path().join(lang);
        run_ok(&[
            "leaflet",
            "--all",
            "-o",
            dir.to_str().unwrap(),
            "--lang",
            lang,
            "--qr-url",
            "https://www.example.org/aide-violences-manche",
        ]);
        let html = std::fs::read_to_string(dir.join(format!("epci-{}.html", EPCI[0]))).unwrap();
        let rtl = matches!(lang, "ar" | "fa-AF" | "ps");
        let speak = if lang == "fr-x-falc" { "fr" } else { lang };
        let dir_attr = if rtl { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!("<html lang=\"{speak}\" dir=\"{dir_attr}\">")),
            "{lang}"
        );
        if lang != "fr-x-falc" {
            for french in french_words {
                assert!(!html.contains(french), "{lang}: `{french}` left in French");
            }
            // Records stay French, and say so.
            assert!(html.contains("lang=\"fr\" dir=\"ltr\""), "{lang}");
        }
        // No message missing from a catalog (it would print its identifier).
        for id in ["leaflet-", "hours-", "weekday", "access-"] {
            assert!(!html.contains(id), "{lang}: {id}");
        }
        for code in EPCI {
            jobs.push((dir.join(format!("epci-{code}.html")), 1));
        }
        // A5: two pages (recto-verso, or an A4 folded), in every language too.
        let a5 = tmp.path().join(format!("{lang}-a5"));
        run_ok(&[
            "leaflet",
            "--all",
            "-o",
            a5.to_str().unwrap(),
            "--lang",
            lang,
            "--format",
            "a5",
        ]);
        for code in EPCI {
            jobs.push((a5.join(format!("epci-{code}.html")), 2));
        }
    }
    let failures = print_all(&chromium, &jobs);
    assert!(failures.is_empty(), "{failures:#?}");
}

// ---------------------------------------------------------------------------------------------
// Chromium

/// Headless Chromium: `$CHROMIUM`, else `/usr/bin/chromium`, else `chromium` or
/// `chromium-browser` on the PATH. Missing is a failure, never a skip.
fn chromium() -> PathBuf {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os("CHROMIUM") {
        candidates.push(p.into());
    }
    candidates.push("/usr/bin/chromium".into());
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            for name in ["chromium", "chromium-browser"] {
                candidates.push(dir.join(name));
            }
        }
    }
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "headless Chromium is needed to print the leaflets and was not found \
             (looked at $CHROMIUM, /usr/bin/chromium, chromium and chromium-browser on the PATH): \
             run `cargo xtask test`, which installs it (Debian package `chromium`)"
            )
        })
}

/// Prints an HTML file to PDF with headless Chromium (no network, no profile kept).
fn print_to_pdf(chromium: &Path, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {}: {e}", chromium.display()));
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(
                status.success() && pdf.is_file(),
                "chromium failed to print {} ({status})",
                html.display()
            );
            return;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium took more than 2 minutes to print {}",
                html.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Pages of a PDF: the `/Type /Page` objects (not `/Pages`, the page tree).
/// Prints each leaflet to PDF with Chromium, two printers at a time (the test machine has two
/// cores), and says which did not print on the pages expected.
fn print_all(chromium: &Path, jobs: &[(PathBuf, usize)]) -> Vec<String> {
    std::thread::scope(|scope| {
        let halves: Vec<_> = jobs
            .chunks(jobs.len().div_ceil(2))
            .map(|chunk| {
                scope.spawn(move || {
                    let mut bad = Vec::new();
                    for (html, want) in chunk {
                        let pdf = html.with_extension("pdf");
                        print_to_pdf(chromium, html, &pdf);
                        let got = pdf_pages(&std::fs::read(&pdf).unwrap());
                        if got != *want {
                            bad.push(format!(
                                "{}: {got} page(s), expected {want}",
                                html.display()
                            ));
                        }
                    }
                    bad
                })
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
    })
}

fn pdf_pages(pdf: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(at) = find(&pdf[i..], b"/Type") {
        let mut j = i + at + b"/Type".len();
        while j < pdf.len() && pdf[j].is_ascii_whitespace() {
            j += 1;
        }
        if pdf[j..].starts_with(b"/Page")
            && !pdf
                .get(j + b"/Page".len())
                .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            n += 1;
        }
        i = j;
    }
    n
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn pdf_pages_counts_page_objects_not_the_page_tree() {
    let pdf = b"1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>> endobj \
        2 0 obj <</Type /Page /Parent 1 0 R>> endobj 3 0 obj <</Type/Page>> endobj";
    assert_eq!(pdf_pages(pdf), 2);
}

/// Every EPCI's leaflet, public and professional (whose notices take room), in A4 (with and
/// without a QR code, which change the room left for local contacts) and in A5, printed by
/// Chromium: exactly one A4 page, exactly two A5 pages (front: emergency and national lines;
/// back: local contacts).
#[test]
fn leaflets_of_every_epci_print_on_their_pages_in_chromium() {
    let chromium = chromium();
    let tmp = tempfile::tempdir().unwrap();
    let mut jobs: Vec<(PathBuf, usize)> = Vec::new();
    let qr = ["--qr-url", "https://www.example.org/aide-violences-manche"];
    let pro = ["--pro", "--directory", "data/manche"];
    for (name, format, pages, extra) in [
        ("a4", "a4", 1, &[][..]),
        ("a4-qr", "a4", 1, &qr[..]),
        ("a5-qr", "a5", 2, &qr[..]),
        ("a4-pro", "a4", 1, &pro[..]),
        ("a4-qr-pro", "a4", 1, &[&qr[..], &pro[..]].concat()[..]),
        ("a5-qr-pro", "a5", 2, &[&qr[..], &pro[..]].concat()[..]),
    ] {
        let dir = tmp.path().join(name);
        let mut args = vec![
            "leaflet",
            "--all",
            "-o",
            dir.to_str().unwrap(),
            "--format",
            format,
        ];
        args.extend_from_slice(extra);
        run_ok(&args);
        let suffix = if name.ends_with("-pro") { ".pro" } else { "" };
        for code in EPCI {
            let html = dir.join(format!("epci-{code}{suffix}.html"));
            assert!(html.is_file(), "{} missing", html.display());
            jobs.push((html, pages));
        }
    }
    let failures = print_all(&chromium, &jobs);
    assert!(failures.is_empty(), "{failures:#?}");
}

// ---------------------------------------------------------------------------------------------
// Leaflets: what they show and never show

fn leaflet_html(args: &[&str]) -> String {
    stdout(&run_ok(&[&["leaflet"], args].concat()))
}

#[test]
fn leaflet_is_self_contained_accessible_french_html() {
    let html = leaflet_html(&["epci:200042604"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("<h1>") && html.contains("<h2") && html.contains("<h3"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("<svg"), "no QR code without --qr-url");
    // No external resource: no src, no stylesheet link, no url() — only links people follow.
    for needle in [" src=", "<link", "url(", "@import", "<img", "<iframe"] {
        assert!(!html.contains(needle), "{needle}");
    }
    for href in html.split("href=\"").skip(1) {
        let href = href.split('"').next().unwrap();
        assert!(
            ["tel:", "sms:", "mailto:", "https://", "http://"]
                .iter()
                .any(|s| href.starts_with(s)),
            "{href}"
        );
    }
    assert!(html.contains("Données d'exemple — à vérifier par le comité technique"));
    assert!(html.contains("39 19") && html.contains("17") && html.contains("114"));
    assert!(html.contains("Pôle Famille de Granville"));
    assert!(html.contains("Du lundi au vendredi de 8 h 45 à 17 h 30"));
    assert!(html.contains("Informations vérifiées le 30 novembre 2026"));
    assert!(html.contains("à vérifier"));
    assert!(html.contains("IGN – ADMIN EXPRESS COG (Licence Ouverte 2.0)"));
    // The perpetrators' step and line are not on a victims' leaflet.
    assert!(!html.contains("08 019 019 11"));
}

#[test]
fn leaflet_a5_has_two_pages_and_a_qr_code() {
    let html = leaflet_html(&[
        "epci:200067205",
        "--format",
        "a5",
        "--qr-url",
        "https://www.example.org/aide",
    ]);
    assert!(html.contains("@page { size: A5;"));
    assert_eq!(html.matches("class=\"page ").count(), 2);
    assert!(html.contains("break-before: page"));
    assert!(html.contains("<svg") && html.contains("QR code : https://www.example.org/aide"));
}

#[test]
fn leaflet_refuses_a_non_https_qr_code_and_an_unknown_territory() {
    let o = maillage(&[
        "leaflet",
        "epci:200042604",
        "--qr-url",
        "javascript:alert(1)",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("https://"));
    let o = maillage(&["leaflet", "epci:123"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("territoire inconnu `epci:123`"));
}

#[test]
fn hostile_text_in_the_directory_renders_as_text() {
    let tmp = manche_copy();
    let path = tmp.path().join("services.json");
    let mut v = json(&path);
    for s in v["services"].as_array_mut().unwrap() {
        if s["id"] == "ccas-granville" {
            s["name"] = "<script>alert(1)</script> & \"co\"".into();
            s["organisation"] = "<img src=x onerror=alert(1)>".into();
            s["location"]["address"] = "1 rue <b onmouseover=alert(1)>x</b>".into();
        }
    }
    write_json(&path, &v);
    let html = leaflet_html(&[
        "epci:200042604",
        "--directory",
        tmp.path().to_str().unwrap(),
    ]);
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"),
        "{html}"
    );
    assert!(html.contains("1 rue &lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("<b onmouseover"));
    assert!(!html.contains("<img"));
}

/// A bundle (which the CLI does not validate) with a confidential address and point, a
/// professionals-only location and professionals-only contacts: none of them is printed.
#[test]
fn no_confidential_address_nor_professionals_only_contact_in_any_leaflet() {
    let mut d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
    let mut secrets: Vec<String> = Vec::new();
    for s in &mut d.services {
        if let Some(l) = &mut s.location {
            if l.visibility == maillage::Visibility::Confidentiel {
                let address = format!("{} rue Secrète", 10 + secrets.len());
                l.address = Some(address.clone());
                l.postcode = Some("50999".into());
                l.point = Some(maillage::Point {
                    lat: 49.6,
                    lon: -1.6,
                });
                secrets.push(address);
            }
        }
        if s.id == "ccas-granville" {
            s.contacts.push(maillage::Contact {
                kind: maillage::ContactKind::Phone,
                value: "+33299887766".into(),
                display: Some("02 99 88 77 66".into()),
                label: Some("Ligne directe des professionnels".into()),
                visibility: maillage::Visibility::Professionnels,
            });
            secrets.push("02 99 88 77 66".into());
            secrets.push("Ligne directe des professionnels".into());
        }
        if s.id == "pole-famille-granville" {
            let l = s.location.as_mut().unwrap();
            l.visibility = maillage::Visibility::Professionnels;
            secrets.push(l.address.clone().unwrap());
        }
        for c in &s.contacts {
            if c.visibility != maillage::Visibility::Public {
                secrets.push(c.value.clone());
                secrets.push(c.shown().to_owned());
            }
        }
    }
    assert!(secrets.len() >= 8, "{secrets:?}");
    let tmp = tempfile::tempdir().unwrap();
    let bundle = tmp.path().join("edited.maillage");
    std::fs::write(&bundle, maillage::bundle::encode(&d)).unwrap();
    for format in ["a4", "a5"] {
        let out = tmp.path().join(format);
        run_ok(&[
            "leaflet",
            "--all",
            "-o",
            out.to_str().unwrap(),
            "--format",
            format,
            "--directory",
            bundle.to_str().unwrap(),
        ]);
        for code in EPCI {
            let html = std::fs::read_to_string(out.join(format!("epci-{code}.html"))).unwrap();
            for secret in &secrets {
                assert!(
                    !html.contains(secret.as_str()),
                    "{format} epci {code}: {secret}"
                );
            }
            assert!(!html.contains("50999"));
            assert!(html.contains("adresse confidentielle"), "{code}");
        }
    }
    // The professionals-only contact's service is still there, with its public number.
    let html = std::fs::read_to_string(tmp.path().join("a4/epci-200042604.html")).unwrap();
    assert!(html.contains("CCAS de Granville") && html.contains("02 33 91 23 30"));

    // The bundle above already drops the secrets (`bundle::encode` writes the public view), so
    // the leaflet's own rule is checked on the edited directory itself, secrets included.
    let index = maillage::Index::new(d);
    for format in [
        maillage_publish::PageFormat::A4,
        maillage_publish::PageFormat::A5,
    ] {
        let options = maillage_publish::LeafletOptions {
            format,
            ..Default::default()
        };
        for code in EPCI {
            let id = format!("epci:{code}").parse().unwrap();
            let html = maillage_publish::leaflet(&index, &id, &options).unwrap();
            for secret in &secrets {
                assert!(
                    !html.contains(secret.as_str()),
                    "{format:?} epci {code}: {secret}"
                );
            }
            assert!(!html.contains("50999"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Coverage

fn coverage(args: &[&str]) -> String {
    stdout(&run_ok(
        &[&["coverage", "--today", "2026-11-30"], args].concat(),
    ))
}

#[test]
fn coverage_json_has_every_commune_and_epci_figures() {
    let v: serde_json::Value = serde_json::from_str(&coverage(&["--format", "json"])).unwrap();
    let categories = v["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 12);
    assert_eq!(categories[1], "ecoute");
    let communes = v["communes"].as_array().unwrap();
    assert_eq!(communes.len(), 445);
    for c in communes {
        for key in ["id", "name", "population", "epci", "distances", "remote"] {
            assert!(!c[key].is_null(), "{key} in {c}");
        }
        assert_eq!(c["distances"].as_object().unwrap().len(), 12);
        // Every commune has a phone line to listen (3919) and a police place somewhere.
        assert_eq!(c["remote"]["ecoute"], true);
        assert!(c["distances"]["plainte"].as_f64().unwrap() < 60.0, "{c}");
    }
    let saint_lo = communes
        .iter()
        .find(|c| c["id"] == "commune:50502")
        .unwrap();
    assert!(saint_lo["distances"]["soins"].as_f64().unwrap() < 3.0);
    let epci = v["epci"].as_array().unwrap();
    assert_eq!(epci.len(), 8);
    let mut population = 0;
    for e in epci {
        assert!(EPCI.contains(&e["id"].as_str().unwrap().trim_start_matches("epci:")));
        population += e["population"].as_u64().unwrap();
        let by = e["by_category"].as_object().unwrap();
        assert_eq!(by.len(), 12);
        for f in by.values() {
            for key in ["share_over_20km", "share_without_place", "share_remote"] {
                let x = f[key].as_f64().unwrap();
                assert!((0.0..=1.0).contains(&x), "{key} = {x} in {e}");
            }
            assert!(f["mean_km"].is_null() || f["mean_km"].as_f64().unwrap() >= 0.0);
        }
    }
    assert!((450_000..550_000).contains(&population), "{population}");
    // The records to verify come first, each with its reasons.
    let to_verify = v["to_verify"].as_array().unwrap();
    assert_eq!(to_verify[0]["reasons"][0], "to-verify");
}

/// RFC 4180 fields: commas, quotes doubled inside quotes, CRLF line ends.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn coverage_csv_has_one_row_per_commune_and_the_documented_header() {
    let rows = parse_csv(&coverage(&["--format", "csv"]));
    let mut header = vec!["id", "name", "population", "epci", "epci_name"]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    for c in maillage::Category::ALL {
        header.push(format!("{c}_km"));
        header.push(format!("{c}_remote"));
    }
    assert_eq!(rows[0], header);
    assert_eq!(rows.len(), 446);
    for r in &rows[1..] {
        assert_eq!(r.len(), header.len(), "{r:?}");
        assert!(r[0].starts_with("commune:"));
        r[2].parse::<u32>().unwrap();
        for (i, value) in r.iter().enumerate().skip(5) {
            if header[i].ends_with("_km") {
                assert!(value.is_empty() || value.parse::<f64>().unwrap() >= 0.0);
            } else {
                assert!(value == "true" || value == "false", "{value}");
            }
        }
    }
    let granville = rows.iter().find(|r| r[0] == "commune:50218").unwrap();
    assert_eq!(granville[4], "CC de Granville, Terre et Mer");
}

/// A small XML well-formedness check: balanced and properly nested tags, quoted attributes,
/// known entities, one root. Returns the number of elements.
fn check_xml(text: &str) -> Result<usize, String> {
    let mut stack: Vec<String> = Vec::new();
    let mut elements = 0;
    let mut roots = 0;
    let mut rest = text;
    let check_text = |t: &str| -> Result<(), String> {
        let mut s = t;
        while let Some(i) = s.find('&') {
            let end = s[i..].find(';').ok_or("unterminated entity")?;
            let name = &s[i + 1..i + end];
            let ok = matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                || name.strip_prefix('#').is_some_and(|n| {
                    n.parse::<u32>().is_ok()
                        || n.strip_prefix('x')
                            .is_some_and(|h| u32::from_str_radix(h, 16).is_ok())
                });
            if !ok {
                return Err(format!("unknown entity &{name};"));
            }
            s = &s[i + end..];
        }
        Ok(())
    };
    while let Some(lt) = rest.find('<') {
        let text_part = &rest[..lt];
        if stack.is_empty() && !text_part.trim().is_empty() {
            return Err(format!("text outside the root: {text_part:?}"));
        }
        check_text(text_part)?;
        rest = &rest[lt..];
        if let Some(r) = rest.strip_prefix("<?") {
            let end = r.find("?>").ok_or("unterminated <?")?;
            rest = &r[end + 2..];
        } else if let Some(r) = rest.strip_prefix("<!--") {
            let end = r.find("-->").ok_or("unterminated comment")?;
            rest = &r[end + 3..];
        } else if let Some(r) = rest.strip_prefix("</") {
            let end = r.find('>').ok_or("unterminated end tag")?;
            let name = r[..end].trim();
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            rest = &r[end + 1..];
        } else {
            let r = &rest[1..];
            // Scan the tag, honouring quotes.
            let mut quote = None;
            let mut end = None;
            for (i, c) in r.char_indices() {
                match (quote, c) {
                    (None, '"' | '\'') => quote = Some(c),
                    (Some(q), c) if c == q => quote = None,
                    (Some(_), '<') => return Err("`<` in an attribute value".into()),
                    (None, '>') => {
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let end = end.ok_or("unterminated start tag")?;
            let tag = &r[..end];
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name: String = tag.chars().take_while(|c| !c.is_whitespace()).collect();
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_alphanumeric() || "-_:.".contains(c))
            {
                return Err(format!("bad element name {name:?}"));
            }
            // Attributes: name="value" pairs.
            let mut attrs = tag[name.len()..].trim();
            while !attrs.is_empty() {
                let eq = attrs
                    .find('=')
                    .ok_or(format!("attribute without value in <{name}>"))?;
                let q = attrs[eq + 1..].chars().next().ok_or("missing quote")?;
                if q != '"' && q != '\'' {
                    return Err(format!("unquoted attribute in <{name}>"));
                }
                let close = attrs[eq + 2..].find(q).ok_or("unterminated attribute")?;
                check_text(&attrs[eq + 2..eq + 2 + close])?;
                attrs = attrs[eq + 2 + close + 1..].trim_start();
            }
            elements += 1;
            if stack.is_empty() {
                roots += 1;
            }
            if !self_closing {
                stack.push(name);
            }
            rest = &r[end + 1..];
        }
    }
    if !rest.trim().is_empty() {
        return Err("text after the root".into());
    }
    if let Some(open) = stack.pop() {
        return Err(format!("<{open}> never closed"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(elements)
}

#[test]
fn check_xml_catches_what_it_should() {
    assert!(
        check_xml("<?xml version=\"1.0\"?>\n<svg a=\"1\"><g><path d=\"M0\"/></g></svg>\n").is_ok()
    );
    assert!(check_xml("<svg><g></svg></g>").is_err());
    assert!(check_xml("<svg><g></svg>").is_err());
    assert!(check_xml("<svg a=1></svg>").is_err());
    assert!(check_xml("<svg>&nbsp;</svg>").is_err());
    assert!(check_xml("<svg></svg><svg></svg>").is_err());
}

#[test]
fn coverage_svg_is_well_formed_with_every_commune_and_a_legend() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("map.svg");
    run_ok(&[
        "coverage",
        "--format",
        "svg",
        "--category",
        "plainte",
        "--today",
        "2026-11-30",
        "-o",
        file.to_str().unwrap(),
    ]);
    let svg = std::fs::read_to_string(&file).unwrap();
    let elements = check_xml(&svg).unwrap_or_else(|e| panic!("not well-formed: {e}"));
    assert!(elements > 445);
    assert!(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg.matches("<path id=\"commune-").count(), 445);
    assert!(svg.contains("id=\"commune-50502\""));
    assert!(svg.contains("<g id=\"legend\""));
    for label in [
        "0 à 10 km",
        "10 à 20 km",
        "20 à 30 km",
        "plus de 30 km",
        "aucun lieu",
    ] {
        assert!(svg.contains(label), "{label}");
    }
    // Patterns, not colour alone.
    assert_eq!(svg.matches("<pattern id=\"class-").count(), 5);
    assert!(svg.contains("<title id=\"map-title\">"));
    assert!(svg.contains("Plainte et signalement"));
    assert!(svg.contains("IGN – ADMIN EXPRESS COG (Licence Ouverte 2.0)"));
    assert!(!svg.contains("<script") && !svg.contains("href="));
}

#[test]
fn a_record_verified_in_2024_is_to_verify_again() {
    let tmp = manche_copy();
    let path = tmp.path().join("services.json");
    let mut v = json(&path);
    v["services"][0]["source"] = serde_json::json!({
        "title": "Une page", "status": "verified", "verified_on": "2024-05-01"
    });
    let id = v["services"][0]["id"].as_str().unwrap().to_owned();
    write_json(&path, &v);
    let out: serde_json::Value =
        serde_json::from_str(&coverage(&["--directory", tmp.path().to_str().unwrap()])).unwrap();
    let listed = out["to_verify"].as_array().unwrap();
    let me = listed.iter().find(|x| x["id"] == id.as_str()).unwrap();
    assert_eq!(me["reasons"], serde_json::json!(["verified-long-ago"]));
    assert_eq!(me["verified_on"], "2024-05-01");
    // After every record that is still to verify.
    let first_old = listed
        .iter()
        .position(|x| x["reasons"][0] != "to-verify")
        .unwrap();
    assert!(listed[first_old..]
        .iter()
        .all(|x| x["reasons"][0] != "to-verify"));
}
