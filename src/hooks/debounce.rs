//! Run something once things have been quiet for a while (autosave, zoom detail).

use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// A debouncer: each [`Debouncer::call`] cancels the pending one, so only the last
/// runs, `ms` milliseconds after it was made. Dropped with the owner.
#[derive(Clone, Copy)]
pub struct Debouncer {
    ms: u32,
    pending: StoredValue<Option<Timeout>, LocalStorage>,
}

/// A debouncer waiting `ms` milliseconds of quiet.
pub fn use_debouncer(ms: u32) -> Debouncer {
    Debouncer {
        ms,
        pending: StoredValue::new_local(None),
    }
}

impl Debouncer {
    /// Run `f` after the quiet time, unless another call comes first.
    pub fn call(&self, f: impl FnOnce() + 'static) {
        self.pending.set_value(Some(Timeout::new(self.ms, f)));
    }

    /// Forget what is pending.
    pub fn cancel(&self) {
        self.pending.set_value(None);
    }
}
