//! The map by keyboard: one district is tabbable; arrow keys move to the neighbour
//! in that direction, Enter chooses A, Shift+Enter B, Escape clears A and B (+ / −
//! / 0 zoom, handled by the map itself). Each move and choice is announced.

use crate::state::AtlasState;
use crate::state::ViewStoreFields;
use crate::view_model::describe::selection_sentence;
use atlas_core::geometry::nav::{neighbour, Direction};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The district that takes the map's one tab stop: the last one focused, else A,
/// else the first.
pub fn tab_stop(s: &AtlasState) -> usize {
    s.ui.focus.get().or(s.view.a().get_untracked()).unwrap_or(0)
}

/// Focus the element of district `j` (a sibling of `from`, in district order): a
/// path of the SVG map or an option of the canvas map's list.
fn focus_path(from: &web_sys::Element, j: usize) {
    let Some(el) = from
        .parent_element()
        .and_then(|g| g.children().item(j as u32))
    else {
        return;
    };
    if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    } else if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

/// A district path got focus: it becomes the tab stop and shows its tooltip.
pub fn on_focus(s: AtlasState, i: usize, ev: &web_sys::FocusEvent) {
    s.ui.focus.set(Some(i));
    s.ui.hover.set(Some(i));
    if let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let r = el.get_bounding_client_rect();
        s.ui.pointer
            .set((r.left() + r.width() / 2.0, r.top() + r.height() / 2.0));
    }
}

/// Keys on district `i`.
pub fn on_key(s: AtlasState, i: usize, ev: &web_sys::KeyboardEvent) {
    let key = ev.key();
    if let Some(dir) = Direction::from_key(&key) {
        ev.prevent_default();
        let j = s
            .model
            .with(|m| neighbour(&m.geometry.label_points, i, dir));
        if let (Some(j), Some(el)) = (
            j,
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
        ) {
            focus_path(&el, j);
        }
        return;
    }
    match key.as_str() {
        "Enter" | " " => {
            ev.prevent_default();
            if ev.ctrl_key() || ev.meta_key() {
                // Ctrl+Enter: into the group of the slot chosen last, or out of it
                s.toggle_in_group(i);
            } else if ev.shift_key() {
                s.edit(|v| {
                    v.profile = Some(i);
                    v.b = Some(i);
                    v.b_group = None;
                });
                s.ui.next.set(crate::state::Slot::A);
            } else {
                s.edit(|v| {
                    v.profile = Some(i);
                    v.a = Some(i);
                    v.a_group = None;
                });
                s.ui.next.set(crate::state::Slot::B);
            }
            s.ui.announce.set(selection_sentence(&s));
        }
        "Escape" => {
            ev.prevent_default();
            s.edit(|v| {
                v.a = None;
                v.b = None;
                v.a_group = None;
                v.b_group = None;
            });
            s.ui.highlight.set(None);
            s.ui.announce.set(selection_sentence(&s));
        }
        _ => {}
    }
}
