//! The bundle: one compact file holding a whole [`Directory`], loaded by the CLI and the widget.
//!
//! Layout: the 8 magic bytes `MAILLAGE`, a format version (`u16`, little endian), then the
//! directory in [postcard](https://docs.rs/postcard) with territory shapes quantized to 1e-5
//! degree and delta-encoded. A bundle is only written from a directory that validated.

use crate::directory::Directory;

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 8] = b"MAILLAGE";
/// The format version this crate writes and reads.
pub const FORMAT_VERSION: u16 = 3;

/// Why bytes are not a bundle.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
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

/// Writes a directory as bundle bytes.
///
/// ```
/// use maillage::bundle;
/// let d = bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
/// let again = bundle::encode(&d);
/// assert_eq!(bundle::decode(&again).unwrap(), d);
/// ```
pub fn encode(directory: &Directory) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    // Serializing plain data to a Vec cannot fail.
    postcard::to_extend(directory, out).unwrap_or_default()
}

/// Reads bundle bytes.
///
/// ```
/// use maillage::bundle::{decode, BundleError};
/// assert!(matches!(decode(b"hello"), Err(BundleError::NotABundle)));
/// let mut bytes = include_bytes!("../data/manche.maillage").to_vec();
/// bytes.truncate(bytes.len() / 2);
/// assert!(matches!(decode(&bytes), Err(BundleError::Corrupted(_))));
/// ```
pub fn decode(bytes: &[u8]) -> Result<Directory, BundleError> {
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
