use crate::state::use_atlas;
use crate::text::t;
use leptos::prelude::*;

/// Several years of the shown indicator give a slider; map, legend and comparison follow.
#[component]
pub fn YearSlider() -> impl IntoView {
    let s = use_atlas();
    move || {
        let i = s.indicator.get();
        let years: Vec<i32> = s
            .model
            .with_value(|m| m.atlas.years(i).iter().flatten().copied().collect());
        (years.len() > 1).then(|| {
            let idx = s.year_index(i).min(years.len() - 1);
            let shown = years[idx];
            let (first, last) = (years[0], years[years.len() - 1]);
            let ys = years.clone();
            view! {
                <label class="year-slider">
                    <span>{move || t(s.lang.get(), "År", "Year")}</span>
                    <span class="year-end">{first}</span>
                    <input type="range" data-testid="year" min="0" max=(years.len() - 1).to_string() step="1"
                        prop:value=idx.to_string()
                        aria-valuetext=shown.to_string()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<usize>() {
                                if let Some(y) = ys.get(v) {
                                    s.edit(|v| v.year = Some(*y));
                                }
                            }
                        }/>
                    <span class="year-end">{last}</span>
                    <output data-testid="year-value">{shown}</output>
                </label>
            }
        })
    }
}
