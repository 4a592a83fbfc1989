//! The whole engine: a thread of up to 4 messages, a reply locale, diagnose, text and JSON.
//! What is checked: `checks.rs` (shared with tests/fuzz_corpus_replay.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod checks;

fuzz_target!(|data: &[u8]| checks::diagnose(data));
