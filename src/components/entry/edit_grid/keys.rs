//! The grid by keyboard, as in a spreadsheet: arrows and Tab move (Tab leaves the
//! grid at its ends), typing replaces the figure, F2 or Enter edits it, Enter keeps
//! it and moves down, Escape drops it, Delete and Backspace clear it to *missing*.

use super::Grid;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

impl Grid {
    pub(super) fn on_key(self, ev: KeyboardEvent) {
        let (rows, cols) = self.size.get_untracked();
        let (r, c) = self.cursor.get_untracked().unwrap_or((0, 0));
        let (ri, ci) = (r as isize, c as isize);
        let draft = self.draft;
        let editing = draft.with_untracked(Option::is_some);
        let key = ev.key();
        match key.as_str() {
            "ArrowUp" if !editing => self.go(ri - 1, ci),
            "ArrowDown" if !editing => self.go(ri + 1, ci),
            "ArrowLeft" if !editing => self.go(ri, ci - 1),
            "ArrowRight" if !editing => self.go(ri, ci + 1),
            "Tab" => {
                if editing && !self.finish(r, c) {
                    ev.prevent_default();
                    return;
                }
                let step = if ev.shift_key() { -1 } else { 1 };
                let at_edge =
                    (step < 0 && r == 0 && c == 0) || (step > 0 && r + 1 == rows && c + 1 == cols);
                if at_edge {
                    return; // Tab leaves the grid
                }
                let flat = ri * cols as isize + ci + step;
                self.go(flat / cols as isize, flat % cols as isize);
            }
            "Enter" if editing => {
                if self.finish(r, c) {
                    self.go(ri + 1, ci);
                }
            }
            "Enter" | "F2" if !editing => draft.set(Some(self.value_text(r, c))),
            "Escape" if editing => {
                draft.set(None);
                self.focus(r, c);
            }
            "Delete" | "Backspace" if !editing => self.commit(r, c, None),
            k if !editing
                && k.chars().count() == 1
                && !ev.ctrl_key()
                && !ev.meta_key()
                && !ev.alt_key() =>
            {
                draft.set(Some(k.to_owned()));
            }
            _ => return,
        }
        ev.prevent_default();
    }
}
