use super::data_panel::DataPanel;
use super::mode_picker::ModePicker;
use super::presenter::start_presenting;
use super::share_menu::ShareMenu;
use super::year_slider::YearSlider;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::indicator::Group;
use leptos::prelude::*;

/// Title and indicator picker (grouped by resources / co-creation form).
#[component]
pub fn Header() -> impl IntoView {
    let s = use_atlas();
    let data = crate::data::use_data();
    let lang = s.lang.get_untracked();
    let indicators = s.model.with_value(|m| m.atlas.indicators.clone());
    let none = indicators.is_empty();
    let mut groups: Vec<Group> = indicators.iter().map(|i| i.group).collect();
    groups.sort();
    groups.dedup();
    let options = groups
        .into_iter()
        .map(|g| {
            let opts = indicators
                .iter()
                .enumerate()
                .filter(|(_, m)| m.group == g)
                .map(|(i, m)| {
                    view! { <option value=i.to_string()>{m.label(lang).to_owned()}</option> }
                })
                .collect_view();
            view! { <optgroup label=g.label(lang)>{opts}</optgroup> }
        })
        .collect_view();
    let placeholder = none.then(|| view! { <option value="">{t(lang, "Ingen indikatorer indlæst", "No indicators loaded")}</option> });
    view! {
        <header class="top">
            <h1>"Samskabelsesatlas"</h1>
            <label class="picker">
                <span>{t(lang, "Indikator", "Indicator")}</span>
                <select
                    data-testid="indicator"
                    disabled=indicators.is_empty()
                    prop:value=move || if none { String::new() } else { s.indicator.get().to_string() }
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            s.indicator.set(i);
                        }
                    }
                >
                    {placeholder}
                    {options}
                </select>
            </label>
            <YearSlider/>
            <ModePicker/>
            <DataPanel/>
            <ShareMenu/>
            <button type="button" class="present" data-testid="present"
                title=t(lang, "Præsentér scenerne på fuld skærm (→ / ←, PageDown / PageUp, Esc)", "Present the scenes full screen (→ / ←, PageDown / PageUp, Esc)")
                on:click=move |_| start_presenting(data, s)>
                {t(lang, "▶ Præsentér", "▶ Present")}
            </button>
        </header>
    }
}
