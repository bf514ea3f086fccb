//! Bytes of a table file → text: a BOM decides; else valid UTF-8 is UTF-8, and
//! anything else is read as Windows-1252 (what Danish Excel saves as "CSV").

/// The encoding a file was read with, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16 => "UTF-16",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Decode `bytes`, detecting the encoding.
///
/// ```
/// use atlas_core::decode::{decode_text, Encoding};
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
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), Encoding::Windows1252)
        }
    }
}
