//! The bundle: one compact file holding a whole [`Directory`], loaded by the CLI and the widget.
//!
//! Layout: the 8 magic bytes `MAILLAGE`, a format version (`u16`, little endian), then the
//! directory in [postcard](https://docs.rs/postcard) with territory shapes quantized to 1e-5
//! degree and delta-encoded. A bundle is only written from a directory that validated.
//!
//! A bundle is **public**: [`encode`] writes the directory as the public sees it
//! ([`Directory::seen_by`]`(Viewer::Public)`), so no professionals-only contact or place can be
//! in it, whatever the caller passes. The professional directory travels only sealed with a
//! passphrase (`maillage::pro`, feature `pro`), in a file starting with [`PRO_MAGIC`].

use crate::directory::Directory;
use crate::view::Viewer;

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 8] = b"MAILLAGE";
/// The format version this crate writes and reads.
pub const FORMAT_VERSION: u16 = 4;
/// The first bytes of a professional bundle (sealed with a passphrase, see `maillage::pro`).
pub const PRO_MAGIC: &[u8; 12] = b"MAILLAGE-PRO";
/// The largest bundle read: 64 MiB, far above a national directory (about 20 MB with every
/// commune's shape), so that a hostile or mistaken file is refused before it is parsed.
pub const MAX_BUNDLE_BYTES: usize = 64 * 1024 * 1024;

/// Why bytes are not a bundle.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// Larger than [`MAX_BUNDLE_BYTES`].
    #[error("{size} bytes is more than a bundle may hold ({max} bytes): not a maillage bundle")]
    TooLarge {
        /// The size given.
        size: usize,
        /// [`MAX_BUNDLE_BYTES`].
        max: usize,
    },
    /// A professional bundle, which only opens with its passphrase.
    #[error("a professional bundle, sealed with a passphrase: open it as such (maillage reads its passphrase from MAILLAGE_PASSPHRASE or asks for it)")]
    Sealed,
    /// Not a maillage bundle at all.
    #[error("not a maillage bundle (it does not start with `MAILLAGE`)")]
    NotABundle,
    /// Written by another version of the format.
    #[error("bundle format version {found}, but this version of maillage reads version {expected}: rebuild it with `maillage build`")]
    Version {
        /// The version found.
        found: u16,
        /// The version expected.
        expected: u16,
    },
    /// Truncated or corrupted content.
    #[error("corrupted or truncated bundle: {0}")]
    Corrupted(#[from] postcard::Error),
}

/// Writes a directory as **public** bundle bytes: the directory as the public sees it
/// ([`Directory::seen_by`]), never a professionals-only contact or place.
///
/// ```
/// use maillage::{bundle, Viewer, Visibility};
/// let d = bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
/// let again = bundle::encode(&d);
/// assert_eq!(bundle::decode(&again).unwrap(), d);
///
/// // A professionals-only contact given to `encode` is not written.
/// let mut with_secret = d.clone();
/// let mut line = with_secret.services[0].contacts[0].clone();
/// line.visibility = Visibility::Professionnels;
/// with_secret.services[0].contacts.push(line);
/// assert_eq!(bundle::decode(&bundle::encode(&with_secret)).unwrap(), d);
/// ```
pub fn encode(directory: &Directory) -> Vec<u8> {
    encode_for(directory, Viewer::Public)
}

/// Bundle bytes of the directory as `viewer` sees it; only `encode` (public) and the sealed
/// professional bundle call it.
pub(crate) fn encode_for(directory: &Directory, viewer: Viewer) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    // Serializing plain data to a Vec cannot fail.
    postcard::to_extend(&directory.seen_by(viewer), out).unwrap_or_default()
}

/// Reads bundle bytes.
///
/// ```
/// use maillage::bundle::{decode, BundleError};
/// assert!(matches!(decode(b"hello"), Err(BundleError::NotABundle)));
/// assert!(matches!(decode(b"MAILLAGE-PRO\x01\x00"), Err(BundleError::Sealed)));
/// let mut bytes = include_bytes!("../data/manche.maillage").to_vec();
/// bytes.truncate(bytes.len() / 2);
/// assert!(matches!(decode(&bytes), Err(BundleError::Corrupted(_))));
/// ```
pub fn decode(bytes: &[u8]) -> Result<Directory, BundleError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge {
            size: bytes.len(),
            max: MAX_BUNDLE_BYTES,
        });
    }
    if bytes.starts_with(PRO_MAGIC) {
        return Err(BundleError::Sealed);
    }
    let rest = bytes.strip_prefix(MAGIC).ok_or(BundleError::NotABundle)?;
    if rest.len() < 2 {
        return Err(BundleError::NotABundle);
    }
    let found = u16::from_le_bytes([rest[0], rest[1]]);
    if found != FORMAT_VERSION {
        return Err(BundleError::Version {
            found,
            expected: FORMAT_VERSION,
        });
    }
    let (directory, tail) = postcard::take_from_bytes::<Directory>(&rest[2..])?;
    if !tail.is_empty() {
        return Err(BundleError::Corrupted(
            postcard::Error::DeserializeBadEncoding,
        ));
    }
    Ok(directory)
}

/// Moves a directory's translations out of it, one JSON file per language (a
/// [`LanguageTexts`](crate::LanguageTexts), as in the folder's `i18n/<tag>.json`), so that a
/// reader downloads only their own: returns each file's name and bytes, and leaves in the
/// directory (so in its bundle) each file's name and `integrity(bytes)`, the Subresource
/// Integrity hash the caller computes (`sha384-…`; the core carries no hash function). `stem`
/// names the files: `manche` gives `manche.ar.json`.
///
/// A bundle carries translations only this way: [`encode`] writes the files' names and hashes,
/// never the texts, so `maillage build` splits them first.
///
/// ```
/// use maillage::{bundle, LanguageTexts};
/// let mut d = bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
/// d.translations.languages.insert("uk".into(), LanguageTexts::default());
/// let files = bundle::split_translations(&mut d, "manche", |bytes| format!("sha384-{}", bytes.len()));
/// assert_eq!(files[0].0, "manche.uk.json");
/// assert!(d.translations.languages.is_empty());
/// assert_eq!(d.translations.file("uk").unwrap().integrity, format!("sha384-{}", files[0].1.len()));
/// let texts: LanguageTexts = serde_json::from_slice(&files[0].1).unwrap();
/// assert_eq!(texts, LanguageTexts::default());
/// ```
pub fn split_translations(
    directory: &mut Directory,
    stem: &str,
    integrity: impl Fn(&[u8]) -> String,
) -> Vec<(String, Vec<u8>)> {
    let languages = std::mem::take(&mut directory.translations.languages);
    let mut files = Vec::with_capacity(languages.len());
    for (tag, texts) in languages {
        // Serializing plain data to JSON cannot fail.
        let bytes = serde_json::to_vec(&texts).unwrap_or_default();
        let file = format!("{stem}.{tag}.json");
        directory.translations.apart.retain(|f| f.language != tag);
        directory.translations.apart.push(crate::texts::TextsFile {
            file: file.clone(),
            integrity: integrity(&bytes),
            language: tag,
        });
        files.push((file, bytes));
    }
    let apart = &mut directory.translations.apart;
    apart.sort_unstable_by(|a, b| a.language.cmp(&b.language));
    files
}
