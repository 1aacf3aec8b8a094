//! The professional bundle: the whole directory, professionals-only contacts and places
//! included, sealed with a passphrase shared among the network's professionals (feature `pro`).
//!
//! The public bundle ([`crate::bundle::encode`]) never holds what only professionals may see;
//! this one does, and opens only with the passphrase.
//!
//! # Choice
//!
//! RustCrypto's [`argon2`] (Argon2id, RFC 9106) derives a 256-bit key from the passphrase, and
//! [`chacha20poly1305`]'s XChaCha20-Poly1305 (an AEAD) encrypts and authenticates the bundle
//! with it. Both are pure Rust, audited families, `no_std`, and build for
//! `wasm32-unknown-unknown` without a random source (the caller hands the salt and the nonce:
//! this crate does no I/O). `age`'s passphrase recipients were the other candidate: a fine
//! format, but scrypt rather than Argon2id, a work factor chosen by timing the machine, and a
//! crate that brings X25519, bech32 and localized messages into the widget's WebAssembly for a
//! feature we do not use.
//!
//! # Parameters
//!
//! [`KdfParams::RECOMMENDED`]: Argon2id, 64 MiB, 3 passes, 1 lane — RFC 9106's second
//! recommended option (for memory-constrained settings, with one lane as the browser computes
//! lanes one after the other anyway), above OWASP's minimum (19 MiB, 2 passes). It costs a
//! fraction of a second natively and one to three seconds in the browser's WebAssembly, once per
//! opening; every guess costs an attacker as much. The parameters are written in the file, so
//! they can be raised later without a format change; a file asking for more than
//! [`MAX_MEMORY_KIB`], [`MAX_PASSES`] or [`MAX_LANES`] is refused before any work (a hostile
//! file cannot make a phone allocate gigabytes). A fresh random 16-byte salt and 24-byte
//! nonce for every sealing (XChaCha's long nonce is safe to draw at random); the header is the
//! associated data, so changing a parameter makes the file fail to open. A passphrase has at
//! least [`MIN_PASSPHRASE_CHARS`] characters; four random words or more is the advice
//! (SECURITY.md).
//!
//! # Layout
//!
//! [`crate::bundle::PRO_MAGIC`] (12 bytes), the container version ([`PRO_VERSION`], `u16` LE),
//! memory in KiB, passes and lanes (three `u32` LE), the salt (16 bytes), the nonce (24 bytes),
//! then the ciphertext of a bundle of [`Directory::seen_by`]`(Viewer::Professional)` with its
//! 16-byte Poly1305 tag.
//!
//! ```
//! use maillage::pro::{open, seal, KdfParams, ProError};
//! let directory = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
//! let params = KdfParams { memory_kib: 64, passes: 1, lanes: 1 }; // tiny, for a quick example
//! let sealed = seal(&directory, "correct horse battery staple", params, [7; 16], [9; 24]).unwrap();
//! assert_eq!(open(&sealed, "correct horse battery staple").unwrap(), directory);
//! assert!(matches!(open(&sealed, "wrong horse"), Err(ProError::WrongPassphrase)));
//! ```

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use crate::bundle::{self, BundleError, MAX_BUNDLE_BYTES, PRO_MAGIC};
use crate::directory::Directory;
use crate::view::Viewer;

/// The container version this crate writes and reads.
pub const PRO_VERSION: u16 = 1;
/// The most memory a file may ask the key derivation for: 256 MiB.
pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
/// The most passes a file may ask for.
pub const MAX_PASSES: u32 = 10;
/// The most lanes a file may ask for.
pub const MAX_LANES: u32 = 8;
/// The shortest passphrase [`seal`] accepts, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// Length of the header before the ciphertext.
pub const HEADER_LEN: usize = 12 + 2 + 12 + SALT_LEN + NONCE_LEN;
/// Salt length.
pub const SALT_LEN: usize = 16;
/// Nonce length (XChaCha20-Poly1305).
pub const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;

/// Argon2id's cost parameters, written in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory, in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub passes: u32,
    /// Lanes (parallelism).
    pub lanes: u32,
}

impl KdfParams {
    /// 64 MiB, 3 passes, 1 lane (see the module documentation).
    pub const RECOMMENDED: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        passes: 3,
        lanes: 1,
    };
}

/// Why a professional bundle cannot be sealed or opened.
#[derive(Debug, thiserror::Error)]
pub enum ProError {
    /// Not a professional bundle.
    #[error("not a professional bundle (it does not start with `MAILLAGE-PRO`)")]
    NotSealed,
    /// Written by another version of the container.
    #[error("professional bundle version {found}, but this version of maillage reads version {expected}: seal it again with `maillage build --pro-out`")]
    Version {
        /// The version found.
        found: u16,
        /// The version expected.
        expected: u16,
    },
    /// Shorter than its header and tag.
    #[error("truncated professional bundle")]
    Truncated,
    /// Larger than a bundle may be.
    #[error("{size} bytes is more than a professional bundle may hold ({max} bytes)")]
    TooLarge {
        /// The size given.
        size: usize,
        /// The largest accepted.
        max: usize,
    },
    /// Key-derivation parameters out of bounds (a hostile or corrupted file).
    #[error("the file asks for {memory_kib} KiB, {passes} passes and {lanes} lanes of key derivation: more than maillage accepts ({MAX_MEMORY_KIB} KiB, {MAX_PASSES} passes, {MAX_LANES} lanes) or invalid")]
    Parameters {
        /// Memory asked, in KiB.
        memory_kib: u32,
        /// Passes asked.
        passes: u32,
        /// Lanes asked.
        lanes: u32,
    },
    /// Authentication failed: the passphrase is wrong, or the file was altered.
    #[error("wrong passphrase (or the file was altered)")]
    WrongPassphrase,
    /// The passphrase given to [`seal`] is too short.
    #[error("the passphrase must have at least {min} characters (four random words or more)")]
    ShortPassphrase {
        /// [`MIN_PASSPHRASE_CHARS`].
        min: usize,
    },
    /// Decrypted, but the content is not a bundle.
    #[error("the professional bundle holds no valid directory: {0}")]
    Bundle(#[from] BundleError),
}

fn header(params: KdfParams, salt: &[u8; SALT_LEN], nonce: &[u8; NONCE_LEN]) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_LEN);
    h.extend_from_slice(PRO_MAGIC);
    h.extend_from_slice(&PRO_VERSION.to_le_bytes());
    for n in [params.memory_kib, params.passes, params.lanes] {
        h.extend_from_slice(&n.to_le_bytes());
    }
    h.extend_from_slice(salt);
    h.extend_from_slice(nonce);
    h
}

fn cipher(
    passphrase: &str,
    params: KdfParams,
    salt: &[u8; SALT_LEN],
) -> Result<XChaCha20Poly1305, ProError> {
    let out_of_bounds = ProError::Parameters {
        memory_kib: params.memory_kib,
        passes: params.passes,
        lanes: params.lanes,
    };
    if params.memory_kib > MAX_MEMORY_KIB || params.passes > MAX_PASSES || params.lanes > MAX_LANES
    {
        return Err(out_of_bounds);
    }
    let argon_params = Params::new(params.memory_kib, params.passes, params.lanes, Some(32))
        .map_err(|_| out_of_bounds)?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params)
        .hash_password_into(passphrase.as_bytes(), salt, key.as_mut())
        .map_err(|_| ProError::Parameters {
            memory_kib: params.memory_kib,
            passes: params.passes,
            lanes: params.lanes,
        })?;
    Ok(XChaCha20Poly1305::new(&(*key).into()))
}

/// Seals the directory as professionals see it ([`Directory::seen_by`]) with a passphrase.
///
/// `salt` and `nonce` must be fresh random bytes for every sealing (the caller draws them:
/// this crate does no I/O); `params` is [`KdfParams::RECOMMENDED`] outside tests.
pub fn seal(
    directory: &Directory,
    passphrase: &str,
    params: KdfParams,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<Vec<u8>, ProError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(ProError::ShortPassphrase {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    let plain = Zeroizing::new(bundle::encode_for(directory, Viewer::Professional));
    let mut out = header(params, &salt, &nonce);
    let sealed = cipher(passphrase, params, &salt)?
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: &plain,
                aad: &out,
            },
        )
        // Encryption fails only past 256 GiB.
        .map_err(|_| ProError::TooLarge {
            size: plain.len(),
            max: MAX_BUNDLE_BYTES,
        })?;
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Whether these bytes are a professional bundle (by their first bytes only).
///
/// ```
/// assert!(!maillage::pro::is_sealed(include_bytes!("../data/manche.maillage")));
/// ```
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(PRO_MAGIC)
}

/// Opens a professional bundle with its passphrase.
///
/// A wrong passphrase and an altered file both give [`ProError::WrongPassphrase`] (the AEAD
/// cannot tell them apart, and should not).
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Directory, ProError> {
    if bytes.len() > MAX_BUNDLE_BYTES + HEADER_LEN + TAG_LEN {
        return Err(ProError::TooLarge {
            size: bytes.len(),
            max: MAX_BUNDLE_BYTES + HEADER_LEN + TAG_LEN,
        });
    }
    let rest = bytes.strip_prefix(PRO_MAGIC).ok_or(ProError::NotSealed)?;
    if bytes.len() < HEADER_LEN + TAG_LEN {
        return Err(ProError::Truncated);
    }
    let u16_at = |i: usize| u16::from_le_bytes([rest[i], rest[i + 1]]);
    let u32_at = |i: usize| u32::from_le_bytes([rest[i], rest[i + 1], rest[i + 2], rest[i + 3]]);
    let found = u16_at(0);
    if found != PRO_VERSION {
        return Err(ProError::Version {
            found,
            expected: PRO_VERSION,
        });
    }
    let params = KdfParams {
        memory_kib: u32_at(2),
        passes: u32_at(6),
        lanes: u32_at(10),
    };
    let (head, sealed) = bytes.split_at(HEADER_LEN);
    let mut salt = [0u8; SALT_LEN];
    salt.copy_from_slice(&head[HEADER_LEN - NONCE_LEN - SALT_LEN..HEADER_LEN - NONCE_LEN]);
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&head[HEADER_LEN - NONCE_LEN..]);
    let plain = Zeroizing::new(
        cipher(passphrase, params, &salt)?
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: head,
                },
            )
            .map_err(|_| ProError::WrongPassphrase)?,
    );
    Ok(bundle::decode(&plain)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Viewer, Visibility};

    const QUICK: KdfParams = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    const WORDS: &str = "tulipe marée granit boussole";

    /// The shipped data with one professionals-only place and contact added.
    fn directory_with_secrets() -> Directory {
        let mut d = bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
        let s = d
            .services
            .iter_mut()
            .find(|s| s.location.as_ref().is_some_and(|l| l.point.is_some()))
            .unwrap();
        let mut line = s.contacts[0].clone();
        line.value = "+33233000000".into();
        line.display = Some("02 33 00 00 00".into());
        line.visibility = Visibility::Professionnels;
        s.contacts.push(line);
        s.location.as_mut().unwrap().visibility = Visibility::Professionnels;
        d
    }

    fn secrets(d: &Directory) -> usize {
        d.services
            .iter()
            .chain(&d.national)
            .map(|s| {
                s.contacts
                    .iter()
                    .filter(|c| c.visibility != Visibility::Public)
                    .count()
                    + s.location.as_ref().map_or(0, |l| {
                        usize::from(
                            l.visibility != Visibility::Public
                                && (l.point.is_some() || l.address.is_some()),
                        )
                    })
            })
            .sum()
    }

    #[test]
    fn the_public_bundle_holds_no_secret_the_sealed_one_holds_them_all() {
        let d = directory_with_secrets();
        assert_eq!(secrets(&d), 2);
        let public = bundle::decode(&bundle::encode(&d)).unwrap();
        assert_eq!(secrets(&public), 0);
        // Not even as bytes: the professionals-only number is nowhere in the public file.
        let bytes = bundle::encode(&d);
        assert!(!bytes.windows(12).any(|w| w == b"+33233000000"));
        let sealed = seal(&d, WORDS, QUICK, [1; 16], [2; 24]).unwrap();
        assert!(!sealed.windows(12).any(|w| w == b"+33233000000"));
        let opened = open(&sealed, WORDS).unwrap();
        assert_eq!(opened, d.seen_by(Viewer::Professional));
        assert_eq!(secrets(&opened), 2);
    }

    #[test]
    fn wrong_passphrase_altered_file_and_hostile_headers_are_refused() {
        let d = directory_with_secrets();
        let sealed = seal(&d, WORDS, QUICK, [1; 16], [2; 24]).unwrap();
        assert!(matches!(
            open(&sealed, "tulipe marée granit boussolE"),
            Err(ProError::WrongPassphrase)
        ));
        // Any byte changed, header (authenticated) or ciphertext, and it no longer opens.
        for i in [14, 30, HEADER_LEN - 1, HEADER_LEN + 5, sealed.len() - 1] {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert!(open(&bad, WORDS).is_err(), "byte {i}");
        }
        // A header asking for 4 GiB of memory is refused before any work.
        let mut greedy = sealed.clone();
        greedy[14..18].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(
            open(&greedy, WORDS),
            Err(ProError::Parameters { .. })
        ));
        let mut lazy = sealed.clone();
        lazy[18..22].copy_from_slice(&0u32.to_le_bytes());
        assert!(matches!(
            open(&lazy, WORDS),
            Err(ProError::Parameters { .. })
        ));
        assert!(matches!(
            open(&sealed[..HEADER_LEN], WORDS),
            Err(ProError::Truncated)
        ));
        assert!(matches!(
            open(b"MAILLAGE\x02\x00", WORDS),
            Err(ProError::NotSealed)
        ));
        let mut future = sealed.clone();
        future[12] = 9;
        assert!(matches!(
            open(&future, WORDS),
            Err(ProError::Version { found: 9, .. })
        ));
        assert!(matches!(bundle::decode(&sealed), Err(BundleError::Sealed)));
        assert!(matches!(
            seal(&d, "too short", QUICK, [1; 16], [2; 24]),
            Err(ProError::ShortPassphrase { .. })
        ));
    }

    #[test]
    fn salt_and_nonce_make_every_sealing_different() {
        let d = directory_with_secrets();
        let a = seal(&d, WORDS, QUICK, [1; 16], [2; 24]).unwrap();
        let b = seal(&d, WORDS, QUICK, [3; 16], [4; 24]).unwrap();
        assert_ne!(a[HEADER_LEN..], b[HEADER_LEN..]);
        assert_eq!(open(&a, WORDS).unwrap(), open(&b, WORDS).unwrap());
    }
}
