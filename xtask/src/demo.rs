//! `cargo xtask demo`: the README's main command — build the Manche bundle and tour it.

use std::process::Command;

use anyhow::{bail, Context, Result};

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Result<()> {
    let root = crate::root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .current_dir(&root)
        .args(["build", "--quiet", "--package", "maillage-cli"])
        .status()
        .context("building maillage-cli")?;
    if !status.success() {
        bail!("building maillage-cli failed");
    }
    let exe = root.join("target/debug/maillage");
    let bundle = root.join("target/manche.maillage");
    let tour: [(&str, Vec<String>); 2] = [
        (
            "Check the Manche directory folder",
            vec!["validate".into(), "data/manche".into()],
        ),
        (
            "Build the bundle the CLI and the widget load",
            vec![
                "build".into(),
                "data/manche".into(),
                "-o".into(),
                bundle.display().to_string(),
            ],
        ),
    ];
    for (what, args) in tour {
        println!("\n== {what}\n$ maillage {}", args.join(" "));
        let status = Command::new(&exe)
            .current_dir(&root)
            .args(&args)
            .status()
            .with_context(|| format!("running maillage {}", args.join(" ")))?;
        if !status.success() {
            bail!("maillage {} failed", args.join(" "));
        }
    }
    Ok(())
}
