//! `cargo xtask test`: the README's test command — format, lints, unused dependencies, every
//! Rust test (unit, integration, doc), the standalone check, the opening-hours cross-check
//! against the reference JavaScript library, then the widget: `cargo xtask dist`, the bindings
//! in Node and the browser tests in a real headless Chromium.
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
//! Installs what it needs when missing (npm packages from the lock files, Debian's Chromium,
//! cargo-machete, cargo-deny, the wasm toolchain through `dist`) and skips nothing silently: each step
//! prints what it runs, and the first failure stops the run with a non-zero exit.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

#[derive(clap::Args)]
pub struct Args {
    /// Skip `cargo fmt --check`, clippy and cargo-machete (for a quick local loop; CI never
    /// skips them).
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
        ensure_deny(&cargo)?;
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
    step(
        "tests (unit, integration, doc)",
        Command::new(&cargo)
            .current_dir(&root)
            .args(["test", "--workspace", "--locked"]),
    )?;
    standalone(&cargo, &root)?;
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
        "widget tests (bindings in Node, browser in headless Chromium)",
        Command::new("node").current_dir(root.join("wasm")).args([
            "--test",
            "--test-concurrency=1",
            "tests/bindings.test.mjs",
            "tests/browser.test.mjs",
        ]),
    )?;
    eprintln!("xtask test: all steps passed");
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
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => std::path::absolute(dir)?,
        None => root.join("target"),
    };
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
