use crate::state::use_atlas;
use crate::text::t;
use leptos::prelude::*;

/// Beskeder: every recoverable problem met while loading, naming where.
#[component]
pub fn Messages() -> impl IntoView {
    let s = use_atlas();
    let issues = s.model.with_value(|m| m.issues.clone());
    let n = issues.len();
    view! {
        <section class="messages" data-testid="messages">
            <h2>{move || t(s.lang.get(), "Beskeder", "Messages")} " (" {n} ")"</h2>
            {move || {
                let lang = s.lang.get();
                if issues.is_empty() {
                    view! { <p class="none">{t(lang, "Ingen problemer med data.", "No problems with the data.")}</p> }.into_any()
                } else {
                    view! {
                        <ul>{issues.iter().map(|i| view! { <li>{i.sentence(lang)}</li> }).collect_view()}</ul>
                    }.into_any()
                }
            }}
        </section>
    }
}
