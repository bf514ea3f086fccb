//! A grid layer in words: what a cell the table does not list counts as. Tables of
//! gridded statistics list only the populated cells, so a cell without a row is
//! *0* for a count (nobody lives there) and *missing* for any other measure (an
//! average of nobody is no number); the legend says which.

use crate::import::cube::summable_by_name;
use crate::model::indicator::{IndicatorMeta, Measure};
use crate::text::Lang;

/// Whether a cell without a row counts as 0 for `meta`: its measure type is a count,
/// or — none given — its categories may be added up or its name says a count.
///
/// ```
/// use atlas_core::model::indicator::{IndicatorMeta, Measure};
/// use atlas_core::present::grid_words::absent_is_zero;
/// assert!(absent_is_zero(&IndicatorMeta::from_column("befolkning")));
/// let mean = IndicatorMeta { measure: Some(Measure::Mean), ..IndicatorMeta::from_column("befolkning") };
/// assert!(!absent_is_zero(&mean));
/// assert!(!absent_is_zero(&IndicatorMeta::from_column("indkomst")));
/// ```
pub fn absent_is_zero(meta: &IndicatorMeta) -> bool {
    match meta.measure {
        Some(m) => m == Measure::Count,
        None => meta.summable == Some(true) || summable_by_name(meta) == Some(true),
    }
}

/// The legend's line for a grid layer's cells without a row.
///
/// ```
/// use atlas_core::model::indicator::IndicatorMeta;
/// use atlas_core::present::grid_words::absent_cells_line;
/// use atlas_core::Lang;
/// let people = IndicatorMeta::from_column("befolkning");
/// assert_eq!(
///     absent_cells_line(&people, Lang::Da),
///     "Celler uden en række i tabellen tæller som 0 (en optælling) og er ikke farvet."
/// );
/// assert!(absent_cells_line(&IndicatorMeta::from_column("indkomst"), Lang::En).contains("missing"));
/// ```
pub fn absent_cells_line(meta: &IndicatorMeta, lang: Lang) -> &'static str {
    match (absent_is_zero(meta), lang) {
        (true, Lang::Da) => {
            "Celler uden en række i tabellen tæller som 0 (en optælling) og er ikke farvet."
        }
        (true, Lang::En) => {
            "Cells without a row in the table count as 0 (a count) and are not coloured."
        }
        (false, Lang::Da) => {
            "Celler uden en række i tabellen mangler data (ikke en optælling) og er ikke farvet."
        }
        (false, Lang::En) => {
            "Cells without a row in the table are missing data (not a count) and are not coloured."
        }
    }
}

/// What «Læg sammen i områder» counted: the rule, the districts, the cells counted
/// and those outside every district with their sum (of the first count, its latest
/// year).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SumReport {
    pub rule: crate::geometry::grid_sum::SumRule,
    pub districts: usize,
    pub noun: crate::text::noun::Noun,
    pub cells_counted: usize,
    pub cells_outside: usize,
    /// The first count's label, its total over the cells and the part outside.
    pub label: String,
    pub total: f64,
    pub outside: f64,
}

/// The report as one sentence: the method, the cells counted, the cells (and their
/// figure) outside every area.
///
/// ```
/// use atlas_core::geometry::grid_sum::SumRule;
/// use atlas_core::present::grid_words::{sum_sentence, SumReport};
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// let r = SumReport { rule: SumRule::Centre, districts: 98, noun: Noun::Kommune,
///     cells_counted: 38_000, cells_outside: 870, label: "befolkning".into(),
///     total: 5_827_458.0, outside: 114_715.0 };
/// assert_eq!(sum_sentence(&r, Lang::Da),
///     "Lagt sammen i 98 kommuner efter cellens midtpunkt: 38.000 celler talt med; \
///      870 celler ligger uden for alle kommuner (befolkning 114.715 af 5.827.458).");
/// ```
pub fn sum_sentence(r: &SumReport, lang: Lang) -> String {
    use crate::geometry::grid_sum::SumRule;
    use crate::text::numbers::format_number;
    let n = |v: usize| format_number(v as f64, 0, lang);
    let many = r.noun.many(lang);
    let (total, outside) = (
        format_number(r.total, 0, lang),
        format_number(r.outside, 0, lang),
    );
    match lang {
        Lang::Da => {
            let how = match r.rule {
                SumRule::AreaShare => {
                    "efter arealandel (hver celle delt efter den del af den, hvert område dækker)"
                }
                SumRule::Centre => "efter cellens midtpunkt",
            };
            format!(
                "Lagt sammen i {} {many} {how}: {} celler talt med; {} celler ligger uden for alle {many} ({} {outside} af {total}).",
                n(r.districts), n(r.cells_counted), n(r.cells_outside), r.label
            )
        }
        Lang::En => {
            let how = match r.rule {
                SumRule::AreaShare => {
                    "by area share (each cell shared by the part of it each area covers)"
                }
                SumRule::Centre => "by the cell's centre",
            };
            format!(
                "Summed into {} {many} {how}: {} cells counted; {} cells lie outside every one of the {many} ({} {outside} of {total}).",
                n(r.districts), n(r.cells_counted), n(r.cells_outside), r.label
            )
        }
    }
}

/// A grid's name with its CRS, as the grid dialog offers it.
pub fn system_label(system: crate::geometry::grid_cell::GridSystem, lang: Lang) -> &'static str {
    use crate::geometry::grid_cell::GridSystem;
    match (system, lang) {
        (GridSystem::Inspire, Lang::Da) => "Det europæiske net (INSPIRE/GEOSTAT, EPSG:3035)",
        (GridSystem::Inspire, Lang::En) => "The European grid (INSPIRE/GEOSTAT, EPSG:3035)",
        (GridSystem::Kvadratnet, Lang::Da) => "Det Danske Kvadratnet (EPSG:25832)",
        (GridSystem::Kvadratnet, Lang::En) => "The Danish kvadratnet (EPSG:25832)",
    }
}

/// A cell side in metres, as people say it: `100 m`, `1 km`.
pub fn size_label(size: u32) -> String {
    if size >= 1000 {
        format!("{} km", size / 1000)
    } else {
        format!("{size} m")
    }
}

/// What a table's corner columns were read as, in a sentence for the grid dialog.
///
/// ```
/// use atlas_core::geometry::grid_cell::GridSystem;
/// use atlas_core::import::grid_layer::GridReading;
/// use atlas_core::present::grid_words::reading_sentence;
/// use atlas_core::Lang;
/// let r = GridReading { system: GridSystem::Kvadratnet, size: 1000, unit: 1 };
/// assert_eq!(
///     reading_sentence(r, Lang::Da),
///     "Hjørnekolonnerne er læst som sydvestlige hjørner i meter på Det Danske Kvadratnet (EPSG:25832), celler på 1 km. Er det forkert, så vælg og læs igen."
/// );
/// ```
pub fn reading_sentence(r: crate::import::grid_layer::GridReading, lang: Lang) -> String {
    let (system, size) = (system_label(r.system, lang), size_label(r.size));
    match lang {
        Lang::Da => {
            let unit = if r.unit == 1000 { "km" } else { "meter" };
            format!("Hjørnekolonnerne er læst som sydvestlige hjørner i {unit} på {system}, celler på {size}. Er det forkert, så vælg og læs igen.")
        }
        Lang::En => {
            let unit = if r.unit == 1000 { "km" } else { "metres" };
            format!("The corner columns were read as south-west corners in {unit} on {system}, cells of {size}. If that is wrong, choose and read again.")
        }
    }
}
