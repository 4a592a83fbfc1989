//! Screenshot fixtures for the front-door tests (issue 15): the dev case syn-04 rendered by
//! `scripts/render-screenshots.py`, what every front door reads them into, and PNG headers
//! for the limit checks (no pixels needed).
#![allow(dead_code)]

/// The user's words of dev case syn-04 (the screenshots are of its two pastes).
pub const WORDS: &str = "Logged in with my second ChatGPT account (dana@example.com) and put it first in the order. The probe looks fine, but the channel still says the login expired.
OpenClaw version: 2026.5.26";
/// Its probe table.
pub const PROBE_SHOT: &str = "shot-syn-04-probe-table-chat-error-dark-13px-120c-m1.png";
/// The chat's error after the user tried a pin.
pub const ERROR_SHOT: &str = "shot-syn-04-probe-table-chat-error-dark-13px-120c-m2.png";

pub fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/screenshots")
}

pub fn fixture(name: &str) -> Vec<u8> {
    let p = dir().join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The text a screenshot is read into, as every front door reads it (English packs).
pub fn read(name: &str) -> String {
    clawmedic::screenshot::read_blocking(&fixture(name), Some("en")).expect("the fixture reads")
}

/// The signature, IHDR and an empty IDAT of a greyscale PNG (enough for its size to be read).
pub fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(b"IHDR");
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(&13u32.to_be_bytes());
    out.extend_from_slice(&ihdr);
    out.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    // An empty IDAT: the decoder reads the header up to the first data chunk.
    out.extend_from_slice(&0u32.to_be_bytes());
    out.extend_from_slice(b"IDAT");
    out.extend_from_slice(&crc32(b"IDAT").to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
