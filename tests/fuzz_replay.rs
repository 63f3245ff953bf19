//! The fuzz target's promise on the stable toolchain, in every test run: thousands of damaged
//! copies of the seed corpus (sample plans, golden files, the hostile corpus), made by a seeded
//! generator so each run tries the same ones, never panic on load, and whatever loads saves and
//! loads back to the same plan. `cargo +nightly fuzz run load` explores further (see README).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::Path;
use tenstep::io::{load_bytes, to_canonical_string};

/// A small deterministic generator (xorshift64*), so a failure names a case that can be rerun.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every seed file: the samples, the golden files of each format version, the hostile corpus.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["sample-plans", "tests/golden", "tests/corpus"] {
        let mut files: Vec<_> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
            .expect("the seed folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        files.sort();
        for path in files {
            out.push((path.display().to_string(), std::fs::read(&path).expect("a seed")));
        }
    }
    out
}

/// Bytes that often matter to RON: delimiters, quotes, escapes, digits, keywords' letters.
const INTERESTING: &[u8] = b"()[]{}:,\"'\\/*#-+.0123456789eEtfnNaIrus \n\t\0\xff\xc3\xa9";

/// One damaged copy of `seed`: one to four of the edits libFuzzer favours.
fn mutate(seed: &[u8], others: &[(String, Vec<u8>)], rng: &mut Rng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(7) {
            0 => bytes.truncate(at),
            1 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
            2 => bytes.insert(at, INTERESTING[rng.below(INTERESTING.len())]),
            3 if at < bytes.len() => {
                let end = (at + 1 + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => {
                // Duplicate a stretch (deep nesting, repeated fields).
                let end = (at + 1 + rng.below(256)).min(bytes.len());
                let stretch = bytes[at..end].to_vec();
                bytes.splice(at..at, stretch);
            }
            5 => {
                // Splice in a piece of another seed.
                let other = &others[rng.below(others.len())].1;
                let from = rng.below(other.len());
                let end = (from + rng.below(512)).min(other.len());
                bytes.splice(at..at, other[from..end].iter().copied());
            }
            _ if at < bytes.len() => bytes[at] = INTERESTING[rng.below(INTERESTING.len())],
            _ => bytes.push(INTERESTING[rng.below(INTERESTING.len())]),
        }
    }
    bytes
}

/// What the fuzz target asserts: no panic, and a plan that loads saves and loads back the same.
fn check(bytes: &[u8]) -> Result<bool, String> {
    let Ok(first) = load_bytes(bytes) else { return Ok(false) };
    if first.read_only.is_some() {
        return Ok(true);
    }
    let text = to_canonical_string(&first.plan).map_err(|e| format!("a loaded plan does not save: {e}"))?;
    let second = load_bytes(text.as_bytes()).map_err(|e| format!("what we wrote does not load: {e}"))?;
    let again = to_canonical_string(&second.plan).map_err(|e| format!("does not save again: {e}"))?;
    if again != text {
        return Err("the plan changed in a save and load".to_owned());
    }
    Ok(true)
}

#[test]
fn damaged_copies_of_every_seed_never_panic_and_what_loads_round_trips() {
    let seeds = seeds();
    assert!(seeds.len() >= 30, "the seed corpus is there: {}", seeds.len());
    let mut rng = Rng(0x7e57_5eed_0000_0001);
    let (mut tried, mut loaded) = (0, 0);
    for round in 0..150 {
        for (name, seed) in &seeds {
            let bytes = mutate(seed, &seeds, &mut rng);
            let outcome = std::panic::catch_unwind(|| check(&bytes));
            match outcome {
                Ok(Ok(true)) => loaded += 1,
                Ok(Ok(false)) => {}
                Ok(Err(problem)) => panic!("round {round}, a damaged {name}: {problem}"),
                Err(_) => panic!("round {round}, a damaged {name}: load panicked"),
            }
            tried += 1;
        }
    }
    // Most damage is caught as an error, but many copies still load (a changed letter in a
    // name): both paths were exercised.
    assert!(loaded > tried / 100 && loaded < tried, "{loaded} of {tried} loaded");
}
