//! Reading a directory folder into the source files the library loads.

use std::path::Path;

use anyhow::{bail, Context, Result};
use maillage::{Problem, SourceFile, Where};

/// Reads the JSON and GeoJSON files of a directory folder (top level, `territories/` and the
/// translations in `i18n/`).
///
/// Files that cannot be read as UTF-8 become problems, so that nothing is skipped silently.
pub fn read(dir: &Path) -> Result<(Vec<SourceFile>, Vec<Problem>)> {
    if !dir.is_dir() {
        bail!(crate::about_path("cli-not-a-folder", dir));
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for sub in ["", "territories", "i18n"] {
        let folder = dir.join(sub);
        if !folder.is_dir() {
            continue;
        }
        let mut entries: Vec<_> = std::fs::read_dir(&folder)
            .with_context(|| crate::about_path("cli-listing", &folder))?
            .collect::<Result<_, _>>()
            .with_context(|| crate::about_path("cli-listing", &folder))?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !(name.ends_with(".json") || name.ends_with(".geojson")) || !path.is_file() {
                continue;
            }
            let rel = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            let bytes =
                std::fs::read(&path).with_context(|| crate::about_path("cli-reading", &path))?;
            let bytes = bytes
                .strip_prefix(b"\xEF\xBB\xBF")
                .unwrap_or(&bytes)
                .to_vec();
            match String::from_utf8(bytes) {
                Ok(text) => files.push(SourceFile::new(rel, text)),
                Err(e) => problems.push(Problem::error(
                    Where::file(&rel),
                    None,
                    None,
                    maillage::Fault::NotUtf8 {
                        byte: e.utf8_error().valid_up_to(),
                    },
                )),
            }
        }
    }
    Ok((files, problems))
}
