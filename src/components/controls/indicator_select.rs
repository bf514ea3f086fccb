use crate::state::use_atlas;
use leptos::prelude::*;

/// A select of every indicator showing `value` (an indicator index); a choice is
/// handed to `pick`.
#[component]
pub fn IndicatorSelect(
    testid: &'static str,
    #[prop(into)] value: Signal<usize>,
    pick: Callback<usize>,
) -> impl IntoView {
    let s = use_atlas();
    let options = move || -> Vec<(usize, String)> {
        let lang = s.lang.get();
        s.model.with(|m| {
            m.atlas
                .indicators
                .iter()
                .enumerate()
                .map(|(i, x)| (i, x.label(lang).to_owned()))
                .collect()
        })
    };
    view! {
        <select data-testid=testid on:change=move |ev| {
            if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                pick.run(i);
            }
        }>
            {move || options().into_iter().map(|(i, l)| view! {
                <option value=i.to_string() prop:selected=move || value.get() == i>{l}</option>
            }).collect_view()}
        </select>
    }
}
