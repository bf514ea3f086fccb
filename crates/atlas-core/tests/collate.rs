//! Names in Danish order, the one order of every list the user reads.

use atlas_core::present::table_order::{row_order, SortBy};
use atlas_core::text::collate::{danish_cmp, danish_key, sort_danish};
use std::cmp::Ordering::{Equal, Greater, Less};

fn sorted(names: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    sort_danish(&mut v, |s| s);
    v
}

#[test]
fn ae_oe_aa_come_after_z_in_that_order() {
    assert_eq!(
        sorted(&["Åbyhøj", "Østerbro", "Ærø", "Zealand", "Amager"]),
        ["Amager", "Zealand", "Ærø", "Østerbro", "Åbyhøj"]
    );
}

#[test]
fn case_does_not_decide_the_order() {
    assert_eq!(
        sorted(&["valby", "Vanløse", "Bispebjerg", "amager øst"]),
        ["amager øst", "Bispebjerg", "valby", "Vanløse"]
    );
}

#[test]
fn foreign_letters_sort_as_their_danish_or_plain_letter() {
    assert_eq!(danish_cmp("Mälardalen", "Mæ"), Greater); // ä as æ, after z
    assert_eq!(danish_cmp("Mälardalen", "Mz"), Greater);
    assert_eq!(danish_cmp("Göteborg", "Gz"), Greater); // ö as ø
    assert_eq!(danish_cmp("Göteborg", "Gøteborg"), Greater); // ties: ø written plain first
    assert_eq!(danish_cmp("Café Rose", "Cafe Rosa"), Greater); // é as e
    assert_eq!(danish_cmp("Müller", "Myre"), Less); // ü as y
    assert_eq!(danish_cmp("Müller", "Mx"), Greater);
    assert_eq!(danish_cmp("Straße", "Strasse"), Greater);
    assert_eq!(danish_cmp("Straße", "Strasso"), Less);
}

#[test]
fn aa_sorts_as_aa_letter_after_oe() {
    assert_eq!(
        sorted(&[
            "Aarhus",
            "Åbyhøj",
            "Aabenraa",
            "Østerbro",
            "Amager",
            "Haarby",
            "Hørsholm"
        ]),
        [
            "Amager",
            "Hørsholm",
            "Haarby",
            "Østerbro",
            "Aabenraa",
            "Åbyhøj",
            "Aarhus"
        ]
    );
    // equal but for the spelling: å written as å first
    assert_eq!(danish_cmp("Århus", "Aarhus"), Less);
}

#[test]
fn digits_come_before_letters_and_compare_by_value() {
    assert_eq!(
        sorted(&[
            "Sogn 10",
            "Sogn A",
            "Sogn 2",
            "1. Indre By",
            "10. Amager Vest",
            "2. Østerbro"
        ]),
        [
            "1. Indre By",
            "2. Østerbro",
            "10. Amager Vest",
            "Sogn 2",
            "Sogn 10",
            "Sogn A"
        ]
    );
    assert_eq!(danish_cmp("0101", "101"), Greater); // equal value: fewer zeros first
    assert_eq!(danish_cmp("Område 09", "Område 10"), Less);
}

#[test]
fn space_and_marks_come_before_letters() {
    assert_eq!(
        sorted(&["Amagerbro", "Amager Vest", "Amager-Øst"]),
        ["Amager Vest", "Amager-Øst", "Amagerbro"]
    );
}

#[test]
fn ties_are_broken_the_same_way_every_time() {
    assert_eq!(danish_cmp("Valby", "valby"), Less); // capital first
    assert_eq!(danish_cmp("Valby", "Valby"), Equal);
    let names = ["valby", "Valby", "VALBY", "Válby"];
    let mut a = sorted(&names);
    let mut rev: Vec<&str> = names.to_vec();
    rev.reverse();
    let b = sorted(&rev);
    assert_eq!(a, b);
    assert_eq!(a, ["VALBY", "Valby", "valby", "Válby"]);
    a.dedup();
    assert_eq!(a.len(), 4, "distinct names never compare equal");
    assert_ne!(danish_key("Valby"), danish_key("valby"));
}

#[test]
fn the_table_sorts_names_in_the_same_order() {
    let names: Vec<String> = ["Åbyhøj", "Aarhus", "Østerbro", "Amager Vest", "Ärø"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let order = row_order(&names, &[], SortBy::Name, false);
    let by_table: Vec<&str> = order.iter().map(|i| names[*i].as_str()).collect();
    assert_eq!(
        by_table,
        sorted(&["Åbyhøj", "Aarhus", "Østerbro", "Amager Vest", "Ärø"])
    );
    assert_eq!(
        by_table,
        ["Amager Vest", "Ärø", "Østerbro", "Åbyhøj", "Aarhus"]
    );
}

#[test]
fn equally_near_join_suggestions_follow_danish_order() {
    // equally near suggestions: Danish order, not code points (Å before Æ there)
    let names = vec!["Åby".to_string(), "Æby".to_string()];
    let s = atlas_core::join::suggest("Xby", &names);
    assert_eq!(s, ["Æby", "Åby"]);
}
