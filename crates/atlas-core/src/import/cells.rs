//! Reading numbers the way Danish tables write them.

/// What one table cell holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    /// A finite number.
    Value(f64),
    /// A marker for missing or suppressed data (`..`, `-`, empty, `NA`, …).
    Missing,
    /// Text that is neither a number nor a missing marker.
    Invalid,
}

/// Markers statistics banks use for missing or suppressed values.
pub const MISSING_MARKERS: &[&str] = &[
    "", "..", ".", "-", "–", "na", "n/a", "nan", "null", "x", ":",
];

/// Parse a cell written in Danish (`1.234,5`) or plain (`1234.5`) notation.
///
/// Rules: with a comma, the comma is the decimal mark and dots group thousands.
/// Without a comma, dots that split the digits into groups of exactly three
/// (`79.803`, `1.234.567`) group thousands, as Danish statistics write them; any other
/// single dot is a decimal point. Spaces (also non-breaking) are ignored, a trailing
/// `%` is allowed.
///
/// ```
/// use atlas_core::import::cells::{parse_cell, Cell};
/// assert_eq!(parse_cell("1.234,5"), Cell::Value(1234.5));
/// assert_eq!(parse_cell("79.803"), Cell::Value(79803.0));
/// assert_eq!(parse_cell("12,5"), Cell::Value(12.5));
/// assert_eq!(parse_cell("3.25"), Cell::Value(3.25));
/// assert_eq!(parse_cell(".."), Cell::Missing);
/// assert_eq!(parse_cell("abc"), Cell::Invalid);
/// ```
pub fn parse_cell(raw: &str) -> Cell {
    let t: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let t = t.strip_suffix('%').unwrap_or(&t);
    if MISSING_MARKERS.contains(&t.to_lowercase().as_str()) {
        return Cell::Missing;
    }
    let (sign, body) = match t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Cell::Invalid;
    }
    let normalised = if body.contains(',') {
        if body.matches(',').count() > 1 {
            return Cell::Invalid;
        }
        let (int, frac) = body.split_once(',').unwrap_or((body, ""));
        if int.contains('.') && !thousands_grouped(int) {
            return Cell::Invalid;
        }
        format!("{}.{}", int.replace('.', ""), frac)
    } else if body.contains('.') {
        if thousands_grouped(body) {
            body.replace('.', "")
        } else if body.matches('.').count() == 1 {
            body.to_owned()
        } else {
            return Cell::Invalid;
        }
    } else {
        body.to_owned()
    };
    match normalised.parse::<f64>() {
        Ok(v) if v.is_finite() => Cell::Value(sign * v),
        _ => Cell::Invalid,
    }
}

/// `1.234`, `12.345.678`: leading group of 1–3 digits, then groups of exactly three.
fn thousands_grouped(s: &str) -> bool {
    let mut parts = s.split('.');
    let first = parts.next().unwrap_or("");
    if first.is_empty() || first.len() > 3 {
        return false;
    }
    let mut any = false;
    for p in parts {
        if p.len() != 3 {
            return false;
        }
        any = true;
    }
    any
}

/// Parse a cell from a file whose decimal mark is a dot (comma-separated files,
/// English exports): `1.234` is one point two three four, not a thousand.
///
/// ```
/// use atlas_core::import::cells::{parse_cell_dot_decimal, Cell};
/// assert_eq!(parse_cell_dot_decimal("87.05"), Cell::Value(87.05));
/// assert_eq!(parse_cell_dot_decimal("1.234"), Cell::Value(1.234));
/// assert_eq!(parse_cell_dot_decimal("12,5"), Cell::Value(12.5));
/// ```
pub fn parse_cell_dot_decimal(raw: &str) -> Cell {
    let t = raw.trim();
    if t.contains(',') || t.matches('.').count() != 1 {
        return parse_cell(raw);
    }
    let body = t.strip_suffix('%').unwrap_or(t).trim();
    match body.replace('−', "-").parse::<f64>() {
        Ok(v) if v.is_finite() => Cell::Value(v),
        _ => parse_cell(raw),
    }
}

/// Manual class breaks typed by the user, separated by `;` or spaces, read as
/// Danish (`200.000; 2,5`) or English (`200,000; 2.5`) numbers; unreadable parts are
/// left out.
///
/// ```
/// use atlas_core::import::cells::parse_breaks;
/// use atlas_core::Lang;
/// assert_eq!(parse_breaks("200.000; 250.000", Lang::Da), vec![200_000.0, 250_000.0]);
/// assert_eq!(parse_breaks("2,5 x 3", Lang::Da), vec![2.5, 3.0]);
/// assert_eq!(parse_breaks("2.5; 3", Lang::En), vec![2.5, 3.0]);
/// ```
pub fn parse_breaks(text: &str, lang: crate::text::Lang) -> Vec<f64> {
    text.split([';', ' '])
        .filter_map(|p| {
            let cell = match lang {
                crate::text::Lang::Da => parse_cell(p),
                crate::text::Lang::En => parse_cell_dot_decimal(p),
            };
            match cell {
                Cell::Value(x) => Some(x),
                _ => None,
            }
        })
        .collect()
}
