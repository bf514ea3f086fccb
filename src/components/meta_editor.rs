use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::model::indicator::{Group, IndicatorMeta, Polarity, Scale};
use leptos::prelude::*;

const POLARITIES: [(Polarity, &str, &str); 3] = [
    (
        Polarity::HigherIsBetter,
        "Højere er bedre",
        "Higher is better",
    ),
    (
        Polarity::HigherIsWorse,
        "Højere er værre",
        "Higher is worse",
    ),
    (Polarity::Neutral, "Ingen retning", "No direction"),
];
const GROUPS: [Group; 6] = [
    Group::Resources,
    Group::Descriptive,
    Group::Intermediating,
    Group::Transformative,
    Group::Context,
    Group::Other,
];

/// Describe the shown indicator: labels, unit, source, direction and group.
#[component]
pub fn MetaEditor() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    let current = move || {
        let i = s.indicator.get();
        s.model.with_value(|m| m.atlas.indicators.get(i).cloned())
    };
    let edit = move |f: &dyn Fn(&mut IndicatorMeta)| {
        if let Some(mut m) = current() {
            // the editor is open when a field changes, whether or not its `toggle`
            // event has arrived yet: the rebuild this edit causes must keep it open
            data.meta_open.set(true);
            f(&mut m);
            data.edit_indicator(m);
        }
    };
    move || {
        let lang = s.lang.get();
        current().map(|m| {
            let text_field = move |label: &'static str, value: String, testid: &'static str, set: fn(&mut IndicatorMeta, String)| {
                view! {
                    <label class="row">
                        <span>{label}</span>
                        <input type="text" data-testid=testid prop:value=value
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                edit(&|m| set(m, v.clone()));
                            }/>
                    </label>
                }
            };
            // open as it was left (each description rebuilds the model), or for a
            // column just added
            view! {
                <details class="meta-editor" data-testid="edit-meta" prop:open=data.meta_open.get_untracked()
                    on:toggle=move |ev| {
                        let el: web_sys::HtmlDetailsElement = event_target(&ev);
                        data.meta_open.set(el.open());
                    }>
                    <summary>{t(lang, "Beskriv indikatoren", "Describe the indicator")}</summary>
                    {text_field(t(lang, "Navn (dansk)", "Name (Danish)"), m.label_da.clone(), "meta-label-da", |m, v| m.label_da = v)}
                    {text_field(t(lang, "Navn (engelsk)", "Name (English)"), m.label_en.clone(), "meta-label-en", |m, v| m.label_en = v)}
                    {text_field(t(lang, "Enhed", "Unit"), m.unit_da.clone(), "meta-unit", |m, v| { m.unit_en = v.clone(); m.unit_da = v })}
                    {text_field(t(lang, "Kilde", "Source"), m.source.clone(), "meta-source", |m, v| m.source = v)}
                    {text_field(t(lang, "År", "Year"), m.year.map(|y| y.to_string()).unwrap_or_default(), "meta-year",
                        |m, v| m.year = v.trim().parse().ok().filter(|y| (1800..=2200).contains(y)))}
                    <label class="row">
                        <span>{t(lang, "Retning", "Direction")}</span>
                        <select data-testid="meta-polarity" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some((p, _, _)) = POLARITIES.iter().find(|(p, _, _)| format!("{p:?}") == v) {
                                edit(&|m| m.polarity = *p);
                            }
                        }>
                            {POLARITIES.iter().map(|(p, da, en)| view! {
                                <option value=format!("{p:?}") selected=*p == m.polarity>{t(lang, *da, *en)}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="row">
                        <span>{t(lang, "Gruppe", "Group")}</span>
                        <select data-testid="meta-group" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(g) = GROUPS.iter().find(|g| format!("{g:?}") == v) {
                                edit(&|m| m.group = *g);
                            }
                        }>
                            {GROUPS.iter().map(|g| view! {
                                <option value=format!("{g:?}") selected=*g == m.group>{g.label(lang)}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="row">
                        <span>{t(lang, "Form", "Form")}</span>
                        <select data-testid="meta-scale" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            edit(&|m| m.scale = match v.as_str() {
                                "individual" => Some(Scale::Individual),
                                "collective" => Some(Scale::Collective),
                                _ => None,
                            });
                        }>
                            <option value="" selected=m.scale.is_none()>{t(lang, "Ikke angivet", "Not given")}</option>
                            <option value="individual" selected=m.scale == Some(Scale::Individual)>{t(lang, "Individuel", "Individual")}</option>
                            <option value="collective" selected=m.scale == Some(Scale::Collective)>{t(lang, "Kollektiv", "Collective")}</option>
                        </select>
                    </label>
                    <SummableField meta=m.clone() lang on_set=Callback::new(move |v: Option<bool>| edit(&|m| m.summable = v))/>
                </details>
            }
        })
    }
}

/// For a measure split by dimensions: is it a count (its categories may be added up)
/// or a rate, share or average? Left open, the name and the file's totals decide.
#[component]
fn SummableField(
    meta: IndicatorMeta,
    lang: atlas_core::Lang,
    on_set: Callback<Option<bool>>,
) -> impl IntoView {
    let s = use_atlas();
    let split = s
        .model
        .with_value(|m| m.cubes.iter().any(|c| c.column == meta.column));
    split.then(|| {
        view! {
            <label class="row">
                <span>{t(lang, "Måltype", "Measure")}</span>
                <select data-testid="meta-summable" on:change=move |ev| {
                    on_set.run(match event_target_value(&ev).as_str() {
                        "count" => Some(true),
                        "rate" => Some(false),
                        _ => None,
                    });
                }>
                    <option value="" selected=meta.summable.is_none()>{t(lang, "Bedømt ud fra navn og totaler", "Judged from name and totals")}</option>
                    <option value="count" selected=meta.summable == Some(true)>{t(lang, "Antal (kan lægges sammen)", "Count (can be added up)")}</option>
                    <option value="rate" selected=meta.summable == Some(false)>{t(lang, "Gennemsnit, andel eller rate (lægges ikke sammen)", "Average, share or rate (never added up)")}</option>
                </select>
            </label>
        }
    })
}
