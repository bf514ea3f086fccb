//! A stable kebab-case id per kind, for the UI's `data-kind` attribute and for tests
//! (unlike the sentences, these never change with wording or language).

use super::kinds::{CannotClassify, IssueKind, LoadErrorKind};

impl IssueKind {
    /// The kind's stable id.
    ///
    /// ```
    /// use atlas_core::issue::IssueKind;
    /// assert_eq!(IssueKind::RingClosed.code(), "ring-closed");
    /// ```
    pub fn code(&self) -> &'static str {
        use IssueKind as K;
        match self {
            K::FeatureUnreadable { .. } => "feature-unreadable",
            K::NoGeometry => "no-geometry",
            K::NoPolygons => "no-polygons",
            K::PositionTooShort => "position-too-short",
            K::CoordinatesNotNumbers => "coordinates-not-numbers",
            K::PolygonWithoutRings => "polygon-without-rings",
            K::CollectionsNestedTooDeeply => "collections-nested-too-deeply",
            K::CoordinateOffGlobe { .. } => "coordinate-off-globe",
            K::RingClosed => "ring-closed",
            K::OuterRingTooSmall => "outer-ring-too-small",
            K::HoleTooSmall => "hole-too-small",
            K::PolygonInvalid { .. } => "polygon-invalid",
            K::CrsUnknown { .. } => "crs-unknown",
            K::CrsGuessed { .. } => "crs-guessed",
            K::PointsOrLinesSkipped { .. } => "points-or-lines-skipped",
            K::FeaturesUnreadableInAll { .. } => "features-unreadable-in-all",
            K::PolygonsNotValidated { .. } => "polygons-not-validated",
            K::KeyMissing { .. } => "key-missing",
            K::KeyShared { .. } => "key-shared",
            K::PartsMerged { .. } => "parts-merged",
            K::RowFieldCount { .. } => "row-field-count",
            K::RowUnreadable { .. } => "row-unreadable",
            K::MixedEncoding { .. } => "mixed-encoding",
            K::ReadAsWindows1252 => "read-as-windows-1252",
            K::MergedCellsFilled { .. } => "merged-cells-filled",
            K::FormulasUnsaved { .. } => "formulas-unsaved",
            K::FormulaErrors { .. } => "formula-errors",
            K::SheetChosen { .. } => "sheet-chosen",
            K::RowWithoutKey => "row-without-key",
            K::TimeNotYear { .. } => "time-not-year",
            K::ValueRepeated { .. } => "value-repeated",
            K::NumberUnreadable { .. } => "number-unreadable",
            K::ValuesRepeatedInAll { .. } => "values-repeated-in-all",
            K::NumbersUnreadableInAll { .. } => "numbers-unreadable-in-all",
            K::DescribedColumnMissing => "described-column-missing",
            K::SplitByDimensions { .. } => "split-by-dimensions",
            K::AbsentCountedAsZero { .. } => "absent-counted-as-zero",
            K::CategoryUnknown { .. } => "category-unknown",
            K::SumRefused { .. } => "sum-refused",
            K::NoTable { .. } => "no-table",
            K::RowAlreadyMatched { .. } => "row-already-matched",
            K::RowUnmatched { .. } => "row-unmatched",
            K::RowsOtherLevel { .. } => "rows-other-level",
            K::NothingMatched { .. } => "nothing-matched",
            K::DistrictWithoutRow => "district-without-row",
            K::MatchSummary { .. } => "match-summary",
            K::LinkParameterUnreadable { .. } => "link-parameter-unreadable",
        }
    }
}

impl LoadErrorKind {
    /// The kind's stable id.
    ///
    /// ```
    /// use atlas_core::issue::LoadErrorKind;
    /// assert_eq!(LoadErrorKind::Truncated.code(), "file-truncated");
    /// ```
    pub fn code(&self) -> &'static str {
        use LoadErrorKind as K;
        match self {
            K::FileTooLarge { .. } => "file-too-large",
            K::FileEmpty => "file-empty",
            K::Binary { .. } => "file-binary",
            K::NestedTooDeeply => "nested-too-deeply",
            K::Truncated => "file-truncated",
            K::NotJson { .. } => "not-json",
            K::NoType => "json-without-type",
            K::NotGeoJson { .. } => "not-geojson",
            K::EmptyCollection => "empty-collection",
            K::CoordinatesUnrecognised { .. } => "coordinates-unrecognised",
            K::NoUsablePolygons { .. } => "no-usable-polygons",
            K::NoExtent => "no-extent",
            K::TableEmpty => "table-empty",
            K::HeaderUnreadable { .. } => "header-unreadable",
            K::JsonUnreadable { .. } => "json-unreadable",
            K::NotRecords => "json-not-records",
            K::MetadataUnreadable { .. } => "metadata-unreadable",
            K::OneColumn => "one-column",
            K::NoDataRows => "no-data-rows",
            K::KeyColumnMissing { .. } => "key-column-missing",
            K::NoAreaColumn => "no-area-column",
            K::NoNumberColumns => "no-number-columns",
            K::NoAreaCodes => "no-area-codes",
            K::SpreadsheetUnopenable { .. } => "spreadsheet-unopenable",
            K::UnpacksTooLarge { .. } => "unpacks-too-large",
            K::NoSheetWithTable => "no-sheet-with-table",
            K::ProjectNotJson { .. } => "project-not-json",
            K::NotAProject => "not-a-project",
            K::ProjectTooNew { .. } => "project-too-new",
            K::ProjectNoVersion => "project-no-version",
            K::ProjectDamaged { .. } => "project-damaged",
            K::AddressRefused { .. } => "address-refused",
            K::Unreachable { .. } => "unreachable",
            K::Offline { .. } => "offline",
            K::HttpStatus { .. } => "http-status",
            K::Superseded { .. } => "superseded",
            K::LoaderStopped { .. } => "loader-stopped",
            K::Internal { .. } => "internal",
        }
    }
}

impl CannotClassify {
    /// The kind's stable id.
    ///
    /// ```
    /// use atlas_core::classify::methods::CannotClassify;
    /// assert_eq!(CannotClassify::ManualNoBreaks.code(), "manual-no-breaks");
    /// ```
    pub fn code(&self) -> &'static str {
        use CannotClassify as K;
        match self {
            K::NoValues => "no-values",
            K::QuantileNoValues => "quantile-no-values",
            K::EqualIntervalsSameValue => "equal-intervals-same-value",
            K::NaturalBreaksTooFewValues { .. } => "natural-breaks-too-few-values",
            K::NaturalBreaksFailed { .. } => "natural-breaks-failed",
            K::StdDevTooFewValues => "std-dev-too-few-values",
            K::BoxMapTooFewValues { .. } => "box-map-too-few-values",
            K::BoxMapSameValue => "box-map-same-value",
            K::BoxMapNoSpread { .. } => "box-map-no-spread",
            K::ManualNoBreaks => "manual-no-breaks",
        }
    }
}
