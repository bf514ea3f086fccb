//! What the user is looking at, as plain data. The same [`ViewSpec`] is restored
//! after a rebuild of the model, written to and read from the page's URL, captured
//! in presentation scenes and saved in project files.
//!
//! Indicators and districts are named by column and district id, never by
//! position, so a view still applies when a table gains a column.

use crate::classify::lisa::LisaOptions;
use crate::classify::methods::Method;
use crate::classify::modes::Mode;
use crate::classify::palette::Scheme;
use crate::geometry::pan_zoom::ViewTransform;
use crate::geometry::weights::WeightsKind;
use crate::model::change::ChangeKind;
use crate::model::composite::Normalisation;
use crate::model::groups::AreaGroup;
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
    /// A or B as a named group of areas, by their ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a_group: Option<AreaGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b_group: Option<AreaGroup>,
    /// Gap map reference district by id (`None` = city average).
    pub reference: Option<String>,
    /// Gap map reference as a named group of areas, by their ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_group: Option<AreaGroup>,
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
    /// The built-in example shown (`?eksempel=bydele`); `None` = the user's own data.
    pub example: Option<String>,
    /// Categories chosen in measures split by dimensions: (dimension, category or
    /// `alle`), e.g. `[("KØN", "Kvinder"), ("ALDER", "alle")]`; a dimension left out
    /// shows its default (its total).
    pub categories: Vec<(String, String)>,
    /// The LISA modes' neighbours (`naboer=queen|rook|knn`, `k=6`; `None` = queen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbours: Option<WeightsKind>,
    /// The LISA modes' permutations, seed, threshold, FDR and map (`permutationer=`,
    /// `seed=`, `alfa=`, `fdr=1`, `lisakort=signifikans`; `None` = the defaults).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lisa: Option<LisaOptions>,
    /// «Vis som grupper»: the areas dissolved by this grouping (`?grupper=bydel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grouped: Option<String>,
}

/// Link parameters that belong to the view (other parameters, such as
/// `boundaries` and `indicators`, are left alone).
pub const QUERY_KEYS: [&str; 35] = [
    "indikator",
    "aar",
    "visning",
    "metode",
    "klasser",
    "farver",
    "brud",
    "a",
    "b",
    "agruppe",
    "bgruppe",
    "grupper",
    "naboer",
    "k",
    "permutationer",
    "seed",
    "alfa",
    "fdr",
    "lisakort",
    "ref",
    "refgruppe",
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
    "eksempel",
    "kategorier",
];
