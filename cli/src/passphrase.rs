//! The professional bundle's passphrase: from `MAILLAGE_PASSPHRASE`, else asked on the terminal
//! (not echoed), never from an argument (arguments show in `ps` and in the shell's history).

use std::io::IsTerminal;

use anyhow::{bail, Context, Result};

/// The environment variable holding the passphrase.
pub const ENV: &str = "MAILLAGE_PASSPHRASE";

/// The passphrase: `MAILLAGE_PASSPHRASE`, else typed at a prompt (twice when `confirm`).
pub fn read(confirm: bool) -> Result<String> {
    if let Ok(p) = std::env::var(ENV) {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        bail!("the professional bundle needs its passphrase: set {ENV} or run maillage in a terminal to type it");
    }
    let first = rpassword::prompt_password("Phrase de passe du répertoire professionnel : ")
        .context("reading the passphrase")?;
    if confirm {
        let again = rpassword::prompt_password("La même, encore une fois : ")
            .context("reading the passphrase")?;
        if again != first {
            bail!("the two passphrases differ; nothing written");
        }
    }
    Ok(first)
}

/// Fresh random bytes for a salt or a nonce, from the operating system.
pub fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("the operating system gave no random bytes: {e}"))?;
    Ok(bytes)
}
