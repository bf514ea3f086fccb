use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use crate::view_model::legend::{class_basis, class_rows, legend_heading, ClassRow};
use atlas_core::classify::methods::Method;
use atlas_core::classify::palette::Scheme;
use atlas_core::import::cells::parse_breaks;
use atlas_core::model::indicator::decimals_for;
use atlas_core::text::numbers::{format_breaks, format_value, missing_text};
use leptos::prelude::*;

/// Signaturforklaring: method and classes, class ranges in the UI language's number
/// format with counts, missing data; hovering a class highlights its districts.
#[component]
pub fn Legend() -> impl IntoView {
    let s = use_atlas();
    let heading = move || legend_heading(&s);
    let rows = move || {
        let lang = s.lang.get();
        let (classes, missing) = class_rows(&s);
        let mut rows: Vec<_> = classes
            .into_iter()
            .rev()
            .map(|row| {
                let ClassRow {
                    class: ci,
                    colour,
                    range,
                    count,
                } = row;
                view! {
                    <li class="legend-class" data-class=ci.to_string()
                        class:active=move || s.ui.highlight.get() == Some(ci)
                        on:mouseenter=move |_| s.ui.highlight.set(Some(ci))
                        on:mouseleave=move |_| s.ui.highlight.set(None)>
                        <span class="swatch" style:background=colour></span>
                        <span class="range">{range}</span>
                        <span class="count">"(" {count} ")"</span>
                    </li>
                }
                .into_any()
            })
            .collect();
        if missing > 0 {
            rows.push(
                view! {
                    <li class="legend-class legend-missing">
                        <span class="swatch hatched"></span>
                        <span class="range">{missing_text(lang)}</span>
                        <span class="count">"(" {missing} ")"</span>
                    </li>
                }
                .into_any(),
            );
        }
        rows
    };
    let foot = Memo::new(move |_| {
        let mode = s.view.mode().get();
        if s.model.with(|m| m.atlas.indicators.is_empty()) {
            Foot::NoData
        } else if mode == crate::state::Mode::Bivariate {
            Foot::Bivariate
        } else if mode.is_lisa() {
            Foot::Lisa
        } else if s.choropleth.with(|c| c.centre.is_some()) {
            Foot::Gap
        } else {
            Foot::Classes
        }
    });
    view! {
        <section class="legend" data-testid="legend" aria-label=move || t(s.lang.get(), "Signaturforklaring", "Legend")>
            <h2>{move || t(s.lang.get(), "Signaturforklaring", "Legend")}</h2>
            {move || heading().map(|(h, dir)| {
                let mode = s.view.mode().get();
                let plain = mode == crate::state::Mode::Choropleth;
                let bivariate = mode == crate::state::Mode::Bivariate;
                view! {
                    {(!bivariate).then(|| view! { <p class="legend-title">{h}</p> })}
                    {plain.then(|| view! { <p class="legend-dir">{dir}</p> })}
                }
            })}
            {move || class_basis(&s).map(|b| view! { <p class="legend-basis" data-testid="class-basis">{b}</p> })}
            {move || (s.view.mode().get() == crate::state::Mode::Change).then(|| {
                let lang = s.lang.get();
                view! {
                    <p class="legend-gap" data-testid="change-note">
                        {t(lang, "Rød = udviklet sig dårligere, blå = bedre; midten = ingen ændring.", "Red = changed for the worse, blue = for the better; the middle = no change.")}
                    </p>
                }
            })}
            {move || s.choropleth.with(|c| c.centre).filter(|_| s.view.mode().get() == crate::state::Mode::Gap).map(|centre| {
                let lang = s.lang.get();
                let i = s.view.indicator().get();
                let (unit, dec) = s.model.with(|m| {
                    let meta = m.atlas.indicators.get(i).cloned().unwrap_or_default();
                    (meta.unit(lang).to_owned(), decimals_for(&meta, m.atlas.column(i)))
                });
                let who = match (s.view.reference_group().get(), s.view.reference().get()) {
                    (Some(g), _) => g.name,
                    (None, Some(d)) => s.name(d),
                    (None, None) => t(lang, "byens gennemsnit", "the city average").to_owned(),
                };
                view! {
                    <p class="legend-gap" data-testid="gap-centre">
                        {t(lang, "Forskel fra", "Gap to")} " " {who} ": " {format_value(Some(centre), dec, &unit, lang)}
                        <br/>{t(lang, "Rød = dårligere, blå = bedre.", "Red = worse, blue = better.")}
                    </p>
                }
            })}
            <ul>{rows}</ul>
            {move || s.model.with(|m| {
                // a grid layer: what the cells the table does not list count as
                m.boundaries.grid?;
                let meta = m.atlas.indicators.get(s.view.indicator().get())?;
                let line = atlas_core::present::grid_words::absent_cells_line(meta, s.lang.get());
                Some(view! { <p class="legend-gap" data-testid="absent-cells">{line}</p> })
            })}
            <crate::components::map::bivariate_legend::BivariateLegend/>
            {move || {
                let lang = s.lang.get();
                // remounted only when the branch changes (an edit changes the model, not this)
                let foot = foot.get();
                if foot == Foot::NoData {
                    view! {
                        <p class="legend-none" data-testid="legend-none">
                            <span class="swatch" style:background="#d9d9d4"></span>
                            {match lang {
                                atlas_core::Lang::Da => format!("Ingen indikatordata for disse {}: kortet viser grænserne alene.", s.noun().many(lang)),
                                atlas_core::Lang::En => format!("No indicator data for these {}: the map shows the boundaries alone.", s.noun().many(lang)),
                            }}
                        </p>
                    }.into_any()
                } else if foot == Foot::Bivariate {
                    ().into_any()
                } else if foot == Foot::Lisa {
                    view! { <crate::components::map::lisa_legend::LisaLegend/> }.into_any()
                } else if foot == Foot::Gap {
                    view! { <p class="legend-method">{t(lang, "Klasser i tredjedele af den største forskel.", "Classes in thirds of the largest gap.")}</p> }.into_any()
                } else {
                    view! { <ClassControls/> }.into_any()
                }
            }}
        </section>
    }
}

/// What the legend ends with: a memo of this, not of the model, so an edit to a
/// figure does not mount the class controls again.
#[derive(Clone, Copy, PartialEq)]
enum Foot {
    NoData,
    Bivariate,
    Lisa,
    Gap,
    Classes,
}

/// Method, number of classes and manual breaks.
#[component]
fn ClassControls() -> impl IntoView {
    let s = use_atlas();
    let manual_text = RwSignal::new(format_breaks(
        &s.view.manual().get_untracked(),
        s.lang.get_untracked(),
    ));
    view! {
        <div class="class-controls">
            <label class="row">
                <span>{move || t(s.lang.get(), "Inddeling", "Method")}</span>
                {enum_select("method", &Method::ALL, Signal::derive(move || s.view.method().get()), move |m| s.edit(|v| v.method = m), Method::label)}
            </label>
            <label class="row">
                <span>{move || t(s.lang.get(), "Klasser", "Classes")}</span>
                <select data-testid="classes"
                    disabled=move || s.view.method().get().fixed_classes().is_some() || s.view.method().get() == Method::Manual
                    on:change=move |ev| {
                        if let Ok(k) = event_target_value(&ev).parse::<usize>() {
                            s.edit(|v| v.classes = k);
                        }
                    }>
                    {move || {
                        let cur = s.view.method().get().fixed_classes().unwrap_or(s.view.classes().get());
                        (3..=9).map(|k| view! { <option value=k.to_string() selected=k == cur>{k}</option> }).collect_view()
                    }}
                </select>
            </label>
            <label class="row">
                <span>{move || t(s.lang.get(), "Farver", "Colours")}</span>
                {enum_select("palette", &Scheme::ALL, Signal::derive(move || s.view.scheme().get()), move |x| s.edit(|v| v.scheme = x), Scheme::label)}
            </label>
            <Show when=move || s.view.method().get() == Method::Manual>
                <label class="row">
                    <span>{move || t(s.lang.get(), "Grænser", "Breaks")}</span>
                    <input type="text" data-testid="manual-breaks" placeholder="200.000; 250.000"
                        prop:value=move || manual_text.get()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            manual_text.set(v.clone());
                            let breaks = parse_breaks(&v, s.lang.get_untracked());
                            s.edit(|v| v.manual = breaks);
                        }/>
                </label>
            </Show>
            {move || s.class_error.get().map(|e| {
                let lang = s.lang.get();
                let text = e.say(lang);
                view! {
                    <p class="class-error" data-testid="class-error" role="status">
                        {text} " " {t(lang, "Kortet viser kvantiler i stedet.", "The map shows quantiles instead.")}
                    </p>
                }
            })}
        </div>
    }
}

/// A select over every value of a small enum (method, colour scheme), bound to
/// `value`; options are labelled in the UI language and keyed by their `Debug` name.
fn enum_select<T>(
    testid: &'static str,
    all: &'static [T],
    value: Signal<T>,
    pick: impl Fn(T) + Copy + 'static,
    label: fn(T, atlas_core::Lang) -> &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + std::fmt::Debug + Send + Sync + 'static,
{
    let s = use_atlas();
    view! {
        <select data-testid=testid on:change=move |ev| {
            let v = event_target_value(&ev);
            if let Some(x) = all.iter().find(|x| format!("{x:?}") == v) {
                pick(*x);
            }
        }>
            {move || {
                let lang = s.lang.get();
                let cur = value.get();
                all.iter().map(|x| view! {
                    <option value=format!("{x:?}") selected=*x == cur>{label(*x, lang)}</option>
                }).collect_view()
            }}
        </select>
    }
}
