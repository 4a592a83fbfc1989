//! Ingest (normalise + redact) on arbitrary bytes read as the CLI reads them (lossy UTF-8).
//! What is checked: `checks.rs` (shared with tests/fuzz_corpus_replay.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod checks;

fuzz_target!(|data: &[u8]| checks::ingest(data));
