//! Bytes → text, for every front door that reads a file or a raw body (CLI files and stdin,
//! the API's raw body, Discord attachments). Pastes arrive in whatever the asker's system
//! wrote: UTF-8 (with or without a BOM), UTF-16 with a BOM (Windows PowerShell 5.1 `>` and
//! `Out-File`), UTF-16LE without one, or a legacy single-byte code page (CP1252 on Western
//! Windows, CP1251 on Cyrillic). Each is decoded without U+FFFD; only what is not text at
//! all is refused.

use super::codepages::{CP1251_HIGH, CP1252_HIGH};
use serde::Serialize;

/// How a byte string was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Invalid UTF-8 read as Windows-1252 (byte by byte, valid UTF-8 runs kept as they are).
    Cp1252,
    /// Invalid UTF-8 read as Windows-1251 (Cyrillic words: runs of high bytes).
    Cp1251,
}

/// Bytes that are not text (an image, an executable, random data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotText;

/// Decode a file or body. `Err(NotText)` for binary data.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), NotText> {
    let (text, encoding) = match bom(bytes).or_else(|| utf16_without_bom(bytes)) {
        Some((Encoding::Utf8, skip)) => (lenient_utf8(&bytes[skip..])?, Encoding::Utf8),
        Some((e, skip)) => (utf16(&bytes[skip..], e == Encoding::Utf16Be)?, e),
        None => match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), Encoding::Utf8),
            Err(_) => legacy(bytes),
        },
    };
    if text.contains('\0') || (encoding != Encoding::Utf8 && !looks_like_text(&text)) {
        return Err(NotText);
    }
    Ok((text, encoding))
}

/// A byte-order mark: the encoding and its length.
fn bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((Encoding::Utf8, 3)),
        [0xFF, 0xFE, ..] => Some((Encoding::Utf16Le, 2)),
        [0xFE, 0xFF, ..] => Some((Encoding::Utf16Be, 2)),
        _ => None,
    }
}

/// UTF-16 without a BOM, recognised by its zero bytes: mostly-ASCII text has a zero in every
/// other byte (odd positions for LE, even for BE) and almost none in the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    let pairs = bytes.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let skewed = |many: usize, few: usize| many * 10 >= pairs * 3 && few * 8 <= many;
    if skewed(odd, even) {
        Some((Encoding::Utf16Le, 0))
    } else if skewed(even, odd) {
        Some((Encoding::Utf16Be, 0))
    } else {
        None
    }
}

fn utf16(bytes: &[u8], big_endian: bool) -> Result<String, NotText> {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    let (mut bad, mut total) = (0usize, 0usize);
    for c in char::decode_utf16(units) {
        total += 1;
        match c {
            Ok(c) => out.push(c),
            Err(_) => bad += 1,
        }
    }
    // Lone surrogates are dropped; many of them mean these were never UTF-16.
    if bad * 20 > total.max(1) {
        return Err(NotText);
    }
    Ok(out)
}

/// UTF-8 after a BOM: invalid bytes in it are read like [`legacy`] would.
fn lenient_utf8(bytes: &[u8]) -> Result<String, NotText> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Ok(legacy(bytes).0),
    }
}

/// Invalid UTF-8: valid UTF-8 runs stay as they are, every other byte is read through a
/// single-byte code page — CP1251 when the high bytes form words (Cyrillic text is runs of
/// them), else CP1252 (isolated accented letters in Latin text).
fn legacy(bytes: &[u8]) -> (String, Encoding) {
    let (mut high, mut in_runs, mut run) = (0usize, 0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        // Only the invalid bytes count: valid UTF-8 (CJK, emoji) is not a code page's word.
        for _ in chunk.invalid() {
            high += 1;
            run += 1;
            if run == 3 {
                in_runs += 3;
            } else if run > 3 {
                in_runs += 1;
            }
        }
        if !chunk.valid().is_empty() {
            run = 0;
        }
    }
    let (table, encoding) = if in_runs * 2 > high {
        (&CP1251_HIGH, Encoding::Cp1251)
    } else {
        (&CP1252_HIGH, Encoding::Cp1252)
    };
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 4);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for &b in chunk.invalid() {
            let c = if b >= 0x80 { table[usize::from(b - 0x80)] } else { char::from(b) };
            if c != '\0' {
                out.push(c);
            }
        }
    }
    (out, encoding)
}

/// Decoded text that is really text: few control characters (tab, newlines, form feed and
/// the ESC of colour codes are fine) and some ASCII (pasted output is mostly ASCII; a run of
/// 0xFF bytes decodes to `ÿÿÿÿ`, which is not a paste).
fn looks_like_text(text: &str) -> bool {
    let (mut total, mut controls, mut ascii) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        total += 1;
        ascii +=
            usize::from(c.is_ascii() && !c.is_ascii_control() || matches!(c, '\t' | '\n' | '\r'));
        controls +=
            usize::from(c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c' | '\x1b'));
    }
    total == 0 || (controls * 20 <= total && ascii * 10 >= total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    fn utf16be(s: &str) -> Vec<u8> {
        let mut out = vec![0xFE, 0xFF];
        out.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        out
    }

    const PASTE: &str = "🦞 OpenClaw 2026.6.9 (c645ec4)\r\n│ openai/gpt-5.5 │ openai:work (oauth) │ ok · 7.9s │\r\nJ'ai réessayé, ça échoue — 登录已过期\r\n";

    #[test]
    fn utf16_with_and_without_bom() {
        assert_eq!(decode(&utf16le(PASTE, true)), Ok((PASTE.to_string(), Encoding::Utf16Le)));
        assert_eq!(decode(&utf16be(PASTE)), Ok((PASTE.to_string(), Encoding::Utf16Be)));
        assert_eq!(decode(&utf16le(PASTE, false)), Ok((PASTE.to_string(), Encoding::Utf16Le)));
    }

    #[test]
    fn utf8_with_a_bom_and_plain() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(PASTE.as_bytes());
        assert_eq!(decode(&b), Ok((PASTE.to_string(), Encoding::Utf8)));
        assert_eq!(decode(PASTE.as_bytes()), Ok((PASTE.to_string(), Encoding::Utf8)));
        assert_eq!(decode(b""), Ok((String::new(), Encoding::Utf8)));
    }

    #[test]
    fn code_pages_are_decoded_without_replacement_characters() {
        // "J'ai réessayé, ça échoue" and a “quoted” login banner in CP1252.
        let cp1252 = b"J'ai r\xe9essay\xe9, \xe7a \xe9choue\n\x93Model login expired on the gateway for openai\x94";
        let (text, enc) = decode(cp1252).unwrap();
        assert_eq!(enc, Encoding::Cp1252);
        assert_eq!(
            text,
            "J'ai réessayé, ça échoue\n“Model login expired on the gateway for openai”"
        );
        // "Ошибка входа" (login error) in CP1251, after English output.
        let cp1251 = b"No API key found for provider \"openai\".\n\xce\xf8\xe8\xe1\xea\xe0 \xe2\xf5\xee\xe4\xe0";
        let (text, enc) = decode(cp1251).unwrap();
        assert_eq!(enc, Encoding::Cp1251);
        assert!(text.ends_with("Ошибка входа"), "{text}");
        // One stray byte in UTF-8 text keeps the UTF-8 around it.
        let (text, _) = decode(
            "登录 caf\u{e9} "
                .as_bytes()
                .iter()
                .copied()
                .chain([0xE9, b'!'])
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .unwrap();
        assert_eq!(text, "登录 café é!");
        assert!(!text.contains('\u{FFFD}'));
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(&[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3]), Err(NotText));
        assert_eq!(decode(&[0xFF; 64]), Err(NotText));
        assert_eq!(decode(b"text with a \0 inside"), Err(NotText));
        // PNG header, and pseudo-random bytes.
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0"), Err(NotText));
        let mut x: u32 = 2463534242;
        let random: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                (x >> 24) as u8
            })
            .collect();
        assert_eq!(decode(&random), Err(NotText));
    }
}
