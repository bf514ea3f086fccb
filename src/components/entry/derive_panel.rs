//! «Beregn»: a new indicator from others — per 1,000 or a share in % of a column, the
//! difference or ratio of two, per km² of each area. It joins the edit log like a
//! paste (one undo removes it) and is computed again whenever its inputs change.

use crate::data::{use_data, DataState};
use crate::state::{use_atlas, AtlasState};
use crate::text::t;
use atlas_core::model::derive::Recipe;
use atlas_core::model::edits::Edit;
use atlas_core::model::indicator::Polarity;
use leptos::prelude::*;

/// The recipe the form describes (`None` while a column is missing).
fn recipe(kind: &str, a: String, b: String) -> Option<Recipe> {
    if a.is_empty() || (kind != "perkm2" && b.is_empty()) {
        return None;
    }
    Some(match kind {
        "share" => Recipe::Per {
            numerator: a,
            denominator: b,
            per: 100.0,
        },
        "difference" => Recipe::Difference { a, b },
        "ratio" => Recipe::Ratio { a, b },
        "perkm2" => Recipe::PerKm2 { numerator: a },
        "smooth" | "smooth-global" => Recipe::Smoothed {
            numerator: a,
            denominator: b,
            per: 1000.0,
            spatial: kind == "smooth",
        },
        _ => Recipe::Per {
            numerator: a,
            denominator: b,
            per: 1000.0,
        },
    })
}

#[component]
pub fn DerivePanel() -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let d = Draft::new();
    let Draft {
        kind,
        a,
        b,
        typed_name,
        polarity,
        ..
    } = d;
    let open = RwSignal::new(false);
    let (opts_a, opts_b) = (d.options(a), d.options(b));
    let name = move || d.name();
    let apply = move |_| d.apply();
    view! {
        <div class="derive">
            <button type="button" data-testid="derive" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || t(lang(), "Beregn ny indikator …", "Compute a new indicator …")}</button>
            <div class="derive-form" data-testid="derive-form" hidden=move || !open.get()>
                <label class="stack"><span>{move || t(lang(), "Beregning", "Computation")}</span>
                    <select data-testid="derive-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="per1000" selected=move || kind.get() == "per1000">{move || t(lang(), "A pr. 1.000 af B", "A per 1,000 of B")}</option>
                        <option value="share" selected=move || kind.get() == "share">{move || t(lang(), "A i % af B", "A as % of B")}</option>
                        <option value="perkm2" selected=move || kind.get() == "perkm2">{move || t(lang(), "A pr. km² (områdets areal)", "A per km² (the area's size)")}</option>
                        <option value="difference" selected=move || kind.get() == "difference">{move || t(lang(), "A − B", "A − B")}</option>
                        <option value="ratio" selected=move || kind.get() == "ratio">{move || t(lang(), "A / B", "A / B")}</option>
                        <option value="smooth" selected=move || kind.get() == "smooth">{move || t(lang(), "A pr. 1.000 af B, udglattet mod naboerne (empirisk Bayes)", "A per 1,000 of B, smoothed towards the neighbours (empirical Bayes)")}</option>
                        <option value="smooth-global" selected=move || kind.get() == "smooth-global">{move || t(lang(), "A pr. 1.000 af B, udglattet mod helheden (empirisk Bayes)", "A per 1,000 of B, smoothed towards the whole (empirical Bayes)")}</option>
                    </select></label>
                <label class="stack"><span>"A"</span>
                    <select data-testid="derive-a" on:change=move |ev| a.set(event_target_value(&ev))>{opts_a}</select></label>
                <label class="stack" hidden=move || kind.get() == "perkm2"><span>"B"</span>
                    <select data-testid="derive-b" on:change=move |ev| b.set(event_target_value(&ev))>{opts_b}</select></label>
                <label class="stack"><span>{move || t(lang(), "Navn", "Name")}</span>
                    <input type="text" data-testid="derive-name" prop:value=name
                        on:input=move |ev| typed_name.set(Some(event_target_value(&ev)))/></label>
                <label class="stack"><span>{move || t(lang(), "Retning", "Direction")}</span>
                    <select data-testid="derive-polarity" on:change=move |ev| polarity.set(event_target_value(&ev))>
                        <option value="inherit">{move || t(lang(), "Som A", "As A")}</option>
                        <option value="better">{move || t(lang(), "Højere er bedre", "Higher is better")}</option>
                        <option value="worse">{move || t(lang(), "Højere er værre", "Higher is worse")}</option>
                        <option value="neutral">{move || t(lang(), "Ingen retning", "No direction")}</option>
                    </select></label>
                <p class="hint">{move || t(lang(),
                    "Mangler et tal, eller er nævneren 0, bliver resultatet «mangler data».",
                    "Where a figure is missing or the denominator is 0, the result is «missing data».")}</p>
                <button type="button" data-testid="derive-apply" on:click=apply>{move || t(lang(), "Beregn", "Compute")}</button>
                <button type="button" data-testid="smooth" on:click=move |_| d.apply_smoothed()
                    title=move || t(lang(), "A pr. 1.000 af B udglattet mod naboernes rate, med den rå rate ved siden af: få personer giver ikke længere de yderste tal.", "A per 1,000 of B smoothed towards the neighbours' rate, with the raw rate beside it: few people no longer give the extreme figures.")>
                    {move || t(lang(), "Udglattet rate", "Smoothed rate")}</button>
            </div>
        </div>
    }
}

/// The calculator's draft, its own: the computation, its columns A and B, the name
/// typed (else the recipe's default) and the direction.
#[derive(Clone, Copy)]
struct Draft {
    s: AtlasState,
    data: DataState,
    /// The indicators to compute from (their labels follow descriptions and language).
    columns: Memo<Vec<(String, String)>>,
    kind: RwSignal<String>,
    a: RwSignal<String>,
    b: RwSignal<String>,
    typed_name: RwSignal<Option<String>>,
    polarity: RwSignal<String>,
}

impl Draft {
    /// A per 1,000 of B, A the first column and B the residents (else the second).
    fn new() -> Self {
        let s = use_atlas();
        let columns = Memo::new(move |_| {
            let lang = s.lang.get();
            s.model.with(|m| {
                m.atlas
                    .indicators
                    .iter()
                    .map(|i| (i.column.clone(), i.label(lang).to_owned()))
                    .collect::<Vec<(String, String)>>()
            })
        });
        let first = move |n: usize| columns.with_untracked(|c| c.get(n).map(|c| c.0.clone()));
        let b = s
            .model
            .with_untracked(|m| m.atlas.population_indicator())
            .and_then(first)
            .or_else(|| first(1))
            .unwrap_or_default();
        Draft {
            s,
            data: use_data(),
            columns,
            kind: RwSignal::new("per1000".to_owned()),
            a: RwSignal::new(first(0).unwrap_or_default()),
            b: RwSignal::new(b),
            typed_name: RwSignal::new(None),
            polarity: RwSignal::new("inherit".to_owned()),
        }
    }

    /// The recipe as chosen (`None` for an unknown kind).
    fn current(self) -> Option<Recipe> {
        recipe(&self.kind.get(), self.a.get(), self.b.get())
    }

    /// The name typed, else the recipe's default name.
    fn name(self) -> String {
        let s = self.s;
        self.typed_name.get().unwrap_or_else(|| {
            self.current()
                .map(|r| s.model.with(|m| r.default_name(&m.atlas)))
                .unwrap_or_default()
        })
    }

    /// What stops the draft from being computed, as a sentence in each language.
    fn problem(self, name: &str, inputs: &[String]) -> Option<(&'static str, &'static str)> {
        let s = self.s;
        let taken = s
            .model
            .with(|m| m.atlas.indicators.iter().any(|i| i.column == name));
        if name.is_empty() {
            Some((
                "Giv den nye indikator et navn.",
                "Give the new indicator a name.",
            ))
        } else if taken {
            Some((
                "Der er allerede en indikator med det navn.",
                "There already is an indicator of that name.",
            ))
        } else if inputs.len() == 2 && inputs[0] == inputs[1] {
            Some((
                "Vælg to forskellige indikatorer.",
                "Choose two different indicators.",
            ))
        } else {
            None
        }
    }

    /// Compute it: one `Edit::Derive` in the log, the new column shown; a problem is
    /// said instead.
    fn apply(self) {
        let (s, data) = (self.s, self.data);
        let Some(r) = untrack(|| self.current()) else {
            return;
        };
        let n = untrack(|| self.name()).trim().to_owned();
        let inputs: Vec<String> = r.inputs().iter().map(|c| c.to_string()).collect();
        if let Some((da, en)) = self.problem(&n, &inputs) {
            data.report(da, en);
            return;
        }
        let pol = match self.polarity.get_untracked().as_str() {
            "better" => Some(Polarity::HigherIsBetter),
            "worse" => Some(Polarity::HigherIsWorse),
            "neutral" => Some(Polarity::Neutral),
            _ => None,
        };
        let meta = s.model.with(|m| r.meta(&m.atlas, &n, pol));
        self.typed_name.set(None);
        data.want_changed(|p| p.indicator = Some(n.clone()));
        data.edits
            .update(|e| e.push(Edit::Derive { meta, recipe: r }));
        data.inform(
            format!("Ny indikator beregnet: {n}."),
            format!("New indicator computed: {n}."),
        );
    }

    /// «Udglattet rate»: A per 1,000 of B smoothed towards the neighbours, with the
    /// raw rate beside it (made too when it is not there), the smoothed one shown.
    fn apply_smoothed(self) {
        let (s, data) = (self.s, self.data);
        let (a, b) = (self.a.get_untracked(), self.b.get_untracked());
        if a.is_empty() || b.is_empty() || a == b {
            data.report(
                "Vælg tælleren A og nævneren B.",
                "Choose the count A and the denominator B.",
            );
            return;
        }
        let raw = Recipe::Per {
            numerator: a.clone(),
            denominator: b.clone(),
            per: 1000.0,
        };
        let smooth = Recipe::Smoothed {
            numerator: a,
            denominator: b,
            per: 1000.0,
            spatial: true,
        };
        let (raw_name, name) = s
            .model
            .with_untracked(|m| (raw.default_name(&m.atlas), smooth.default_name(&m.atlas)));
        let has = |n: &str| {
            s.model
                .with_untracked(|m| m.atlas.indicators.iter().any(|i| i.column == n))
        };
        if has(&name) {
            data.report(
                "Den udglattede rate findes allerede.",
                "The smoothed rate is already there.",
            );
            return;
        }
        let mut edits = Vec::new();
        if !has(&raw_name) {
            let meta = s
                .model
                .with_untracked(|m| raw.meta(&m.atlas, &raw_name, None));
            edits.push(Edit::Derive { meta, recipe: raw });
        }
        let mut meta = s
            .model
            .with_untracked(|m| smooth.meta(&m.atlas, &name, None));
        meta.note_da = format!(
            "Den rå rate står i «{raw_name}». Små områder trækkes mest mod naboernes rate."
        );
        meta.note_en = format!("The raw rate is in “{raw_name}”. Small areas are pulled most towards their neighbours' rate.");
        edits.push(Edit::Derive {
            meta,
            recipe: smooth,
        });
        data.want_changed(|p| p.indicator = Some(name.clone()));
        data.edits.update(|e| {
            for edit in edits {
                e.push(edit);
            }
        });
        data.inform(
            format!("Udglattet rate beregnet: {name}."),
            format!("Smoothed rate computed: {name}."),
        );
    }

    /// The columns as options of a select bound to `selected`.
    fn options(self, selected: RwSignal<String>) -> impl Fn() -> AnyView + Clone {
        let columns = self.columns;
        move || {
            columns
                .get()
                .into_iter()
                .map(|(c, l)| {
                    let c2 = c.clone();
                    view! { <option value=c selected=move || selected.get() == c2>{l}</option> }
                })
                .collect_view()
                .into_any()
        }
    }
}
