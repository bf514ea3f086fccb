//! Bytes of a table file → text: a BOM decides; else valid UTF-8 is UTF-8, and
//! anything else is read as Windows-1252 (what Danish Excel saves as "CSV").

/// The encoding a file was read with, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
    /// Mostly UTF-8, with some lines in Windows-1252 (rows pasted from another file).
    Mixed,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16 => "UTF-16",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Mixed => "UTF-8 + Windows-1252",
        }
    }
}

/// Decode `bytes`, detecting the encoding.
///
/// ```
/// use atlas_core::import::decode::{decode_text, Encoding};
/// assert_eq!(decode_text(b"\xEF\xBB\xBFkode;navn"), ("kode;navn".to_owned(), Encoding::Utf8));
/// // "Østerbro" saved by Excel in Windows-1252:
/// assert_eq!(decode_text(b"\xD8sterbro"), ("Østerbro".to_owned(), Encoding::Windows1252));
/// ```
pub fn decode_text(bytes: &[u8]) -> (String, Encoding) {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let which = if enc == encoding_rs::UTF_8 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        };
        return (text.into_owned(), which);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Encoding::Utf8),
        Err(_) => {
            let lines = legacy_lines(bytes);
            if lines.utf8_multibyte {
                return (lines.text, Encoding::Mixed);
            }
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), Encoding::Windows1252)
        }
    }
}

/// A file decoded line by line: each line as UTF-8 when it is valid UTF-8, else as
/// Windows-1252.
#[derive(Clone, Debug, PartialEq)]
pub struct LineDecoded {
    pub text: String,
    /// One-based numbers of the lines read as Windows-1252.
    pub legacy: Vec<usize>,
    /// Whether some valid line has non-ASCII UTF-8 (so the file really mixes both).
    pub utf8_multibyte: bool,
}

/// Decode `bytes` line by line (see [`LineDecoded`]).
///
/// ```
/// use atlas_core::import::decode::legacy_lines;
/// let mut bytes = "navn\nØsterbro\n".as_bytes().to_vec();
/// bytes.extend_from_slice(b"N\xF8rrebro\n"); // Nørrebro in Windows-1252
/// let d = legacy_lines(&bytes);
/// assert_eq!(d.text, "navn\nØsterbro\nNørrebro\n");
/// assert_eq!(d.legacy, vec![3]);
/// assert!(d.utf8_multibyte);
/// ```
pub fn legacy_lines(bytes: &[u8]) -> LineDecoded {
    let mut out = LineDecoded {
        text: String::with_capacity(bytes.len()),
        legacy: Vec::new(),
        utf8_multibyte: false,
    };
    for (i, line) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
        match std::str::from_utf8(line) {
            Ok(s) => {
                out.utf8_multibyte |= !s.is_ascii();
                out.text.push_str(s);
            }
            Err(_) => {
                out.legacy.push(i + 1);
                let (s, _, _) = encoding_rs::WINDOWS_1252.decode(line);
                out.text.push_str(&s);
            }
        }
    }
    out
}
