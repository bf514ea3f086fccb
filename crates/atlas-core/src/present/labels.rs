//! Which district names fit on the map at a given type size: the larger areas first,
//! a name whose box would overlap one already placed (or leave the map) is dropped.
//! Shared by the screen (sized for the window or projector), the printed page and the
//! saved web page.

/// A name that could be drawn: its anchor (the label point, in the units the labels
/// are drawn in), its text and how much it matters (the area's size).
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub weight: f64,
}

/// Width of an average character of the bold sans-serif labels, in ems.
const CHAR_EM: f64 = 0.7;

/// The box a label of `chars` characters takes at `size`, centred on `(x, y)` (the
/// text's baseline sits a third of a size below the anchor, as drawn).
fn label_box(x: f64, y: f64, chars: usize, size: f64) -> [f64; 4] {
    let half = chars as f64 * CHAR_EM * size / 2.0;
    [x - half, y - 0.8 * size, x + half, y + 0.35 * size]
}

/// Which of `candidates` to draw at type size `size` inside a `width` × `height`
/// map: a mask in the candidates' order. Larger weights are placed first; a label that
/// would overlap a placed one, or reach past the map's edge, is left out.
///
/// ```
/// use atlas_core::present::labels::{place, Candidate};
/// let c = |x: f64, text: &str, weight: f64| Candidate { x, y: 50.0, text: text.into(), weight };
/// let shown = place(&[c(100.0, "Valby", 1.0), c(110.0, "Vanløse", 2.0), c(300.0, "Østerbro", 1.0)], 16.0, 400.0, 100.0);
/// assert_eq!(shown, vec![false, true, true]);
/// ```
pub fn place(candidates: &[Candidate], size: f64, width: f64, height: f64) -> Vec<bool> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|a, b| {
        candidates[*b]
            .weight
            .total_cmp(&candidates[*a].weight)
            .then(a.cmp(b))
    });
    let mut placed: Vec<[f64; 4]> = Vec::new();
    let mut shown = vec![false; candidates.len()];
    for i in order {
        let c = &candidates[i];
        let b = label_box(c.x, c.y, c.text.chars().count(), size);
        let inside = b[0] >= 0.0 && b[1] >= 0.0 && b[2] <= width && b[3] <= height;
        let free = placed
            .iter()
            .all(|p| b[2] <= p[0] || p[2] <= b[0] || b[3] <= p[1] || p[3] <= b[1]);
        if inside && free {
            placed.push(b);
            shown[i] = true;
        }
    }
    shown
}
