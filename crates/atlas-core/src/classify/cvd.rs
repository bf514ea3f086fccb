//! Colour-vision deficiency: how a colour looks to someone with protanopia,
//! deuteranopia or tritanopia (Machado, Oliveira & Fernandes 2009, severity 1.0,
//! in linear RGB), and the CIE76 colour difference, so palettes can be checked.

/// A colour-vision deficiency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deficiency {
    Protanopia,
    Deuteranopia,
    Tritanopia,
}

impl Deficiency {
    pub const ALL: [Deficiency; 3] = [
        Deficiency::Protanopia,
        Deficiency::Deuteranopia,
        Deficiency::Tritanopia,
    ];

    fn matrix(self) -> [[f64; 3]; 3] {
        match self {
            Deficiency::Protanopia => [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
            Deficiency::Deuteranopia => [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
            Deficiency::Tritanopia => [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        }
    }
}

fn to_linear(c: f64) -> f64 {
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn to_srgb(c: f64) -> f64 {
    let c = c.clamp(0.0, 1.0);
    if c <= 0.003_130_8 {
        c * 12.92
    } else {
        1.055 * c.powf(1.0 / 2.4) - 0.055
    }
}

/// `#rrggbb` → sRGB channels 0–1 (`None` when it is not a hex colour).
pub fn parse_hex(hex: &str) -> Option<[f64; 3]> {
    let h = hex.trim_start_matches('#');
    if h.len() != 6 {
        return None;
    }
    let ch = |i: usize| {
        u8::from_str_radix(h.get(i..i + 2)?, 16)
            .ok()
            .map(|v| f64::from(v) / 255.0)
    };
    Some([ch(0)?, ch(2)?, ch(4)?])
}

/// How `rgb` (sRGB 0–1) looks with deficiency `d`.
pub fn simulate(rgb: [f64; 3], d: Deficiency) -> [f64; 3] {
    let lin = rgb.map(to_linear);
    let m = d.matrix();
    let row = |r: [f64; 3]| r[0] * lin[0] + r[1] * lin[1] + r[2] * lin[2];
    [to_srgb(row(m[0])), to_srgb(row(m[1])), to_srgb(row(m[2]))]
}

/// CIE L*a*b* (D65) of an sRGB colour.
fn lab(rgb: [f64; 3]) -> [f64; 3] {
    let [r, g, b] = rgb.map(to_linear);
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008_856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIE76 colour difference ΔE*ab between two sRGB colours (≈2.3 is just noticeable).
///
/// ```
/// use atlas_core::classify::cvd::{delta_e, parse_hex, simulate, Deficiency};
/// let red = parse_hex("#d7301f").unwrap();
/// let green = parse_hex("#1a9850").unwrap();
/// assert!(delta_e(red, green) > 50.0);
/// // red and green come much closer for someone with deuteranopia
/// let (r, g) = (simulate(red, Deficiency::Deuteranopia), simulate(green, Deficiency::Deuteranopia));
/// assert!(delta_e(r, g) < delta_e(red, green) / 2.0);
/// ```
pub fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (lab(a), lab(b));
    ((la[0] - lb[0]).powi(2) + (la[1] - lb[1]).powi(2) + (la[2] - lb[2]).powi(2)).sqrt()
}
