//! What the user is looking at, as plain data. The same [`ViewSpec`] is restored
//! after a rebuild of the model, written to and read from the page's URL, captured
//! in presentation scenes and saved in project files.
//!
//! Indicators and districts are named by column and district id, never by
//! position, so a view still applies when a table gains a column.

use crate::classify::methods::Method;
use crate::classify::modes::Mode;
use crate::classify::palette::Scheme;
use crate::geometry::pan_zoom::ViewTransform;
use crate::issue::{Issue, IssueKind, Location};
use crate::model::change::ChangeKind;
use crate::model::composite::Normalisation;
use serde::{Deserialize, Serialize};

/// The right panel's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Panel {
    #[default]
    Compare,
    Profile,
    Scatter,
    Index,
    Scenes,
    /// A and B over the years («Udvikling»).
    Trend,
}

impl Panel {
    pub const ALL: [Panel; 6] = [
        Panel::Compare,
        Panel::Trend,
        Panel::Profile,
        Panel::Scatter,
        Panel::Index,
        Panel::Scenes,
    ];

    /// The word used in links (`?panel=profil`).
    pub fn id(self) -> &'static str {
        match self {
            Panel::Compare => "sammenligning",
            Panel::Profile => "profil",
            Panel::Scatter => "punkter",
            Panel::Index => "indeks",
            Panel::Scenes => "scener",
            Panel::Trend => "udvikling",
        }
    }

    /// The panel a link word names.
    pub fn from_id(id: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// Pan and zoom as plain numbers (see [`ViewTransform`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Zoom {
    pub k: f64,
    pub x: f64,
    pub y: f64,
}

impl From<ViewTransform> for Zoom {
    fn from(v: ViewTransform) -> Self {
        Zoom {
            k: v.k,
            x: v.x,
            y: v.y,
        }
    }
}

impl From<Zoom> for ViewTransform {
    fn from(z: Zoom) -> Self {
        ViewTransform {
            k: z.k,
            x: z.x,
            y: z.y,
        }
    }
}

/// The whole view: every field optional, so a partial link or an old scene still
/// applies and the rest keeps its default.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewSpec {
    /// Indicator by column id.
    pub indicator: Option<String>,
    /// Year on the slider (`None` = each indicator's latest).
    pub year: Option<i32>,
    pub mode: Mode,
    pub method: Option<Method>,
    pub scheme: Option<Scheme>,
    pub classes: Option<usize>,
    /// Breaks of the manual method.
    pub manual: Vec<f64>,
    /// Districts A and B by id.
    pub a: Option<String>,
    pub b: Option<String>,
    /// Gap map reference district by id (`None` = city average).
    pub reference: Option<String>,
    /// Bivariate axes by column id.
    pub bx: Option<String>,
    pub by: Option<String>,
    /// Composite index weights by column id (`None` = the defaults).
    pub weights: Option<Vec<(String, f64)>>,
    pub norm: Option<Normalisation>,
    pub zoom: Option<Zoom>,
    pub panel: Option<Panel>,
    /// District whose profile is shown, by id.
    pub profile: Option<String>,
    /// The map area shows the table instead of the map.
    pub table: bool,
    /// Classes over all years pooled (`None` = yes, the default); `Some(false)` =
    /// each year its own classes.
    pub pooled: Option<bool>,
    /// The change map's years and measure (`None` = first year, last year, absolute).
    pub change_from: Option<i32>,
    pub change_to: Option<i32>,
    pub change_kind: Option<ChangeKind>,
}

/// Link parameters that belong to the view (other parameters, such as
/// `boundaries` and `indicators`, are left alone).
pub const QUERY_KEYS: [&str; 22] = [
    "indikator",
    "aar",
    "visning",
    "metode",
    "klasser",
    "farver",
    "brud",
    "a",
    "b",
    "ref",
    "bx",
    "by",
    "vaegte",
    "norm",
    "zoom",
    "panel",
    "profil",
    "tabel",
    "faelles",
    "fra",
    "til",
    "maal",
];

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
