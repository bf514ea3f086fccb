//! Indicator tables as planners have them: Danish CSV/TSV, JSON records (and, through
//! the same grid, spreadsheets), wide (one row per area) or long (statbank exports:
//! area; dimensions…; TID; INDHOLD), pivoted into indicators × years × areas.

use crate::import::cube::{Choice, ChoiceProblem, Cube, Dimension, Evidence};
use crate::import::grid::{grid_from_csv, Grid};
pub use crate::import::pivot::Pivot;
use crate::import::sidecar::Sidecar;
#[cfg(feature = "read-files")]
use crate::import::table_load::TableLoad;
use crate::issue::{Issue, IssueKind, LoadError, Loaded, Location};
use crate::model::indicator::{DatasetMeta, IndicatorMeta};
use crate::text::Lang;

/// One area of a table (its first row).
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Row {
    /// One-based line in the file.
    pub line: usize,
    /// Key as written (a string: leading zeros kept).
    pub key: String,
    pub name: Option<String>,
}

/// A parsed table: indicators × years × areas.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub key_column: String,
    pub name_column: Option<String>,
    pub time_column: Option<String>,
    /// The areas, in order of first appearance.
    pub rows: Vec<Row>,
    /// (Across the loader worker as JSON: the sidecar form leaves defaults out.)
    #[serde(with = "crate::import::as_json")]
    pub indicators: Vec<IndicatorMeta>,
    /// Per indicator: its years, ascending (`[None]` for a table without time).
    pub years: Vec<Vec<Option<i32>>>,
    /// `values[indicator][year][area]`; `None` = missing, never zero.
    pub values: Vec<Vec<Vec<Option<f64>>>>,
    pub dataset: DatasetMeta,
    /// Measures split by dimensions (statbank exports): each is one of the
    /// indicators above, whose values are those of the chosen categories.
    pub cubes: Vec<Cube>,
    /// Text columns that group the areas (`bydel_name`): each with its value per row.
    #[serde(default)]
    pub attributes: Vec<(String, Vec<Option<String>>)>,
}

/// What is chosen in one measure split by dimensions, for the pickers.
#[derive(Clone, Debug, PartialEq)]
pub struct CubeChoice {
    /// The measure's indicator (column id).
    pub column: String,
    pub dims: Vec<Dimension>,
    pub summable: bool,
    pub evidence: Evidence,
    pub choice: Vec<Choice>,
    /// What is shown before the user picks (see [`Cube::default_choice`]).
    pub default: Vec<Choice>,
    /// The words added to the indicator's label for this choice, Danish and English.
    pub words: (String, String),
}

impl CubeChoice {
    /// The choices that differ from the default, as link words (`(dimension,
    /// category or "alle")`): what a link or scene must carry.
    pub fn wish(&self) -> Vec<(String, String)> {
        self.dims
            .iter()
            .zip(self.choice.iter().zip(&self.default))
            .filter(|(_, (c, d))| c != d)
            .map(|(dim, (c, _))| {
                let word = match c {
                    Choice::Category(i) => dim.categories.get(*i).cloned().unwrap_or_default(),
                    Choice::All => crate::import::cube::ALL.to_owned(),
                };
                (dim.name.clone(), word)
            })
            .collect()
    }

    /// The label of `indicator` without the words this choice added to it (what the
    /// description editor keeps).
    pub fn plain_label(&self, label: &str, lang: Lang) -> String {
        let words = match lang {
            Lang::Da => &self.words.0,
            Lang::En => &self.words.1,
        };
        if words.is_empty() {
            return label.to_owned();
        }
        label
            .strip_suffix(words.as_str())
            .and_then(|l| l.strip_suffix(" · "))
            .unwrap_or(label)
            .to_owned()
    }
}

impl Table {
    /// Set cube `c`'s indicator to the values of `choice` (its years: those with a
    /// value); a refused sum leaves it as it was.
    pub(crate) fn set_choice(&mut self, c: usize, choice: &[Choice]) {
        let Some(cube) = self.cubes.get(c) else {
            return;
        };
        let Some(i) = self.indicators.iter().position(|m| m.column == cube.column) else {
            return;
        };
        let Ok(cols) = cube.select(choice) else {
            return;
        };
        let (ys, cols): (Vec<_>, Vec<_>) = cube
            .years
            .iter()
            .copied()
            .zip(cols)
            .filter(|(_, c)| c.iter().any(Option::is_some))
            .unzip();
        if ys.is_empty() {
            self.years[i] = cube.years.clone();
            self.values[i] = vec![vec![None; self.rows.len()]; cube.years.len()];
        } else {
            self.years[i] = ys;
            self.values[i] = cols;
        }
    }

    /// The table with the categories `wanted` chosen (`(dimension, category or
    /// "alle")`; a dimension left out keeps its default): each split measure's values
    /// are those of the choice and its label says which. Problems with the wish (an
    /// unknown category, a sum of a rate) are reported and the default kept.
    ///
    /// ```
    /// use atlas_core::import::table::parse_csv;
    /// let csv = "OMRÅDE;KØN;ALDER;TID;INDHOLD\n\
    ///            01;I alt;0 år;2024;5\n01;I alt;1 år;2024;7\n01;Mænd;0 år;2024;2\n01;Mænd;1 år;2024;3\n";
    /// let t = parse_csv(csv, None).unwrap().value;
    /// assert_eq!(t.indicators.len(), 1, "one measure, not four combinations");
    /// let (chosen, issues, picks) = t.choose(&[("KØN".into(), "Mænd".into()), ("ALDER".into(), "1 år".into())]);
    /// assert!(issues.is_empty());
    /// assert_eq!(chosen.latest(0), &[Some(3.0)]);
    /// assert_eq!(chosen.indicators[0].label_da, "INDHOLD · Mænd · 1 år");
    /// assert_eq!(picks[0].dims[0].total, Some(0), "«I alt» is the total");
    /// ```
    pub fn choose(&self, wanted: &[(String, String)]) -> (Table, Vec<Issue>, Vec<CubeChoice>) {
        let mut out = self.clone();
        let mut issues = Vec::new();
        let mut picks = Vec::new();
        for (c, cube) in self.cubes.iter().enumerate() {
            let (choice, problems) = cube.resolve(wanted);
            for p in problems {
                let kind = match p {
                    ChoiceProblem::UnknownCategory {
                        dimension,
                        category,
                    } => IssueKind::CategoryUnknown {
                        dimension,
                        category,
                    },
                    ChoiceProblem::SumRefused { dimension } => IssueKind::SumRefused { dimension },
                };
                issues.push(Issue::warning(
                    Location::Column {
                        name: cube.column.clone(),
                    },
                    kind,
                ));
            }
            out.set_choice(c, &choice);
            let words = (
                cube.choice_words(&choice, Lang::Da),
                cube.choice_words(&choice, Lang::En),
            );
            if let Some(meta) = out.indicators.iter_mut().find(|m| m.column == cube.column) {
                if !words.0.is_empty() {
                    meta.label_da = format!("{} · {}", meta.label_da, words.0);
                }
                if !words.1.is_empty() && !meta.label_en.is_empty() {
                    meta.label_en = format!("{} · {}", meta.label_en, words.1);
                }
            }
            picks.push(CubeChoice {
                column: cube.column.clone(),
                dims: cube.dims.clone(),
                summable: cube.summable,
                evidence: cube.evidence,
                default: cube.default_choice(),
                choice,
                words,
            });
        }
        (out, issues, picks)
    }

    /// Values of `indicator` in its latest year, per area.
    pub fn latest(&self, indicator: usize) -> &[Option<f64>] {
        self.values
            .get(indicator)
            .and_then(|v| v.last())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// Parse a wide CSV table (one row per area), using `sidecar` for metadata.
///
/// ```
/// use atlas_core::import::table::parse_csv;
/// let t = parse_csv("kode;navn;indkomst\n01;Indre By;312.400\n02;Østerbro;..\n", None).unwrap().value;
/// assert_eq!(t.rows[0].key, "01");
/// assert_eq!(t.latest(0), &[Some(312400.0), None]);
/// ```
pub fn parse_csv(text: &str, sidecar: Option<&Sidecar>) -> Result<Loaded<Table>, LoadError> {
    let grid = grid_from_csv(text)?;
    let mut t = table_from_grid(&grid.value, sidecar)?;
    let mut issues = grid.issues;
    issues.append(&mut t.issues);
    Ok(Loaded {
        value: t.value,
        issues,
    })
}

/// Read a table file's bytes: encoding detected, format from the name or the content
/// (spreadsheet, JSON or CSV/TSV). The loader worker steps the same [`TableLoad`].
#[cfg(feature = "read-files")]
pub fn parse_table_bytes(
    bytes: &[u8],
    file_name: &str,
    sidecar: Option<&Sidecar>,
) -> Result<Loaded<Table>, LoadError> {
    TableLoad::new(bytes, file_name, sidecar)?.finish()
}

/// Pivot a grid into a table: find the key, name, time and value columns, the
/// dimensions (text columns that vary within an area and year) and the measures.
pub fn table_from_grid(grid: &Grid, sidecar: Option<&Sidecar>) -> Result<Loaded<Table>, LoadError> {
    let mut pivot = Pivot::new(grid, sidecar)?;
    pivot.feed(&grid.rows);
    pivot.finish()
}
