//! What went wrong, as data: one variant per distinct problem, carrying its facts
//! (names, numbers, cell references, line lists). The sentences are in `words`, the
//! stable ids in `codes`.

use super::Issue;

/// A recoverable problem found while loading or joining.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub enum IssueKind {
    // Boundaries: features and their polygons.
    /// A feature's JSON could not be read; it was skipped.
    FeatureUnreadable { problem: FeatureProblem },
    /// A feature's geometry is `null`.
    NoGeometry,
    /// A feature has no polygons (only points or lines).
    NoPolygons,
    /// A position with fewer than two coordinates; the polygon was skipped.
    PositionTooShort,
    /// Coordinates that are not finite numbers; the polygon was skipped.
    CoordinatesNotNumbers,
    /// A polygon without rings.
    PolygonWithoutRings,
    /// GeometryCollections nested past the loader's depth.
    CollectionsNestedTooDeeply,
    /// A coordinate off the globe (after reprojection); the polygon was skipped.
    CoordinateOffGlobe { x: f64, y: f64 },
    /// An open ring, closed by the loader.
    RingClosed,
    /// An outer ring of under three distinct points; the polygon was skipped.
    OuterRingTooSmall,
    /// A hole of under three distinct points; the hole was skipped.
    HoleTooSmall,
    /// An invalid polygon, drawn anyway.
    PolygonInvalid { problem: PolygonProblem },
    /// The file's `crs` names an unknown system; `guess` was inferred (its label).
    CrsUnknown { name: String, guess: Option<String> },
    /// No `crs` member and the coordinates are not degrees: `crs` (its label) was used.
    CrsGuessed { crs: String },
    /// Points or lines skipped (only polygons are areas).
    PointsOrLinesSkipped { count: usize },
    /// How many features could not be read in all (past the ones reported one by one).
    FeaturesUnreadableInAll { count: usize },
    /// Polygons too large (or too many vertices in the file) to be validated.
    PolygonsNotValidated { count: usize, vertex_limit: usize },
    /// A feature lacks the key property; its position is used.
    KeyMissing { key: String },
    /// One key used by features with different names; they are one area.
    KeyShared {
        key: String,
        first: String,
        second: String,
    },
    /// `parts` features sharing the key property were merged into `areas` areas.
    PartsMerged {
        parts: usize,
        areas: usize,
        key: String,
    },

    // Tables: text, spreadsheets, rows and cells.
    /// A row with a different number of fields than the header.
    RowFieldCount { fields: usize, header: usize },
    /// A row the CSV reader could not read (its message).
    RowUnreadable { detail: String },
    /// Mixed encodings: these lines are Windows-1252, the rest UTF-8.
    MixedEncoding { lines: Vec<usize> },
    /// The file is not UTF-8 and was read as Windows-1252.
    ReadAsWindows1252,
    /// Empty label cells (merged cells) filled with the value above.
    MergedCellsFilled { cells: usize, sheet: String },
    /// Cells (as "C3") with a formula but no saved result.
    FormulasUnsaved { sheet: String, cells: Vec<String> },
    /// Cells holding a formula error such as `#DIV/0!`.
    FormulaErrors { sheet: String, cells: usize },
    /// Which sheet of a workbook with several was read.
    SheetChosen { sheet: String, sheets: usize },
    /// A row without an area code.
    RowWithoutKey,
    /// A row whose time is not a year.
    TimeNotYear { time: String },
    /// A value repeated for the same area (and year); the first was used.
    ValueRepeated {
        indicator: String,
        year: Option<i32>,
    },
    /// A cell that is not a number.
    NumberUnreadable { value: String, column: String },
    /// How many values were repeated in all.
    ValuesRepeatedInAll { count: usize },
    /// How many cells were not numbers in all.
    NumbersUnreadableInAll { count: usize },
    /// A column described in the metadata file is not in the table.
    DescribedColumnMissing,
    /// A measure split by dimensions: one indicator with a picker per dimension.
    SplitByDimensions {
        dimensions: Vec<String>,
        combinations: usize,
    },
    /// Combinations without a row in a count split by dimensions: 0 in sums.
    AbsentCountedAsZero { absent: usize, cells: usize },
    /// A link or scene names a category the dimension does not have.
    CategoryUnknown { dimension: String, category: String },
    /// A sum over a dimension was asked of a measure that is not a count.
    SumRefused { dimension: String },

    // Join: the table onto the map.
    /// No table: the map shows the boundaries of `areas` areas.
    NoTable { areas: usize },
    /// A row matches a district that already has a row.
    RowAlreadyMatched { label: String, district: String },
    /// A row matches no district; the nearest names are suggested.
    RowUnmatched {
        label: String,
        suggestions: Vec<String>,
        /// What the map's areas are called.
        #[serde(default)]
        noun: crate::text::noun::Noun,
    },
    /// Rows of another division (e.g. "Lokaludvalg - …"), by level.
    RowsOtherLevel { level: String, rows: usize },
    /// No row matched: the map shows the boundaries only.
    NothingMatched {
        rows: usize,
        areas: usize,
        key: String,
    },
    /// A district without a row: shown as missing data.
    DistrictWithoutRow,
    /// How well the table matched.
    MatchSummary {
        matched: usize,
        rows: usize,
        with_data: usize,
        areas: usize,
        /// What the areas are called («4 af 11 bydele har data»).
        #[serde(default)]
        noun: crate::text::noun::Noun,
    },

    // Links.
    /// A link's view parameter that could not be read.
    LinkParameterUnreadable { key: String, value: String },
}

/// Why one GeoJSON feature could not be read: serde's message made into a clause.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum FeatureProblem {
    /// Nested over serde's recursion limit.
    NestedTooDeeply,
    /// A field given twice.
    DuplicateField { field: String },
    /// A geometry type GeoJSON does not have.
    UnknownGeometryType { name: String },
    /// A required field is missing.
    MissingField { field: String },
    /// `NaN` or `Infinity`, which are not JSON numbers.
    NotANumber,
    /// The text ends inside the feature.
    EndsEarly,
    /// Anything else: a value has the wrong shape or type.
    WrongShape,
}

/// What is wrong with a polygon, in geo's validation's terms.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum PolygonProblem {
    /// A ring crosses itself.
    CrossesItself,
    /// A hole lies outside the outer ring.
    HoleOutside,
    /// The rings cross each other.
    RingsCross,
    /// geo's own message, for anything else.
    Other { detail: String },
}

/// What binary file a supposed GeoJSON file looks like.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryFormat {
    Png,
    Pdf,
    /// A zip archive (a zipped shapefile, a spreadsheet).
    Zip,
    Gif,
    Unknown,
}

/// What kind of file is being read (its size limit is in `import::limits`).
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Boundaries,
    Table,
    Project,
}

/// What the atlas was doing when it failed internally ([`LoadErrorKind::Internal`]).
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InternalFault {
    /// The page and the loader worker did not understand each other: a message cut
    /// short or garbled, or the answer to another job.
    Protocol,
    /// A built-in example's ready-made answers (`forberedt.bin`) could not be read.
    ReadyAnswers,
    /// A file the atlas writes (the template workbook) could not be written.
    Writing,
}

/// Why input cannot be used at all.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub enum LoadErrorKind {
    // Any file.
    /// Over the size limit for its kind.
    FileTooLarge {
        name: String,
        file: FileKind,
        bytes: u64,
        max_bytes: u64,
    },

    // Boundary files.
    /// Zero bytes.
    FileEmpty,
    /// Not text but binary data.
    Binary { format: BinaryFormat },
    /// Nested over the JSON reader's recursion limit.
    NestedTooDeeply,
    /// The JSON text ends part-way through.
    Truncated,
    /// Not JSON: the first error's position.
    NotJson { line: usize, column: usize },
    /// JSON without a `type` field.
    NoType,
    /// JSON of another `type` than GeoJSON's.
    NotGeoJson { type_name: String },
    /// A FeatureCollection without features.
    EmptyCollection,
    /// Coordinates in no system the app recognises (their x extent).
    CoordinatesUnrecognised { min_x: f64, max_x: f64 },
    /// No usable polygons; the first problems (at most three) and how many more.
    NoUsablePolygons { problems: Vec<Issue>, more: usize },
    /// The areas have nothing to draw.
    NoExtent,

    // Tables.
    /// Empty text.
    TableEmpty,
    /// The CSV header line could not be read (the reader's message).
    HeaderUnreadable { detail: String },
    /// A JSON table that is not JSON.
    JsonUnreadable { line: usize, column: usize },
    /// JSON that is not a list of records.
    NotRecords,
    /// The metadata sidecar could not be read (serde's message).
    MetadataUnreadable {
        line: usize,
        column: usize,
        detail: String,
    },
    /// A single column.
    OneColumn,
    /// A header but no rows.
    NoDataRows,
    /// The metadata's key column is not in the table.
    KeyColumnMissing { column: String },
    /// No column to use for areas.
    NoAreaColumn,
    /// No numeric columns.
    NoNumberColumns,
    /// No row has an area code.
    NoAreaCodes,
    /// Not a workbook calamine can open (its message).
    SpreadsheetUnopenable { detail: String },
    /// A zipped workbook whose directory declares more unpacked data than the app reads
    /// (a zip bomb, or a national export that would run the tab out of memory).
    UnpacksTooLarge {
        name: String,
        bytes: u64,
        unpacked: u64,
        max_unpacked: u64,
    },
    /// No sheet with a header row and data.
    NoSheetWithTable,

    // Project files.
    /// Not JSON: the first error's position.
    ProjectNotJson { line: usize, column: usize },
    /// No `"format": "samskabelsesatlas"`.
    NotAProject,
    /// Saved by a newer version.
    ProjectTooNew { version: u64, supported: u32 },
    /// No valid `version`.
    ProjectNoVersion,
    /// The right format and version, but serde could not read it (its message).
    ProjectDamaged { detail: String },

    // Fetching (the app's loader).
    /// Not an http(s) address.
    AddressRefused { url: String },
    /// No answer, or CORS refused.
    Unreachable { url: String },
    /// The browser is offline.
    Offline { url: String },
    /// An HTTP error status.
    HttpStatus { url: String, status: u16 },
    /// The load was stopped because another file was chosen meanwhile.
    Superseded { name: String },
    /// The loader stopped without an answer (out of memory, or a fault in it); the
    /// page and its map are unharmed. `cause` is the browser's own words, if any.
    LoaderStopped { name: String, cause: Option<String> },

    // The atlas itself.
    /// A bug, not the file: the atlas failed internally while handling the file called
    /// `name` (see [`InternalFault`]); `detail` is the technical cause, for the report.
    Internal {
        name: String,
        fault: InternalFault,
        detail: String,
    },
}

/// Why a classification method cannot classify these values.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub enum CannotClassify {
    /// No finite values.
    NoValues,
    /// Quantiles found no values.
    QuantileNoValues,
    /// Equal intervals of one value.
    EqualIntervalsSameValue,
    /// Fewer distinct values than classes.
    NaturalBreaksTooFewValues { classes: usize, distinct: usize },
    /// ckmeans failed (its message).
    NaturalBreaksFailed { detail: String },
    /// Standard deviation of fewer than two distinct values.
    StdDevTooFewValues,
    /// A box map of fewer than four values.
    BoxMapTooFewValues { count: usize },
    /// A box map of one value.
    BoxMapSameValue,
    /// A box map whose middle half is one value.
    BoxMapNoSpread { value: f64 },
    /// Manual breaks without a break.
    ManualNoBreaks,
}
