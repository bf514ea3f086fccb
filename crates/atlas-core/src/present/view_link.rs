//! The view as link parameters: [`ViewSpec::to_query`] writes the words a planner can
//! read in the address (`?indikator=indkomst&visning=gab`), [`ViewSpec::from_query`]
//! reads them back and names each parameter it could not read.

use crate::classify::lisa::LisaOptions;
use crate::classify::methods::Method;
use crate::classify::modes::Mode;
use crate::classify::palette::Scheme;
use crate::geometry::weights::WeightsKind;
use crate::issue::{Issue, IssueKind, Location};
use crate::model::change::ChangeKind;
use crate::model::composite::Normalisation;
use crate::model::groups::AreaGroup;
use crate::present::view_spec::{Panel, ViewSpec, Zoom, QUERY_KEYS};

fn method_id(m: Method) -> &'static str {
    match m {
        Method::Quantile => "kvantiler",
        Method::EqualInterval => "lige",
        Method::NaturalBreaks => "naturlige",
        Method::StdDev => "sd",
        Method::BoxMap => "boks",
        Method::Manual => "manuel",
    }
}

fn scheme_id(s: Scheme) -> &'static str {
    match s {
        Scheme::OrangeRed => "orrd",
        Scheme::Blues => "blues",
        Scheme::Purples => "purples",
        Scheme::Viridis => "viridis",
        Scheme::RedBlue => "rdbu",
        Scheme::PurpleOrange => "puor",
    }
}

fn norm_id(n: Normalisation) -> &'static str {
    match n {
        Normalisation::ZScore => "z",
        Normalisation::MinMax => "minmax",
    }
}

/// `,` `:` and `%` inside list items are escaped so lists of ids survive.
fn escape_item(s: &str) -> String {
    s.replace('%', "%25")
        .replace(',', "%2C")
        .replace(':', "%3A")
}

fn unescape_item(s: &str) -> String {
    s.replace("%2C", ",")
        .replace("%3A", ":")
        .replace("%25", "%")
}

/// A group in a link: its name, a colon, its members' ids (`Sydhavnen:20601,20602`).
fn group_text(g: &AreaGroup) -> String {
    let ids: Vec<String> = g.members.iter().map(|m| escape_item(m)).collect();
    format!("{}:{}", escape_item(&g.name), ids.join(","))
}

/// The group [`group_text`] wrote; `None` without a name or a member.
fn read_group(text: &str) -> Option<AreaGroup> {
    let (name, ids) = text.split_once(':')?;
    let members: Vec<String> = ids
        .split(',')
        .map(|id| unescape_item(id.trim()))
        .filter(|id| !id.is_empty())
        .collect();
    let name = unescape_item(name.trim());
    (!name.is_empty() && !members.is_empty()).then_some(AreaGroup { name, members })
}

fn numbers(s: &str) -> Option<Vec<f64>> {
    s.split(',')
        .map(|x| x.trim().parse::<f64>().ok().filter(|v| v.is_finite()))
        .collect()
}

impl ViewSpec {
    /// The view as link parameters (key, value), unencoded; defaults are left out.
    ///
    /// ```
    /// use atlas_core::classify::modes::Mode;
    /// use atlas_core::present::view_spec::ViewSpec;
    /// let v = ViewSpec { indicator: Some("indkomst".into()), mode: Mode::Gap, ..Default::default() };
    /// let q = v.to_query();
    /// assert_eq!(q, vec![("indikator".to_string(), "indkomst".to_string()), ("visning".into(), "gab".into())]);
    /// assert_eq!(ViewSpec::from_query(&q).0, v);
    /// ```
    pub fn to_query(&self) -> Vec<(String, String)> {
        let mut q: Vec<(String, String)> = Vec::new();
        let mut put = |k: &str, v: String| q.push((k.to_owned(), v));
        if let Some(i) = &self.indicator {
            put("indikator", i.clone());
        }
        if let Some(y) = self.year {
            put("aar", y.to_string());
        }
        if self.mode != Mode::Choropleth {
            put("visning", self.mode.id().into());
        }
        if let Some(m) = self.method {
            put("metode", method_id(m).into());
        }
        if let Some(n) = self.classes {
            put("klasser", n.to_string());
        }
        if let Some(s) = self.scheme {
            put("farver", scheme_id(s).into());
        }
        if !self.manual.is_empty() {
            let list: Vec<String> = self.manual.iter().map(|x| x.to_string()).collect();
            put("brud", list.join(","));
        }
        for (k, v) in [
            ("a", &self.a),
            ("b", &self.b),
            ("ref", &self.reference),
            ("bx", &self.bx),
            ("by", &self.by),
        ] {
            if let Some(v) = v {
                put(k, v.clone());
            }
        }
        for (k, g) in [
            ("agruppe", &self.a_group),
            ("bgruppe", &self.b_group),
            ("refgruppe", &self.reference_group),
        ] {
            if let Some(g) = g {
                put(k, group_text(g));
            }
        }
        if let Some(w) = &self.weights {
            let list: Vec<String> = w
                .iter()
                .map(|(c, x)| format!("{}:{x}", escape_item(c)))
                .collect();
            put("vaegte", list.join(","));
        }
        if let Some(n) = self.norm {
            put("norm", norm_id(n).into());
        }
        if let Some(z) = self.zoom {
            put("zoom", format!("{},{},{}", z.k, z.x, z.y));
        }
        if let Some(p) = self.panel {
            put("panel", p.id().into());
        }
        if let Some(p) = &self.profile {
            put("profil", p.clone());
        }
        if self.table {
            put("tabel", "1".into());
        }
        if let Some(p) = self.pooled {
            put("faelles", if p { "1" } else { "0" }.into());
        }
        if let Some(y) = self.change_from {
            put("fra", y.to_string());
        }
        if let Some(y) = self.change_to {
            put("til", y.to_string());
        }
        if let Some(k) = self.change_kind {
            put("maal", k.id().into());
        }
        if let Some(e) = &self.example {
            put("eksempel", e.clone());
        }
        if !self.categories.is_empty() {
            let list: Vec<String> = self
                .categories
                .iter()
                .map(|(d, c)| format!("{}:{}", escape_item(d), escape_item(c)))
                .collect();
            put("kategorier", list.join(","));
        }
        if let Some(g) = &self.grouped {
            put("grupper", g.clone());
        }
        if let Some(w) = self.neighbours {
            put("naboer", w.id().into());
            if let WeightsKind::Knn(k) = w {
                put("k", k.to_string());
            }
        }
        if let Some(l) = self.lisa {
            let d = LisaOptions::default();
            if l.permutations != d.permutations {
                put("permutationer", l.permutations.to_string());
            }
            if l.seed != d.seed {
                put("seed", l.seed.to_string());
            }
            if l.alpha != d.alpha {
                put("alfa", l.alpha.to_string());
            }
            if l.fdr {
                put("fdr", "1".into());
            }
            if l.significance {
                put("lisakort", "signifikans".into());
            }
        }
        q
    }

    /// The view a link's parameters describe, and a warning for each parameter that
    /// could not be read (it is skipped; the rest applies). Unknown keys are ignored.
    pub fn from_query(pairs: &[(String, String)]) -> (ViewSpec, Vec<Issue>) {
        let mut v = ViewSpec::default();
        let mut issues = Vec::new();
        for (key, value) in pairs {
            let value = value.trim();
            let ok = match key.as_str() {
                "indikator" => {
                    v.indicator = Some(value.to_owned());
                    true
                }
                "aar" => value.parse().map(|y| v.year = Some(y)).is_ok(),
                "visning" => Mode::from_id(value).map(|m| v.mode = m).is_some(),
                "metode" => Method::ALL
                    .into_iter()
                    .find(|m| method_id(*m) == value)
                    .map(|m| v.method = Some(m))
                    .is_some(),
                "klasser" => value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (3..=9).contains(n))
                    .map(|n| v.classes = Some(n))
                    .is_some(),
                "farver" => Scheme::ALL
                    .into_iter()
                    .find(|s| scheme_id(*s) == value)
                    .map(|s| v.scheme = Some(s))
                    .is_some(),
                "brud" => numbers(value).map(|b| v.manual = b).is_some(),
                "a" | "b" | "ref" | "bx" | "by" | "profil" => {
                    let slot = match key.as_str() {
                        "a" => &mut v.a,
                        "b" => &mut v.b,
                        "ref" => &mut v.reference,
                        "bx" => &mut v.bx,
                        "by" => &mut v.by,
                        _ => &mut v.profile,
                    };
                    *slot = Some(value.to_owned());
                    true
                }
                "agruppe" | "bgruppe" | "refgruppe" => {
                    let g = read_group(value);
                    let ok = g.is_some();
                    match key.as_str() {
                        "agruppe" => v.a_group = g,
                        "bgruppe" => v.b_group = g,
                        _ => v.reference_group = g,
                    }
                    ok
                }
                "vaegte" => value
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|item| {
                        let (c, w) = item.rsplit_once(':')?;
                        let w: f64 = w
                            .parse()
                            .ok()
                            .filter(|w: &f64| w.is_finite() && *w >= 0.0)?;
                        Some((unescape_item(c), w))
                    })
                    .collect::<Option<Vec<_>>>()
                    .map(|w| v.weights = Some(w))
                    .is_some(),
                "norm" => [Normalisation::ZScore, Normalisation::MinMax]
                    .into_iter()
                    .find(|n| norm_id(*n) == value)
                    .map(|n| v.norm = Some(n))
                    .is_some(),
                "zoom" => numbers(value)
                    .filter(|n| n.len() == 3 && n[0] > 0.0)
                    .map(|n| {
                        v.zoom = Some(Zoom {
                            k: n[0],
                            x: n[1],
                            y: n[2],
                        })
                    })
                    .is_some(),
                "panel" => Panel::from_id(value).map(|p| v.panel = Some(p)).is_some(),
                "tabel" => {
                    v.table = value == "1";
                    value == "1" || value == "0"
                }
                "faelles" => {
                    v.pooled = Some(value != "0");
                    value == "1" || value == "0"
                }
                "fra" => value.parse().map(|y| v.change_from = Some(y)).is_ok(),
                "til" => value.parse().map(|y| v.change_to = Some(y)).is_ok(),
                "eksempel" => crate::present::examples::example(value)
                    .map(|e| v.example = Some(e.id.to_owned()))
                    .is_some(),
                "kategorier" => value
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|item| {
                        let (d, c) = item.split_once(':')?;
                        let (d, c) = (unescape_item(d), unescape_item(c));
                        (!d.is_empty() && !c.is_empty()).then_some((d, c))
                    })
                    .collect::<Option<Vec<_>>>()
                    .map(|c| v.categories = c)
                    .is_some(),
                "naboer" => {
                    let k = match v.neighbours {
                        Some(WeightsKind::Knn(k)) => k,
                        _ => 6,
                    };
                    WeightsKind::from_id(value, k)
                        .map(|w| v.neighbours = Some(w))
                        .is_some()
                }
                "k" => value
                    .parse::<usize>()
                    .ok()
                    .filter(|k| (1..=30).contains(k))
                    .map(|k| {
                        if !matches!(v.neighbours, Some(WeightsKind::Queen | WeightsKind::Rook)) {
                            v.neighbours = Some(WeightsKind::Knn(k));
                        }
                    })
                    .is_some(),
                "permutationer" => value
                    .parse::<usize>()
                    .ok()
                    .filter(|p| [99, 999, 9999].contains(p))
                    .map(|p| v.lisa.get_or_insert_with(Default::default).permutations = p)
                    .is_some(),
                "seed" => value
                    .parse::<u64>()
                    .map(|s| v.lisa.get_or_insert_with(Default::default).seed = s)
                    .is_ok(),
                "alfa" => value
                    .parse::<f64>()
                    .ok()
                    .filter(|a| *a > 0.0 && *a < 1.0)
                    .map(|a| v.lisa.get_or_insert_with(Default::default).alpha = a)
                    .is_some(),
                "fdr" => {
                    v.lisa.get_or_insert_with(Default::default).fdr = value == "1";
                    true
                }
                "lisakort" => {
                    v.lisa.get_or_insert_with(Default::default).significance =
                        value == "signifikans";
                    true
                }
                "grupper" => {
                    let g = value.trim();
                    v.grouped = (!g.is_empty()).then(|| g.to_owned());
                    v.grouped.is_some()
                }
                "maal" => ChangeKind::from_id(value)
                    .map(|k| v.change_kind = Some(k))
                    .is_some(),
                _ => true,
            };
            if !ok {
                issues.push(Issue::warning(
                    Location::File,
                    IssueKind::LinkParameterUnreadable {
                        key: key.clone(),
                        value: value.to_owned(),
                    },
                ));
            }
        }
        (v, issues)
    }

    /// True when a link carries any view parameter.
    pub fn query_has_view(pairs: &[(String, String)]) -> bool {
        pairs.iter().any(|(k, _)| QUERY_KEYS.contains(&k.as_str()))
    }
}
