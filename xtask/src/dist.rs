//! `cargo xtask dist`: the widget, ready for partners, in `target/dist/`.
//!
//! Chooses the wasm32 toolchain by itself — rustup's `wasm32-unknown-unknown` target where it
//! is installed, else Debian's `rustc-web` with its standard-library sources and `-Zbuild-std`
//! (the route that works on machines whose rustup cannot download targets) — and installs
//! what is missing: the Debian packages, `wasm-bindgen-cli` at exactly the version in
//! Cargo.lock (into a cache outside the work tree, so clean clones reuse it), and binaryen's
//! `wasm-opt` from npm. Prints raw and gzipped sizes.
//!
//! Two WebAssembly modules: `maillage_core` (the public widget) and `maillage_pro` (the same
//! with the feature `pro`: `Finder.openProfessional`, Argon2id and XChaCha20-Poly1305), which
//! the widget imports only in professional mode, so the public widget carries no cryptography.
//!
//! Writes `target/dist/integrity.json`: the Subresource Integrity hash (`sha384-…`, base64 of
//! SHA-384) of every file it ships, for the `integrity` attribute of partners' script tags
//! (see PARTNERS.md).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

#[derive(clap::Args)]
pub struct Args {}

/// The Debian packages of the fallback toolchain.
const DEBIAN_TOOLCHAIN: &[&str] = &["rustc-web", "cargo-web", "rust-web-src", "lld-22"];

/// Where tools live between clean clones: `$MAILLAGE_CACHE`, else `~/.cache/maillage`.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("MAILLAGE_CACHE") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))
        .unwrap_or_else(|| crate::root().join("target/cache"));
    base.join("maillage")
}

/// The WebAssembly features rustc uses by default, which wasm-opt must be told it may keep.
const WASM_FEATURES: &[&str] = &[
    "--enable-reference-types",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
];

/// The two modules: (name, cargo features).
const MODULES: [(&str, &str); 2] = [("maillage_core", ""), ("maillage_pro", "pro")];

pub fn run(_args: Args) -> Result<()> {
    let root = crate::root();
    let bindgen = ensure_wasm_bindgen(&root)?;
    ensure_npm(&root.join("wasm"))?;
    let out = root.join("target/wasm-bindgen");
    for (name, features) in MODULES {
        let wasm = build_wasm(&root, "maillage-wasm", features)?;
        run_step(
            &format!("wasm-bindgen ({name})"),
            Command::new(&bindgen)
                .args(["--target", "web", "--out-name", name, "--out-dir"])
                .arg(&out)
                .arg(&wasm),
        )?;
    }
    let dist = root.join("target/dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).context("cleaning target/dist")?;
    }
    std::fs::create_dir_all(&dist)?;
    for (name, _) in MODULES {
        let wasm = format!("{name}_bg.wasm");
        run_step(
            &format!("wasm-opt -Oz ({name})"),
            Command::new(root.join("wasm/node_modules/.bin/wasm-opt"))
                .args([
                    "-Oz",
                    // Optimize until nothing shrinks, and drop the producers and target
                    // features sections (metadata for linkers, read by no browser): 1.6 KB
                    // gzipped, which the 150 KB budget needs.
                    "--converge",
                    "--strip-producers",
                    "--strip-target-features",
                ])
                .args(WASM_FEATURES)
                .arg(out.join(&wasm))
                .arg("-o")
                .arg(dist.join(&wasm)),
        )?;
    }
    // The widget's script is one file: its modules, Fluent (@fluent/bundle) and the French and
    // English catalogs bundled by esbuild (pinned in wasm/package.json), so that the emergency
    // numbers wait for no second request. The engine's glue stays apart (loaded on demand).
    let widget = out.join("maillage.bundle.js");
    let catalog = |tag: &str| -> Result<String> {
        let path = root.join(format!("i18n/{tag}.ftl"));
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        // Comments and blank lines are for translators: left out of the script.
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        Ok(serde_json::to_string(&(lines.join("\n") + "\n"))?)
    };
    run_step(
        "esbuild maillage.js",
        Command::new(root.join("wasm/node_modules/.bin/esbuild"))
            .arg(root.join("wasm/widget/maillage.js"))
            .args([
                "--bundle",
                "--format=esm",
                "--target=es2020",
                "--legal-comments=inline",
                "--log-level=warning",
            ])
            .arg(format!("--define:MAILLAGE_CATALOG_FR={}", catalog("fr")?))
            .arg(format!("--define:MAILLAGE_CATALOG_EN={}", catalog("en")?))
            .arg(format!("--outfile={}", widget.display())),
    )?;
    // The scripts minified (terser, pinned in wasm/package.json): the widget's budget is
    // counted gzipped over JS and wasm together. Names kept readable at the module's edges
    // (terser only renames locals in modules), so the exports and the element stay the same.
    for (from, to) in [
        (out.join("maillage_core.js"), "maillage_core.js"),
        (out.join("maillage_pro.js"), "maillage_pro.js"),
        (widget, "maillage.js"),
    ] {
        run_step(
            &format!("terser {to}"),
            Command::new(root.join("wasm/node_modules/.bin/terser"))
                .arg(&from)
                .args([
                    "--module",
                    "--compress",
                    "--mangle",
                    "--ecma",
                    "2020",
                    "--output",
                ])
                .arg(dist.join(to)),
        )?;
    }
    for (from, to) in [
        (out.join("maillage_core.d.ts"), "maillage_core.d.ts"),
        (out.join("maillage_pro.d.ts"), "maillage_pro.d.ts"),
        (root.join("wasm/widget/maillage.d.ts"), "maillage.d.ts"),
        (root.join("wasm/widget/PARTNERS.md"), "README.md"),
        // The threat model, linked from the widget's "browsing safely" text.
        (root.join("SECURITY.md"), "SECURITY.md"),
        // Where each language comes from and whether it was reviewed (linked from README.md).
        (root.join("TRANSLATIONS.md"), "TRANSLATIONS.md"),
        (root.join("data/manche.maillage"), "manche.maillage"),
    ] {
        std::fs::copy(&from, dist.join(to))
            .with_context(|| format!("copying {}", from.display()))?;
    }
    // The Manche directory's translations, beside its bundle (`manche.ar.json`…).
    copy_files(&root.join("data"), &dist, |name| {
        name.starts_with("manche.") && name.ends_with(".json")
    })?;
    // The other languages' catalogs, fetched by the widget when a reader picks one.
    let i18n = dist.join("i18n");
    std::fs::create_dir_all(&i18n)?;
    copy_files(&root.join("i18n"), &i18n, |name| {
        name.ends_with(".ftl") && name != "fr.ftl" && name != "en.ftl"
    })?;
    for licence in ["LICENSE-MIT", "LICENSE-APACHE"] {
        std::fs::copy(root.join(licence), dist.join(licence))
            .with_context(|| format!("copying {licence}"))?;
    }
    std::fs::write(dist.join("package.json"), npm_manifest())?;
    studio(&root, &bindgen, &out, &dist.join("studio"))?;
    let manifest = integrity(&dist)?;
    std::fs::write(
        dist.join(INTEGRITY),
        serde_json::to_string_pretty(&manifest)? + "\n",
    )
    .context("writing target/dist/integrity.json")?;
    print_sizes(&dist)?;
    Ok(())
}

/// Copies the files of `from` (not its folders) whose name `wanted` accepts into `to`.
fn copy_files(from: &Path, to: &Path, wanted: impl Fn(&str) -> bool) -> Result<()> {
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_file() && wanted(name) {
            std::fs::copy(&path, to.join(name))
                .with_context(|| format!("copying {}", path.display()))?;
        }
    }
    Ok(())
}

/// The npm package's manifest: `target/dist` is both the folder partners copy and a package
/// (`npm pack` in it; `npm install ./maillage-widget-VERSION.tgz`). Two entry points: the
/// element (`maillage-widget`, registers `<maillage-finder>` where there is a DOM) and the typed
/// engine (`maillage-widget/finder`, the `Finder` API); the wasm and the Manche bundle are
/// exported as files for callers that load them themselves (Node, bundlers).
fn npm_manifest() -> String {
    let manifest = serde_json::json!({
        "name": "maillage-widget",
        "version": env!("CARGO_PKG_VERSION"),
        "description": "<maillage-finder>: find help nearby and the next steps out of domestic, sexual and gender-based violence, in the browser (Rust compiled to WebAssembly). No request but its own files, no cookie, no storage.",
        "license": "MIT OR Apache-2.0",
        "type": "module",
        "main": "./maillage.js",
        "types": "./maillage.d.ts",
        "exports": {
            ".": { "types": "./maillage.d.ts", "default": "./maillage.js" },
            "./finder": { "types": "./maillage_core.d.ts", "default": "./maillage_core.js" },
            "./pro": { "types": "./maillage_pro.d.ts", "default": "./maillage_pro.js" },
            "./maillage_core_bg.wasm": "./maillage_core_bg.wasm",
            "./maillage_pro_bg.wasm": "./maillage_pro_bg.wasm",
            "./integrity.json": "./integrity.json",
            "./manche.maillage": "./manche.maillage",
            "./manche.*.json": "./manche.*.json",
            "./i18n/*": "./i18n/*",
            "./package.json": "./package.json"
        },
        "sideEffects": ["./maillage.js"],
        "files": [
            "maillage.js",
            "i18n",
            "maillage.d.ts",
            "maillage_core.js",
            "maillage_core.d.ts",
            "maillage_core_bg.wasm",
            "maillage_pro.js",
            "maillage_pro.d.ts",
            "maillage_pro_bg.wasm",
            "integrity.json",
            "manche.maillage",
            "manche.*.json",
            "README.md",
            "SECURITY.md",
            "TRANSLATIONS.md",
            "LICENSE-MIT",
            "LICENSE-APACHE"
        ],
        "keywords": ["violence", "help", "directory", "web-component", "webassembly", "france"]
    });
    let mut text = serde_json::to_string_pretty(&manifest).expect("a JSON value");
    text.push('\n');
    text
}

/// The integrity manifest's file name in `target/dist`.
pub const INTEGRITY: &str = "integrity.json";

use maillage_publish::sri;

/// `{"algorithm": "sha384", "files": {name: "sha384-…"}}` for every file of `dir` and its
/// folders (`studio/index.html`: the path from `dir`, with `/`) but the manifest itself,
/// sorted by name.
pub fn integrity(dir: &Path) -> Result<serde_json::Value> {
    let mut files = serde_json::Map::new();
    hash_files(dir, "", &mut files)?;
    Ok(serde_json::json!({ "algorithm": "sha384", "files": files }))
}

fn hash_files(
    dir: &Path,
    prefix: &str,
    files: &mut serde_json::Map<String, serde_json::Value>,
) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        if e.path().is_dir() {
            hash_files(&e.path(), &format!("{name}/"), files)?;
            continue;
        }
        if name == INTEGRITY || !e.path().is_file() {
            continue;
        }
        let bytes = std::fs::read(e.path()).with_context(|| format!("reading {name}"))?;
        files.insert(name, serde_json::Value::String(sri(&bytes)));
    }
    Ok(())
}

/// The coordinator's studio in `dist/studio/`: its own WebAssembly module (crate
/// `maillage-studio`: checks, bundles, exports, leaflets, coverage; the widget's modules and
/// budget are untouched) and its page (`studio/web/`). The page shows the widget from `../`,
/// so the folder works wherever `target/dist` is hosted, as plain files.
fn studio(root: &Path, bindgen: &Path, out: &Path, dir: &Path) -> Result<()> {
    let wasm = build_wasm(root, "maillage-studio", "")?;
    run_step(
        "wasm-bindgen (maillage_studio)",
        Command::new(bindgen)
            .args([
                "--target",
                "web",
                "--out-name",
                "maillage_studio",
                "--out-dir",
            ])
            .arg(out)
            .arg(&wasm),
    )?;
    std::fs::create_dir_all(dir)?;
    run_step(
        "wasm-opt -O2 (maillage_studio)",
        Command::new(root.join("wasm/node_modules/.bin/wasm-opt"))
            .args([
                // For speed rather than size: the studio is no partner's page, and the
                // professional bundle's key derivation runs in it.
                "-O2",
                "--strip-producers",
                "--strip-target-features",
            ])
            .args(WASM_FEATURES)
            .arg(out.join("maillage_studio_bg.wasm"))
            .arg("-o")
            .arg(dir.join("maillage_studio_bg.wasm")),
    )?;
    std::fs::copy(
        out.join("maillage_studio.js"),
        dir.join("maillage_studio.js"),
    )
    .context("copying maillage_studio.js")?;
    let web = root.join("studio/web");
    for entry in std::fs::read_dir(&web).with_context(|| format!("listing {}", web.display()))? {
        let entry = entry?;
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name()))
                .with_context(|| format!("copying {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Builds a wasm crate (`maillage-wasm`, `maillage-studio`) with `features`; returns the path
/// of a copy of the `.wasm` named after them (the next build overwrites cargo's own).
fn build_wasm(root: &Path, package: &str, features: &str) -> Result<PathBuf> {
    let target_dir = root.join("target/wasm");
    let stem = package.replace('-', "_");
    let artefact = target_dir.join(format!("wasm32-unknown-unknown/wasm/{stem}.wasm"));
    let mut base = vec![
        "build",
        "--quiet",
        "--locked",
        "--profile",
        "wasm",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        package,
    ];
    if !features.is_empty() {
        base.extend(["--features", features]);
    }
    if rustup_has_wasm_target() {
        eprintln!("xtask dist: toolchain: rustup's wasm32-unknown-unknown target");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        run_step(
            "cargo build (wasm32)",
            Command::new(cargo)
                .current_dir(root)
                .args(&base)
                .arg("--target-dir")
                .arg(&target_dir),
        )?;
    } else {
        eprintln!("xtask dist: toolchain: Debian rustc-web with -Zbuild-std (no rustup wasm32 target here)");
        ensure_debian_packages(DEBIAN_TOOLCHAIN)?;
        run_step(
            "cargo build (wasm32, build-std)",
            Command::new("/usr/bin/cargo")
                .current_dir(root)
                .env("RUSTC", "/usr/bin/rustc")
                .env("RUSTC_BOOTSTRAP", "1")
                // Rebuilding std lets panics abort at once, with no message formatting or
                // source locations compiled in: 11 KB less gzipped (143.7 → 132.6 KB), which
                // keeps JS + wasm within the 150 KB budget. A panic was already fatal in the
                // widget (wasm traps; the widget shows the national numbers), so nothing that
                // a reader sees changes.
                .env(
                    "RUSTFLAGS",
                    "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none",
                )
                .env_remove("RUSTUP_TOOLCHAIN")
                .env_remove("CARGO")
                .args(&base)
                .args(["-Zbuild-std=std,panic_abort", "--target-dir"])
                .arg(&target_dir),
        )?;
    }
    let copy = target_dir.join(format!(
        "{stem}{}.wasm",
        if features.is_empty() { "" } else { "_pro" }
    ));
    std::fs::copy(&artefact, &copy).with_context(|| format!("copying {}", artefact.display()))?;
    Ok(copy)
}

fn rustup_has_wasm_target() -> bool {
    Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == "wasm32-unknown-unknown")
        })
}

/// Installs Debian packages that are missing (as root, with apt-get).
pub fn ensure_debian_packages(packages: &[&str]) -> Result<()> {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| {
            !Command::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("xtask: installing Debian packages: {}", missing.join(" "));
    run_step(
        "apt-get update",
        Command::new("apt-get").args(["update", "-qq"]),
    )?;
    run_step(
        "apt-get install",
        Command::new("apt-get")
            .env("DEBIAN_FRONTEND", "noninteractive")
            .args(["install", "-y", "-qq"])
            .args(&missing),
    )
}

/// The wasm-bindgen version pinned in Cargo.lock.
fn locked_wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    bail!("wasm-bindgen is not in Cargo.lock")
}

/// `wasm-bindgen` at exactly the locked version, installed into the cache when missing.
fn ensure_wasm_bindgen(root: &Path) -> Result<PathBuf> {
    let version = locked_wasm_bindgen_version(root)?;
    let tools = cache_dir().join(format!("wasm-bindgen-{version}"));
    let exe = tools.join("bin/wasm-bindgen");
    let ok = Command::new(&exe).arg("--version").output().is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout).trim() == format!("wasm-bindgen {version}")
    });
    if !ok {
        eprintln!("xtask dist: installing wasm-bindgen-cli {version} (once; several minutes)");
        // Without --locked: the CLI's own lock file pins a yanked dependency.
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        run_step(
            "cargo install wasm-bindgen-cli",
            Command::new(cargo)
                .args(["install", "--quiet", "wasm-bindgen-cli", "--version"])
                .arg(format!("={version}"))
                .arg("--root")
                .arg(&tools),
        )?;
    }
    Ok(exe)
}

/// `npm ci` in a folder when its node_modules are missing or older than its lock file.
pub fn ensure_npm(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let marker = dir.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&marker)) {
        (Ok(l), Ok(m)) => m.modified()? >= l.modified()?,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run_step(
        &format!("npm ci in {}", dir.display()),
        Command::new("npm").current_dir(dir).args([
            "ci",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ]),
    )
}

fn print_sizes(dist: &Path) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dist)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    let mut widget = (0, 0);
    let mut pro = (0, 0);
    println!("target/dist:");
    for e in entries {
        if !e.path().is_file() {
            continue;
        }
        let bytes = std::fs::read(e.path())?;
        let gz = gzipped_len(&bytes)?;
        let name = e.file_name().to_string_lossy().into_owned();
        println!("  {name:<24} {:>9} bytes  {:>8} gzipped", bytes.len(), gz);
        if matches!(
            name.as_str(),
            "maillage.js" | "maillage_core.js" | "maillage_core_bg.wasm"
        ) {
            widget.0 += bytes.len();
            widget.1 += gz;
        }
        if matches!(
            name.as_str(),
            "maillage.js" | "maillage_pro.js" | "maillage_pro_bg.wasm"
        ) {
            pro.0 += bytes.len();
            pro.1 += gz;
        }
    }
    println!(
        "  widget (JS + wasm)       {:>9} bytes  {:>8} gzipped = {:.1} KiB (budget 150 KiB; the bench, node wasm/bench/widget.mjs, measures it with gzip -9)",
        widget.0,
        widget.1,
        widget.1 as f64 / 1024.0
    );
    println!(
        "  professional mode        {:>9} bytes  {:>8} gzipped (maillage.js + maillage_pro*, fetched only in professional mode)",
        pro.0, pro.1
    );
    let studio: usize = ["maillage_studio.js", "maillage_studio_bg.wasm"]
        .iter()
        .filter_map(|f| std::fs::read(dist.join("studio").join(f)).ok())
        .map(|b| gzipped_len(&b))
        .sum::<Result<usize>>()?;
    println!(
        "  studio/ (its own module)  {:>17} gzipped (the coordinator's page; not in the widget's budget)",
        studio
    );
    Ok(())
}

pub fn gzipped_len(bytes: &[u8]) -> Result<usize> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes)?;
    Ok(gz.finish()?.len())
}

/// Runs a command, failing with its name when it fails.
pub fn run_step(name: &str, cmd: &mut Command) -> Result<()> {
    let status = cmd.status().with_context(|| format!("starting {name}"))?;
    if !status.success() {
        bail!("{name} failed ({status})");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_hashes_the_studio_folder_too() {
        let dir = std::env::temp_dir().join(format!("maillage-sri-dir-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("studio")).unwrap();
        std::fs::write(dir.join("maillage.js"), "a").unwrap();
        std::fs::write(dir.join("studio/index.html"), "b").unwrap();
        let m = integrity(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<&String> = m["files"].as_object().unwrap().keys().collect();
        assert_eq!(names, ["maillage.js", "studio/index.html"]);
    }

    #[test]
    fn the_manifest_hashes_every_file_but_itself() {
        let dir = std::env::temp_dir().join(format!("maillage-sri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("maillage.js"), "alert('Hello, world.');").unwrap();
        std::fs::write(dir.join("manche.maillage"), b"MAILLAGE").unwrap();
        std::fs::write(dir.join(INTEGRITY), "{}").unwrap();
        let m = integrity(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(m["algorithm"], "sha384");
        let files = m["files"].as_object().unwrap();
        assert_eq!(files.len(), 2);
        assert_eq!(
            files["maillage.js"],
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
        assert!(files["manche.maillage"]
            .as_str()
            .unwrap()
            .starts_with("sha384-"));
    }
}
