//! Area names and codes folded so that spellings of one place compare equal.

/// Normalise an area name for matching: lower case, `æ/ø/å` spelt out, `kgs.` →
/// `kongens`, and hyphens, slashes and runs of spaces folded to one space.
///
/// ```
/// use atlas_core::text::names::normalise_name;
/// assert_eq!(normalise_name("Vesterbro/Kongens Enghave"), normalise_name("vesterbro - Kgs. Enghave"));
/// assert_eq!(normalise_name("Østerbro"), "oesterbro");
/// assert_eq!(normalise_name("Oesterbro"), normalise_name("Østerbro"));
/// ```
pub fn normalise_name(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' => out.push('e'),
            '-' | '/' | '_' | '–' | ',' | '(' | ')' => out.push(' '),
            c => out.push(c),
        }
    }
    let out = out.replace("kgs.", "kongens ").replace("kgs ", "kongens ");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A key for matching codes: numeric codes without leading zeros (`"0101"` ≈ `"101"`).
pub fn normalise_code(s: &str) -> String {
    let t = s.trim();
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        let z = t.trim_start_matches('0');
        if z.is_empty() {
            "0".into()
        } else {
            z.into()
        }
    } else {
        t.to_owned()
    }
}
