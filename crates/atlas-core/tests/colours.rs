//! A and B have one colour each, named in `present::colours`; the screen's stylesheet
//! cannot read Rust, so its custom properties are checked against the constants here.

use atlas_core::present::colours;

/// The value of a custom property in the stylesheet's `:root` (`--a: #1f4e9c;`).
fn custom_property<'a>(css: &'a str, name: &str) -> Option<&'a str> {
    let at = css.find(&format!("{name}:"))?;
    let rest = &css[at + name.len() + 1..];
    Some(rest[..rest.find(';')?].trim())
}

#[test]
fn the_stylesheets_a_and_b_are_the_cores_colours() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/style.css");
    let css = std::fs::read_to_string(path).expect("public/style.css beside the core");
    assert_eq!(
        custom_property(&css, "--a"),
        Some(colours::A),
        "--a in {path}"
    );
    assert_eq!(
        custom_property(&css, "--b"),
        Some(colours::B),
        "--b in {path}"
    );
}

#[test]
fn the_udvikling_lines_are_a_b_and_the_city() {
    use atlas_core::present::export::TREND_COLOURS;
    assert_eq!(TREND_COLOURS, [colours::A, colours::B, colours::CITY]);
}

#[test]
fn a_and_b_and_the_gap_are_told_apart() {
    let all = [colours::A, colours::B, colours::CITY, colours::GAP];
    for (i, x) in all.iter().enumerate() {
        assert!(x.len() == 7 && x.starts_with('#'), "{x} is #rrggbb");
        for y in &all[i + 1..] {
            assert_ne!(x.to_lowercase(), y.to_lowercase());
        }
    }
}
