//! `cargo xtask test`: the README's test command — format, lints, unused dependencies, the
//! documentation with warnings denied, `cargo publish --dry-run` of the core crate, every
//! Rust test (unit, integration, doc), the standalone check, the Rust examples run as their
//! documentation says, the opening-hours cross-check against the reference JavaScript library,
//! then the widget: `cargo xtask dist`, the bindings in Node and the browser tests in a real
//! headless Chromium, and the coordinator's studio in the same browser.
//!
//! - Supply chain: `cargo deny check licenses bans sources` (pinned to [`DENY`], installed with
//!   `cargo install --locked` when missing), offline, with the rules of `deny.toml`: permissive
//!   licences only, crates.io only, duplicate versions reported. The advisory database is left
//!   out: it is fetched from the network.
//! - Unused dependencies: `cargo machete` (pinned to [`MACHETE`], installed with `cargo install
//!   --locked` when missing) fails the run on a dependency no code uses.
//! - Standalone: the committed HEAD is cloned (`git clone --no-local`) into an empty temporary
//!   folder, and the schema tests (the ones reading data files) run there. A test that reads
//!   something from beside the checkout (as `../shared` once was) fails in the clone, because
//!   a stranger's clone has nothing beside it. The clone builds into the main checkout's
//!   target folder, reusing its dependencies, with the workspace's own crates built under
//!   another profile setting (so under other file names: the clone's build of HEAD can never
//!   pass for the checkout's). The clone is removed afterwards. Uncommitted changes are not
//!   in it: commit first to check them.
//!
//! - Territories: `cargo xtask data 50 --check` rebuilds the Manche's territories from the
//!   pinned open data and fails if data/manche differs from them by a byte. It runs in
//!   `--quick` too (a few seconds once the inputs are cached).
//!
//! - Fuzzing: when a nightly toolchain and cargo-fuzz are both present, every fuzz target runs
//!   for [`FUZZ_SECONDS`] on its seeds and corpus (the code of `cargo xtask fuzz`, which runs
//!   them longer); a crash fails the run and names the saved input. Otherwise the step prints
//!   that it is skipped and how to enable it: it installs neither (a nightly toolchain and a
//!   sanitizer build are too much for every fresh machine). Skipped in `--quick`.
//!
//! Installs what it needs when missing (npm packages from the lock files, Debian's Chromium,
//! cargo-machete, cargo-deny, the wasm toolchain through `dist`) and skips nothing silently:
//! each step prints what it runs, and the first failure stops the run with a non-zero exit.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

#[derive(clap::Args)]
pub struct Args {
    /// Skip `cargo fmt --check`, clippy, cargo-machete, the documentation, the packaging check
    /// and the bounded fuzzing (for a quick local loop; CI never skips them).
    #[arg(long)]
    pub quick: bool,
}

pub fn run(args: Args) -> Result<()> {
    let root = crate::root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    if !args.quick {
        ensure_component(&cargo, "fmt", "rustfmt")?;
        ensure_component(&cargo, "clippy", "clippy")?;
        step(
            "format",
            Command::new(&cargo)
                .current_dir(&root)
                .args(["fmt", "--all", "--check"]),
        )?;
        step(
            "lints",
            Command::new(&cargo).current_dir(&root).args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--",
                "-D",
                "warnings",
            ]),
        )?;
        ensure_machete(&cargo)?;
        step("unused dependencies", machete(&cargo).current_dir(&root))?;
        // The libraries' documentation, as docs.rs would build it: a broken or private link,
        // a bare URL or an ambiguous name fails the run.
        step(
            "documentation",
            Command::new(&cargo)
                .current_dir(&root)
                .env("RUSTDOCFLAGS", "-D warnings")
                .args(["doc", "--workspace", "--no-deps", "--lib", "--locked"]),
        )?;
        // The core crate as crates.io would receive it: packaged alone (with the bundle its
        // doc tests read) and built from the package.
        step(
            "publishable core crate",
            Command::new(&cargo).current_dir(&root).args([
                "publish",
                "--dry-run",
                "--locked",
                "--allow-dirty",
                "--package",
                "maillage",
            ]),
        )?;
        ensure_deny(&cargo)?;
        // cargo-deny reads the metadata of every platform's crates (windows-sys…), which a
        // Linux build never downloads: fetched first (from the lock file; nothing when cached).
        step(
            "every locked crate, all platforms (for the offline supply-chain check)",
            Command::new(&cargo)
                .current_dir(&root)
                .args(["fetch", "--locked"]),
        )?;
        step(
            "supply chain (cargo deny: licences, bans, sources; offline)",
            Command::new(&cargo).current_dir(&root).args([
                "deny",
                "--offline",
                "check",
                "licenses",
                "bans",
                "sources",
            ]),
        )?;
    }
    crate::dist::ensure_npm(&root.join("tests/hours-crosscheck"))?;
    // Leaflets are printed to PDF by Chromium in the Rust tests; the widget tests drive it too.
    crate::dist::ensure_debian_packages(&["chromium"])?;
    // Before the Rust tests: it fills the download cache that their sample of départements
    // (xtask's `sample_of_departements_builds`) needs. Warm, a few seconds; cold, the pinned
    // packages are fetched with pip and npm first (installed from Debian when missing).
    eprintln!("xtask test: the Manche territories are what the pipeline produces: cargo xtask data 50 --check");
    crate::data::run(crate::data::Args {
        departement: "50".into(),
        out: None,
        cache: None,
        check: true,
    })
    .context("cargo xtask data 50 --check")?;
    step(
        "tests (unit, integration, doc)",
        Command::new(&cargo)
            .current_dir(&root)
            .args(["test", "--workspace", "--locked"]),
    )?;
    standalone(&cargo, &root)?;
    examples(&cargo, &root)?;
    if args.quick {
        eprintln!("xtask test: fuzz targets skipped in --quick (`cargo xtask fuzz` runs them)");
    } else {
        fuzz_bounded(&root)?;
    }
    eprintln!("xtask test: the widget");
    crate::dist::run(crate::dist::Args {})?;
    std::fs::create_dir_all(root.join("target/fixtures"))?;
    step(
        "hostile bundle for the browser tests",
        Command::new(&cargo).current_dir(&root).args([
            "run",
            "--quiet",
            "--locked",
            "--package",
            "maillage-wasm",
            "--example",
            "hostile_bundle",
            "--",
            "target/fixtures/hostile.maillage",
        ]),
    )?;
    step(
        "professional bundle for the Node tests (test passphrase)",
        Command::new(&cargo)
            .current_dir(&root)
            .env("MAILLAGE_PASSPHRASE", TEST_PASSPHRASE)
            .args([
                "run",
                "--quiet",
                "--locked",
                "--package",
                "maillage-cli",
                "--",
                "build",
                "data/manche",
                "-o",
                "target/fixtures/manche.maillage",
                "--pro-out",
                "target/fixtures/manche.pro.maillage",
            ]),
    )?;
    step(
        "widget tests (bindings and catalogs in Node, browser and languages in headless Chromium)",
        Command::new("node").current_dir(root.join("wasm")).args([
            "--test",
            "--test-concurrency=1",
            "tests/bindings.test.mjs",
            "tests/package.test.mjs",
            "tests/catalogs.test.mjs",
            "tests/browser.test.mjs",
            "tests/languages.test.mjs",
        ]),
    )?;
    // The coordinator's studio (target/dist/studio), on the same server and browser: a
    // spreadsheet with errors, corrected, then the bundle compared with `maillage build`'s.
    step(
        "studio tests (headless Chromium)",
        Command::new("node").current_dir(&root).args([
            "--test",
            "--test-concurrency=1",
            "studio/tests/browser.test.mjs",
        ]),
    )?;
    eprintln!("xtask test: all steps passed");
    Ok(())
}

/// Seconds per fuzz target in the test command (`cargo xtask fuzz` gives each 20 by default).
const FUZZ_SECONDS: u32 = 5;

/// Every fuzz target for [`FUZZ_SECONDS`] when a nightly toolchain and cargo-fuzz are present;
/// otherwise a notice that the step is skipped and how to enable it.
fn fuzz_bounded(root: &Path) -> Result<()> {
    if let Some(missing) = crate::fuzz::missing_tools() {
        eprintln!(
            "xtask test: fuzz targets SKIPPED: {missing}. To run them here, {}; \
             `cargo xtask fuzz` runs them longer.",
            crate::fuzz::HOW_TO_ENABLE
        );
        return Ok(());
    }
    eprintln!(
        "xtask test: fuzz targets, {FUZZ_SECONDS} s each (nightly and cargo-fuzz are present)"
    );
    let outcomes = crate::fuzz::run_targets(root, FUZZ_SECONDS)?;
    for outcome in &outcomes {
        eprintln!("xtask test: fuzz {outcome}");
    }
    Ok(())
}

/// The passphrase of the test fixture `target/fixtures/manche.pro.maillage` (the sample
/// directory; wasm/tests/bindings.test.mjs opens it). Never the passphrase of a real one.
const TEST_PASSPHRASE: &str = "tulipe marée granit boussole";

/// The cargo-deny release the supply-chain step runs.
const DENY: &str = "0.20.2";

/// Installs cargo-deny [`DENY`] (into cargo's bin folder) unless that version is there.
fn ensure_deny(cargo: &str) -> Result<()> {
    let present = Command::new(cargo)
        .args(["deny", "--version"])
        .output()
        .is_ok_and(|o| {
            o.status.success()
                && String::from_utf8_lossy(&o.stdout).trim() == format!("cargo-deny {DENY}")
        });
    if present {
        return Ok(());
    }
    step(
        &format!("install cargo-deny {DENY}"),
        Command::new(cargo).args(["install", "--locked", "cargo-deny", "--version", DENY]),
    )
}

/// The cargo-machete release the unused-dependency step runs.
const MACHETE: &str = "0.9.2";

/// Installs cargo-machete [`MACHETE`] (into cargo's bin folder) unless that version is there.
fn ensure_machete(cargo: &str) -> Result<()> {
    let present = machete(cargo)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == MACHETE);
    if present {
        return Ok(());
    }
    step(
        &format!("install cargo-machete {MACHETE}"),
        Command::new(cargo).args(["install", "--locked", "cargo-machete", "--version", MACHETE]),
    )
}

/// `cargo machete`. It tells `cargo machete` from a direct `cargo-machete` by the absence of
/// `CARGO_PKG_NAME`, which `cargo run` sets for us (xtask): without this, it would take its own
/// name for the folder to analyse.
fn machete(cargo: &str) -> Command {
    let mut cmd = Command::new(cargo);
    cmd.arg("machete").env_remove("CARGO_PKG_NAME");
    cmd
}

/// The schema tests in a fresh clone of the committed HEAD: proves the project needs nothing
/// beside its checkout (see the module documentation).
fn standalone(cargo: &str, root: &Path) -> Result<()> {
    // The main checkout's build folder (made absolute: the clone builds from another
    // directory), so the dependencies are not built again. The workspace's crates would get
    // the same file names as the checkout's, and cargo, seeing them built after the
    // checkout's sources were last changed, would then take the clone's build (of HEAD,
    // without uncommitted changes) as up to date for the checkout: a profile setting that
    // only the clone uses gives them other names (cargo hashes the profile into them).
    let target = target_dir(root)?;
    let tmp = std::env::temp_dir().join(format!("maillage-standalone-{}", std::process::id()));
    std::fs::create_dir(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let clone = tmp.join("maillage");
    let result = step(
        "standalone: clone of the committed HEAD",
        Command::new("git")
            .args(["clone", "--quiet", "--no-local"])
            .arg(root)
            .arg(&clone),
    )
    .and_then(|()| {
        step(
            "standalone: schema tests in the clone",
            Command::new(cargo)
                .current_dir(&clone)
                .env("CARGO_TARGET_DIR", &target)
                .args([
                    "test",
                    "--locked",
                    "--config",
                    "profile.dev.package.maillage.debug-assertions=false",
                    "--config",
                    "profile.dev.package.maillage-interop.debug-assertions=false",
                    "-p",
                    "maillage-interop",
                    "--test",
                    "schemas",
                ]),
        )
    });
    let cleanup =
        std::fs::remove_dir_all(&tmp).with_context(|| format!("removing {}", tmp.display()));
    result.and(cleanup)
}

/// Builds and runs every Rust example of `examples/` the way its documentation says, checking
/// what a developer would see: the nearest help and the steps, the referral table, a bundle
/// built from the spreadsheet template, and the HTTP service answering its three routes.
fn examples(cargo: &str, root: &Path) -> Result<()> {
    let run = |name: &str, args: &[&str], expect: &str| -> Result<()> {
        eprintln!("xtask test: example {name} {}", args.join(" "));
        let out = Command::new(cargo)
            .current_dir(root)
            .args(["run", "--quiet", "--locked", "--example", name, "--"])
            .args(args)
            .output()
            .with_context(|| format!("running the example {name}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || !stdout.contains(expect) {
            bail!(
                "example {name}: {} (expected `{expect}` in its output)\n{stdout}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    };
    step(
        "build the Rust examples",
        Command::new(cargo).current_dir(root).args([
            "build",
            "--quiet",
            "--locked",
            "-p",
            "maillage-examples",
            "--examples",
        ]),
    )?;
    run(
        "nearest",
        &["48.8375,-1.5970", "2026-12-01T22:30"],
        "Next steps:",
    )?;
    run("routes_table", &["epci:200042604"], "| Step")?;
    let sheet_out =
        std::env::temp_dir().join(format!("maillage-example-{}.maillage", std::process::id()));
    let sheet_out_str = sheet_out.to_string_lossy().into_owned();
    let sheet = run(
        "spreadsheet",
        &["examples/templates/services.csv", &sheet_out_str],
        "wrote ",
    );
    let written = std::fs::metadata(&sheet_out).map(|m| m.len());
    let _ = std::fs::remove_file(&sheet_out);
    sheet?;
    if written.unwrap_or(0) == 0 {
        bail!("example spreadsheet: no bundle written at {sheet_out_str}");
    }
    serve_example(root)
}

/// Starts the `serve` example on a free loopback port and asks its three routes.
fn serve_example(root: &Path) -> Result<()> {
    use std::io::{BufRead, BufReader, Read, Write};
    eprintln!("xtask test: example serve 127.0.0.1:0");
    // The built program itself, not `cargo run`: killing cargo would leave the server running.
    let target = target_dir(root)?;
    let mut child = Command::new(target.join("debug/examples/serve"))
        .current_dir(root)
        .arg("127.0.0.1:0")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .context("starting the example serve")?;
    let result = (|| -> Result<()> {
        let mut first = String::new();
        BufReader::new(child.stdout.take().context("serve's output")?).read_line(&mut first)?;
        let addr = first
            .trim()
            .strip_prefix("listening on http://")
            .with_context(|| format!("serve printed `{}`", first.trim()))?
            .to_owned();
        for (path, expect) in [
            (
                "/nearest?lat=48.8375&lon=-1.5970&category=ecoute&limit=3",
                "\"places\"",
            ),
            (
                "/pathway?lat=48.8375&lon=-1.5970&answers=in_danger_now=yes&at=2026-12-01T22:30",
                "\"steps\"",
            ),
            ("/routes?territory=epci:200042604", "\"steps\""),
        ] {
            let mut stream = std::net::TcpStream::connect(&addr)?;
            write!(
                stream,
                "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
            )?;
            let mut response = String::new();
            stream.read_to_string(&mut response)?;
            if !response.starts_with("HTTP/1.1 200") || !response.contains(expect) {
                let head: String = response.chars().take(300).collect();
                bail!("example serve: GET {path} answered\n{head}");
            }
        }
        Ok(())
    })();
    let _ = child.kill();
    let _ = child.wait();
    result
}

/// Cargo's build folder, absolute: `$CARGO_TARGET_DIR` or the checkout's `target/`.
fn target_dir(root: &Path) -> Result<std::path::PathBuf> {
    Ok(match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => std::path::absolute(dir)?,
        None => root.join("target"),
    })
}

/// Checks that a cargo subcommand exists; installs its rustup component otherwise.
fn ensure_component(cargo: &str, sub: &str, component: &str) -> Result<()> {
    let present = Command::new(cargo)
        .args([sub, "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if present {
        return Ok(());
    }
    eprintln!("xtask test: installing the rustup component {component}");
    step(
        &format!("install {component}"),
        Command::new("rustup").args(["component", "add", component]),
    )
}

fn step(name: &str, cmd: &mut Command) -> Result<()> {
    eprintln!("xtask test: {name}: {cmd:?}");
    let status = cmd.status().with_context(|| format!("starting {cmd:?}"))?;
    if !status.success() {
        bail!("{name} failed ({status})");
    }
    Ok(())
}
