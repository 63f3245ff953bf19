//! Any bytes → load → save → load must agree, and nothing may panic.
//!
//! Run with `cargo +nightly fuzz run load -- -max_total_time=300` from the project root.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(first) = tenstep::io::load_bytes(bytes) else { return };
    if first.read_only.is_some() {
        return;
    }
    let text = tenstep::io::to_canonical_string(&first.plan).expect("a loaded plan serialises");
    let second = tenstep::io::load_bytes(text.as_bytes()).expect("what we write loads again");
    assert!(second.read_only.is_none());
    // Compared as text: a plan may hold NaN, which is never equal to itself.
    let again = tenstep::io::to_canonical_string(&second.plan).expect("serialises");
    assert_eq!(again, text, "the plan changed in a save and load");
});
