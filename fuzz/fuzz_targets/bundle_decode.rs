//! Any bytes as a bundle: never a panic, in decoding nor in validating what decoded (as
//! `maillage validate FILE.maillage` does); what decoded encodes and decodes again.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = maillage::bundle::decode(data) {
        let _ = maillage::validate(&d, None);
        let again = maillage::bundle::encode(&d);
        assert!(maillage::bundle::decode(&again).is_ok());
    }
});
