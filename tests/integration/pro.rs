//! Two artefacts from one directory: the public bundle holds no professionals-only contact, the
//! professional bundle holds them all and opens only with its passphrase (from
//! `MAILLAGE_PASSPHRASE` or a prompt, never an argument), in every command that reads a bundle.

use super::util::*;

#[test]
fn build_writes_a_public_bundle_without_and_a_sealed_one_with_the_professional_contacts() {
    let tmp = tempfile::tempdir().unwrap();
    let public = tmp.path().join("manche.maillage");
    let pro = tmp.path().join("manche.pro.maillage");
    let (public_s, pro_s) = (public.to_str().unwrap(), pro.to_str().unwrap());
    let o = maillage_with_passphrase(
        &["build", "data/manche", "-o", public_s, "--pro-out", pro_s],
        Some(PASSPHRASE),
    );
    assert!(o.status.success(), "{}", output_text(&o));
    assert!(output_text(&o).contains("1 contact ou lieu réservé aux professionnels laissé de côté"));
    let secret = PRO_SECRET.as_bytes();
    let public_bytes = std::fs::read(&public).unwrap();
    let pro_bytes = std::fs::read(&pro).unwrap();
    // Neither file shows it in clear: one does not hold it, the other is encrypted.
    for bytes in [&public_bytes, &pro_bytes] {
        assert!(!bytes.windows(secret.len()).any(|w| w == secret));
    }
    assert!(pro_bytes.starts_with(b"MAILLAGE-PRO"));

    // routes, exports and validate read the professional bundle with the passphrase…
    let routes = |dir: &str, pass| {
        maillage_with_passphrase(&["routes", "commune:50502", "--directory", dir], pass)
    };
    let o = routes(pro_s, Some(PASSPHRASE));
    assert!(o.status.success(), "{}", output_text(&o));
    assert!(
        stdout(&o).contains("réservé aux professionnels"),
        "{}",
        output_text(&o)
    );
    assert!(!stdout(&routes(public_s, None)).contains("réservé aux professionnels"));
    let h = tmp.path().join("h.json");
    let o = maillage_with_passphrase(
        &[
            "export",
            "hsds",
            pro_s,
            "-o",
            h.to_str().unwrap(),
            "--professional",
        ],
        Some(PASSPHRASE),
    );
    assert!(o.status.success(), "{}", output_text(&o));
    assert!(std::fs::read_to_string(&h).unwrap().contains(PRO_SECRET));
    let o = maillage_with_passphrase(
        &["validate", pro_s, "--today", "2026-11-30"],
        Some(PASSPHRASE),
    );
    assert!(o.status.success(), "{}", output_text(&o));
    let o = maillage_with_passphrase(
        &["leaflet", "epci:200042604", "--directory", pro_s],
        Some(PASSPHRASE),
    );
    assert!(o.status.success(), "{}", output_text(&o));
    // …but a leaflet is public: it never prints a professionals-only contact.
    assert!(!stdout(&o).contains(PRO_SECRET));

    // A wrong passphrase, or none, is a clear error.
    let o = routes(pro_s, Some("tulipe marée granit boussolE"));
    assert!(!o.status.success());
    assert!(
        output_text(&o).contains("wrong passphrase"),
        "{}",
        output_text(&o)
    );
    let o = routes(pro_s, None);
    assert!(!o.status.success());
    assert!(
        output_text(&o).contains("MAILLAGE_PASSPHRASE"),
        "{}",
        output_text(&o)
    );
}

#[test]
fn a_short_passphrase_is_refused_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let public = tmp.path().join("m.maillage");
    let pro = tmp.path().join("p.maillage");
    let o = maillage_with_passphrase(
        &[
            "build",
            "data/manche",
            "-o",
            public.to_str().unwrap(),
            "--pro-out",
            pro.to_str().unwrap(),
        ],
        Some("1234"),
    );
    assert!(!o.status.success());
    assert!(
        output_text(&o).contains("at least 12 characters"),
        "{}",
        output_text(&o)
    );
    assert!(!public.exists() && !pro.exists());
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.maillage");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(maillage::bundle::MAX_BUNDLE_BYTES as u64 + 4096)
        .unwrap();
    let o = maillage(&[
        "routes",
        "commune:50502",
        "--directory",
        big.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(
        output_text(&o).contains("plus que ce qu'un paquet peut contenir"),
        "{}",
        output_text(&o)
    );
}
