//! Every kind of problem has words in both languages (`issue::words`): each variant
//! of [`IssueKind`], [`LoadErrorKind`] and [`CannotClassify`] is rendered in Danish
//! and English here, and each must read as a sentence for planners: not empty, no
//! Rust or serde wording, Danish quotes in Danish and English ones in English, and
//! the two languages different. A variant without a sample fails the test by its
//! code (read from `src/issue/codes.rs`).

use atlas_core::classify::methods::CannotClassify;
use atlas_core::issue::{FileKind, Issue, IssueKind, LoadError, LoadErrorKind, Location};
use atlas_core::Lang;
use std::collections::BTreeSet;

mod samples;
use samples::*;

/// What a sentence for planners must not contain, and whose quotes it must not use.
fn check(what: &str, da: &str, en: &str, braces_allowed: bool) {
    for (lang, text) in [("da", da), ("en", en)] {
        assert!(!text.trim().is_empty(), "{what} ({lang}) is empty");
        assert_eq!(
            text.trim(),
            text,
            "{what} ({lang}): stray spaces in «{text}»"
        );
        for leak in ["Error(", "invalid type", "expected", "Some(", "`"] {
            assert!(
                !text.contains(leak),
                "{what} ({lang}): «{leak}» in «{text}»"
            );
        }
        if !braces_allowed {
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{what} ({lang}): braces in «{text}»"
            );
        }
    }
    assert!(
        !da.contains('“') && !da.contains('”'),
        "{what}: English quotes in «{da}»"
    );
    assert!(
        !en.contains('«') && !en.contains('»'),
        "{what}: Danish quotes in «{en}»"
    );
    assert_ne!(da, en, "{what}: Danish and English are the same");
}

/// The codes `src/issue/codes.rs` gives, per enum (in order: issues, load errors,
/// classification).
fn codes_in_source() -> Vec<BTreeSet<String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/issue/codes.rs");
    let text = std::fs::read_to_string(path).expect("src/issue/codes.rs");
    text.split("\nimpl ")
        .skip(1)
        .map(|block| {
            block
                .lines()
                .filter_map(|l| l.split_once("=> \"").map(|(_, rest)| rest))
                .filter_map(|rest| rest.split('"').next())
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn assert_all_sampled(which: &str, in_source: &BTreeSet<String>, sampled: &BTreeSet<String>) {
    let missing: Vec<&String> = in_source.difference(sampled).collect();
    assert!(missing.is_empty(), "{which} without a sample: {missing:?}");
    let unknown: Vec<&String> = sampled.difference(in_source).collect();
    assert!(
        unknown.is_empty(),
        "{which}: codes not read from source: {unknown:?}"
    );
}

#[test]
fn every_issue_kind_reads_as_a_sentence_in_both_languages() {
    let kinds = issue_kinds();
    for k in &kinds {
        check(k.code(), &k.say(Lang::Da), &k.say(Lang::En), false);
        let issue = Issue::warning(Location::File, k.clone());
        let (da, en) = (issue.sentence(Lang::Da), issue.sentence(Lang::En));
        assert!(
            da.starts_with("Filen: ") && en.starts_with("The file: "),
            "{da} / {en}"
        );
    }
    let sampled: BTreeSet<String> = kinds.iter().map(|k| k.code().to_owned()).collect();
    assert_all_sampled("IssueKind", &codes_in_source()[0], &sampled);
}

#[test]
fn every_load_error_kind_reads_as_a_sentence_in_both_languages() {
    let kinds = load_error_kinds();
    for k in &kinds {
        // The example of a record list is JSON, braces and all.
        let braces = *k == LoadErrorKind::NotRecords;
        check(k.code(), &k.say(Lang::Da), &k.say(Lang::En), braces);
        let e = LoadError::new(k.clone());
        assert_eq!(e.sentence(Lang::Da), k.say(Lang::Da));
        assert_eq!(e.to_string(), k.say(Lang::En));
    }
    let sampled: BTreeSet<String> = kinds.iter().map(|k| k.code().to_owned()).collect();
    assert_all_sampled("LoadErrorKind", &codes_in_source()[1], &sampled);
}

#[test]
fn every_reason_a_method_cannot_classify_reads_as_a_sentence() {
    let kinds = cannot_classify();
    for k in &kinds {
        check(k.code(), &k.say(Lang::Da), &k.say(Lang::En), false);
    }
    let sampled: BTreeSet<String> = kinds.iter().map(|k| k.code().to_owned()).collect();
    assert_all_sampled("CannotClassify", &codes_in_source()[2], &sampled);
}

#[test]
fn codes_are_kebab_case_and_unique() {
    let all: Vec<&'static str> = issue_kinds()
        .iter()
        .map(IssueKind::code)
        .chain(load_error_kinds().iter().map(LoadErrorKind::code))
        .chain(cannot_classify().iter().map(CannotClassify::code))
        .collect();
    for code in &all {
        assert!(
            code.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !code.starts_with('-')
                && !code.ends_with('-'),
            "{code}"
        );
    }
    let per_enum: usize = codes_in_source().iter().map(BTreeSet::len).sum();
    let unique: BTreeSet<&str> = all.iter().copied().collect();
    assert_eq!(unique.len(), per_enum, "one code per variant, none shared");
}

#[test]
fn clauses_and_formats_each_have_their_own_words() {
    for lang in [Lang::Da, Lang::En] {
        let clauses: BTreeSet<String> = feature_problems().iter().map(|p| p.say(lang)).collect();
        assert_eq!(clauses.len(), feature_problems().len(), "{clauses:?}");
        let polygons: BTreeSet<String> = polygon_problems().iter().map(|p| p.say(lang)).collect();
        assert_eq!(polygons.len(), polygon_problems().len(), "{polygons:?}");
    }
}

#[test]
fn a_handful_of_sentences_word_for_word() {
    let row = Location::Row {
        line: 4,
        key: Some(s("0101")),
    };
    let i = Issue::warning(
        row,
        IssueKind::NumberUnreadable {
            value: s("x"),
            column: s("indkomst"),
        },
    );
    assert_eq!(
        i.sentence(Lang::Da),
        "Række 4 (0101): værdien «x» i kolonnen «indkomst» er ikke et tal og vises som manglende."
    );
    assert_eq!(
        i.sentence(Lang::En),
        "Row 4 (0101): the value “x” in column “indkomst” is not a number and is shown as missing."
    );
    let cells = IssueKind::FormulasUnsaved {
        sheet: s("Ark1"),
        cells: (1..=10).map(|r| format!("C{r}")).collect(),
    };
    assert_eq!(
        cells.say(Lang::Da),
        "10 celler i arket «Ark1» har en formel uden gemt resultat (C1, C2, C3, C4, C5, C6, C7, C8 og 2 andre) og vises som manglende. Åbn filen i Excel og gem den igen, så resultaterne kommer med"
    );
    let nothing = LoadErrorKind::NoUsablePolygons {
        problems: vec![Issue::warning(
            Location::Feature {
                index: 0,
                name: Some(s("Streg")),
            },
            IssueKind::OuterRingTooSmall,
        )],
        more: 2,
    };
    assert_eq!(
        nothing.say(Lang::En),
        "The file contains no usable polygons, so there is nothing to draw. Feature 1 (Streg): has an outer ring with fewer than three distinct points; the polygon was skipped. (and 2 other problems)"
    );
    let none = LoadErrorKind::NoUsablePolygons {
        problems: Vec::new(),
        more: 0,
    };
    assert_eq!(
        none.say(Lang::Da),
        "Filen indeholder ingen brugbare flader (polygoner), så der er intet at tegne."
    );
    let large = LoadErrorKind::FileTooLarge {
        name: s("kort.geojson"),
        file: FileKind::Boundaries,
        bytes: 412_400_000,
        max_bytes: FileKind::Boundaries.max_bytes(),
    };
    assert_eq!(
        large.say(Lang::En),
        "kort.geojson is 412 MB; the app reads boundary files up to 300 MB. Simplify the boundaries (e.g. in mapshaper), or split the file."
    );
}
