//! Groups of areas as A or B: the hint on how to make one (Shift/Ctrl+click, Ctrl+Enter),
//! «alle med samme …» over the boundaries' grouping properties, and each group's name,
//! which the user may change.

use crate::state::{use_atlas, Slot};
use crate::text::t;
use atlas_core::model::groups::Side;
use atlas_core::present::area_words::count_of;
use atlas_core::Lang;
use leptos::prelude::*;

/// The group tools under the A/B chips.
#[component]
pub fn GroupTools() -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    // the slot Shift+click and «alle med samme» extend: the one chosen last
    let last = move || match s.ui.next.get() {
        Slot::A => Slot::B,
        Slot::B => Slot::A,
    };
    let letter = move || if last() == Slot::A { "A" } else { "B" };
    let properties = Memo::new(move |_| s.model.with(|m| m.grouping_names()));
    view! {
        <div class="group-tools">
            {group_name(Slot::A)}
            {group_name(Slot::B)}
            <p class="hint">{move || {
                let n = s.noun();
                match lang() {
                    Lang::Da => format!("Skift- eller Ctrl-klik lægger {} til {} som gruppe, eller tager det ud.", n.a(Lang::Da), letter()),
                    Lang::En => format!("Shift- or Ctrl-click adds {} to {} as a group, or takes it out.", n.a(Lang::En), letter()),
                }
            }}</p>
            <Show when=move || properties.with(|p| !p.is_empty())>
                <label class="row">
                    <span>{move || format!("{} {} {}", t(lang(), "Gør", "Make"), letter(), t(lang(), "til alle med samme", "every area with the same"))}</span>
                    <select data-testid="group-by" on:change=move |ev| {
                        let p = event_target_value(&ev);
                        if !p.is_empty() {
                            s.group_by_property(&p);
                        }
                        let el: web_sys::HtmlSelectElement = event_target(&ev);
                        el.set_value("");
                    }>
                        <option value="">{move || t(lang(), "vælg egenskab …", "choose a property …")}</option>
                        {move || properties.get().into_iter().map(|p| view! { <option value=p.clone()>{p.clone()}</option> }).collect_view()}
                    </select>
                </label>
            </Show>
        </div>
    }
}

/// A slot's group: its name (editable) and how many areas it holds.
fn group_name(slot: Slot) -> impl IntoView {
    let s = use_atlas();
    let letter = if slot == Slot::A { "A" } else { "B" };
    let testid = if slot == Slot::A {
        "group-name-a"
    } else {
        "group-name-b"
    };
    move || {
        let Some(Side::Group { name, members }) = s.side(slot) else {
            return None;
        };
        let lang = s.lang.get();
        let count = count_of(members.len(), s.noun(), lang);
        Some(view! {
            <label class="row group-name">
                <span>{format!("{} {letter} ({count})", t(lang, "Gruppe", "Group"))}</span>
                <input type="text" data-testid=testid prop:value=name
                    on:change=move |ev| s.rename_group(slot, event_target_value(&ev))/>
            </label>
        })
    }
}
