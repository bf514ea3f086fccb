//! Size limits for what the app reads, checked before reading, with a sentence
//! that names the file, its size and the limit.

use crate::issue::LoadError;

/// What kind of file is being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Boundaries,
    Table,
    Project,
}

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

    /// (what, advice) in Danish and English.
    fn words(self) -> [(&'static str, &'static str); 2] {
        match self {
            FileKind::Boundaries => [
                (
                    "grænsefiler",
                    "Forenkl grænserne (fx i mapshaper), eller del filen op.",
                ),
                (
                    "boundary files",
                    "Simplify the boundaries (e.g. in mapshaper), or split the file.",
                ),
            ],
            FileKind::Table => [
                ("tabeller", "Del filen op, eller vælg færre kolonner."),
                ("tables", "Split the file, or choose fewer columns."),
            ],
            FileKind::Project => [
                ("projektfiler", "Gem projektet med forenklede grænser."),
                (
                    "project files",
                    "Save the project with simplified boundaries.",
                ),
            ],
        }
    }
}

/// Refuse a file over the limit for its kind, before it is read.
///
/// ```
/// use atlas_core::import::limits::{check_size, FileKind};
/// assert!(check_size(FileKind::Table, "små.csv", 1_000).is_ok());
/// let e = check_size(FileKind::Table, "stor.csv", 61_000_000).unwrap_err();
/// assert_eq!(e.da, "stor.csv er 61 MB; appen læser tabeller op til 50 MB. Del filen op, eller vælg færre kolonner.");
/// ```
pub fn check_size(kind: FileKind, name: &str, bytes: u64) -> Result<(), LoadError> {
    let max = kind.max_bytes();
    if bytes <= max {
        return Ok(());
    }
    let [(da, da_advice), (en, en_advice)] = kind.words();
    let mb = (bytes as f64 / 1e6).round();
    let max_mb = max / 1_000_000;
    Err(LoadError::new(
        format!("{name} er {mb:.0} MB; appen læser {da} op til {max_mb} MB. {da_advice}"),
        format!("{name} is {mb:.0} MB; the app reads {en} up to {max_mb} MB. {en_advice}"),
    ))
}
