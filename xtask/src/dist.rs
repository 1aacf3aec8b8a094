//! `cargo xtask dist`: the widget, ready for partners, in `target/dist/`.
//!
//! Chooses the wasm32 toolchain by itself — rustup's `wasm32-unknown-unknown` target where it
//! is installed, else Debian's `rustc-web` with its standard-library sources and `-Zbuild-std`
//! (the route that works on machines whose rustup cannot download targets) — and installs
//! what is missing: the Debian packages, `wasm-bindgen-cli` at exactly the version in
//! Cargo.lock (into a cache outside the work tree, so clean clones reuse it), and binaryen's
//! `wasm-opt` from npm. Prints raw and gzipped sizes.

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

pub fn run(_args: Args) -> Result<()> {
    let root = crate::root();
    let wasm = build_wasm(&root)?;
    let bindgen = ensure_wasm_bindgen(&root)?;
    ensure_npm(&root.join("wasm"))?;
    let out = root.join("target/wasm-bindgen");
    run_step(
        "wasm-bindgen",
        Command::new(&bindgen)
            .args([
                "--target",
                "web",
                "--out-name",
                "maillage_core",
                "--out-dir",
            ])
            .arg(&out)
            .arg(&wasm),
    )?;
    let dist = root.join("target/dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).context("cleaning target/dist")?;
    }
    std::fs::create_dir_all(&dist)?;
    run_step(
        "wasm-opt -Oz",
        Command::new(root.join("wasm/node_modules/.bin/wasm-opt"))
            .args([
                "-Oz",
                "--enable-reference-types",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-multivalue",
            ])
            .arg(out.join("maillage_core_bg.wasm"))
            .arg("-o")
            .arg(dist.join("maillage_core_bg.wasm")),
    )?;
    // The two scripts minified (terser, pinned in wasm/package.json): the widget's budget is
    // counted gzipped over JS and wasm together. Names kept readable at the module's edges
    // (terser only renames locals in modules), so the exports and the element stay the same.
    for (from, to) in [
        (out.join("maillage_core.js"), "maillage_core.js"),
        (root.join("wasm/widget/maillage.js"), "maillage.js"),
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
        (root.join("wasm/widget/maillage.d.ts"), "maillage.d.ts"),
        (root.join("wasm/widget/PARTNERS.md"), "README.md"),
        (root.join("data/manche.maillage"), "manche.maillage"),
    ] {
        std::fs::copy(&from, dist.join(to))
            .with_context(|| format!("copying {}", from.display()))?;
    }
    for licence in ["LICENSE-MIT", "LICENSE-APACHE"] {
        std::fs::copy(root.join(licence), dist.join(licence))
            .with_context(|| format!("copying {licence}"))?;
    }
    std::fs::write(dist.join("package.json"), npm_manifest())?;
    print_sizes(&dist)?;
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
            "./maillage_core_bg.wasm": "./maillage_core_bg.wasm",
            "./manche.maillage": "./manche.maillage",
            "./package.json": "./package.json"
        },
        "sideEffects": ["./maillage.js"],
        "files": [
            "maillage.js",
            "maillage.d.ts",
            "maillage_core.js",
            "maillage_core.d.ts",
            "maillage_core_bg.wasm",
            "manche.maillage",
            "README.md",
            "LICENSE-MIT",
            "LICENSE-APACHE"
        ],
        "keywords": ["violence", "help", "directory", "web-component", "webassembly", "france"]
    });
    let mut text = serde_json::to_string_pretty(&manifest).expect("a JSON value");
    text.push('\n');
    text
}

/// Builds the wasm crate; returns the path of the `.wasm`.
fn build_wasm(root: &Path) -> Result<PathBuf> {
    let target_dir = root.join("target/wasm");
    let artefact = target_dir.join("wasm32-unknown-unknown/wasm/maillage_wasm.wasm");
    let base = [
        "build",
        "--quiet",
        "--locked",
        "--profile",
        "wasm",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "maillage-wasm",
    ];
    if rustup_has_wasm_target() {
        eprintln!("xtask dist: toolchain: rustup's wasm32-unknown-unknown target");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        run_step(
            "cargo build (wasm32)",
            Command::new(cargo)
                .current_dir(root)
                .args(base)
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
                .args(base)
                .args(["-Zbuild-std=std,panic_abort", "--target-dir"])
                .arg(&target_dir),
        )?;
    }
    Ok(artefact)
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
    println!("target/dist:");
    for e in entries {
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
    }
    println!(
        "  widget (JS + wasm)       {:>9} bytes  {:>8} gzipped (budget 150 KB gzipped)",
        widget.0, widget.1
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
