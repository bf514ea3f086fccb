use crate::hooks::interval::use_interval;
use crate::state::ViewStoreFields;
use crate::state::{use_atlas, AtlasState, Mode};
use crate::text::t;
use leptos::prelude::*;

/// Milliseconds each year is shown while playing.
const STEP_MS: u32 = 1000;

/// Several years of the shown indicator give a slider, a play button that steps the
/// years once (no loop), and the switch between classes shared by all years and each
/// year's own; map, legend and comparison follow.
#[component]
pub fn YearSlider() -> impl IntoView {
    let s = use_atlas();
    let years = Memo::new(move |_| s.indicator_years());
    let playing = RwSignal::new(false);
    let ticker = use_interval(STEP_MS);
    let stop = move || {
        ticker.stop();
        playing.set(false);
    };
    let play = move || {
        let ys = years.get_untracked();
        if ys.len() < 2 {
            return;
        }
        // from the start when the last year is shown
        let i = s.view.indicator().get_untracked();
        if untrack(|| s.year_index(i)) + 1 >= ys.len() {
            set_year(s, ys[0]);
        }
        playing.set(true);
        ticker.start(move || {
            let ys = years.get_untracked();
            let i = s.view.indicator().get_untracked();
            let next = untrack(|| s.year_index(i)) + 1;
            match ys.get(next) {
                Some(y) => set_year(s, *y),
                None => {
                    ticker.stop();
                    playing.set(false);
                }
            }
            if next + 1 >= ys.len() {
                ticker.stop();
                playing.set(false);
            }
        });
    };
    move || {
        let ys = years.get();
        (ys.len() > 1).then(|| {
            let idx = s.year_index(s.view.indicator().get()).min(ys.len() - 1);
            let shown = ys[idx];
            let (first, last) = (ys[0], ys[ys.len() - 1]);
            let picked = ys.clone();
            let lang = move || s.lang.get();
            view! {
                <div class="years">
                    <button type="button" class="play" data-testid="play"
                        aria-pressed=move || playing.get().to_string()
                        aria-label=move || if playing.get() { t(lang(), "Pause", "Pause") } else { t(lang(), "Afspil årene", "Play the years") }
                        title=move || t(lang(), "Afspil årene ét ad gangen (mellemrum eller Enter)", "Play the years one at a time (space or Enter)")
                        on:click=move |_| if playing.get_untracked() { stop() } else { play() }>
                        {move || if playing.get() { "❚❚" } else { "▶" }}
                    </button>
                    <label class="year-slider">
                        <span>{move || t(lang(), "År", "Year")}</span>
                        <span class="year-end">{first}</span>
                        <input type="range" data-testid="year" min="0" max=(ys.len() - 1).to_string() step="1"
                            prop:value=idx.to_string()
                            aria-valuetext=shown.to_string()
                            on:input=move |ev| {
                                stop();
                                if let Some(y) = event_target_value(&ev).parse::<usize>().ok().and_then(|v| picked.get(v)) {
                                    set_year(s, *y);
                                }
                            }/>
                        <span class="year-end">{last}</span>
                        <output data-testid="year-value">{shown}</output>
                    </label>
                    <label class="pooled" class:hidden=move || !matches!(s.view.mode().get(), Mode::Choropleth | Mode::Gap)
                        title=move || t(lang(), "Fælles klassegrænser for alle år: samme farve er samme tal i hvert år", "Class breaks shared by all years: a colour is the same amount in every year")>
                        <input type="checkbox" data-testid="pooled"
                            prop:checked=move || s.view.pooled().get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                s.edit(|v| v.pooled = on);
                            }/>
                        {move || t(lang(), "Fælles klasser for alle år", "Same classes for all years")}
                    </label>
                </div>
            }
        })
    }
}

/// Show year `y` and say so to screen readers.
fn set_year(s: AtlasState, y: i32) {
    s.edit(|v| v.year = Some(y));
    let lang = s.lang.get_untracked();
    s.ui.announce.set(format!("{} {y}", t(lang, "År", "Year")));
}
