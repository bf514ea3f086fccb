//! The LISA modes in words: each area's cluster, Iᵢ and neighbours (the map's data
//! attributes and its description), Moran's I as a sentence, the weights' summary
//! with the islands named, the map's threshold and the legend's rows.

use crate::classify::lisa::{Cluster, LisaMap, SIGNIFICANCE};
use crate::geometry::weights::WeightsKind;
use crate::text::noun::Noun;
use crate::text::numbers::format_number;
use crate::text::Lang;

/// Area `i`'s cluster id, Iᵢ and neighbour count on `l`.
pub fn area_attrs(l: &LisaMap, i: usize) -> Option<(&'static str, String, String)> {
    let cluster = l.clusters.get(i)?.id();
    let local = l.local.locals.get(i).copied().flatten();
    let ii = local.map(|x| format!("{}", x.i)).unwrap_or_default();
    let nb = l.neighbours.get(i).copied().unwrap_or(0).to_string();
    Some((cluster, ii, nb))
}

/// What the weights are called.
///
/// ```
/// use atlas_core::geometry::weights::WeightsKind;
/// use atlas_core::present::lisa_words::weights_name;
/// use atlas_core::Lang;
/// assert_eq!(weights_name(WeightsKind::Queen, Lang::Da), "dronning (fælles punkt)");
/// assert_eq!(weights_name(WeightsKind::Knn(6), Lang::En), "6 nearest");
/// ```
pub fn weights_name(kind: WeightsKind, lang: Lang) -> String {
    match (kind, lang) {
        (WeightsKind::Queen, Lang::Da) => "dronning (fælles punkt)".into(),
        (WeightsKind::Queen, Lang::En) => "queen (a shared point)".into(),
        (WeightsKind::Rook, Lang::Da) => "tårn (fælles kant)".into(),
        (WeightsKind::Rook, Lang::En) => "rook (a shared edge)".into(),
        (WeightsKind::Knn(k), Lang::Da) => format!("{k} nærmeste"),
        (WeightsKind::Knn(k), Lang::En) => format!("{k} nearest"),
    }
}

/// «p ≤ 0,05 · 999 permutationer · dronning».
pub fn threshold_words(l: &LisaMap, lang: Lang) -> String {
    let p = format_number(l.options.alpha, 3, lang);
    let fdr = if l.options.fdr {
        match lang {
            Lang::Da => format!(" (FDR: p ≤ {})", format_number(l.cutoff, 4, lang)),
            Lang::En => format!(" (FDR: p ≤ {})", format_number(l.cutoff, 4, lang)),
        }
    } else {
        String::new()
    };
    format!(
        "p ≤ {p}{fdr} · {} {} · {}",
        l.options.permutations,
        lang.pick("permutationer", "permutations"),
        weights_name(l.summary_kind(), lang)
    )
}

/// Moran's I as a sentence: «Moran's I = 0,497 (uden mønster ventes −0,011); p = 0,001».
pub fn moran_sentence(l: &LisaMap, lang: Lang) -> Option<String> {
    let g = l.global.as_ref()?;
    let (i, expected, p) = (
        format_number(g.i, 3, lang),
        format_number(g.expected, 3, lang),
        format_number(g.p, 3, lang),
    );
    let (runs, n) = (g.permutations, g.n);
    Some(match lang {
        Lang::Da => format!(
            "Moran's I = {i} (uden mønster ventes {expected}); p = {p} ved {runs} permutationer, {n} områder."
        ),
        Lang::En => format!(
            "Moran's I = {i} (without pattern {expected} is expected); p = {p} from {runs} permutations, {n} areas."
        ),
    })
}

/// The weights' summary, the islands named (`name` of an area) and the areas
/// without a value counted.
pub fn weights_sentence(
    l: &LisaMap,
    name: impl Fn(usize) -> String,
    noun: Noun,
    lang: Lang,
) -> String {
    let sm = &l.summary;
    let (kind, mean) = (
        weights_name(l.summary_kind(), lang),
        format_number(sm.mean, 1, lang),
    );
    let (min, max) = (sm.min, sm.max);
    let mut out = match lang {
        Lang::Da => format!("Naboer ({kind}): {min}–{max}, i snit {mean}."),
        Lang::En => format!("Neighbours ({kind}): {min}–{max}, {mean} on average."),
    };
    let islands: Vec<String> = (0..l.clusters.len())
        .filter(|d| l.clusters[*d] == Cluster::Island)
        .map(name)
        .collect();
    if !islands.is_empty() {
        let n = islands.len();
        let word = if n == 1 {
            noun.one(lang)
        } else {
            noun.many(lang)
        };
        let left = lang.pick("uden naboer er udeladt", "without neighbours left out");
        out.push_str(&format!(" {n} {word} {left}: {}.", islands.join(", ")));
    }
    let missing = l
        .clusters
        .iter()
        .filter(|c| **c == Cluster::Missing)
        .count();
    if missing > 0 {
        out.push(' ');
        out.push_str(&match lang {
            Lang::Da => format!("{missing} uden tal er udeladt (ikke regnet som 0)."),
            Lang::En => format!("{missing} without a figure left out (not counted as 0)."),
        });
    }
    out
}

/// The legend's rows: each cluster (or each significance level) with its count.
pub fn legend_rows(l: &LisaMap, lang: Lang) -> Vec<(Option<&'static str>, String, usize)> {
    if l.options.significance {
        let mut rows = Vec::new();
        let mut below = 0.0;
        for (p, colour) in SIGNIFICANCE {
            let n = l
                .local
                .locals
                .iter()
                .zip(&l.clusters)
                .filter(|(x, c)| {
                    matches!(c, Cluster::Significant(_))
                        && x.is_some_and(|x| x.p <= p && x.p > below)
                })
                .count();
            below = p;
            rows.push((
                Some(colour),
                format!("p ≤ {}", format_number(p, 3, lang)),
                n,
            ));
        }
        for c in [Cluster::NotSignificant, Cluster::Island, Cluster::Missing] {
            let n = l.clusters.iter().filter(|x| **x == c).count();
            rows.push((c.colour(), c.label(lang).to_owned(), n));
        }
        return rows;
    }
    let counts = l.counts();
    Cluster::ALL
        .iter()
        .zip(counts)
        .map(|(c, n)| (c.colour(), c.label(lang).to_owned(), n))
        .collect()
}

/// The description line of area `i`: its cluster, Iᵢ and p.
pub fn area_line(l: &LisaMap, i: usize, lang: Lang) -> Option<String> {
    let c = *l.clusters.get(i)?;
    let local = l.local.locals.get(i).copied().flatten();
    Some(match local {
        Some(x) => format!(
            "{} · Iᵢ = {} · p = {}",
            c.label(lang),
            format_number(x.i, 3, lang),
            format_number(x.p, 3, lang)
        ),
        None => c.label(lang).to_owned(),
    })
}
