//! Numbers and values as Danish (`1.234,5`) or English (`1,234.5`) readers expect,
//! rounded half away from zero as written (see [`super::round`]).

use super::round::fixed;
use super::Lang;

/// Format `v` with `decimals` places, grouping thousands; rounded half away from zero
/// as Excel and Danmarks Statistik round (1.234,5 shown without decimals is `1.235`,
/// −2,5 is `−3`), on the number as written (2,675 → `2,68`); a figure that rounds to
/// zero has no sign.
///
/// ```
/// use atlas_core::text::numbers::format_number;
/// use atlas_core::Lang;
/// assert_eq!(format_number(1234.5, 1, Lang::Da), "1.234,5");
/// assert_eq!(format_number(1234.5, 1, Lang::En), "1,234.5");
/// assert_eq!(format_number(1234.5, 0, Lang::Da), "1.235");
/// assert_eq!(format_number(2.675, 2, Lang::Da), "2,68");
/// assert_eq!(format_number(-312400.0, 0, Lang::Da), "−312.400");
/// assert_eq!(format_number(-2.5, 0, Lang::En), "−3");
/// ```
pub fn format_number(v: f64, decimals: usize, lang: Lang) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let (group, point) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let s = fixed(v, decimals);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    let is_zero = s.chars().all(|c| c == '0' || c == '.');
    if v < 0.0 && !is_zero {
        out.insert(0, '−');
    }
    out
}

/// Words for missing data.
///
/// ```
/// use atlas_core::text::numbers::missing_text;
/// use atlas_core::Lang;
/// assert_eq!(missing_text(Lang::Da), "mangler data");
/// ```
pub fn missing_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "mangler data",
        Lang::En => "missing data",
    }
}

/// A value with its unit, or "mangler data".
///
/// ```
/// use atlas_core::text::numbers::format_value;
/// use atlas_core::Lang;
/// assert_eq!(format_value(Some(312400.0), 0, "kr.", Lang::Da), "312.400 kr.");
/// assert_eq!(format_value(None, 0, "kr.", Lang::Da), "mangler data");
/// ```
pub fn format_value(v: Option<f64>, decimals: usize, unit: &str, lang: Lang) -> String {
    match v {
        None => missing_text(lang).into(),
        Some(v) if unit.is_empty() => format_number(v, decimals, lang),
        Some(v) => format!("{} {unit}", format_number(v, decimals, lang)),
    }
}

/// A difference with an explicit sign: `+12,3` / `−4,0` / `0`; rounded as
/// [`format_number`] rounds, and a difference that rounds to zero has no sign.
///
/// ```
/// use atlas_core::text::numbers::format_signed;
/// use atlas_core::Lang;
/// assert_eq!(format_signed(12.25, 1, Lang::Da), "+12,3");
/// assert_eq!(format_signed(-4.0, 1, Lang::Da), "−4,0");
/// assert_eq!(format_signed(0.04, 1, Lang::En), "0.0");
/// ```
pub fn format_signed(v: f64, decimals: usize, lang: Lang) -> String {
    let s = format_number(v, decimals, lang);
    if v > 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{s}")
    } else {
        s
    }
}

/// A ratio such as `1,54×` (two places, half away from zero).
///
/// ```
/// use atlas_core::text::numbers::format_ratio;
/// use atlas_core::Lang;
/// assert_eq!(format_ratio(1.545, Lang::Da), "1,55×");
/// assert_eq!(format_ratio(0.5, Lang::En), "0.50×");
/// ```
pub fn format_ratio(r: f64, lang: Lang) -> String {
    format!("{}×", format_number(r, 2, lang))
}

/// A class range such as `1.234–2.345`, or `−0,61 til −0,10` when negative.
///
/// ```
/// use atlas_core::text::numbers::format_range;
/// use atlas_core::Lang;
/// assert_eq!(format_range(1234.0, 2345.0, 0, Lang::Da), "1.234–2.345");
/// assert_eq!(format_range(-0.61, -0.1, 2, Lang::Da), "−0,61 til −0,10");
/// ```
pub fn format_range(lower: f64, upper: f64, decimals: usize, lang: Lang) -> String {
    if lower == upper {
        format_number(lower, decimals, lang)
    } else if lower < 0.0 || upper < 0.0 {
        // "−0,61–−0,10" is hard to read: spell the range out.
        let word = if lang == Lang::Da { "til" } else { "to" };
        format!(
            "{} {word} {}",
            format_number(lower, decimals, lang),
            format_number(upper, decimals, lang)
        )
    } else {
        format!(
            "{}–{}",
            format_number(lower, decimals, lang),
            format_number(upper, decimals, lang)
        )
    }
}

/// A legend class: `1.234–2.345`, `under 1.234`, `2.345 og derover`.
///
/// ```
/// use atlas_core::text::numbers::format_class;
/// use atlas_core::Lang;
/// assert_eq!(format_class(None, Some(10.0), 0, Lang::Da), "under 10");
/// assert_eq!(format_class(Some(2345.0), None, 0, Lang::Da), "2.345 og derover");
/// ```
pub fn format_class(lower: Option<f64>, upper: Option<f64>, decimals: usize, lang: Lang) -> String {
    match (lower, upper, lang) {
        (Some(l), Some(u), _) => format_range(l, u, decimals, lang),
        (None, Some(u), Lang::Da) => format!("under {}", format_number(u, decimals, lang)),
        (None, Some(u), Lang::En) => format!("below {}", format_number(u, decimals, lang)),
        (Some(l), None, Lang::Da) => format!("{} og derover", format_number(l, decimals, lang)),
        (Some(l), None, Lang::En) => format!("{} and above", format_number(l, decimals, lang)),
        (None, None, _) => "–".into(),
    }
}

/// Numbers as a readable list: "3", "3 og 5", "2, 3 og 9", and past `max` the count of
/// the rest ("2, 3, 4 og 7 andre").
///
/// ```
/// use atlas_core::text::numbers::list_numbers;
/// use atlas_core::Lang;
/// assert_eq!(list_numbers(&[3, 5], 8, Lang::Da), "3 og 5");
/// assert_eq!(list_numbers(&[2, 3, 9], 8, Lang::En), "2, 3 and 9");
/// assert_eq!(list_numbers(&[1, 2, 3, 4, 5], 2, Lang::Da), "1, 2 og 3 andre");
/// ```
pub fn list_numbers(ns: &[usize], max: usize, lang: Lang) -> String {
    let and = match lang {
        Lang::Da => "og",
        Lang::En => "and",
    };
    let shown: Vec<String> = ns.iter().take(max).map(|n| n.to_string()).collect();
    let rest = ns.len().saturating_sub(max);
    let mut items = shown;
    if rest > 0 {
        items.push(match lang {
            Lang::Da => format!("{rest} andre"),
            Lang::En => format!("{rest} others"),
        });
    }
    match items.len() {
        0 => String::new(),
        1 => items.remove(0),
        n => format!("{} {and} {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// A formatted number that may wrap after its thousands separators (a zero-width space
/// follows each), for narrow table cells: `16.086.752` can become `16.086.` / `752`
/// rather than spilling into the next column.
///
/// ```
/// use atlas_core::text::numbers::{breakable, format_number};
/// use atlas_core::Lang;
/// assert_eq!(breakable(&format_number(16_086_752.0, 0, Lang::Da), Lang::Da), "16.\u{200B}086.\u{200B}752");
/// assert_eq!(breakable("1,234.5", Lang::En), "1,\u{200B}234.5");
/// ```
pub fn breakable(formatted: &str, lang: Lang) -> String {
    let sep = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    formatted.replace(sep, &format!("{sep}\u{200B}"))
}

/// A figure short enough never to wrap in a narrow column: millions as «8,4 mio.»
/// (Danish) or «8.4 m» (English), smaller numbers as they are; `signed` adds `+` to
/// positive values. The exact figure goes with it, for the tooltip and screen readers.
///
/// ```
/// use atlas_core::text::numbers::compact;
/// use atlas_core::Lang;
/// assert_eq!(compact(8_400_115.0, 0, false, Lang::Da), ("8,4 mio.".to_string(), "8.400.115".to_string()));
/// assert_eq!(compact(1_010_698.0, 0, true, Lang::En), ("+1.0 m".to_string(), "+1,010,698".to_string()));
/// assert_eq!(compact(296_700.0, 0, false, Lang::Da).0, "296.700");
/// ```
pub fn compact(v: f64, decimals: usize, signed: bool, lang: Lang) -> (String, String) {
    let exact = if signed {
        format_signed(v, decimals, lang)
    } else {
        format_number(v, decimals, lang)
    };
    if v.abs() < 1e6 || !v.is_finite() {
        return (exact.clone(), exact);
    }
    let m = v / 1e6;
    let n = if signed {
        format_signed(m, 1, lang)
    } else {
        format_number(m, 1, lang)
    };
    let word = match lang {
        Lang::Da => "mio.",
        Lang::En => "m",
    };
    (format!("{n} {word}"), exact)
}

/// Manual class breaks as the user types them: up to two decimals, no trailing
/// zeros, separated by `; `.
///
/// ```
/// use atlas_core::text::numbers::format_breaks;
/// use atlas_core::Lang;
/// assert_eq!(format_breaks(&[200_000.0, 2.5, 3.25], Lang::Da), "200.000; 2,5; 3,25");
/// assert_eq!(format_breaks(&[200_000.0, 2.5], Lang::En), "200,000; 2.5");
/// ```
pub fn format_breaks(breaks: &[f64], lang: Lang) -> String {
    let sep = if lang == Lang::Da { ',' } else { '.' };
    breaks
        .iter()
        .map(|b| {
            let s = format_number(*b, 2, lang);
            if s.contains(sep) {
                s.trim_end_matches('0').trim_end_matches(sep).to_owned()
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
