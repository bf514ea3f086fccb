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
