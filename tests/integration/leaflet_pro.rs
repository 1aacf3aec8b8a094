//! `maillage leaflet --pro`: the professionals' leaflet prints the professionals-only contacts,
//! from the directory folder or the professional bundle only, and says on its face that it is
//! not for the public; the public leaflet never prints them.

use super::util::*;

const NOTICE: &str = "Document réservé aux professionnels — ne pas afficher ni remettre au public";
const GRANVILLE: &str = "epci:200042604";

#[test]
fn the_professional_leaflet_shows_the_professionals_only_contacts_the_public_one_does_not() {
    let pro = stdout(&run_ok(&[
        "leaflet",
        "--pro",
        GRANVILLE,
        "--directory",
        "data/manche",
    ]));
    assert!(pro.contains(PRO_SECRET), "{pro}");
    assert!(
        pro.contains("(Réquisitions (enquêteurs), <strong>réservé aux professionnels</strong>)")
    );
    assert!(pro.contains(&format!("<title>{NOTICE} — ")));
    assert!(pro.contains(&format!(
        "<header>\n<p class=\"pro\" role=\"note\"><strong>{NOTICE}.</strong>"
    )));
    assert!(pro.contains(&format!(
        "<footer>\n<p class=\"pro\"><strong>{NOTICE}.</strong>"
    )));
    // Shelters: their commune and "adresse confidentielle", never an address.
    assert!(pro.contains("Saint-Lô (adresse confidentielle, accueil après un appel)"));

    // The public leaflet, from the same folder or the embedded directory: none of it.
    for args in [
        &["leaflet", GRANVILLE, "--directory", "data/manche"][..],
        &["leaflet", GRANVILLE][..],
    ] {
        let public = stdout(&run_ok(args));
        assert!(!public.contains(PRO_SECRET), "{args:?}");
        assert!(!public.contains("réservé aux professionnels"), "{args:?}");
    }
}

#[test]
fn all_professional_leaflets_have_their_own_file_names() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("pro");
    let o = run_ok(&[
        "leaflet",
        "--pro",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "--format",
        "a5",
        "--directory",
        "data/manche",
    ]);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 8, "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| n.starts_with("epci-") && n.ends_with(".pro.html")),
        "{names:?}"
    );
    assert!(output_text(&o).contains("epci-200042604.pro.html"));
    let html = std::fs::read_to_string(out.join("epci-200042604.pro.html")).unwrap();
    assert!(html.contains(PRO_SECRET) && html.contains(NOTICE));
}

#[test]
fn pro_refuses_the_public_directory_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("granville.html");
    let dir = tmp.path().join("all");
    let (file_s, dir_s) = (file.to_str().unwrap(), dir.to_str().unwrap());
    for args in [
        // The embedded Manche directory, and the public bundle: the public's view only.
        &["leaflet", "--pro", GRANVILLE, "-o", file_s][..],
        &["leaflet", "--pro", "--all", "-o", dir_s][..],
        &[
            "leaflet",
            "--pro",
            GRANVILLE,
            "-o",
            file_s,
            "--directory",
            "data/manche.maillage",
        ][..],
    ] {
        let o = maillage_with_passphrase(args, Some(PASSPHRASE));
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", output_text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("manche.pro.maillage")
                && err.contains("MAILLAGE_PASSPHRASE")
                && err.contains("data/manche"),
            "{args:?}: {err}"
        );
        assert!(stdout(&o).is_empty(), "{args:?}");
        assert!(!file.exists() && !dir.exists(), "{args:?}");
    }
    let o = maillage(&["leaflet", "--pro", GRANVILLE]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("l'annuaire de la Manche inclus est le public")
    );
    let o = maillage(&[
        "leaflet",
        "--pro",
        GRANVILLE,
        "--directory",
        "data/manche.maillage",
    ]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("n'est pas un paquet professionnel"));
}

#[test]
fn the_professional_bundle_gives_the_professional_leaflet_with_its_passphrase_only() {
    let tmp = tempfile::tempdir().unwrap();
    let public = tmp.path().join("manche.maillage");
    let bundle = tmp.path().join("manche.pro.maillage");
    let bundle_s = bundle.to_str().unwrap();
    let o = maillage_with_passphrase(
        &[
            "build",
            "data/manche",
            "-o",
            public.to_str().unwrap(),
            "--pro-out",
            bundle_s,
        ],
        Some(PASSPHRASE),
    );
    assert!(o.status.success(), "{}", output_text(&o));

    let leaflet = |pass| {
        maillage_with_passphrase(
            &["leaflet", "--pro", GRANVILLE, "--directory", bundle_s],
            pass,
        )
    };
    let o = leaflet(Some(PASSPHRASE));
    assert!(o.status.success(), "{}", output_text(&o));
    assert!(stdout(&o).contains(PRO_SECRET) && stdout(&o).contains(NOTICE));
    // The same as from the folder it was built from.
    let from_folder = stdout(&run_ok(&[
        "leaflet",
        "--pro",
        GRANVILLE,
        "--directory",
        "data/manche",
    ]));
    assert_eq!(stdout(&o), from_folder);

    // A wrong passphrase, or none, is a clear error and prints nothing.
    let o = leaflet(Some("tulipe marée granit boussolE"));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        output_text(&o).contains("wrong passphrase"),
        "{}",
        output_text(&o)
    );
    assert!(stdout(&o).is_empty());
    let o = leaflet(None);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        output_text(&o).contains("MAILLAGE_PASSPHRASE"),
        "{}",
        output_text(&o)
    );
    assert!(stdout(&o).is_empty());

    // Without --pro, the professional bundle gives the public leaflet.
    let o = maillage_with_passphrase(
        &["leaflet", GRANVILLE, "--directory", bundle_s],
        Some(PASSPHRASE),
    );
    assert!(o.status.success(), "{}", output_text(&o));
    assert!(!stdout(&o).contains(PRO_SECRET) && !stdout(&o).contains(NOTICE));
}
