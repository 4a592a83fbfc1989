//! Every parser, on text that was not normalised and on the same text after ingest.
//! What is checked: `checks.rs` (shared with tests/fuzz_corpus_replay.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod checks;

fuzz_target!(|data: &[u8]| checks::parse(data));
