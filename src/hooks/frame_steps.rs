//! Do a job in pieces, one per animation frame, so no single task grows long.

use leptos::prelude::request_animation_frame;

/// Call `step` on each animation frame until it returns `false`, then `done`.
pub fn frame_steps(step: impl FnMut() -> bool + 'static, done: impl FnOnce() + 'static) {
    fn next(mut step: Box<dyn FnMut() -> bool>, done: Box<dyn FnOnce()>) {
        request_animation_frame(move || {
            if step() {
                next(step, done);
            } else {
                done();
            }
        });
    }
    // the first piece runs on the first frame too
    let first: Box<dyn FnMut() -> bool> = Box::new(step);
    next(first, Box::new(done));
}

/// A count that grows to `n` by `chunk` each animation frame, so that thousands of
/// elements are mounted a slice at a time; `done` runs when it reaches `n`. Up to
/// `chunk` elements are all there at once; more start on the next frame (before it
/// is painted), so the first slice is not added to the task that made the owner. A
/// frame that comes after its owner is gone stops the steps.
pub fn use_growing_count(
    n: usize,
    chunk: usize,
    done: impl FnOnce() + 'static,
) -> leptos::prelude::RwSignal<usize> {
    use leptos::prelude::*;
    let shown = RwSignal::new(if n <= chunk { n } else { 0 });
    frame_steps(
        move || {
            let Some(now) = shown.try_get_untracked() else {
                return false;
            };
            let next = (now + chunk).min(n);
            if next > now {
                shown.try_set(next);
            }
            next < n
        },
        done,
    );
    shown
}
