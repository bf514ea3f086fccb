//! Pan and zoom of the map by wheel, drag, pinch and keys, in the SVG's user units —
//! shared by the SVG map and the canvas map (whose overlay SVG has the same box).

use crate::state::AtlasState;
use atlas_core::geometry::pan_zoom::{client_to_user, user_to_client, ViewTransform};
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// Pointer gestures in progress: active pointers and whether this press dragged.
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    moved: f64,
}

/// The map's gestures over the SVG `svg` of `width` × `height` user units.
#[derive(Clone, Copy)]
pub struct PanZoom {
    s: AtlasState,
    svg: NodeRef<leptos::svg::Svg>,
    gesture: StoredValue<Gesture, LocalStorage>,
    width: f64,
    height: f64,
}

pub fn use_pan_zoom(
    s: AtlasState,
    svg: NodeRef<leptos::svg::Svg>,
    width: f64,
    height: f64,
) -> PanZoom {
    PanZoom {
        s,
        svg,
        gesture: StoredValue::new_local(Gesture::default()),
        width,
        height,
    }
}

impl PanZoom {
    /// The SVG's box on the page (left, top, width, height), once it is mounted.
    fn rect(&self) -> Option<(f64, f64, f64, f64)> {
        let svg = self.svg.get_untracked()?;
        let el: &web_sys::Element = svg.unchecked_ref();
        let r = el.get_bounding_client_rect();
        Some((r.left(), r.top(), r.width(), r.height()))
    }

    /// Client pixels → SVG user units (the viewBox scales with the window).
    pub fn to_user(&self, cx: f64, cy: f64) -> (f64, f64) {
        match self.rect() {
            Some(r) => client_to_user(r, (self.width, self.height), cx, cy),
            None => (cx, cy),
        }
    }

    /// Client pixels → the map's own units (under the pan/zoom transform).
    pub fn to_map(&self, cx: f64, cy: f64) -> (f64, f64) {
        let (ux, uy) = self.to_user(cx, cy);
        self.s.zoom.get_untracked().invert(ux, uy)
    }

    /// The map's own units → client pixels (where a tooltip goes for a point).
    pub fn to_client(&self, mx: f64, my: f64) -> (f64, f64) {
        let (ux, uy) = self.s.zoom.get_untracked().apply(mx, my);
        match self.rect() {
            Some(r) => user_to_client(r, (self.width, self.height), ux, uy),
            None => (ux, uy),
        }
    }

    pub fn zoom_at(&self, ux: f64, uy: f64, factor: f64) {
        let (w, h) = (self.width, self.height);
        self.s
            .zoom
            .update(|v| *v = v.zoom_at(ux, uy, factor).clamp(w, h));
    }

    /// True when the press now ending dragged the map (a click then picks nothing).
    pub fn dragged(&self) -> bool {
        self.gesture.with_value(|g| g.moved) >= 5.0
    }

    pub fn wheel(&self, ev: web_sys::WheelEvent) {
        ev.prevent_default();
        let (ux, uy) = self.to_user(ev.client_x() as f64, ev.client_y() as f64);
        let factor = (-ev.delta_y() * if ev.delta_mode() == 1 { 0.05 } else { 0.002 }).exp();
        self.zoom_at(ux, uy, factor);
    }

    pub fn pointer_down(&self, ev: web_sys::PointerEvent) {
        self.gesture.update_value(|g| {
            if g.pointers.is_empty() {
                g.moved = 0.0;
            }
            g.pointers.insert(
                ev.pointer_id(),
                (ev.client_x() as f64, ev.client_y() as f64),
            );
        });
    }

    pub fn pointer_move(&self, ev: &web_sys::PointerEvent) {
        let s = self.s;
        s.ui.pointer
            .set((ev.client_x() as f64, ev.client_y() as f64));
        let id = ev.pointer_id();
        let now = (ev.client_x() as f64, ev.client_y() as f64);
        let change = self.gesture.try_update_value(|g| {
            let prev = *g.pointers.get(&id)?;
            let others: Vec<(f64, f64)> = g
                .pointers
                .iter()
                .filter(|(k, _)| **k != id)
                .map(|(_, p)| *p)
                .collect();
            g.pointers.insert(id, now);
            g.moved += ((now.0 - prev.0).powi(2) + (now.1 - prev.1).powi(2)).sqrt();
            Some((prev, others))
        });
        let Some(Some((prev, others))) = change else {
            return;
        };
        let (pu, nu) = (self.to_user(prev.0, prev.1), self.to_user(now.0, now.1));
        let (w, h) = (self.width, self.height);
        match others.as_slice() {
            [] => s
                .zoom
                .update(|v| *v = v.pan(nu.0 - pu.0, nu.1 - pu.1).clamp(w, h)),
            [o, ..] => {
                // Pinch: the distance between the fingers sets the zoom, about their midpoint.
                let ou = self.to_user(o.0, o.1);
                let d0 = ((pu.0 - ou.0).powi(2) + (pu.1 - ou.1).powi(2)).sqrt();
                let d1 = ((nu.0 - ou.0).powi(2) + (nu.1 - ou.1).powi(2)).sqrt();
                if d0 > 1.0 {
                    self.zoom_at((nu.0 + ou.0) / 2.0, (nu.1 + ou.1) / 2.0, d1 / d0);
                }
            }
        }
    }

    pub fn pointer_up(&self, ev: web_sys::PointerEvent) {
        self.gesture.update_value(|g| {
            g.pointers.remove(&ev.pointer_id());
        });
    }

    /// `+`, `-` and `0` on the map.
    pub fn key(&self, ev: web_sys::KeyboardEvent) {
        let centre = (self.width / 2.0, self.height / 2.0);
        match ev.key().as_str() {
            "+" | "=" => self.zoom_at(centre.0, centre.1, 1.5),
            "-" | "_" => self.zoom_at(centre.0, centre.1, 1.0 / 1.5),
            "0" => self.s.zoom.set(ViewTransform::IDENTITY),
            _ => return,
        }
        ev.prevent_default();
    }
}
