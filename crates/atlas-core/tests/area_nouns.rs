//! A layer knows what its areas are called, and says it: the DAWA municipalities
//! loaded by hand are «kommuner», their crossing rings one line, and no pair is picked
//! by file order.

mod common;

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::issue::group::group_issues;
use atlas_core::present::area_words::{click_to_choose, map_keys_help};
use atlas_core::present::view::default_pair;
use atlas_core::text::noun::Noun;
use atlas_core::Lang;
use common::shared;

#[test]
fn the_dawa_municipalities_are_kommuner_and_their_crossing_rings_are_one_line() {
    let Some(text) = shared("dk_kommuner_dawa_recent/kommuner.geojson") else {
        return;
    };
    let loaded = atlas_core::pipeline::parse_boundaries(&text, &BoundaryOptions::default())
        .expect("the DAWA municipalities load");
    assert_eq!(
        loaded.value.districts.len(),
        99,
        "98 municipalities and Christiansø"
    );
    assert_eq!(
        loaded.value.noun,
        Noun::Kommune,
        "guessed from the 99 codes 0101–0860"
    );
    let groups = group_issues(&loaded.issues);
    // 62 messages: 54 crossing rings, 6 outer rings of under three points, a hole of
    // under three points and a hole outside its ring: four lines
    assert_eq!(loaded.issues.len(), 62);
    assert_eq!(groups.len(), 4);
    let rings = groups
        .iter()
        .find(|g| g.headline(Lang::Da).contains("ringe krydser sig selv"))
        .expect("the crossing rings are one line");
    assert_eq!(rings.len(), 54, "{}", rings.headline(Lang::Da));
    assert_eq!(
        rings.headline(Lang::Da),
        "54 ringe krydser sig selv og tegnes alligevel."
    );

    let atlas = atlas_core::join::join(&loaded.value, Default::default()).value;
    assert_eq!(atlas.noun, Noun::Kommune);
    assert_eq!(
        default_pair(&atlas),
        (None, None),
        "not København and Frederiksberg by file order"
    );
    assert_eq!(
        click_to_choose(atlas.noun, "A", Lang::Da),
        "Klik på en kommune på kortet for at vælge A."
    );
    assert!(map_keys_help(atlas.noun, Lang::Da).contains("mellem kommuner"));
}

#[test]
fn a_chosen_noun_overrides_the_guess() {
    let Some(text) = shared("dk_kommuner_dawa_recent/kommuner.geojson") else {
        return;
    };
    let options = BoundaryOptions {
        noun: Some(Noun::Omraade),
        ..Default::default()
    };
    let loaded = atlas_core::pipeline::parse_boundaries(&text, &options).expect("loads");
    assert_eq!(loaded.value.noun, Noun::Omraade);
}

#[test]
fn the_parishes_and_the_kvarterer_are_named_from_their_properties() {
    for (rel, noun) in [
        (
            "dk_dagi_2014/derived/sogne_from_topojson.geojson",
            Noun::Sogn,
        ),
        ("cph_kvarterer/kvarter.geojson", Noun::Kvarter),
        ("dk_dagi_2014/kommuner.geojson", Noun::Kommune),
    ] {
        let Some(text) = shared(rel) else {
            return;
        };
        let loaded = atlas_core::pipeline::parse_boundaries(&text, &BoundaryOptions::default())
            .expect("loads");
        assert_eq!(loaded.value.noun, noun, "{rel}");
    }
}
