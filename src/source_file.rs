//! Reading input files safely: size limit, directories, invalid UTF-8.
//!
//! Every file the tool reads goes through [`read_text`], so a directory given
//! by mistake, a 200 MB log or a binary file gets the same clear message.

use std::fs;
use std::io::Read;
use std::path::Path;

use thiserror::Error;

use crate::yaml::Pos;

/// Largest guideline or answer file accepted: 8 MiB. The built-in guidelines
/// are about 60 KB and a full answer file with long notes stays under 200 KB.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, Error)]
pub enum ReadError {
    /// The OS refused or the file is missing.
    #[error("{path}: cannot read: {reason}")]
    Io {
        /// The path as given.
        path: String,
        /// The OS message.
        reason: String,
    },
    /// The path is a directory.
    #[error("{path}: is a directory, expected a file")]
    Directory {
        /// The path as given.
        path: String,
    },
    /// The file is over [`MAX_FILE_BYTES`].
    #[error("{path}: file is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The path as given.
        path: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    #[error("{path}:{pos}: not UTF-8 text (is it a binary file?)")]
    NotText {
        /// The path as given.
        path: String,
        /// Where the first bad byte is.
        pos: Pos,
    },
}

/// Reads a whole text file, refusing directories, files over
/// [`MAX_FILE_BYTES`] and anything that is not UTF-8.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let shown = path.display().to_string();
    let io = |e: std::io::Error| ReadError::Io {
        path: shown.clone(),
        reason: describe_io(&e),
    };
    let meta = fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ReadError::Directory { path: shown });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            path: shown,
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // `take` guards against a file that grows while we read it.
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            path: shown,
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    text_from_bytes(bytes).map_err(|pos| ReadError::NotText { path: shown, pos })
}

/// Turns bytes into text, or gives the position of the first invalid byte.
/// A NUL byte counts as invalid: no text file of ours contains one.
pub fn text_from_bytes(bytes: Vec<u8>) -> Result<String, Pos> {
    let bad_at = |valid: &[u8]| {
        let before = String::from_utf8_lossy(valid);
        let line = before.matches('\n').count() as u32 + 1;
        let col = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
        Pos::new(line, col)
    };
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(bad_at(&bytes[..nul]));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        bad_at(&e.into_bytes()[..valid])
    })
}

/// A short, stable description of an I/O error (no "os error 2" noise).
pub fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file".to_string(),
        PermissionDenied => "permission denied".to_string(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_bad_byte() {
        assert_eq!(
            text_from_bytes(b"ab\ncd\xffe".to_vec()),
            Err(Pos::new(2, 3))
        );
        assert_eq!(text_from_bytes(b"x\0".to_vec()), Err(Pos::new(1, 2)));
        assert_eq!(text_from_bytes("é\n".as_bytes().to_vec()).unwrap(), "é\n");
    }
}
