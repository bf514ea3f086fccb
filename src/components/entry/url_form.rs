use crate::state::use_atlas;
use crate::text::t;
use leptos::prelude::*;

/// An address field with a "Hent" button; `on_fetch` gets the trimmed address.
#[component]
pub fn UrlForm(
    testid: &'static str,
    label_da: &'static str,
    label_en: &'static str,
    on_fetch: Callback<String>,
) -> impl IntoView {
    let s = use_atlas();
    let url = RwSignal::new(String::new());
    view! {
        <form class="url-form" on:submit=move |ev| {
            ev.prevent_default();
            let u = url.get_untracked();
            if !u.trim().is_empty() {
                on_fetch.run(u.trim().to_owned());
            }
        }>
            <input type="text" inputmode="url" data-testid=testid placeholder="https://…"
                aria-label=move || t(s.lang.get(), label_da, label_en)
                prop:value=move || url.get()
                on:input=move |ev| url.set(event_target_value(&ev))/>
            <button type="submit">{move || t(s.lang.get(), "Hent", "Fetch")}</button>
        </form>
    }
}
