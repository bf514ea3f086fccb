//! A measure split by dimensions, as statistics banks publish it (area × køn × alder ×
//! herkomst × tid → one value): planners choose a category in each dimension, as the
//! statbank itself lets them, instead of picking among every combination.
//!
//! A dimension's total category ("I alt", "Alder i alt", "Total") is found when the
//! file has one and is the default choice. Summing a dimension (*alle*) is offered only
//! for counts: the indicator's metadata says so (`summable`), or its name does
//! ("Antal", "Gennemsnit", "%"), or the file's own totals equal the sums of their
//! categories. Rates and averages are never summed.

mod kind;

pub use kind::{is_total, summable_by_name, Evidence};

use crate::text::Lang;

/// The word for "sum of every category" in a choice and in links (`Alder:alle`).
pub const ALL: &str = "alle";

/// One dimension of a measure: its categories in the file's order.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Dimension {
    /// The column header, e.g. `KØN`.
    pub name: String,
    pub categories: Vec<String>,
    /// The category that stands for the whole dimension, when the file has one.
    pub total: Option<usize>,
}

/// What is chosen in one dimension.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Category(usize),
    /// The sum over every category (counts only, and only without a total).
    All,
}

/// A measure × dimensions × years × areas, dense.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Cube {
    /// The measure's indicator (column id).
    pub column: String,
    pub dims: Vec<Dimension>,
    /// A count: categories may be added up.
    pub summable: bool,
    pub evidence: Evidence,
    /// Years, ascending (`[None]` without time).
    pub years: Vec<Option<i32>>,
    pub areas: usize,
    /// `values[((combo * years) + year) * areas + area]`, combo in mixed radix over
    /// the dimensions (the first dimension varies slowest).
    values: Vec<Slot>,
}

/// One cell of a cube.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
enum Slot {
    /// No row in the file (statistics banks leave out empty combinations).
    Absent,
    /// A row whose value is a missing marker (`..`): unknown, never zero.
    Missing,
    Value(f64),
}

/// The refusal to sum a dimension of a measure that is not a count.
#[derive(Clone, Debug, PartialEq)]
pub struct SumRefused {
    pub dimension: String,
}

impl Cube {
    /// A cube of `dims` × `years` × `areas`, every value missing.
    pub fn new(column: &str, dims: Vec<Dimension>, years: Vec<Option<i32>>, areas: usize) -> Self {
        let combos: usize = dims.iter().map(|d| d.categories.len().max(1)).product();
        Cube {
            column: column.to_owned(),
            dims,
            summable: false,
            evidence: Evidence::Unknown,
            values: vec![Slot::Absent; combos * years.len() * areas],
            years,
            areas,
        }
    }

    /// Index of a combination of categories (one per dimension).
    fn combo(&self, cats: &[usize]) -> usize {
        self.dims
            .iter()
            .zip(cats)
            .fold(0, |acc, (d, &c)| acc * d.categories.len().max(1) + c)
    }

    fn slot(&self, cats: &[usize], year: usize, area: usize) -> usize {
        (self.combo(cats) * self.years.len() + year) * self.areas + area
    }

    /// Set one value (categories by index, year by index into [`years`](Self::years));
    /// `None` for a row whose value is a missing marker.
    pub fn set(&mut self, cats: &[usize], year: usize, area: usize, value: Option<f64>) {
        let i = self.slot(cats, year, area);
        if let Some(v) = self.values.get_mut(i) {
            *v = value.map_or(Slot::Missing, Slot::Value);
        }
    }

    /// One value as the file has it (`None`: missing or absent).
    pub fn get(&self, cats: &[usize], year: usize, area: usize) -> Option<f64> {
        match self.values.get(self.slot(cats, year, area)) {
            Some(Slot::Value(v)) => Some(*v),
            _ => None,
        }
    }

    /// How many combinations × years × areas have no row in the file, out of how many
    /// (areas without any row left out).
    pub fn absent(&self) -> (usize, usize) {
        let mut absent = 0;
        let mut cells = 0;
        let per_area = self.values.len() / self.areas.max(1);
        for a in 0..self.areas {
            let slots = (0..per_area).map(|k| self.values[k * self.areas + a]);
            let n = slots.clone().filter(|s| *s == Slot::Absent).count();
            if n < per_area {
                absent += n;
                cells += per_area;
            }
        }
        (absent, cells)
    }

    /// The choice shown before the user picks: each dimension's total, else the sum
    /// of a count, else its first category.
    pub fn default_choice(&self) -> Vec<Choice> {
        self.dims
            .iter()
            .map(|d| match d.total {
                Some(t) => Choice::Category(t),
                None if self.summable && d.categories.len() > 1 => Choice::All,
                None => Choice::Category(0),
            })
            .collect()
    }

    /// The choice a link or scene names (`(dimension, category or "alle")`), with
    /// the default for dimensions it leaves out. An unknown category, or *alle* for a
    /// measure that is not a count, keeps the default and is reported.
    pub fn resolve(&self, wanted: &[(String, String)]) -> (Vec<Choice>, Vec<ChoiceProblem>) {
        let mut choice = self.default_choice();
        let mut problems = Vec::new();
        for (d, dim) in self.dims.iter().enumerate() {
            let Some((_, want)) = wanted.iter().find(|(n, _)| *n == dim.name) else {
                continue;
            };
            if let Some(c) = dim.categories.iter().position(|c| c == want) {
                choice[d] = Choice::Category(c);
            } else if want == ALL {
                match (dim.total, self.summable) {
                    (Some(t), _) => choice[d] = Choice::Category(t),
                    (None, true) => choice[d] = Choice::All,
                    (None, false) => problems.push(ChoiceProblem::SumRefused {
                        dimension: dim.name.clone(),
                    }),
                }
            } else {
                problems.push(ChoiceProblem::UnknownCategory {
                    dimension: dim.name.clone(),
                    category: want.clone(),
                });
            }
        }
        (choice, problems)
    }

    /// The measure's values for a choice: `[year][area]`. A sum is missing where any
    /// of its parts is a missing marker, or where none of its parts has a row; a part
    /// without a row counts as 0 (statistics banks leave empty combinations out).
    /// Summing a measure that is not a count is refused.
    ///
    /// ```
    /// use atlas_core::import::cube::{Choice, Cube, Dimension};
    /// let sex = Dimension { name: "Køn".into(), categories: vec!["Mænd".into(), "Kvinder".into()], total: None };
    /// let mut c = Cube::new("Antal", vec![sex], vec![Some(2024)], 1);
    /// c.set(&[0], 0, 0, Some(10.0));
    /// c.set(&[1], 0, 0, Some(12.0));
    /// assert!(c.select(&[Choice::All]).is_err(), "not known to be a count");
    /// c.summable = true;
    /// assert_eq!(c.select(&[Choice::All]).unwrap(), vec![vec![Some(22.0)]]);
    /// assert_eq!(c.select(&[Choice::Category(1)]).unwrap(), vec![vec![Some(12.0)]]);
    /// ```
    pub fn select(&self, choice: &[Choice]) -> Result<Vec<Vec<Option<f64>>>, SumRefused> {
        let mut parts: Vec<Vec<usize>> = vec![Vec::new()];
        for (d, dim) in self.dims.iter().enumerate() {
            let cats: Vec<usize> = match choice.get(d).copied().unwrap_or(Choice::Category(0)) {
                Choice::Category(c) => vec![c.min(dim.categories.len().saturating_sub(1))],
                Choice::All if !self.summable => {
                    return Err(SumRefused {
                        dimension: dim.name.clone(),
                    })
                }
                Choice::All => (0..dim.categories.len())
                    .filter(|&c| Some(c) != dim.total)
                    .collect(),
            };
            parts = parts
                .into_iter()
                .flat_map(|p| {
                    cats.iter().map(move |&c| {
                        let mut p = p.clone();
                        p.push(c);
                        p
                    })
                })
                .collect();
        }
        let combos: Vec<usize> = parts.iter().map(|p| self.combo(p)).collect();
        Ok((0..self.years.len())
            .map(|y| {
                (0..self.areas)
                    .map(|a| {
                        let mut sum: Option<f64> = None;
                        for &c in &combos {
                            match self.values.get((c * self.years.len() + y) * self.areas + a) {
                                Some(Slot::Value(v)) => sum = Some(sum.unwrap_or(0.0) + v),
                                Some(Slot::Missing) => return None,
                                _ => {}
                            }
                        }
                        sum
                    })
                    .collect()
            })
            .collect())
    }

    /// The words a choice adds to the measure's label: the chosen categories that are
    /// not totals, then the summed dimensions ("" when every choice is a total).
    ///
    /// ```
    /// use atlas_core::import::cube::{Choice, Cube, Dimension};
    /// use atlas_core::Lang;
    /// let d = |n: &str, c: &[&str]| Dimension { name: n.into(), categories: c.iter().map(|s| s.to_string()).collect(), total: None };
    /// let c = Cube::new("Antal", vec![d("Køn", &["Mænd", "Kvinder"]), d("Alder", &["0 år", "1 år"])], vec![None], 1);
    /// assert_eq!(c.choice_words(&[Choice::Category(1), Choice::All], Lang::Da), "Kvinder · summeret over Alder");
    /// ```
    pub fn choice_words(&self, choice: &[Choice], lang: Lang) -> String {
        let mut words: Vec<String> = Vec::new();
        let mut summed: Vec<String> = Vec::new();
        for (d, c) in self.dims.iter().zip(choice) {
            match c {
                Choice::Category(i) if Some(*i) == d.total => {}
                Choice::Category(i) => words.extend(d.categories.get(*i).cloned()),
                Choice::All => summed.push(d.name.clone()),
            }
        }
        if !summed.is_empty() {
            let list = crate::text::and_list(&summed, lang);
            words.push(match lang {
                Lang::Da => format!("summeret over {list}"),
                Lang::En => format!("summed over {list}"),
            });
        }
        words.join(" · ")
    }
}

/// Why a named choice could not be used (the default was kept).
#[derive(Clone, Debug, PartialEq)]
pub enum ChoiceProblem {
    UnknownCategory { dimension: String, category: String },
    SumRefused { dimension: String },
}
