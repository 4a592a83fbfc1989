//! Language detection of the asker's prose on arbitrary text.
//! What is checked: `checks.rs` (shared with tests/fuzz_corpus_replay.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod checks;

fuzz_target!(|data: &[u8]| checks::detect(data));
