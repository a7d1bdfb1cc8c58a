//! Downloading what a citizen sent (voice notes) from the WhatsApp Cloud API, in two steps:
//! `GET /{version}/{media-id}` gives a short-lived URL with the type and size, then
//! `GET <url>` gives the bytes; both carry the access token. The URL expires after about five
//! minutes while the media id lives seven days, so a refused URL is resolved again, once.
//! Audio is at most 16 MB on WhatsApp; anything larger is refused before and while reading,
//! so a wrong `file_size` cannot make us buffer more.

use std::time::Duration;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::channel::whatsapp::GraphConfig;

/// WhatsApp's own limit for audio.
pub const MAX_MEDIA_BYTES: usize = 16 * 1024 * 1024;

/// What `GET /{version}/{media-id}` says about a media item.
#[derive(Clone, Debug, PartialEq)]
pub struct MediaInfo {
    pub url: String,
    pub mime_type: Option<String>,
    pub file_size: Option<u64>,
    /// Base64 or hex, as WhatsApp sent it.
    pub sha256: Option<String>,
}

/// Downloaded media.
#[derive(Clone, Debug)]
pub struct Media {
    pub bytes: Vec<u8>,
    pub mime_type: Option<String>,
    /// Whether the bytes match the announced SHA-256 (None when none was announced).
    pub checksum_ok: Option<bool>,
}

#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    /// The media id is unknown or older than WhatsApp keeps media (7 days).
    #[error("media {0} was not found or has expired")]
    NotFound(String),
    /// The access token was refused: the operator must fix it.
    #[error("the access token was refused (HTTP {status}): {message}")]
    Unauthorized { status: u16, message: String },
    #[error("the media is {bytes} bytes or more, over the limit of {max}")]
    TooLarge { bytes: u64, max: usize },
    /// Any other HTTP failure (5xx after retries, 4xx we do not expect).
    #[error("HTTP {status} from the {step}: {message}")]
    Http {
        status: u16,
        step: &'static str,
        message: String,
    },
    #[error("the {step} failed: {message}")]
    Network { step: &'static str, message: String },
    #[error("unexpected answer from the media endpoint: {0}")]
    BadResponse(String),
}

impl DownloadError {
    /// Worth trying again later: the network or the server, not the media or the token.
    pub fn is_transient(&self) -> bool {
        match self {
            DownloadError::Network { .. } => true,
            DownloadError::Http { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }

    /// The URL (not the media) may be what failed: resolving the id again can help.
    fn url_may_be_stale(&self) -> bool {
        matches!(
            self,
            DownloadError::NotFound(_) | DownloadError::Unauthorized { .. }
        )
    }
}

/// Fetches media with the Graph API's settings (base URL, version, token, retries).
#[derive(Clone)]
pub struct MediaClient {
    base_url: String,
    version: String,
    access_token: String,
    max_bytes: usize,
    attempts: u32,
    backoff: Duration,
    client: reqwest::Client,
}

impl MediaClient {
    pub fn new(graph: &GraphConfig) -> anyhow::Result<Self> {
        Self::with_limit(graph, MAX_MEDIA_BYTES)
    }

    pub fn with_limit(graph: &GraphConfig, max_bytes: usize) -> anyhow::Result<Self> {
        // 16 MB on a slow link takes longer than a message send: the timeout is per request,
        // body included.
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(graph.timeout.max(Duration::from_secs(60)))
            .build()?;
        Ok(MediaClient {
            base_url: graph.base_url.trim_end_matches('/').to_string(),
            version: graph.version.clone(),
            access_token: graph.access_token.clone(),
            max_bytes,
            attempts: graph.max_attempts.max(1),
            backoff: graph.backoff,
            client,
        })
    }

    /// The media's bytes and type. A URL refused with 401/403/404/410 is resolved again once.
    pub async fn download(&self, media_id: &str) -> Result<Media, DownloadError> {
        let info = self.resolve(media_id).await?;
        let (info, bytes) = match self.fetch_checked(&info).await {
            Ok(bytes) => (info, bytes),
            Err(e) if e.url_may_be_stale() => {
                tracing::info!(media_id, error = %e, "media URL refused; asking for a new one");
                let fresh = self.resolve(media_id).await?;
                let bytes = self.fetch_checked(&fresh).await?;
                (fresh, bytes)
            }
            Err(e) => return Err(e),
        };
        let checksum_ok = info
            .sha256
            .as_deref()
            .and_then(|h| checksum_matches(h, &bytes));
        if checksum_ok == Some(false) {
            // Logged, not refused: a damaged file fails to decode and gets its own reply, and
            // refusing on a hash format we misread would silence every voice note.
            tracing::warn!(media_id, "downloaded media does not match its SHA-256");
        }
        Ok(Media {
            bytes,
            mime_type: info.mime_type,
            checksum_ok,
        })
    }

    /// `GET /{version}/{media-id}`: where the bytes are, their type and size.
    pub async fn resolve(&self, media_id: &str) -> Result<MediaInfo, DownloadError> {
        let url = format!("{}/{}/{}", self.base_url, self.version, media_id);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let result = self.resolve_once(&url, media_id).await;
            match result {
                Err(e) if e.is_transient() && attempt < self.attempts => {
                    self.pause(attempt, &e).await;
                }
                other => return other,
            }
        }
    }

    async fn resolve_once(&self, url: &str, media_id: &str) -> Result<MediaInfo, DownloadError> {
        const STEP: &str = "media lookup";
        let response = self
            .client
            .get(url)
            .bearer_auth(&self.access_token)
            .send()
            .await
            .map_err(|e| DownloadError::Network {
                step: STEP,
                message: e.to_string(),
            })?;
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if !(200..300).contains(&status) {
            return Err(http_error(STEP, status, &json, &text, media_id));
        }
        let url = json
            .get("url")
            .and_then(Value::as_str)
            .filter(|u| !u.is_empty())
            .ok_or_else(|| {
                DownloadError::BadResponse(format!("no url in {}", crate::text::clip(&text, 200)))
            })?
            .to_string();
        // `file_size` comes as a number or as a string.
        let file_size = match json.get("file_size") {
            Some(Value::Number(n)) => n.as_u64(),
            Some(Value::String(s)) => s.trim().parse().ok(),
            _ => None,
        };
        let info = MediaInfo {
            url,
            mime_type: json
                .get("mime_type")
                .and_then(Value::as_str)
                .map(str::to_string),
            file_size,
            sha256: json
                .get("sha256")
                .and_then(Value::as_str)
                .map(str::to_string),
        };
        Ok(info)
    }

    /// The bytes at `info.url`, refusing what is announced or turns out to be too large.
    async fn fetch_checked(&self, info: &MediaInfo) -> Result<Vec<u8>, DownloadError> {
        if let Some(size) = info.file_size {
            if size > self.max_bytes as u64 {
                return Err(DownloadError::TooLarge {
                    bytes: size,
                    max: self.max_bytes,
                });
            }
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.fetch_once(&info.url).await {
                Err(e) if e.is_transient() && attempt < self.attempts => {
                    self.pause(attempt, &e).await;
                }
                other => return other,
            }
        }
    }

    async fn fetch_once(&self, url: &str) -> Result<Vec<u8>, DownloadError> {
        const STEP: &str = "media download";
        let network = |e: reqwest::Error| DownloadError::Network {
            step: STEP,
            message: e.to_string(),
        };
        let mut response = self
            .client
            .get(url)
            .bearer_auth(&self.access_token)
            .send()
            .await
            .map_err(network)?;
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            let text = response.text().await.unwrap_or_default();
            let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            return Err(http_error(STEP, status, &json, &text, url));
        }
        let too_large = |bytes: u64| DownloadError::TooLarge {
            bytes,
            max: self.max_bytes,
        };
        if let Some(len) = response.content_length() {
            if len > self.max_bytes as u64 {
                return Err(too_large(len));
            }
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(network)? {
            if bytes.len() + chunk.len() > self.max_bytes {
                return Err(too_large((bytes.len() + chunk.len()) as u64));
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    }

    async fn pause(&self, attempt: u32, e: &DownloadError) {
        let wait = self
            .backoff
            .saturating_mul(2u32.saturating_pow(attempt - 1));
        tracing::warn!(error = %e, attempt, ?wait, "media download failed; retrying");
        tokio::time::sleep(wait).await;
    }
}

fn http_error(
    step: &'static str,
    status: u16,
    json: &Value,
    text: &str,
    what: &str,
) -> DownloadError {
    let message = json
        .pointer("/error/message")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| crate::text::clip(text, 200));
    let code = json.pointer("/error/code").and_then(Value::as_i64);
    match (status, code) {
        // 190: the token expired or was revoked.
        (401, _) | (_, Some(190)) => DownloadError::Unauthorized { status, message },
        (403, _) => DownloadError::Unauthorized { status, message },
        (404 | 410, _) => DownloadError::NotFound(what.to_string()),
        // An unknown or expired media id is answered 400 with code 100.
        (400, Some(100)) => DownloadError::NotFound(what.to_string()),
        _ => DownloadError::Http {
            status,
            step,
            message,
        },
    }
}

/// Whether `bytes` hash to `expected` (hex or base64). None when `expected` is neither.
pub fn checksum_matches(expected: &str, bytes: &[u8]) -> Option<bool> {
    let expected = expected.trim();
    let digest = Sha256::digest(bytes);
    if expected.len() == 64 && expected.chars().all(|c| c.is_ascii_hexdigit()) {
        return Some(expected.eq_ignore_ascii_case(&hex::encode(digest)));
    }
    if expected.len() == 44 && expected.ends_with('=') {
        let ours = base64(&digest);
        // WhatsApp may use the URL-safe alphabet.
        let theirs = expected.replace('-', "+").replace('_', "/");
        return Some(ours == theirs);
    }
    None
}

/// Standard base64 with padding (only for comparing hashes; no dependency needed for that).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_in_hex_and_base64() {
        // SHA-256("abc")
        let hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        let b64 = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";
        assert_eq!(checksum_matches(hex, b"abc"), Some(true));
        assert_eq!(checksum_matches(&hex.to_uppercase(), b"abc"), Some(true));
        assert_eq!(checksum_matches(b64, b"abc"), Some(true));
        assert_eq!(checksum_matches(b64, b"abd"), Some(false));
        assert_eq!(checksum_matches(hex, b"abd"), Some(false));
        assert_eq!(checksum_matches("not a hash", b"abc"), None);
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"a"), "YQ==");
    }

    #[test]
    fn errors_are_classified() {
        let j = |code: i64| serde_json::json!({"error": {"code": code, "message": "m"}});
        assert!(matches!(
            http_error("x", 404, &Value::Null, "", "id"),
            DownloadError::NotFound(_)
        ));
        assert!(matches!(
            http_error("x", 400, &j(100), "", "id"),
            DownloadError::NotFound(_)
        ));
        assert!(matches!(
            http_error("x", 401, &j(190), "", "id"),
            DownloadError::Unauthorized { .. }
        ));
        let e = http_error("x", 503, &Value::Null, "busy", "id");
        assert!(e.is_transient());
        assert!(!http_error("x", 400, &j(131009), "", "id").is_transient());
    }
}
