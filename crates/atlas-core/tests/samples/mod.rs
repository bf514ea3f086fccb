//! One sample of every problem kind, clause and format, for `words.rs`.
#![allow(dead_code)]

use atlas_core::classify::methods::CannotClassify;
use atlas_core::issue::{
    BinaryFormat, FeatureProblem, FileKind, InternalFault, Issue, IssueKind, LoadErrorKind,
    Location, PolygonProblem,
};

pub fn s(x: &str) -> String {
    x.to_owned()
}

pub fn feature_problems() -> Vec<FeatureProblem> {
    vec![
        FeatureProblem::NestedTooDeeply,
        FeatureProblem::DuplicateField {
            field: s("coordinates"),
        },
        FeatureProblem::UnknownGeometryType { name: s("Circle") },
        FeatureProblem::MissingField { field: s("type") },
        FeatureProblem::NotANumber,
        FeatureProblem::EndsEarly,
        FeatureProblem::WrongShape,
    ]
}

pub fn polygon_problems() -> Vec<PolygonProblem> {
    vec![
        PolygonProblem::CrossesItself,
        PolygonProblem::HoleOutside,
        PolygonProblem::RingsCross,
        PolygonProblem::Other {
            detail: s("too few points"),
        },
    ]
}

pub fn issue_kinds() -> Vec<IssueKind> {
    use IssueKind as K;
    let mut kinds: Vec<IssueKind> = feature_problems()
        .into_iter()
        .map(|problem| K::FeatureUnreadable { problem })
        .collect();
    kinds.extend(
        polygon_problems()
            .into_iter()
            .map(|problem| K::PolygonInvalid { problem }),
    );
    kinds.extend([
        K::NoGeometry,
        K::NoPolygons,
        K::PositionTooShort,
        K::CoordinatesNotNumbers,
        K::PolygonWithoutRings,
        K::CollectionsNestedTooDeeply,
        K::CoordinateOffGlobe { x: 200.5, y: -95.0 },
        K::RingClosed,
        K::OuterRingTooSmall,
        K::HoleTooSmall,
        K::CrsUnknown {
            name: s("EPSG:9999"),
            guess: Some(s("EPSG:25832 (UTM 32N)")),
        },
        K::CrsUnknown {
            name: s("EPSG:9999"),
            guess: None,
        },
        K::CrsGuessed {
            crs: s("EPSG:25832 (UTM 32N)"),
        },
        K::PointsOrLinesSkipped { count: 3 },
        K::FeaturesUnreadableInAll { count: 12 },
        K::PolygonsNotValidated {
            count: 2,
            vertex_limit: 2000,
        },
        K::KeyMissing { key: s("KOMKODE") },
        K::KeyShared {
            key: s("07"),
            first: s("Dublet A"),
            second: s("Dublet B"),
        },
        K::PartsMerged {
            parts: 4,
            areas: 2,
            key: s("KOMKODE"),
        },
        K::RowFieldCount {
            fields: 4,
            header: 3,
        },
        K::RowUnreadable {
            detail: s("bad byte"),
        },
        K::MixedEncoding {
            lines: vec![3, 5, 7],
        },
        K::ReadAsWindows1252,
        K::MergedCellsFilled {
            cells: 6,
            sheet: s("Ark1"),
        },
        K::FormulasUnsaved {
            sheet: s("Ark1"),
            cells: (1..=10).map(|r| format!("C{r}")).collect(),
        },
        K::FormulaErrors {
            sheet: s("Ark1"),
            cells: 2,
        },
        K::SheetChosen {
            sheet: s("Ark1"),
            sheets: 3,
        },
        K::RowWithoutKey,
        K::TimeNotYear { time: s("i går") },
        K::ValueRepeated {
            indicator: s("Indkomst"),
            year: Some(2021),
        },
        K::ValueRepeated {
            indicator: s("Indkomst"),
            year: None,
        },
        K::NumberUnreadable {
            value: s("x"),
            column: s("indkomst"),
        },
        K::ValuesRepeatedInAll { count: 9 },
        K::NumbersUnreadableInAll { count: 8 },
        K::DescribedColumnMissing,
        K::SplitByDimensions {
            dimensions: vec![s("KØN"), s("ALDER"), s("HERKOMST")],
            combinations: 1212,
        },
        K::AbsentCountedAsZero {
            absent: 77,
            cells: 35_200,
        },
        K::CategoryUnknown {
            dimension: s("KØN"),
            category: s("Ukendt"),
        },
        K::SumRefused {
            dimension: s("ALDER"),
        },
        K::NoTable { areas: 10 },
        K::RowAlreadyMatched {
            label: s("Bydel - Østerbro"),
            district: s("Østerbro"),
        },
        K::RowUnmatched {
            label: s("Østerbr"),
            suggestions: vec![s("Østerbro"), s("Nørrebro")],
            noun: atlas_core::text::noun::Noun::Bydel,
        },
        K::RowUnmatched {
            label: s("København i alt"),
            suggestions: Vec::new(),
            noun: atlas_core::text::noun::Noun::Omraade,
        },
        K::RowsOtherLevel {
            level: s("lokaludvalg"),
            rows: 1,
        },
        K::NothingMatched {
            rows: 5,
            areas: 10,
            key: s("kode"),
        },
        K::DistrictWithoutRow,
        K::MatchSummary {
            matched: 3,
            rows: 5,
            with_data: 3,
            areas: 10,
            noun: atlas_core::text::noun::Noun::Kvarter,
        },
        K::LinkParameterUnreadable {
            key: s("metode"),
            value: s("magic"),
        },
    ]);
    kinds
}

pub fn load_error_kinds() -> Vec<LoadErrorKind> {
    use LoadErrorKind as K;
    let mut kinds: Vec<LoadErrorKind> = [FileKind::Boundaries, FileKind::Table, FileKind::Project]
        .into_iter()
        .map(|file| K::FileTooLarge {
            name: s("stor.csv"),
            file,
            bytes: 61_000_000,
            max_bytes: 50_000_000,
        })
        .collect();
    kinds.extend(
        [
            BinaryFormat::Png,
            BinaryFormat::Pdf,
            BinaryFormat::Zip,
            BinaryFormat::Gif,
            BinaryFormat::Unknown,
        ]
        .into_iter()
        .map(|format| K::Binary { format }),
    );
    let problems = vec![
        Issue::warning(
            Location::Feature {
                index: 0,
                name: None,
            },
            IssueKind::FeatureUnreadable {
                problem: FeatureProblem::NotANumber,
            },
        ),
        Issue::warning(
            Location::Feature {
                index: 1,
                name: Some(s("Streg")),
            },
            IssueKind::OuterRingTooSmall,
        ),
    ];
    kinds.extend([
        K::FileEmpty,
        K::NestedTooDeeply,
        K::Truncated,
        K::NotJson { line: 1, column: 1 },
        K::NoType,
        K::NotGeoJson {
            type_name: s("Topology"),
        },
        K::EmptyCollection,
        K::CoordinatesUnrecognised {
            min_x: 200.0,
            max_x: 210.0,
        },
        K::NoUsablePolygons {
            problems: problems.clone(),
            more: 4,
        },
        K::NoUsablePolygons { problems, more: 0 },
        K::NoUsablePolygons {
            problems: Vec::new(),
            more: 0,
        },
        K::NoExtent,
        K::TableEmpty,
        K::HeaderUnreadable {
            detail: s("bad byte"),
        },
        K::JsonUnreadable { line: 2, column: 7 },
        K::NotRecords,
        K::MetadataUnreadable {
            line: 3,
            column: 4,
            detail: s("bad byte"),
        },
        K::OneColumn,
        K::NoDataRows,
        K::KeyColumnMissing { column: s("kode") },
        K::NoAreaColumn,
        K::NoNumberColumns,
        K::NoAreaCodes,
        K::SpreadsheetUnopenable {
            detail: s("zip archive damaged"),
        },
        K::UnpacksTooLarge {
            name: s("bombe.xlsx"),
            bytes: 6_900_000,
            unpacked: 2_147_000_000,
            max_unpacked: 200_000_000,
        },
        K::NoSheetWithTable,
        K::ProjectNotJson {
            line: 1,
            column: 120,
        },
        K::NotAProject,
        K::ProjectTooNew {
            version: 7,
            supported: 1,
        },
        K::ProjectNoVersion,
        K::ProjectDamaged {
            detail: s("scenes missing"),
        },
        K::AddressRefused {
            url: s("javascript:alert(1)"),
        },
        K::Unreachable {
            url: s("https://example.org/bydele.geojson"),
        },
        K::Offline {
            url: s("https://example.org/bydele.geojson"),
        },
        K::HttpStatus {
            url: s("data/bydele.geojson"),
            status: 404,
        },
        K::Superseded {
            name: s("sogne.geojson"),
        },
        K::LoaderStopped {
            name: s("landsudtræk.xlsx"),
            cause: Some(s("RuntimeError: unreachable")),
        },
        K::Internal {
            name: s("sogne.geojson"),
            fault: InternalFault::Protocol,
            detail: s("the answer is cut short"),
        },
        K::Internal {
            name: s("demo/forberedt.bin"),
            fault: InternalFault::ReadyAnswers,
            detail: s("the answer is cut short"),
        },
        K::Internal {
            name: s("skabelon.xlsx"),
            fault: InternalFault::Writing,
            detail: s("the sheet name is too long"),
        },
    ]);
    kinds
}

pub fn cannot_classify() -> Vec<CannotClassify> {
    use CannotClassify as C;
    vec![
        C::NoValues,
        C::QuantileNoValues,
        C::EqualIntervalsSameValue,
        C::NaturalBreaksTooFewValues {
            classes: 5,
            distinct: 2,
        },
        C::NaturalBreaksFailed {
            detail: s("too few values"),
        },
        C::StdDevTooFewValues,
        C::BoxMapTooFewValues { count: 3 },
        C::BoxMapSameValue,
        C::BoxMapNoSpread { value: 0.5 },
        C::ManualNoBreaks,
    ]
}
