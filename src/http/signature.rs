//! Discord's request signature: Ed25519 over `timestamp ‖ body`, the signature in
//! `X-Signature-Ed25519` (hex), the timestamp (Unix seconds) in `X-Signature-Timestamp`.
//! Checked before anything else reads the body; a valid signature whose timestamp is more than
//! five minutes old or early is refused too, so a captured request cannot be replayed later.

use ed25519_dalek::{Signature, VerifyingKey};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub const SIGNATURE_HEADER: &str = "x-signature-ed25519";
pub const TIMESTAMP_HEADER: &str = "x-signature-timestamp";

/// Why a request was refused (all answered 401).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// A header is missing, or not hex / not a number.
    Malformed,
    /// The signature does not verify.
    BadSignature,
    /// The signature verifies but the timestamp is outside the allowed window.
    Stale,
}

impl Rejection {
    /// A fixed label (metrics, logs).
    pub fn label(self) -> &'static str {
        match self {
            Rejection::Malformed => "malformed",
            Rejection::BadSignature => "bad_signature",
            Rejection::Stale => "stale_timestamp",
        }
    }
}

/// Seconds since the Unix epoch, now.
pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Verify one request. `now` is Unix seconds (a parameter so tests can move the clock).
pub fn verify(
    key: &VerifyingKey,
    signature_hex: Option<&str>,
    timestamp: Option<&str>,
    body: &[u8],
    now: u64,
    max_age: Duration,
) -> Result<(), Rejection> {
    let (Some(sig_hex), Some(ts)) = (signature_hex, timestamp) else {
        return Err(Rejection::Malformed);
    };
    let sig_bytes: [u8; 64] = hex::decode(sig_hex.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(Rejection::Malformed)?;
    let ts = ts.trim();
    if ts.is_empty() || ts.len() > 20 || !ts.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Rejection::Malformed);
    }
    let signature = Signature::from_bytes(&sig_bytes);
    let mut message = Vec::with_capacity(ts.len() + body.len());
    message.extend_from_slice(ts.as_bytes());
    message.extend_from_slice(body);
    key.verify_strict(&message, &signature).map_err(|_| Rejection::BadSignature)?;
    let sent: u64 = ts.parse().map_err(|_| Rejection::Malformed)?;
    if now.abs_diff(sent) > max_age.as_secs() {
        return Err(Rejection::Stale);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    const AGE: Duration = Duration::from_secs(300);

    fn signed(key: &SigningKey, ts: &str, body: &[u8]) -> String {
        let mut m = ts.as_bytes().to_vec();
        m.extend_from_slice(body);
        hex::encode(key.sign(&m).to_bytes())
    }

    #[test]
    fn accepts_fresh_and_refuses_the_rest() {
        let sk = SigningKey::from_bytes(&[7; 32]);
        let pk = sk.verifying_key();
        let body = br#"{"type":1}"#;
        let now = 1_800_000_000;
        let ts = now.to_string();
        let sig = signed(&sk, &ts, body);
        assert_eq!(verify(&pk, Some(&sig), Some(&ts), body, now, AGE), Ok(()));
        assert_eq!(verify(&pk, Some(&sig), Some(&ts), body, now + 300, AGE), Ok(()));
        assert_eq!(verify(&pk, Some(&sig), Some(&ts), body, now + 301, AGE), Err(Rejection::Stale));
        assert_eq!(verify(&pk, Some(&sig), Some(&ts), body, now - 301, AGE), Err(Rejection::Stale));
        assert_eq!(
            verify(&pk, Some(&sig), Some(&ts), br#"{"type":2}"#, now, AGE),
            Err(Rejection::BadSignature)
        );
        let other = SigningKey::from_bytes(&[8; 32]).verifying_key();
        assert_eq!(
            verify(&other, Some(&sig), Some(&ts), body, now, AGE),
            Err(Rejection::BadSignature)
        );
        assert_eq!(verify(&pk, None, Some(&ts), body, now, AGE), Err(Rejection::Malformed));
        assert_eq!(verify(&pk, Some("zz"), Some(&ts), body, now, AGE), Err(Rejection::Malformed));
        assert_eq!(verify(&pk, Some(&sig), Some("-5"), body, now, AGE), Err(Rejection::Malformed));
        // A signature over another timestamp does not verify with this one.
        let later = (now + 10).to_string();
        assert_eq!(
            verify(&pk, Some(&sig), Some(&later), body, now, AGE),
            Err(Rejection::BadSignature)
        );
    }
}
