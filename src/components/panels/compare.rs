use crate::state::ViewStoreFields;
use crate::state::{use_atlas, Slot};
use crate::text::t;
use atlas_core::model::gap::Ahead;
use atlas_core::model::indicator::Group;
use atlas_core::present::comparison::{comparison_of, CompareRow, Figure};
use atlas_core::text::numbers::{format_number, format_signed};
use atlas_core::Lang;
use leptos::prelude::*;

/// A small dumbbell: all districts as ticks, A and B as dots joined by a line; worse
/// to the left, better to the right.
pub fn dumbbell_view(d: atlas_core::model::gap::Dumbbell) -> impl IntoView {
    let x = |p: f64| format!("{:.1}", 4.0 + p * 92.0);
    // each position once: a grid's 38,870 cells are not 38,870 lines
    let ticks = d
        .ticks()
        .into_iter()
        .map(|p| view! { <line class="db-tick" x1=x(p) x2=x(p) y1="3" y2="11"></line> })
        .collect_view();
    let link = match (d.a, d.b) {
        (Some(a), Some(b)) => {
            Some(view! { <line class="db-link" x1=x(a) x2=x(b) y1="7" y2="7"></line> })
        }
        _ => None,
    };
    view! {
        <svg class="dumbbell" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" data-testid="dumbbell">
            <line class="db-axis" x1="4" x2="96" y1="7" y2="7"></line>
            {ticks}
            {link}
            {d.a.map(|a| view! { <circle class="db-a" cx=x(a) cy="7" r="3.2"></circle> })}
            {d.b.map(|b| view! { <circle class="db-b" cx=x(b) cy="7" r="3.2"></circle> })}
        </svg>
    }
}

/// A figure that never wraps: the short form shown, the exact one in the tooltip and
/// for screen readers when they differ.
fn figure(
    Figure {
        shown: short,
        exact,
    }: Figure,
) -> impl IntoView {
    if short == exact {
        view! { <span class="fig">{short}</span> }.into_any()
    } else {
        let title = exact.clone();
        view! {
            <span class="fig" title=title>
                <span aria-hidden="true">{short}</span>
                <span class="sr-only">{exact}</span>
            </span>
        }
        .into_any()
    }
}

/// The gap A − B over the years as a small line with a zero line; its accessible
/// name says the first and last gap.
pub fn sparkline_view(
    years: Vec<i32>,
    gap: Vec<Option<f64>>,
    dec: usize,
    lang: Lang,
) -> impl IntoView {
    use atlas_core::present::chart::{Chart, Frame};
    let frame = Frame {
        width: 100.0,
        height: 16.0,
        left: 2.0,
        right: 2.0,
        top: 2.0,
        bottom: 2.0,
    };
    let chart = Chart::new(frame, years.clone(), std::slice::from_ref(&gap), Some(0.0))?;
    let known: Vec<(i32, f64)> = years
        .iter()
        .zip(&gap)
        .filter_map(|(y, g)| g.map(|g| (*y, g)))
        .collect();
    let (first, last) = (known.first()?, known.last()?);
    let name = format!(
        "{} {}: {} → {}: {}",
        t(lang, "Forskel A − B", "Gap A − B"),
        first.0,
        format_signed(first.1, dec, lang),
        last.0,
        format_signed(last.1, dec, lang)
    );
    let zero = chart.y(0.0);
    let title = name.clone();
    Some(view! {
        <svg class="sparkline" data-testid="sparkline" viewBox="0 0 100 16" preserveAspectRatio="none" role="img" aria-label=name>
            <title>{title}</title>
            <line class="spark-zero" x1="2" x2="98" y1=zero y2=zero></line>
            <path d=chart.path(&gap) fill="none" stroke=atlas_core::present::colours::GAP stroke-width="1.5" vector-effect="non-scaling-stroke"></path>
        </svg>
    })
}

/// Why B is the district it is, on a map where Sydhavnen is part of a larger area.
pub fn b_note(s: &crate::state::AtlasState) -> Option<&'static str> {
    let ex = crate::data::use_data().example.get()?;
    if s.view.b_group().with(Option::is_some) {
        return None; // a group is what it is named
    }
    let (b, lang) = (s.view.b().get()?, s.lang.get());
    s.model.with(|m| ex.b_note(&m.atlas, b, lang))
}

/// Sammenligning: every indicator for A and B side by side, grouped, with the gap.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let s = use_atlas();
    // the rows as the handout and the CSV export have them (present::comparison)
    let rows = move || -> Vec<(Group, Vec<CompareRow>)> {
        let lang = s.lang.get();
        let (Some(a), Some(b)) = (s.side(Slot::A), s.side(Slot::B)) else {
            return Vec::new();
        };
        let year = s.view.year().get();
        let c = s
            .model
            .with(|m| comparison_of(&m.atlas, &a, &b, year, lang));
        let mut groups: Vec<(Group, Vec<CompareRow>)> = Vec::new();
        for row in c.rows {
            match groups.last_mut() {
                Some((g, v)) if *g == row.group => v.push(row),
                _ => groups.push((row.group, vec![row])),
            }
        }
        groups
    };
    let name = move |slot: Slot| move || s.side_name(slot);
    let score = move || {
        let groups = rows();
        let count = |w: Ahead| {
            groups
                .iter()
                .flat_map(|(_, r)| r)
                .filter(|r| r.gap.ahead == w)
                .count()
        };
        (count(Ahead::A), count(Ahead::B))
    };
    view! {
        <section class="compare" data-testid="compare" aria-live="polite">
            <h2>{move || t(s.lang.get(), "Sammenligning", "Comparison")}</h2>
            <p class="pair">
                <span class="chip chip-a" data-testid="compare-a">"A: " {name(Slot::A)}</span>
                <span class="vs">" ↔ "</span>
                <span class="chip chip-b" data-testid="compare-b">"B: " {name(Slot::B)}</span>
            </p>
            <crate::components::panels::group_picker::GroupTools/>
            {move || b_note(&s).map(|n| view! { <p class="note" data-testid="b-note">{n}</p> })}
            <p class="hint">
                {move || {
                    let lang = s.lang.get();
                    let slot = if s.ui.next.get() == Slot::A { "A" } else { "B" };
                    atlas_core::present::area_words::click_to_choose(s.noun(), slot, lang)
                }}
            </p>
            <Show when=move || s.model.with(|m| m.atlas.indicators.is_empty())>
                <p class="hint" data-testid="compare-none">
                    {move || t(s.lang.get(), "Ingen indikatorer at sammenligne endnu.", "No indicators to compare yet.")}
                </p>
            </Show>
            <p class="score" class:hidden=move || s.model.with(|m| m.atlas.indicators.is_empty())>
                {move || {
                    let lang = s.lang.get();
                    let (a, b) = score();
                    format!(
                        "{} {} {}, {} {} {}.",
                        t(lang, "A er foran på", "A is ahead on"), format_number(a as f64, 0, lang), t(lang, "indikatorer", "indicators"),
                        t(lang, "B på", "B on"), format_number(b as f64, 0, lang), t(lang, "", "")
                    ).replace(" .", ".")
                }}
            </p>
            <table class="compare-table" class:hidden=move || s.model.with(|m| m.atlas.indicators.is_empty())>
                <colgroup>
                    <col class="c-label"/>
                    <col class="c-num"/>
                    <col class="c-num"/>
                    <col class="c-num"/>
                    <col class="c-ratio"/>
                    <col class="c-ahead"/>
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{move || t(s.lang.get(), "Indikator", "Indicator")}</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"B"</th>
                        <th scope="col">{move || t(s.lang.get(), "Forskel", "Gap")}<small>"A−B"</small></th>
                        <th scope="col">{move || t(s.lang.get(), "Forhold", "Ratio")}<small>"A/B"</small></th>
                        <th scope="col">{move || t(s.lang.get(), "Foran", "Ahead")}</th>
                    </tr>
                </thead>
                {move || {
                    let lang = s.lang.get();
                    rows().into_iter().map(|(group, rows)| view! {
                        <tbody>
                            <tr class="group-row"><th colspan="6" scope="rowgroup">{group.label(lang)}</th></tr>
                            {rows.into_iter().map(|r| {
                                let cls = match r.gap.ahead { Ahead::A => "ahead-a", Ahead::B => "ahead-b", _ => "ahead-none" };
                                let (a_missing, b_missing) = (r.gap.a.is_none(), r.gap.b.is_none());
                                let (dec, phrase) = (r.decimals, r.ahead_phrase);
                                // the raw numbers, for tests and scripts: `.` decimals, empty when missing
                                let raw = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
                                let (data_a, data_b) = (raw(r.gap.a), raw(r.gap.b));
                                let (a_approx, b_approx) = (r.a_approx.then_some("true"), r.b_approx.then_some("true"));
                                let why = |w: String| (!w.is_empty()).then(|| view! { <small class="why">{w}</small> });
                                view! {
                                    <tr data-testid="compare-row" data-indicator=r.column class=cls
                                        data-a=data_a data-b=data_b data-a-approx=a_approx data-b-approx=b_approx>
                                        <th scope="row">{r.label}{r.dumbbell.map(dumbbell_view)}{r.gap_by_year.map(|(y, g)| sparkline_view(y, g, dec, lang))}</th>
                                        <td class="val-a" class:missing=a_missing>{figure(r.a)}<small>{r.rank_a}</small>{why(r.a_why)}</td>
                                        <td class="val-b" class:missing=b_missing>{figure(r.b)}<small>{r.rank_b}</small>{why(r.b_why)}</td>
                                        <td class="diff">{figure(r.difference)}</td>
                                        <td class="ratio">{r.ratio}</td>
                                        <td class="ahead" title=phrase><span aria-hidden="true">{r.ahead_mark}</span><span class="sr-only">{phrase}</span></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    }).collect_view()
                }}
            </table>
        </section>
    }
}
