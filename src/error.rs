//! The crate's one error type.

use std::path::PathBuf;

/// Everything that can go wrong. Each variant says how the caller can proceed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read. Check the path and permissions; other documents
    /// are unaffected.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// The document has no text. Skip it.
    #[error("document {doc}: empty")]
    Empty {
        /// Document id.
        doc: String,
    },
    /// The document holds binary data (NUL or other control bytes), not text. Skip it.
    #[error("document {doc}: binary content, not text")]
    Binary {
        /// Document id.
        doc: String,
    },
    /// The document is not valid UTF-8. Re-encode it as UTF-8 and ingest again.
    #[error("document {doc}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Document id.
        doc: String,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A line is longer than the limit (no news text has such lines). Split the input.
    #[error("document {doc}: a line of {len} bytes exceeds the limit of {limit}")]
    LineTooLong {
        /// Document id.
        doc: String,
        /// Length of the longest line.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The document has text but no sentence in it. Skip it.
    #[error("document {doc}: no sentences")]
    NoSentences {
        /// Document id.
        doc: String,
    },
    /// A document with this id was already ingested. Give documents distinct ids.
    #[error("document {doc}: a document with this id was already ingested")]
    DuplicateDocument {
        /// Document id.
        doc: String,
    },
    /// A date string could not be read. Give dates as YYYY, YYYY-MM or YYYY-MM-DD.
    #[error("unknown date {text:?}")]
    UnknownDate {
        /// The text that was not understood.
        text: String,
    },
    /// A tagger model file is not one this version can read.
    #[error("tagger model: {why}")]
    Model {
        /// What is wrong with it.
        why: String,
    },
    /// JSON could not be written or read.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Result with the crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
