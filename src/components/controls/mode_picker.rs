use crate::components::controls::indicator_select::IndicatorSelect;
use crate::state::ViewStoreFields;
use crate::state::{use_atlas, Mode};
use crate::text::t;
use leptos::prelude::*;

/// Kort | Forskelskort, and for the gap map its reference.
#[component]
pub fn ModePicker() -> impl IntoView {
    let s = use_atlas();
    // the gap map's reference, in Danish order: built only when the gap map is chosen
    // (a grid of 43,000 cells would otherwise sort its names on every mount)
    let reference_options = move || {
        let mut d: Vec<(usize, String)> = s.model.with(|m| {
            m.atlas
                .districts
                .iter()
                .enumerate()
                .map(|(i, d)| (i, d.name.clone()))
                .collect()
        });
        atlas_core::text::collate::sort_danish(&mut d, |(_, name)| name);
        d.into_iter()
            .map(|(i, name)| view! { <option value=i.to_string()>{name}</option> })
            .collect_view()
    };
    // A or B as a group can be the reference; so can a group chosen before
    let group_options = move || {
        let lang = s.lang.get();
        let chosen = s.view.reference_group().get();
        let mut out = Vec::new();
        for (value, letter, g) in [
            ("gruppe-a", "A", s.view.a_group().get()),
            ("gruppe-b", "B", s.view.b_group().get()),
        ] {
            if let Some(g) = g {
                let selected = chosen.as_ref() == Some(&g);
                let label = format!("{} {letter}: {}", t(lang, "Gruppe", "Group"), g.name);
                out.push(
                    view! { <option value=value selected=selected>{label}</option> }.into_any(),
                );
            }
        }
        let other = chosen.filter(|g| {
            Some(g) != s.view.a_group().get().as_ref() && Some(g) != s.view.b_group().get().as_ref()
        });
        if let Some(g) = other {
            let label = format!("{}: {}", t(lang, "Gruppe", "Group"), g.name);
            out.push(view! { <option value="gruppe" selected=true>{label}</option> }.into_any());
        }
        out
    };
    let weighted = Memo::new(move |_| s.model.with(|m| m.atlas.population_indicator().is_some()));
    let axis = move |testid: &'static str,
                     da: &'static str,
                     en: &'static str,
                     value: Signal<usize>,
                     pick: Callback<usize>| {
        view! {
            <label class="picker">
                <span>{move || t(s.lang.get(), da, en)}</span>
                <IndicatorSelect testid value pick/>
            </label>
        }
    };
    let biv_x = axis(
        "biv-x",
        "Ressource",
        "Resource",
        Signal::derive(move || s.view.bx().get()),
        Callback::new(move |i| s.edit(|v| v.bx = i)),
    );
    let biv_y = axis(
        "biv-y",
        "Samskabelse",
        "Co-creation",
        Signal::derive(move || s.view.by().get()),
        Callback::new(move |i| s.edit(|v| v.by = i)),
    );
    view! {
        <label class="picker">
            <span>{move || t(s.lang.get(), "Visning", "View")}</span>
            <select data-testid="mode" on:change=move |ev| {
                s.edit(|v| v.mode = match event_target_value(&ev).as_str() {
                    "gap" => Mode::Gap,
                    "bivariate" => Mode::Bivariate,
                    "index" => Mode::Index,
                    "change" => Mode::Change,
                    "lisa" => Mode::Lisa,
                    "lisa-bivariate" => Mode::LisaBivariate,
                    _ => Mode::Choropleth,
                });
            }>
                <option value="map" prop:selected=move || s.view.mode().get() == Mode::Choropleth>{move || t(s.lang.get(), "Kort", "Map")}</option>
                <option value="gap" prop:selected=move || s.view.mode().get() == Mode::Gap>{move || t(s.lang.get(), "Forskelskort", "Gap map")}</option>
                <option value="bivariate" prop:selected=move || s.view.mode().get() == Mode::Bivariate>{move || t(s.lang.get(), "Bivariat (dobbelt udsat)", "Bivariate (double vulnerable)")}</option>
                <option value="index" prop:selected=move || s.view.mode().get() == Mode::Index>{move || t(s.lang.get(), "Samlet indeks", "Composite index")}</option>
                <option value="change" prop:selected=move || s.view.mode().get() == Mode::Change>{move || t(s.lang.get(), "Ændring mellem to år", "Change between two years")}</option>
                <option value="lisa" prop:selected=move || s.view.mode().get() == Mode::Lisa>{move || t(s.lang.get(), "Klynger (LISA)", "Clusters (LISA)")}</option>
                <option value="lisa-bivariate" prop:selected=move || s.view.mode().get() == Mode::LisaBivariate>{move || t(s.lang.get(), "Klynger: ressource × naboers samskabelse", "Clusters: resource × neighbours' co-creation")}</option>
            </select>
        </label>
        <Show when=move || s.view.mode().get() == Mode::Change>
            <ChangePicker/>
        </Show>
        <div class="biv-axes" class:hidden=move || !matches!(s.view.mode().get(), Mode::Bivariate | Mode::LisaBivariate)>{biv_x}{biv_y}</div>
        <Show when=move || s.view.mode().get() == Mode::Gap>
            <label class="picker">
                <span>{move || t(s.lang.get(), "Forskel fra", "Gap to")}</span>
                <select data-testid="gap-reference" on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    s.edit(|v| match chosen.as_str() {
                        "gruppe-a" => (v.reference, v.reference_group) = (None, v.a_group.clone()),
                        "gruppe-b" => (v.reference, v.reference_group) = (None, v.b_group.clone()),
                        "gruppe" => {}
                        other => (v.reference, v.reference_group) = (other.parse::<usize>().ok(), None),
                    });
                }>
                    <option value="avg">{move || {
                        let lang = s.lang.get();
                        if weighted.get() {
                            t(lang, "byens gennemsnit (vægtet med indbyggere)", "the city average (weighted by residents)")
                        } else {
                            t(lang, "byens gennemsnit", "the city average")
                        }
                    }}</option>
                    {group_options}
                    {reference_options()}
                </select>
            </label>
        </Show>
    }
}

/// The change map's two years and its measure (in the unit or in percent).
#[component]
fn ChangePicker() -> impl IntoView {
    use atlas_core::model::change::ChangeKind;
    let s = use_atlas();
    let lang = move || s.lang.get();
    let years = move || s.indicator_years();
    let resolved = move || crate::view_model::change::years(&s);
    let year_select = move |testid: &'static str, da: &'static str, en: &'static str, to: bool| {
        view! {
            <label class="picker">
                <span>{move || t(lang(), da, en)}</span>
                <select data-testid=testid on:change=move |ev| {
                    let y = event_target_value(&ev).parse::<i32>().ok();
                    s.edit(|v| if to { v.change_to = y } else { v.change_from = y });
                }>
                    {move || {
                        let chosen = resolved().map(|(f, t)| if to { t } else { f });
                        years().into_iter().map(|y| view! {
                            <option value=y.to_string() selected=Some(y) == chosen>{y}</option>
                        }).collect_view()
                    }}
                </select>
            </label>
        }
    };
    view! {
        <div class="change-picker" data-testid="change-picker">
            {move || (years().len() < 2).then(|| view! {
                <p class="note">{t(lang(), "Indikatoren har kun ét år: vælg en med flere år for at se ændringen.", "The indicator has only one year: pick one with several years to see the change.")}</p>
            })}
            {year_select("change-from", "Fra år", "From year", false)}
            {year_select("change-to", "Til år", "To year", true)}
            <label class="picker">
                <span>{move || t(lang(), "Mål", "Measure")}</span>
                <select data-testid="change-kind" on:change=move |ev| {
                    let k = if event_target_value(&ev) == "pct" { ChangeKind::Percent } else { ChangeKind::Absolute };
                    s.edit(|v| v.change_kind = k);
                }>
                    <option value="abs" selected=move || s.view.change_kind().get() == ChangeKind::Absolute>
                        {move || t(lang(), "i enheden (procentpoint for %)", "in the unit (points for %)")}
                    </option>
                    <option value="pct" selected=move || s.view.change_kind().get() == ChangeKind::Percent>
                        {move || t(lang(), "i procent", "in percent")}
                    </option>
                </select>
            </label>
        </div>
    }
}
