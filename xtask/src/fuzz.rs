//! `cargo xtask fuzz`: the bench script that runs every cargo-fuzz target for a bounded time
//! (the importers and the bundle loader; see fuzz/README.md). Needs a nightly toolchain and
//! cargo-fuzz (installed when missing). A crash exits non-zero and leaves its input in
//! `fuzz/artifacts/<target>/`.

use std::process::Command;

use anyhow::Result;

use crate::dist::run_step;

#[derive(clap::Args)]
pub struct Args {
    /// Seconds per target.
    #[arg(long, default_value_t = 20)]
    pub seconds: u32,
}

const TARGETS: &[&str] = &[
    "import_csv",
    "import_hsds",
    "import_data_inclusion",
    "bundle_decode",
];

pub fn run(args: Args) -> Result<()> {
    let root = crate::root();
    let has_fuzz = Command::new("cargo")
        .args(["+nightly", "fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_fuzz {
        run_step(
            "cargo install cargo-fuzz",
            Command::new("cargo").args(["install", "--locked", "cargo-fuzz"]),
        )?;
    }
    for target in TARGETS {
        let corpus = root.join("fuzz/corpus").join(target);
        std::fs::create_dir_all(&corpus)?;
        run_step(
            &format!("fuzz {target}"),
            Command::new("cargo")
                .current_dir(&root)
                .args(["+nightly", "fuzz", "run", target])
                .arg(&corpus)
                .arg(root.join("fuzz/seeds").join(target))
                .arg("--")
                .arg(format!("-max_total_time={}", args.seconds)),
        )?;
    }
    println!(
        "fuzz: {} targets, {} s each, no crash",
        TARGETS.len(),
        args.seconds
    );
    Ok(())
}
