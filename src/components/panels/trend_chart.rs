//! One interactive line chart of the Udvikling panel: lines broken at missing years,
//! the map's year marked, a year pointed at (pointer or arrow keys) read out below,
//! and a click or Enter on a year setting the map's year.

use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::present::chart::{Chart, Frame};
use atlas_core::text::numbers::{format_number, format_value};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

const WIDTH: f64 = 320.0;

#[component]
pub fn TrendChart(
    testid: &'static str,
    years: Vec<i32>,
    /// (label, colour, values per year)
    lines: Vec<(String, &'static str, Vec<Option<f64>>)>,
    dec: usize,
    unit: String,
    height: f64,
    /// A value the y range must include (0 for a gap, 1 for a ratio).
    baseline: Option<f64>,
    pointed: RwSignal<Option<usize>>,
) -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let frame = Frame {
        width: WIDTH,
        height,
        left: 62.0,
        right: 10.0,
        top: 8.0,
        bottom: 20.0,
    };
    let values: Vec<Vec<Option<f64>>> = lines.iter().map(|l| l.2.clone()).collect();
    let Some(chart) = Chart::new(frame, years.clone(), &values, baseline) else {
        return ().into_any();
    };
    let n = years.len();
    let grid = value_axis(&chart, dec, lang());
    let year_labels = chart
        .year_ticks()
        .into_iter()
        .map(|i| view! { <text class="tick" x=chart.x(i) y=height - 5.0 text-anchor="middle">{years[i]}</text> })
        .collect_view();
    let paths = line_paths(&chart, &lines);
    let base = baseline.map(|b| {
        let y = chart.y(b);
        view! { <line class="baseline" x1=frame.left x2=WIDTH - frame.right y1=y y2=y/> }
    });
    let ys = years.clone();
    let map_year = move || {
        let i = s.view.indicator().get();
        let shown = s.shown_year(i);
        ys.iter().position(|y| Some(*y) == shown)
    };
    let c2 = chart.clone();
    let map_mark = move || {
        map_year().map(|i| {
            let x = c2.x(i);
            view! { <line class="map-year" x1=x x2=x y1=frame.top y2=height - frame.bottom/> }
        })
    };
    let c3 = chart.clone();
    let pointer_mark = move || {
        pointed.get().filter(|i| *i < n).map(|i| {
            let x = c3.x(i);
            view! { <line class="pointed" x1=x x2=x y1=frame.top y2=height - frame.bottom/> }
        })
    };
    let pick_year = {
        let years = years.clone();
        move |i: usize| {
            if let Some(y) = years.get(i) {
                s.edit(|v| v.year = Some(*y));
            }
        }
    };
    let bands = year_bands(&chart, &years, pointed, pick_year.clone());
    let keys = year_keys(n, pointed, pick_year);
    let readout_years = years.clone();
    let readout_lines = lines.clone();
    let readout = move || {
        let lg = lang();
        pointed.get().filter(|i| *i < n).map(|i| {
            let parts: Vec<String> = readout_lines
                .iter()
                .map(|(label, _, v)| format!("{label} {}", format_value(v[i], dec, &unit, lg)))
                .collect();
            format!("{}: {}", readout_years[i], parts.join(" · "))
        })
    };
    let label = lines
        .iter()
        .map(|l| l.0.clone())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <figure class="trend-chart">
            <svg data-testid=testid viewBox=format!("0 0 {WIDTH} {height}") width="100%" tabindex="0" role="group"
                aria-label=move || format!("{} {}–{}: {label}. {}", t(lang(), "Kurve", "Chart"), years[0], years[n - 1],
                    t(lang(), "Piletaster går gennem årene, Enter viser året på kortet.", "Arrow keys step through the years, Enter shows the year on the map."))
                on:mouseleave=move |_| pointed.set(None)
                on:keydown=keys>
                {grid}{base}{year_labels}{map_mark}{paths}{pointer_mark}{bands}
            </svg>
            <figcaption class="readout" data-testid=format!("{testid}-readout") aria-live="polite">{readout}</figcaption>
        </figure>
    }
    .into_any()
}

fn map_year_index(s: &crate::state::AtlasState, years: &[i32]) -> Option<usize> {
    let shown = s.shown_year(s.view.indicator().get());
    years.iter().position(|y| Some(*y) == shown)
}

/// The value axis: a grid line and a label per round tick (whole numbers when every
/// tick is whole).
fn value_axis(chart: &Chart, dec: usize, lang: atlas_core::Lang) -> impl IntoView {
    let frame = chart.frame;
    let tick_dec = if chart.ticks.iter().all(|t| t.fract() == 0.0) {
        0
    } else {
        dec.max(1)
    };
    chart
        .ticks
        .iter()
        .map(|tk| {
            let y = chart.y(*tk);
            view! {
                <line class="grid" x1=frame.left x2=WIDTH - frame.right y1=y y2=y/>
                <text class="tick" x=frame.left - 4.0 y=y + 3.5 text-anchor="end">{format_number(*tk, tick_dec, lang)}</text>
            }
        })
        .collect_view()
}

/// Each line, broken at missing years, with a dot per year it has.
fn line_paths(chart: &Chart, lines: &[(String, &'static str, Vec<Option<f64>>)]) -> impl IntoView {
    lines
        .iter()
        .map(|(_, colour, v)| {
            let dots = v
                .iter()
                .enumerate()
                .filter_map(|(i, x)| x.map(|x| (chart.x(i), chart.y(x))))
                .map(|(x, y)| view! { <circle cx=x cy=y r="1.8" fill=*colour/> })
                .collect_view();
            view! { <path d=chart.path(v) fill="none" stroke=*colour stroke-width="2"/>{dots} }
        })
        .collect_view()
}

/// A band per year, from halfway to the year before to halfway to the next: the
/// pointer over it points at the year, a click sets the map's year.
fn year_bands(
    chart: &Chart,
    years: &[i32],
    pointed: RwSignal<Option<usize>>,
    pick: impl Fn(usize) + Clone + 'static,
) -> impl IntoView {
    let (frame, n) = (chart.frame, years.len());
    (0..n)
        .map(|i| {
            let x0 = if i == 0 { frame.left } else { (chart.x(i - 1) + chart.x(i)) / 2.0 };
            let x1 = if i + 1 == n { WIDTH - frame.right } else { (chart.x(i) + chart.x(i + 1)) / 2.0 };
            let pick = pick.clone();
            view! {
                <rect class="band" data-year=years[i] x=x0 y=frame.top width=(x1 - x0).max(1.0) height=frame.height - frame.top - frame.bottom
                    on:mouseenter=move |_| pointed.set(Some(i))
                    on:click=move |_| pick(i)/>
            }
        })
        .collect_view()
}

/// The chart by keyboard: arrows step through the `n` years (from the one pointed
/// at, else the map's), Home and End go to the ends, Enter or Space sets the map's
/// year.
fn year_keys(
    n: usize,
    pointed: RwSignal<Option<usize>>,
    pick: impl Fn(usize) + 'static,
) -> impl Fn(KeyboardEvent) + 'static {
    let s = use_atlas();
    move |ev: KeyboardEvent| {
        let now = pointed
            .get_untracked()
            .or_else(|| untrack(|| map_year_index(&s, &s.indicator_years())))
            .unwrap_or(n - 1);
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => Some(now.saturating_sub(1)),
            "ArrowRight" | "ArrowUp" => Some((now + 1).min(n - 1)),
            "Home" => Some(0),
            "End" => Some(n - 1),
            "Enter" | " " => {
                pick(now);
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(i) = next {
            pointed.set(Some(i));
        }
    }
}
