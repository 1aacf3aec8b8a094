//! `cargo xtask fuzz`: runs every cargo-fuzz target for a bounded time (the importers and the
//! bundle loader; see fuzz/README.md). Needs a nightly toolchain and cargo-fuzz (installed
//! when missing). A crash exits non-zero and names its input in `fuzz/artifacts/<target>/`.
//!
//! [`run_targets`] is shared with `cargo xtask test`, which runs the same targets for a few
//! seconds each when [`missing_tools`] finds nothing missing (and installs nothing).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::dist::run_step;

#[derive(clap::Args)]
pub struct Args {
    /// Seconds per target.
    #[arg(long, default_value_t = 20)]
    pub seconds: u32,
}

/// The targets of `fuzz/Cargo.toml`, in the order they run.
pub const TARGETS: &[&str] = &[
    "import_csv",
    "import_hsds",
    "import_data_inclusion",
    "bundle_decode",
];

/// How to get what fuzzing needs, for the messages that say it is missing.
pub const HOW_TO_ENABLE: &str =
    "install them with `rustup toolchain install nightly` and `cargo install --locked cargo-fuzz`";

pub fn run(args: Args) -> Result<()> {
    let root = crate::root();
    match missing_tools() {
        None => {}
        Some(Missing::CargoFuzz) => run_step(
            "cargo install cargo-fuzz",
            Command::new("cargo").args(["install", "--locked", "cargo-fuzz"]),
        )?,
        Some(missing) => bail!("cannot fuzz: {missing}; {HOW_TO_ENABLE}"),
    }
    let outcomes = run_targets(&root, args.seconds)?;
    println!(
        "fuzz: {} targets, {} s each, no crash",
        TARGETS.len(),
        args.seconds
    );
    for outcome in &outcomes {
        println!("  {outcome}");
    }
    Ok(())
}

/// What fuzzing lacks on this machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// `cargo +nightly --version` fails.
    Nightly,
    /// `cargo +nightly fuzz --version` fails.
    CargoFuzz,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Missing::Nightly => "no nightly toolchain (`cargo +nightly --version` failed)",
            Missing::CargoFuzz => "no cargo-fuzz (`cargo +nightly fuzz --version` failed)",
        })
    }
}

/// `None` when both a nightly toolchain and cargo-fuzz answer; otherwise the first missing.
pub fn missing_tools() -> Option<Missing> {
    let answers = |args: &[&str]| {
        cargo()
            .args(args)
            // A probe, not an install: rustup must not download a missing nightly here.
            .env("RUSTUP_AUTO_INSTALL", "0")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !answers(&["+nightly", "--version"]) {
        Some(Missing::Nightly)
    } else if !answers(&["+nightly", "fuzz", "--version"]) {
        Some(Missing::CargoFuzz)
    } else {
        None
    }
}

/// The `cargo` of the PATH (rustup's proxy, which understands `+nightly`), not `$CARGO` (the
/// stable toolchain's own cargo, which does not).
fn cargo() -> Command {
    Command::new("cargo")
}

/// Runs every target in [`TARGETS`] for `seconds` on its seeds (`fuzz/seeds/<target>/`) and its
/// corpus (`fuzz/corpus/<target>/`, created when missing; libFuzzer writes new inputs into
/// it). The first crash (or build failure) stops the run with an error naming the input
/// libFuzzer saved.
pub fn run_targets(root: &Path, seconds: u32) -> Result<Vec<Outcome>> {
    TARGETS
        .iter()
        .map(|target| run_target(root, target, seconds))
        .collect()
}

fn run_target(root: &Path, target: &str, seconds: u32) -> Result<Outcome> {
    let corpus = root.join("fuzz/corpus").join(target);
    std::fs::create_dir_all(&corpus).with_context(|| format!("creating {}", corpus.display()))?;
    let mut cmd = cargo();
    cmd.current_dir(root)
        // The fuzz crate is its own workspace, built with the sanitizer into fuzz/target; a
        // target folder set for the main workspace (as xtask may be run with) is not for it.
        .env_remove("CARGO_TARGET_DIR")
        .args(["+nightly", "fuzz", "run", target])
        .arg(&corpus)
        .arg(root.join("fuzz/seeds").join(target))
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg("-print_final_stats=1")
        .stderr(Stdio::piped());
    eprintln!("xtask fuzz: {target}, {seconds} s: {cmd:?}");
    let mut child = cmd.spawn().with_context(|| format!("starting {cmd:?}"))?;
    let mut outcome = Outcome {
        target: target.to_owned(),
        ..Outcome::default()
    };
    // libFuzzer reports on stderr: passed through as it comes, and read for the figures and
    // the path of a crashing input.
    let mut saved = None;
    let mut stderr = BufReader::new(child.stderr.take().context("the fuzzer's stderr")?);
    let mut line = Vec::new();
    while stderr.read_until(b'\n', &mut line)? > 0 {
        let text = String::from_utf8_lossy(&line);
        eprint!("{text}");
        if let Some(path) = text.split("Test unit written to ").nth(1) {
            saved = Some(PathBuf::from(path.trim()));
        }
        outcome.read(&text);
        line.clear();
    }
    let status = child.wait()?;
    if !status.success() {
        match saved {
            Some(input) => bail!(
                "fuzz target {target} failed ({status}); the input is in {}\n\
                 replay it: cargo +nightly fuzz run {target} {}",
                input.display(),
                input.display()
            ),
            None => bail!("fuzz target {target} failed ({status}) before any input was saved"),
        }
    }
    Ok(outcome)
}

/// One target's run, as libFuzzer's last status line and final statistics give it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub target: String,
    /// Inputs run (`stat::number_of_executed_units`, else the `#N` of the last status line).
    pub executions: Option<u64>,
    /// Edges covered (`cov:`).
    pub coverage: Option<u64>,
    /// Features (`ft:`).
    pub features: Option<u64>,
    /// Inputs in the corpus (`corp: N/size`) and their total size.
    pub corpus: Option<(u64, String)>,
}

impl Outcome {
    /// Takes the figures of one line of libFuzzer's output, when it has any.
    fn read(&mut self, line: &str) {
        let line = line.trim();
        if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
            self.executions = n.trim().parse().ok().or(self.executions);
            return;
        }
        // A status line (`#N EVENT cov: … ft: … corp: N/size …`), not a stack frame (`#0 0x…`).
        let Some(status) = line.strip_prefix('#') else {
            return;
        };
        let mut words = status.split_whitespace();
        let Some(Ok(n)) = words.next().map(str::parse::<u64>) else {
            return;
        };
        let (mut coverage, mut features, mut corpus) = (None, None, None);
        while let Some(word) = words.next() {
            let value = words.clone().next();
            match (word, value) {
                ("cov:", Some(v)) => coverage = v.parse().ok(),
                ("ft:", Some(v)) => features = v.parse().ok(),
                ("corp:", Some(v)) => {
                    corpus = v
                        .split_once('/')
                        .and_then(|(n, size)| Some((n.parse().ok()?, size.to_owned())))
                }
                _ => {}
            }
        }
        if coverage.is_some() {
            self.executions = Some(n);
            self.coverage = coverage;
            self.features = features;
            self.corpus = corpus;
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let or_unknown = |n: Option<u64>| n.map_or("?".to_owned(), |n| n.to_string());
        write!(
            f,
            "{}: {} runs, cov {}, ft {}, corpus ",
            self.target,
            or_unknown(self.executions),
            or_unknown(self.coverage),
            or_unknown(self.features),
        )?;
        match &self.corpus {
            Some((n, size)) => write!(f, "{n} inputs ({size})"),
            None => f.write_str("?"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_figures_come_from_libfuzzers_last_status_and_final_stats() {
        let mut outcome = Outcome::default();
        for line in [
            "INFO: seed corpus: files: 2 min: 357b max: 357b total: 714b rss: 40Mb",
            "#3\tINITED cov: 812 ft: 900 corp: 2/714b exec/s: 0 rss: 45Mb",
            "#52147\tREDUCE cov: 1403 ft: 2210 corp: 188/9034b lim: 357 exec/s: 8691 rss: 60Mb L: 12/300 MS: 1 EraseBytes-",
            "#60000\tDONE   cov: 1404 ft: 2215 corp: 190/9100b lim: 357 exec/s: 9999 rss: 61Mb",
            "Done 60000 runs in 6 second(s)",
            "stat::number_of_executed_units: 60001",
            "stat::peak_rss_mb:              61",
        ] {
            outcome.read(line);
        }
        assert_eq!(outcome.executions, Some(60001));
        assert_eq!(outcome.coverage, Some(1404));
        assert_eq!(outcome.features, Some(2215));
        assert_eq!(outcome.corpus, Some((190, "9100b".to_owned())));
    }

    #[test]
    fn lines_without_figures_change_nothing() {
        let mut outcome = Outcome::default();
        for line in [
            "#0 0x55d3 in rust_begin_unwind",
            "   Compiling maillage v0.1.0",
            "==123== ERROR: libFuzzer: deadly signal",
        ] {
            outcome.read(line);
        }
        assert_eq!(outcome, Outcome::default());
    }
}
