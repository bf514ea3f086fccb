//! The view resolved against one model: a [`ViewSpec`] names indicators by column
//! and districts by id (so it survives new files, links and reloads); a [`View`]
//! holds the positions the atlas draws with. Both directions live here, with the
//! defaults for what a spec leaves out (A = Østerbro, B = Sydhavnen, …).

use crate::classify::lisa::LisaOptions;
use crate::classify::methods::Method;
use crate::classify::modes::Mode;
use crate::classify::palette::Scheme;
use crate::geometry::pan_zoom::ViewTransform;
use crate::geometry::weights::WeightsKind;
use crate::model::atlas::Atlas;
use crate::model::change::ChangeKind;
use crate::model::composite::Normalisation;
use crate::model::groups::AreaGroup;
use crate::model::indicator::{Group, Polarity};
use crate::present::view_spec::{Panel, ViewSpec};

pub use crate::present::pair::{default_pair, extremes, sydhavn_holder};

/// Number of classes when a spec names none.
pub const DEFAULT_CLASSES: usize = 5;

/// What the user is looking at, by position in the model.
///
/// With the `store` feature it is a Leptos store (`Store`, `Patch`): the app reads
/// each field on its own and a patch notifies only the fields that changed.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "store",
    derive(reactive_stores::Store, reactive_stores::Patch)
)]
pub struct View {
    pub indicator: usize,
    /// The year chosen on the slider (`None` = each indicator's latest).
    pub year: Option<i32>,
    pub mode: Mode,
    pub method: Method,
    /// Number of classes (3–9) for methods that take one.
    pub classes: usize,
    /// Breaks for the manual method.
    pub manual: Vec<f64>,
    pub scheme: Scheme,
    pub a: Option<usize>,
    pub b: Option<usize>,
    /// A or B as a named group of areas (then it stands for the side, not `a`/`b`).
    pub a_group: Option<AreaGroup>,
    pub b_group: Option<AreaGroup>,
    /// Gap map reference: `None` = the city average, else a district.
    pub reference: Option<usize>,
    /// Gap map reference as a group of areas (then it stands for the reference).
    pub reference_group: Option<AreaGroup>,
    /// Bivariate axes: a resource indicator (x) and a co-creation indicator (y).
    pub bx: usize,
    pub by: usize,
    /// Composite index: weight per indicator (0 = not in the index).
    pub weights: Vec<f64>,
    pub norm: Normalisation,
    /// Which tab the right panel shows.
    pub panel: Panel,
    /// The district whose profile is shown (the last one clicked).
    pub profile: Option<usize>,
    /// The map area shows the table view instead of the map.
    pub table: bool,
    /// Classes over every year pooled (the default), else each year its own.
    pub pooled: bool,
    /// The change map's years (`None` = the indicator's first and last) and measure.
    pub change_from: Option<i32>,
    pub change_to: Option<i32>,
    pub change_kind: ChangeKind,
    /// The LISA modes' neighbours (queen, rook, k nearest) and options.
    pub neighbours: WeightsKind,
    pub lisa: LisaOptions,
}

/// Bivariate axes: the first resource and the first co-creation indicator.
pub fn default_axes(atlas: &Atlas) -> (usize, usize) {
    let inds = &atlas.indicators;
    let x = inds
        .iter()
        .position(|m| m.group == Group::Resources)
        .unwrap_or(0);
    let y = inds
        .iter()
        .position(|m| {
            matches!(
                m.group,
                Group::Descriptive | Group::Intermediating | Group::Transformative
            )
        })
        .unwrap_or(usize::from(inds.len() > 1));
    (x, y)
}

/// Index weights: 1 for every indicator with a direction outside the context group.
pub fn default_weights(atlas: &Atlas) -> Vec<f64> {
    atlas
        .indicators
        .iter()
        .map(|m| {
            if m.polarity == Polarity::Neutral || m.group == Group::Context {
                0.0
            } else {
                1.0
            }
        })
        .collect()
}

/// Something a view names that a model does not have (a new file, an edit that
/// removed a column): said to the user, never dropped in silence.
#[derive(Clone, Debug, PartialEq, Eq)]
///
/// (A column the new data lacks is not listed: a new table replaces the indicators,
/// and the map shows its first.)
pub enum Lost {
    /// Area A or B, or the gap map's reference area, by id.
    A(String),
    B(String),
    Reference(String),
}

impl Lost {
    /// A sentence for the messages panel.
    ///
    /// ```
    /// use atlas_core::present::view::Lost;
    /// use atlas_core::Lang;
    /// assert_eq!(
    ///     Lost::A("Østerbro".into()).sentence(Lang::Da),
    ///     "A (Østerbro) findes ikke i de nye data; A er nu standardvalget."
    /// );
    /// ```
    pub fn sentence(&self, lang: crate::Lang) -> String {
        use crate::Lang::{Da, En};
        match (self, lang) {
            (Lost::A(n), Da) => {
                format!("A ({n}) findes ikke i de nye data; A er nu standardvalget.")
            }
            (Lost::A(n), En) => format!("A ({n}) is not in the new data; A is now the default."),
            (Lost::B(n), Da) => {
                format!("B ({n}) findes ikke i de nye data; B er nu standardvalget.")
            }
            (Lost::B(n), En) => format!("B ({n}) is not in the new data; B is now the default."),
            (Lost::Reference(n), Da) => format!(
                "Forskelskortets sammenligningsområde ({n}) findes ikke i de nye data; der sammenlignes nu med gennemsnittet."
            ),
            (Lost::Reference(n), En) => format!(
                "The gap map's reference area ({n}) is not in the new data; it now compares with the average."
            ),
        }
    }
}

/// What `spec` names that `atlas` does not have. `names` gives an id's name in the
/// model the spec was made on (so the sentence says «Østerbro», not «1»).
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::present::view::{lost, Lost};
/// use atlas_core::present::view_spec::ViewSpec;
/// let mut atlas = atlas_core::Atlas::default();
/// atlas.districts = vec![Area::new("1", "Indre By")];
/// let spec = ViewSpec { a: Some("2".into()), b: Some("1".into()), ..ViewSpec::default() };
/// assert_eq!(lost(&atlas, &spec, |id| (id == "2").then(|| "Østerbro".to_owned())),
///            vec![Lost::A("Østerbro".into())]);
/// ```
pub fn lost(atlas: &Atlas, spec: &ViewSpec, names: impl Fn(&str) -> Option<String>) -> Vec<Lost> {
    let gone = |d: &Option<String>| {
        d.as_deref()
            .filter(|d| atlas.district_by_id(d).is_none())
            .map(|d| names(d).unwrap_or_else(|| d.to_owned()))
    };
    let mut out = Vec::new();
    out.extend(gone(&spec.a).map(Lost::A));
    out.extend(gone(&spec.b).map(Lost::B));
    out.extend(gone(&spec.reference).map(Lost::Reference));
    out
}

impl View {
    /// The view of `atlas` that `spec` describes: each field that names something in
    /// this model is applied, the others take their defaults. The panel and profile
    /// stay as in `current` when the spec leaves them out.
    pub fn resolve(atlas: &Atlas, spec: &ViewSpec, current: Option<&View>) -> View {
        let col = |c: &Option<String>| {
            c.as_deref()
                .and_then(|c| atlas.indicators.iter().position(|x| x.column == c))
        };
        let district = |d: &Option<String>| d.as_deref().and_then(|d| atlas.district_by_id(d));
        // a group keeps the members this map has; none left: no group
        let group = |g: &Option<AreaGroup>| {
            g.as_ref().and_then(|g| {
                let members: Vec<String> = g
                    .members
                    .iter()
                    .filter(|id| atlas.district_by_id(id).is_some())
                    .cloned()
                    .collect();
                (!members.is_empty()).then(|| AreaGroup {
                    name: g.name.clone(),
                    members,
                })
            })
        };
        let pair = default_pair(atlas);
        let axes = default_axes(atlas);
        let defaults = default_weights(atlas);
        let weights = match &spec.weights {
            Some(w) => atlas
                .indicators
                .iter()
                .zip(defaults.iter())
                .map(|(x, d)| {
                    w.iter()
                        .find(|(c, _)| *c == x.column)
                        .map(|(_, w)| *w)
                        .unwrap_or(*d)
                })
                .collect(),
            None => defaults,
        };
        View {
            indicator: col(&spec.indicator).unwrap_or(0),
            year: spec.year,
            mode: spec.mode,
            method: spec.method.unwrap_or_default(),
            classes: spec.classes.unwrap_or(DEFAULT_CLASSES).clamp(3, 9),
            manual: spec.manual.clone(),
            scheme: spec.scheme.unwrap_or_default(),
            a: district(&spec.a).or(pair.0),
            b: district(&spec.b).or(pair.1),
            a_group: group(&spec.a_group),
            b_group: group(&spec.b_group),
            reference: district(&spec.reference),
            reference_group: group(&spec.reference_group),
            bx: col(&spec.bx).unwrap_or(axes.0),
            by: col(&spec.by).unwrap_or(axes.1),
            weights,
            norm: spec.norm.unwrap_or_default(),
            panel: spec.panel.or(current.map(|c| c.panel)).unwrap_or_default(),
            profile: district(&spec.profile).or(current.and_then(|c| c.profile)),
            table: spec.table,
            pooled: spec.pooled.unwrap_or(true),
            change_from: spec.change_from,
            change_to: spec.change_to,
            change_kind: spec.change_kind.unwrap_or_default(),
            neighbours: spec.neighbours.unwrap_or_default(),
            lisa: spec.lisa.unwrap_or_default(),
        }
    }

    /// The defaults for `atlas`.
    pub fn new(atlas: &Atlas) -> View {
        View::resolve(atlas, &ViewSpec::default(), None)
    }

    /// This view as a spec, every field filled in; `zoom` is the map's pan/zoom,
    /// kept apart from the view because it changes on every frame of a gesture.
    pub fn to_spec(&self, atlas: &Atlas, zoom: ViewTransform) -> ViewSpec {
        let col = |i: usize| atlas.indicators.get(i).map(|x| x.column.clone());
        let id = |i: Option<usize>| i.and_then(|i| atlas.districts.get(i)).map(|d| d.id.clone());
        ViewSpec {
            indicator: col(self.indicator),
            year: self.year,
            mode: self.mode,
            method: Some(self.method),
            scheme: Some(self.scheme),
            classes: Some(self.classes),
            manual: self.manual.clone(),
            a: id(self.a),
            b: id(self.b),
            a_group: self.a_group.clone(),
            b_group: self.b_group.clone(),
            reference: id(self.reference),
            reference_group: self.reference_group.clone(),
            bx: col(self.bx),
            by: col(self.by),
            // Only weights the user changed: defaults follow the descriptions.
            weights: (self.weights != default_weights(atlas)).then(|| {
                atlas
                    .indicators
                    .iter()
                    .zip(self.weights.iter())
                    .map(|(x, w)| (x.column.clone(), *w))
                    .collect()
            }),
            norm: Some(self.norm),
            zoom: Some(zoom.into()),
            panel: Some(self.panel),
            profile: id(self.profile),
            table: self.table,
            pooled: Some(self.pooled),
            change_from: self.change_from,
            change_to: self.change_to,
            change_kind: Some(self.change_kind),
            neighbours: (self.neighbours != WeightsKind::default()).then_some(self.neighbours),
            lisa: (self.lisa != LisaOptions::default()).then_some(self.lisa),
            // the data shown is not the view's to know: the app fills it in
            example: None,
            categories: Vec::new(),
            grouped: None,
        }
    }
}
