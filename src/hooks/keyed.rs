//! One signal per item, set from one computation: `n` items (grid cells, the canvas
//! map's area options) follow a change with one subscriber each, and only the items
//! whose value changed are told.
//!
//! Why not one shared memo read by `n` closures: when all `n` rerun, each first leaves
//! the memo's subscribers, an ordered set (`reactive_graph` keeps the order with
//! `shift_remove`), so a change costs O(n²) — minutes for 43,000 grid cells.

use leptos::prelude::*;

/// The items' values; read item `i` with [`Keyed::get`] inside a view closure.
pub struct Keyed<T: Send + Sync + 'static> {
    cells: StoredValue<Vec<RwSignal<T>>>,
    /// Told when the list grows (only readers of items not there yet listen).
    grown: Trigger,
}

impl<T: Send + Sync + 'static> Clone for Keyed<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Keyed<T> {}

impl<T: Clone + PartialEq + Default + Send + Sync + 'static> Keyed<T> {
    /// Item `i`'s value (tracked: only a change of this item reruns the reader).
    pub fn get(&self, i: usize) -> T {
        match self.cells.try_with_value(|c| c.get(i).copied()).flatten() {
            Some(cell) => cell.try_get().unwrap_or_default(),
            None => {
                self.grown.track();
                T::default()
            }
        }
    }
}

/// Items told in one task at most: more are told a slice per animation frame (each
/// told item reruns its readers, and on a 43,000-cell grid that is seconds of DOM
/// writes). A grid edit tells a few items: always at once.
const TOLD_AT_ONCE: usize = 1_500;

/// Keep one signal per item of `compute()`'s result, `n` of them to begin with (a
/// reader mounted before the first computation has its own signal to listen to);
/// `compute` reruns when what it reads changes, and more signals are made as the
/// list grows, kept by the calling component. A shorter list sets only the items it
/// has: an empty one leaves every item as it is (a hidden layer skips its work).
pub fn use_keyed<T>(n: usize, compute: impl Fn() -> Vec<T> + 'static) -> Keyed<T>
where
    T: Clone + PartialEq + Default + Send + Sync + 'static,
{
    let owner = Owner::current();
    let cells = StoredValue::new((0..n).map(|_| RwSignal::new(T::default())).collect());
    let grown = Trigger::new();
    let keyed = Keyed { cells, grown };
    // the computation whose values are being told (a newer one stops an older's slices)
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let values = compute();
        let have = cells.with_value(Vec::len);
        if values.len() > have {
            // made by the component, not by this effect's run (which ends at the next)
            let make = |v: T| match &owner {
                Some(o) => o.with(|| RwSignal::new(v)),
                None => RwSignal::new(v),
            };
            let new: Vec<RwSignal<T>> = values[have..].iter().cloned().map(make).collect();
            cells.update_value(|c| c.extend(new));
            grown.notify();
        }
        let changed: Vec<(RwSignal<T>, T)> = cells.with_value(|c| {
            c.iter()
                .zip(values)
                .filter(|(cell, v)| cell.with_untracked(|old| old != v))
                .map(|(cell, v)| (*cell, v))
                .collect()
        });
        generation.update_value(|g| *g += 1);
        if changed.len() <= TOLD_AT_ONCE {
            for (cell, v) in changed {
                cell.set(v);
            }
            return;
        }
        let mine = generation.get_value();
        let mut rest = changed.into_iter();
        let mut tell = move || {
            for (cell, v) in rest.by_ref().take(TOLD_AT_ONCE) {
                cell.try_set(v);
            }
            rest.len() > 0
        };
        tell();
        crate::hooks::frame_steps::frame_steps(
            move || generation.try_get_value() == Some(mine) && tell(),
            || {},
        );
    });
    keyed
}

/// Items made per animation frame by [`use_keyed_each`] (each one's value is computed
/// and, if changed, told: 43,000 accessible names are ~30 frames, none long).
const MADE_PER_FRAME: usize = 1_500;

/// Like [`use_keyed`], for items whose values are costly to make: `prepare()` reads
/// what every item needs (tracked: a change of it starts again) and returns the maker
/// of item `i`'s value, or `None` to leave every item as it is. The first
/// [`MADE_PER_FRAME`] items are made at once, the rest a slice per animation frame,
/// inside the calling component's owner (its contexts) and untracked; a newer run
/// stops an older run's slices.
pub fn use_keyed_each<T, F>(n: usize, prepare: impl Fn() -> Option<F> + 'static) -> Keyed<T>
where
    T: Clone + PartialEq + Default + Send + Sync + 'static,
    F: Fn(usize) -> T + 'static,
{
    let owner = Owner::current();
    let cells = StoredValue::new((0..n).map(|_| RwSignal::new(T::default())).collect());
    let keyed = Keyed {
        cells,
        grown: Trigger::new(),
    };
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let Some(make) = prepare() else {
            return;
        };
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let mut next = 0;
        let mut slice = move || {
            let end = (next + MADE_PER_FRAME).min(n);
            for i in next..end {
                let v = make(i);
                let cell = cells.try_with_value(|c| c.get(i).copied()).flatten();
                if let Some(cell) = cell.filter(|c| c.with_untracked(|old| old != &v)) {
                    cell.try_set(v);
                }
            }
            next = end;
            next < n
        };
        // the first slice now (untracked: `prepare` has read what the items need)
        if !untrack(&mut slice) {
            return;
        }
        let owner = owner.clone();
        crate::hooks::frame_steps::frame_steps(
            move || {
                generation.try_get_value() == Some(mine)
                    && match &owner {
                        Some(o) => o.with(|| untrack(&mut slice)),
                        None => untrack(&mut slice),
                    }
            },
            || {},
        );
    });
    keyed
}
