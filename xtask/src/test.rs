//! `cargo xtask test`: the README's test command — format, lints, every Rust test (unit,
//! integration, doc), the opening-hours cross-check against the reference JavaScript library,
//! then the widget: `cargo xtask dist`, the bindings in Node and the browser tests in a real
//! headless Chromium.
//!
//! Installs what it needs when missing (npm packages from the lock files, Debian's Chromium,
//! the wasm toolchain through `dist`) and skips nothing silently: each step prints what it runs,
//! and the first failure stops the run with a non-zero exit.

use std::process::Command;

use anyhow::{bail, Context, Result};

#[derive(clap::Args)]
pub struct Args {
    /// Skip `cargo fmt --check` and clippy (for a quick local loop; CI never skips them).
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
