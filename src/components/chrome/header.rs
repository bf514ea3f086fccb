use crate::components::controls::mode_picker::ModePicker;
use crate::components::controls::year_slider::YearSlider;
use crate::components::entry::data_panel::DataPanel;
use crate::components::present::presenter::start_presenting;
use crate::components::present::share_menu::ShareMenu;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::model::indicator::Group;
use leptos::prelude::*;

/// Title and indicator picker (grouped by resources / co-creation form).
#[component]
pub fn Header() -> impl IntoView {
    let s = use_atlas();
    let data = crate::data::use_data();
    // (labels and groups: a description edit changes them, a figure does not)
    let indicators = Memo::new(move |_| s.model.with(|m| m.atlas.indicators.clone()));
    let none = move || indicators.with(Vec::is_empty);
    let options = move || {
        let lang = s.lang.get();
        let indicators = indicators.get();
        let none = indicators.is_empty();
        let mut groups: Vec<Group> = indicators.iter().map(|i| i.group).collect();
        groups.sort();
        groups.dedup();
        let placeholder = none.then(|| view! { <option value="">{t(lang, "Ingen indikatorer indlæst", "No indicators loaded")}</option> });
        let groups = groups
            .iter()
            .map(|g| {
                let opts = indicators
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.group == *g)
                    .map(|(i, m)| {
                        let label = m.label(lang).to_owned();
                        // the value is the indicator's column id (the source's own name)
                        view! { <option value=m.column.clone() prop:selected=move || s.view.indicator().get() == i>{label}</option> }
                    })
                    .collect_view();
                view! { <optgroup label=g.label(lang)>{opts}</optgroup> }
            })
            .collect_view();
        (placeholder, groups)
    };
    let lang = move || s.lang.get();
    view! {
        <header class="top">
            <h1>"Samskabelsesatlas"</h1>
            <label class="picker">
                <span>{move || t(lang(), "Indikator", "Indicator")}</span>
                <select
                    data-testid="indicator"
                    disabled=none
                    prop:value=move || {
                        let i = s.view.indicator().get();
                        indicators.with(|x| x.get(i).map(|m| m.column.clone())).unwrap_or_default()
                    }
                    on:change=move |ev| {
                        let column = event_target_value(&ev);
                        if let Some(i) = indicators.with_untracked(|x| x.iter().position(|m| m.column == column)) {
                            s.edit(|v| v.indicator = i);
                        }
                    }
                >
                    {options}
                </select>
            </label>
            <crate::components::controls::dimension_pickers::DimensionPickers/>
            <YearSlider/>
            <ModePicker/>
            <DataPanel/>
            <ShareMenu/>
            <button type="button" class="present" data-testid="present"
                title=move || t(lang(), "Præsentér scenerne på fuld skærm (→ / ←, PageDown / PageUp, Esc)", "Present the scenes full screen (→ / ←, PageDown / PageUp, Esc)")
                on:click=move |_| start_presenting(data, s)>
                {move || t(lang(), "▶ Præsentér", "▶ Present")}
            </button>
            <LangSwitch/>
        </header>
    }
}

/// The visible language switch: names the other language in that language.
#[component]
fn LangSwitch() -> impl IntoView {
    let s = use_atlas();
    let other = move || match s.lang.get() {
        atlas_core::Lang::Da => ("en", "English", "Switch to English"),
        atlas_core::Lang::En => ("da", "Dansk", "Skift til dansk"),
    };
    view! {
        <button type="button" class="lang-switch secondary" data-testid="lang-switch"
            lang=move || other().0
            aria-label=move || other().2
            on:click=move |_| s.lang.update(|l| {
                *l = match l {
                    atlas_core::Lang::Da => atlas_core::Lang::En,
                    atlas_core::Lang::En => atlas_core::Lang::Da,
                }
            })>
            {move || other().1}
        </button>
    }
}
