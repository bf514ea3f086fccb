//! Run something every `ms` milliseconds until stopped (the year player).

use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A repeating timer owned by the component: [`Ticker::start`] replaces a running one,
/// [`Ticker::stop`] ends it, and it ends with its owner. Each run is a generation, so
/// a tick may stop its own timer (no callback is dropped while it runs).
#[derive(Clone, Copy)]
pub struct Ticker {
    ms: u32,
    generation: StoredValue<u64>,
}

/// A ticker firing every `ms` milliseconds once started.
pub fn use_interval(ms: u32) -> Ticker {
    Ticker {
        ms,
        generation: StoredValue::new(0),
    }
}

impl Ticker {
    /// Call `f` every `ms` milliseconds until [`stop`](Self::stop) or another `start`.
    pub fn start(&self, mut f: impl FnMut() + 'static) {
        let Some(run) = self.generation.try_update_value(|g| {
            *g += 1;
            *g
        }) else {
            return;
        };
        let (ms, generation) = (self.ms, self.generation);
        spawn_local(async move {
            loop {
                TimeoutFuture::new(ms).await;
                if generation.try_get_value() != Some(run) {
                    break;
                }
                f();
            }
        });
    }

    /// Stop calling.
    pub fn stop(&self) {
        self.generation.try_update_value(|g| *g += 1);
    }
}
