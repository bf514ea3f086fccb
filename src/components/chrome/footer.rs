use crate::state::use_atlas;
use crate::view_model::source::source_line;
use leptos::prelude::*;

/// Source line: dataset source, whether figures are illustrative, the indicator's own source and year, boundaries.
#[component]
pub fn SourceLine() -> impl IntoView {
    let s = use_atlas();
    let line = move || source_line(&s);
    view! {
        <footer class="source" data-testid="source">{line}</footer>
    }
}
