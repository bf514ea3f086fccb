//! Which two areas a map opens with as A and B: Østerbro against Sydhavnen on a map
//! of Copenhagen, elsewhere the best against the worst on the first indicator.

use crate::model::atlas::Atlas;
use crate::text::names::normalise_name;

/// On a map of Copenhagen (an area named Østerbro, or one holding Sydhavnen): A =
/// Østerbro and B = the one named Sydhavnen, else the first whose name contains
/// Kongens Enghave or Sydhavn (on the official bydele that is
/// «Vesterbro-Kongens Enghave», which holds Sydhavnen), the other side the first
/// other area. Elsewhere the pair that makes the gap plain: the best and the worst
/// area on the first indicator with figures ([`extremes`]); with no figures, none
/// (a pair picked by file order — København and Frederiksberg on a map of
/// municipalities — would say nothing).
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::present::view::default_pair;
/// let mut a = atlas_core::Atlas::default();
/// a.districts = vec![Area::new("1", "Indre By"), Area::new("2", "Østerbro"), Area::new("3", "Valby")];
/// assert_eq!(default_pair(&a), (Some(1), Some(0)));
/// a.districts.push(Area::new("4", "Vesterbro-Kongens Enghave"));
/// assert_eq!(default_pair(&a), (Some(1), Some(3)));
/// a.districts = vec![Area::new("0101", "København"), Area::new("0147", "Frederiksberg")];
/// assert_eq!(default_pair(&a), (None, None));
/// ```
pub fn default_pair(atlas: &Atlas) -> (Option<usize>, Option<usize>) {
    // one pass, and only names that could match are normalised: a 43,000-cell grid
    // is read in a few milliseconds
    let (oesterbro, sydhavnen) = (normalise_name("Østerbro"), normalise_name("Sydhavnen"));
    let (mut a, mut named_b, mut holder) = (None, None, None);
    for (i, d) in atlas.districts.iter().enumerate() {
        if !["sterbro", "sydhavn", "enghave"]
            .iter()
            .any(|w| contains_ascii_ci(&d.name, w))
        {
            continue;
        }
        let lower = d.name.to_lowercase();
        let n = normalise_name(&d.name);
        if a.is_none() && n == oesterbro {
            a = Some(i);
        }
        if named_b.is_none() && n == sydhavnen {
            named_b = Some(i);
        }
        if holder.is_none() && is_sydhavn_holder(&lower) {
            holder = Some(i);
        }
    }
    if a.is_none() && named_b.is_none() && holder.is_none() {
        return extremes(atlas).map_or((None, None), |(a, b)| (Some(a), Some(b)));
    }
    let a = a.or(Some(0));
    let b = named_b
        .or(holder)
        .or_else(|| (atlas.districts.len() > 1).then_some(1));
    let b = if b == a {
        (0..atlas.districts.len()).find(|i| Some(*i) != a)
    } else {
        b
    };
    (a.filter(|_| !atlas.districts.is_empty()), b)
}

/// The best and the worst area (by the indicator's direction; a neutral one: the
/// highest and the lowest) on the first indicator with figures for two areas or
/// more, in its latest year; ties go to the first in the file.
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::model::indicator::{IndicatorMeta, Polarity};
/// use atlas_core::present::view::extremes;
/// let mut a = atlas_core::Atlas::default();
/// a.districts = vec![Area::new("1", "Gentofte"), Area::new("2", "Lolland"), Area::new("3", "Aarhus")];
/// let mut meta = IndicatorMeta::from_column("ledighed");
/// meta.polarity = Polarity::HigherIsWorse;
/// a.indicators = vec![meta];
/// a.years = vec![vec![None]];
/// a.values = vec![vec![vec![Some(2.0), Some(6.5), None]]];
/// assert_eq!(extremes(&a), Some((0, 1)));
/// ```
pub fn extremes(atlas: &Atlas) -> Option<(usize, usize)> {
    (0..atlas.indicators.len()).find_map(|i| {
        let values: Vec<(usize, f64)> = (0..atlas.districts.len())
            .filter_map(|d| atlas.value(i, d).filter(|v| v.is_finite()).map(|v| (d, v)))
            .collect();
        if values.len() < 2 {
            return None;
        }
        let first_max = values
            .iter()
            .copied()
            .reduce(|m, x| if x.1 > m.1 { x } else { m })?;
        let first_min = values
            .iter()
            .copied()
            .reduce(|m, x| if x.1 < m.1 { x } else { m })?;
        if first_max.0 == first_min.0 {
            return None;
        }
        let worse_is_higher = atlas
            .indicators
            .get(i)
            .is_some_and(|m| m.polarity == crate::model::indicator::Polarity::HigherIsWorse);
        Some(if worse_is_higher {
            (first_min.0, first_max.0)
        } else {
            (first_max.0, first_min.0)
        })
    })
}

/// Does `text` contain the ASCII `word`, ignoring ASCII case (no allocation)?
fn contains_ascii_ci(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

fn is_sydhavn_holder(lower: &str) -> bool {
    lower.contains("kongens enghave") || lower.contains("kgs. enghave") || lower.contains("sydhavn")
}

/// The first district whose name contains «Kongens Enghave» or «Sydhavn».
pub fn sydhavn_holder(atlas: &Atlas) -> Option<usize> {
    atlas
        .districts
        .iter()
        .position(|d| is_sydhavn_holder(&d.name.to_lowercase()))
}
