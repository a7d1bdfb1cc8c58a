//! `X-Hub-Signature-256` verification over the raw request bytes.

use hmac::{Hmac, Mac};
use sha2::Sha256;

#[derive(Debug, PartialEq, Eq)]
pub enum SignatureError {
    Missing,
    Malformed,
    Mismatch,
}

/// Checks `header` (`sha256=<hex>`) against HMAC-SHA256 of `body` keyed with the app secret.
/// The comparison is constant-time (`Mac::verify_slice`).
pub fn verify(app_secret: &[u8], body: &[u8], header: Option<&str>) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let hex_sig = header
        .trim()
        .strip_prefix("sha256=")
        .ok_or(SignatureError::Malformed)?;
    let expected = hex::decode(hex_sig).map_err(|_| SignatureError::Malformed)?;
    let mut mac =
        Hmac::<Sha256>::new_from_slice(app_secret).map_err(|_| SignatureError::Malformed)?;
    mac.update(body);
    mac.verify_slice(&expected)
        .map_err(|_| SignatureError::Mismatch)
}

/// The header value for `body` (used by tests and the load generator).
pub fn sign(app_secret: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(app_secret).expect("HMAC takes any key length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tampering() {
        let body = br#"{"object":"whatsapp_business_account"}"#;
        let header = sign(b"secret", body);
        assert_eq!(verify(b"secret", body, Some(&header)), Ok(()));
        assert_eq!(
            verify(b"other", body, Some(&header)),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(b"secret", b"{}", Some(&header)),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(verify(b"secret", body, None), Err(SignatureError::Missing));
        assert_eq!(
            verify(b"secret", body, Some("md5=abc")),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify(b"secret", body, Some("sha256=zz")),
            Err(SignatureError::Malformed)
        );
    }
}
