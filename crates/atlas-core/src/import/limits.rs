//! Size limits for what the app reads, checked before reading; a file over the limit
//! is refused with [`LoadErrorKind::FileTooLarge`], naming the file, its size and the
//! limit.

use crate::issue::{LoadError, LoadErrorKind};

/// What kind of file is being read.
pub use crate::issue::FileKind;

impl FileKind {
    /// The largest file of this kind the app reads, in bytes. Boundaries: the app
    /// has drawn a 52 MB file comfortably; far above that the browser tab runs out of
    /// memory first. Tables: a million-row CSV is about 50 MB. Projects carry both.
    pub const fn max_bytes(self) -> u64 {
        match self {
            FileKind::Boundaries => 300_000_000,
            FileKind::Table => 50_000_000,
            FileKind::Project => 350_000_000,
        }
    }
}

/// The most a zipped spreadsheet (XLSX, ODS) may unpack to, by its own directory. Its
/// XML is about ten times the CSV of the same table: 200 MB is a table of about a
/// million cells, and what calamine holds comfortably in the browser.
pub const MAX_UNPACKED_SPREADSHEET: u64 = 200_000_000;

/// Refuse a file over the limit for its kind, before it is read.
///
/// ```
/// use atlas_core::import::limits::{check_size, FileKind};
/// use atlas_core::issue::LoadErrorKind;
/// use atlas_core::Lang;
/// assert!(check_size(FileKind::Table, "små.csv", 1_000).is_ok());
/// let e = check_size(FileKind::Table, "stor.csv", 61_000_000).unwrap_err();
/// assert!(matches!(e.kind, LoadErrorKind::FileTooLarge { bytes: 61_000_000, .. }));
/// assert_eq!(e.sentence(Lang::Da), "stor.csv er 61 MB; appen læser tabeller op til 50 MB. Del filen op, eller vælg færre kolonner.");
/// ```
pub fn check_size(kind: FileKind, name: &str, bytes: u64) -> Result<(), LoadError> {
    let max_bytes = kind.max_bytes();
    if bytes <= max_bytes {
        return Ok(());
    }
    Err(LoadError::new(LoadErrorKind::FileTooLarge {
        name: name.to_owned(),
        file: kind,
        bytes,
        max_bytes,
    }))
}
