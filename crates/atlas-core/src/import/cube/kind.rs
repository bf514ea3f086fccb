//! Is a measure a count (its categories add up) or a rate, share or average (they
//! never do)? And which category is a dimension's total?

use super::Cube;
use crate::model::indicator::IndicatorMeta;

/// Why a measure may or may not be summed.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// The metadata (sidecar or description editor) says so.
    Metadata,
    /// Its name says so ("Antal …", "Gennemsnit …", "… %").
    Name,
    /// The file's totals were compared with the sums of their categories.
    Totals,
    /// Nothing says it is a count: not summed.
    Unknown,
}

/// True for a category that stands for its whole dimension.
///
/// ```
/// use atlas_core::import::cube::is_total;
/// assert!(is_total("I alt"));
/// assert!(is_total("Alder i alt"));
/// assert!(is_total("Total (computed)"));
/// assert!(is_total("Begge køn"));
/// assert!(!is_total("Mænd"));
/// assert!(!is_total("Alternativ"));
/// ```
pub fn is_total(category: &str) -> bool {
    let l = category.trim().to_lowercase();
    l == "i alt"
        || l == "total"
        || l == "alle"
        || l == "all"
        || l == "samlet"
        || l == "begge køn"
        || l.ends_with(" i alt")
        || l.starts_with("i alt ")
        || l.starts_with("total ")
        || l.starts_with("alle ")
}

/// Words that make a measure a rate, share or average (never summed).
const NOT_COUNT_WORDS: &[&str] = &[
    "gennemsnit",
    "gns",
    "middel",
    "median",
    "average",
    "avg",
    "mean",
    "andel",
    "share",
    "pct",
    "procent",
    "percent",
    "%",
    "rate",
    "kvote",
    "pr.",
    "per ",
    "promille",
    "indeks",
    "index",
];
/// Words that make a measure a count.
const COUNT_WORDS: &[&str] = &[
    "antal",
    "personer",
    "indbyggere",
    "befolkning",
    "count",
    "number",
    "persons",
    "population",
    "husstande",
    "boliger",
];

/// What an indicator's metadata and name say of summing it (`None`: they do not say).
///
/// ```
/// use atlas_core::import::cube::summable_by_name;
/// use atlas_core::model::indicator::IndicatorMeta;
/// assert_eq!(summable_by_name(&IndicatorMeta::from_column("Antal - Personer 1år")), Some(true));
/// assert_eq!(summable_by_name(&IndicatorMeta::from_column("avg_disposable_income_kr")), Some(false));
/// assert_eq!(summable_by_name(&IndicatorMeta::from_column("INDHOLD")), None);
/// ```
pub fn summable_by_name(meta: &IndicatorMeta) -> Option<bool> {
    let text = format!(
        "{} {} {} {}",
        meta.column, meta.label_da, meta.label_en, meta.unit_da
    )
    .to_lowercase();
    let word = |w: &&str| text.contains(*w);
    if NOT_COUNT_WORDS.iter().any(word) {
        return Some(false);
    }
    if COUNT_WORDS.iter().any(word) {
        return Some(true);
    }
    None
}

impl Cube {
    /// Decide whether the measure may be summed: metadata first, then its name, then
    /// whether the file's totals are the sums of their categories.
    pub fn judge_summable(&mut self, meta: &IndicatorMeta) {
        let (summable, evidence) = if let Some(s) = meta.summable {
            (s, Evidence::Metadata)
        } else if summable_by_name(meta) == Some(false) {
            (false, Evidence::Name)
        } else if let Some(adds_up) = self.totals_add_up() {
            (adds_up, Evidence::Totals)
        } else if summable_by_name(meta) == Some(true) {
            (true, Evidence::Name)
        } else {
            (false, Evidence::Unknown)
        };
        self.summable = summable;
        self.evidence = evidence;
    }

    /// Whether every total the file gives equals the sum of its dimension's other
    /// categories (to rounding); `None` when no total could be checked.
    fn totals_add_up(&self) -> Option<bool> {
        // per dimension: enough to tell a count from an average, few enough to be quick
        const ENOUGH_CHECKS: usize = 400;
        let mut any = false;
        for (d, dim) in self.dims.iter().enumerate() {
            let mut checked = 0usize;
            let Some(t) = dim.total else { continue };
            // every combination of the other dimensions' categories, capped
            let mut cats = vec![0usize; self.dims.len()];
            'combos: for other in self.combinations_except(d).into_iter().take(200) {
                for (k, c) in other.iter().enumerate() {
                    cats[k] = *c;
                }
                for y in 0..self.years.len() {
                    for a in 0..self.areas {
                        cats[d] = t;
                        let Some(total) = self.get(&cats, y, a) else {
                            continue;
                        };
                        let mut sum = 0.0;
                        let mut complete = true;
                        for c in (0..dim.categories.len()).filter(|&c| c != t) {
                            cats[d] = c;
                            match self.get(&cats, y, a) {
                                Some(v) => sum += v,
                                None => complete = false,
                            }
                        }
                        if !complete {
                            continue;
                        }
                        checked += 1;
                        if (sum - total).abs() > 1.0 + total.abs() * 0.005 {
                            return Some(false);
                        }
                        if checked >= ENOUGH_CHECKS {
                            break 'combos;
                        }
                    }
                }
            }
            any |= checked > 0;
        }
        any.then_some(true)
    }

    /// Every combination of categories with dimension `skip` left at 0.
    fn combinations_except(&self, skip: usize) -> Vec<Vec<usize>> {
        let mut out = vec![vec![0usize; self.dims.len()]];
        for (k, dim) in self.dims.iter().enumerate() {
            if k == skip {
                continue;
            }
            out = out
                .into_iter()
                .flat_map(|c| {
                    (0..dim.categories.len()).map(move |i| {
                        let mut c = c.clone();
                        c[k] = i;
                        c
                    })
                })
                .collect();
        }
        out
    }
}
