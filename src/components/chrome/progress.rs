use crate::data::use_data;
use leptos::prelude::*;

/// A progress bar while a file is read; the page stays usable meanwhile.
#[component]
pub fn ProgressBar() -> impl IntoView {
    let data = use_data();
    move || {
        data.progress.get().map(|p| {
            let pct = (p.fraction * 100.0).clamp(0.0, 100.0);
            view! {
                <div class="progress" data-testid="progress" role="progressbar"
                    aria-valuemin="0" aria-valuemax="100" aria-valuenow=format!("{pct:.0}")
                    aria-label=p.label.clone()>
                    <span class="progress-label">{p.label.clone()} " " {format!("{pct:.0} %")}</span>
                    <span class="progress-track"><span class="progress-fill" style:width=format!("{pct:.1}%")></span></span>
                </div>
            }
        })
    }
}
