//! «Læg sammen i områder» (issue 27 §3): shown beside a grid layer. The districts
//! to sum into — Denmark's municipalities or Copenhagen's bydele and kvarterer, built
//! in, or the user's own boundary file — and how a cell is shared: by the part of it
//! each district covers (the default) or whole by its centre. The chosen built-in
//! areas' borders are drawn over the grid meanwhile (`data::overlay`).

use crate::data::sum_cells::SumTarget;
use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::geometry::grid_sum::SumRule;
use atlas_core::present::examples;
use leptos::prelude::*;

/// The built-in districts a grid can be summed into: (value, Danish, English).
const TARGETS: [(&str, &str, &str); 3] = [
    (
        "kommuner",
        "Danmarks 98 kommuner",
        "Denmark's 98 municipalities",
    ),
    (
        "bydele",
        "Københavns 10 bydele",
        "Copenhagen's 10 districts (bydele)",
    ),
    (
        "kvarterer",
        "Københavns 67 kvarterer",
        "Copenhagen's 67 neighbourhoods (kvarterer)",
    ),
];

/// The value of the choice «my own boundary file».
const OWN_FILE: &str = "fil";

#[component]
pub fn SumPanel() -> impl IntoView {
    let s = use_atlas();
    let is_grid = move || s.model.with(|m| m.boundaries.grid.is_some());
    view! {
        <Show when=is_grid>
            <SumControls/>
        </Show>
    }
}

#[component]
fn SumControls() -> impl IntoView {
    let s = use_atlas();
    let data = use_data();
    let lang = move || s.lang.get();
    let target = RwSignal::new(TARGETS[0].0.to_owned());
    let rule = RwSignal::new(SumRule::AreaShare);
    // the chosen areas' borders over the grid (the municipalities' at first)
    let outlines = RwSignal::new(true);
    Effect::new(move |_| {
        let chosen = target.get();
        data.show_outlines(outlines.get().then(|| examples::example(&chosen)).flatten());
    });
    on_cleanup(move || data.show_outlines(None));
    let run = move |_| {
        let chosen = target.get_untracked();
        if let Some(ex) = examples::example(&chosen) {
            data.sum_into_areas(SumTarget::Example(ex), rule.get_untracked());
        }
    };
    let rule_choice = move |value: SumRule, da: &'static str, en: &'static str| {
        view! {
            <label class="radio">
                <input type="radio" name="sum-rule" prop:checked=move || rule.get() == value
                    on:change=move |_| rule.set(value)/>
                {move || t(lang(), da, en)}
            </label>
        }
    };
    view! {
        <section class="sum-panel" data-testid="sum-panel" aria-labelledby="sum-heading">
            <h2 id="sum-heading">{move || t(lang(), "Læg sammen i områder", "Sum into areas")}</h2>
            <p class="hint">{move || t(lang(),
                "Tæl kvadratnettets celler sammen i de områder, I arbejder med. Områderne bliver kortet, med summerne som tal.",
                "Add the grid's cells up into the areas you work with. The areas become the map, with the sums as their figures.")}</p>
            <label>{move || t(lang(), "Områder", "Areas")} " "
                <select data-testid="sum-target" on:change=move |ev| target.set(event_target_value(&ev))>
                    {TARGETS.into_iter().map(|(value, da, en)| view! {
                        <option value=value selected=move || target.get() == value>{move || t(lang(), da, en)}</option>
                    }).collect_view()}
                    <option value=OWN_FILE>{move || t(lang(), "Min egen grænsefil …", "My own boundary file …")}</option>
                </select>
            </label>
            <label class="check">
                <input type="checkbox" data-testid="show-outlines" prop:checked=move || outlines.get()
                    on:change=move |ev| outlines.set(event_target_checked(&ev))/>
                {move || t(lang(), "Vis områdernes grænser over nettet", "Show the areas' borders over the grid")}
            </label>
            <fieldset class="sum-rule">
                <legend>{move || t(lang(), "Hver celle deles", "Each cell is shared")}</legend>
                {rule_choice(SumRule::AreaShare,
                    "efter den del af cellen, hvert område dækker (anbefalet: en kystcelles indbyggere går til land)",
                    "by the part of it each area covers (recommended: a coastal cell's residents go to the land)")}
                {rule_choice(SumRule::Centre,
                    "helt til det område, cellens midtpunkt ligger i",
                    "whole to the area that holds the cell's centre")}
            </fieldset>
            <Show when=move || target.get() == OWN_FILE
                fallback=move || view! {
                    <button type="button" data-testid="sum-into-areas" on:click=run>
                        {move || t(lang(), "Læg sammen i områder", "Sum into areas")}
                    </button>
                }>
                <label>{move || t(lang(), "Grænsefil (GeoJSON)", "Boundary file (GeoJSON)")} " "
                    <input type="file" accept=".geojson,.json,application/geo+json" data-testid="sum-boundary-file"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                crate::files::read_sum_target_file(data, file, rule.get_untracked());
                            }
                            input.set_value("");
                        }/>
                </label>
            </Show>
        </section>
    }
}
