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
        bail!(crate::say("cli-passphrase-needed", &[("env", ENV.into())]));
    }
    let first = rpassword::prompt_password(crate::say("cli-passphrase-prompt", &[]))
        .with_context(|| crate::say("cli-reading-passphrase", &[]))?;
    if confirm {
        let again = rpassword::prompt_password(crate::say("cli-passphrase-again", &[]))
            .with_context(|| crate::say("cli-reading-passphrase", &[]))?;
        if again != first {
            bail!(crate::say("cli-passphrases-differ", &[]));
        }
    }
    Ok(first)
}

/// Fresh random bytes for a salt or a nonce, from the operating system.
pub fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| {
        anyhow::anyhow!(crate::say(
            "cli-no-random",
            &[("error", e.to_string().into())]
        ))
    })?;
    Ok(bytes)
}
