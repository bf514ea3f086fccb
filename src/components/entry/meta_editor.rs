use crate::data::use_data;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
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
const GROUPS: [Group; 7] = [
    Group::Resources,
    Group::Need,
    Group::Descriptive,
    Group::Intermediating,
    Group::Transformative,
    Group::Context,
    Group::Other,
];

/// Describe the shown indicator: labels, unit, source, direction and group. Each
/// description rebuilds the model; the form stays as it is (open, focus where it
/// was) and only its values follow.
#[component]
pub fn MetaEditor() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    let current = Memo::new(move |_| {
        let i = s.view.indicator().get();
        s.model.with(|m| m.atlas.indicators.get(i).cloned())
    });
    let open = RwSignal::new(false);
    // a column just added is described next: the editor opens for it
    Effect::new(move |seen: Option<usize>| {
        let (n, added) = data.edits.with(|e| {
            (
                e.done.len(),
                matches!(
                    e.done.last(),
                    Some(atlas_core::model::edits::Edit::Column { .. })
                ),
            )
        });
        if seen.is_some_and(|seen| n > seen) && added {
            open.set(true);
        }
        n
    });
    let edit = move |f: &dyn Fn(&mut IndicatorMeta)| {
        if let Some(mut m) = current.get_untracked() {
            f(&mut m);
            data.edit_indicator(m);
        }
    };
    let value = move |get: fn(&IndicatorMeta) -> String| {
        move || current.with(|m| m.as_ref().map(get).unwrap_or_default())
    };
    let lang = move || s.lang.get();
    let text_field = move |da: &'static str,
                           en: &'static str,
                           testid: &'static str,
                           get: fn(&IndicatorMeta) -> String,
                           set: fn(&mut IndicatorMeta, String)| {
        view! {
            <label class="row">
                <span>{move || t(lang(), da, en)}</span>
                <input type="text" data-testid=testid prop:value=value(get)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit(&|m| set(m, v.clone()));
                    }/>
            </label>
        }
    };
    let is =
        move |f: fn(&IndicatorMeta) -> bool| move || current.with(|m| m.as_ref().is_some_and(f));
    view! {
        <Show when=move || current.with(Option::is_some)>
            <details class="meta-editor" data-testid="edit-meta" prop:open=move || open.get()
                on:toggle=move |ev| {
                    let el: web_sys::HtmlDetailsElement = event_target(&ev);
                    open.set(el.open());
                }>
                <summary>{move || t(lang(), "Beskriv indikatoren", "Describe the indicator")}</summary>
                {text_field("Navn (dansk)", "Name (Danish)", "meta-label-da", |m| m.label_da.clone(), |m, v| m.label_da = v)}
                {text_field("Navn (engelsk)", "Name (English)", "meta-label-en", |m| m.label_en.clone(), |m, v| m.label_en = v)}
                {text_field("Enhed", "Unit", "meta-unit", |m| m.unit_da.clone(), |m, v| { m.unit_en = v.clone(); m.unit_da = v })}
                {text_field("Kilde", "Source", "meta-source", |m| m.source.clone(), |m, v| m.source = v)}
                {text_field("År", "Year", "meta-year", |m| m.year.map(|y| y.to_string()).unwrap_or_default(),
                    |m, v| m.year = v.trim().parse().ok().filter(|y| (1800..=2200).contains(y)))}
                <label class="row">
                    <span>{move || t(lang(), "Retning", "Direction")}</span>
                    <select data-testid="meta-polarity" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some((p, _, _)) = POLARITIES.iter().find(|(p, _, _)| format!("{p:?}") == v) {
                            edit(&|m| m.polarity = *p);
                        }
                    }>
                        {POLARITIES.iter().map(|(p, da, en)| {
                            let p = *p;
                            view! {
                                <option value=format!("{p:?}") prop:selected=move || current.with(|m| m.as_ref().is_some_and(|m| m.polarity == p))>{move || t(lang(), *da, *en)}</option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <label class="row">
                    <span>{move || t(lang(), "Gruppe", "Group")}</span>
                    <select data-testid="meta-group" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(g) = GROUPS.iter().find(|g| format!("{g:?}") == v) {
                            edit(&|m| m.group = *g);
                        }
                    }>
                        {GROUPS.iter().map(|g| {
                            let g = *g;
                            view! {
                                <option value=format!("{g:?}") prop:selected=move || current.with(|m| m.as_ref().is_some_and(|m| m.group == g))>{move || g.label(lang())}</option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <label class="row">
                    <span>{move || t(lang(), "Form", "Form")}</span>
                    <select data-testid="meta-scale" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit(&|m| m.scale = match v.as_str() {
                            "individual" => Some(Scale::Individual),
                            "collective" => Some(Scale::Collective),
                            _ => None,
                        });
                    }>
                        <option value="" prop:selected=is(|m| m.scale.is_none())>{move || t(lang(), "Ikke angivet", "Not given")}</option>
                        <option value="individual" prop:selected=is(|m| m.scale == Some(Scale::Individual))>{move || t(lang(), "Individuel", "Individual")}</option>
                        <option value="collective" prop:selected=is(|m| m.scale == Some(Scale::Collective))>{move || t(lang(), "Kollektiv", "Collective")}</option>
                    </select>
                </label>
                <SummableField current on_set=Callback::new(move |v: Option<bool>| edit(&|m| m.summable = v))/>
            </details>
        </Show>
    }
}

/// For a measure split by dimensions: is it a count (its categories may be added up)
/// or a rate, share or average? Left open, the name and the file's totals decide.
#[component]
fn SummableField(
    current: Memo<Option<IndicatorMeta>>,
    on_set: Callback<Option<bool>>,
) -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let split = Memo::new(move |_| {
        current.with(|meta| {
            meta.as_ref().is_some_and(|meta| {
                s.model
                    .with(|m| m.cubes.iter().any(|c| c.column == meta.column))
            })
        })
    });
    let summable = move |v: Option<bool>| {
        move || current.with(|m| m.as_ref().is_some_and(|m| m.summable == v))
    };
    move || {
        split.get().then(|| {
        view! {
            <label class="row">
                <span>{move || t(lang(), "Måltype", "Measure")}</span>
                <select data-testid="meta-summable" on:change=move |ev| {
                    on_set.run(match event_target_value(&ev).as_str() {
                        "count" => Some(true),
                        "rate" => Some(false),
                        _ => None,
                    });
                }>
                    <option value="" prop:selected=summable(None)>{move || t(lang(), "Bedømt ud fra navn og totaler", "Judged from name and totals")}</option>
                    <option value="count" prop:selected=summable(Some(true))>{move || t(lang(), "Antal (kan lægges sammen)", "Count (can be added up)")}</option>
                    <option value="rate" prop:selected=summable(Some(false))>{move || t(lang(), "Gennemsnit, andel eller rate (lægges ikke sammen)", "Average, share or rate (never added up)")}</option>
                </select>
            </label>
        }
    })
    }
}
