//! Derives the atlas's built-in examples from the real Danish files in `../shared/data`.
//!
//! The built-in examples are derived here; only the output is committed under
//! `public/`:
//! - `demo/bydele.geojson`: Københavns Kommune's 10 bydele (2024) with
//!   Vesterbro-Kongens Enghave split along the 2014 lokaludvalg line into Vesterbro and
//!   Kongens Enghave (Sydhavnen) — 11 areas, the ids the demo's illustrative table uses.
//! - `eksempler/bydele/`: the 10 official bydele with real figures from Københavns
//!   Statistikbank (Be4.3 population 1991–2019, In74 disposable income 2000–2017).
//! - `eksempler/kommuner/`: Denmark's 98 municipalities (DAWA; rings repaired,
//!   simplified and mended: [`kommuner`], [`repair`], [`generalise`]) with real
//!   figures from Danmarks Statistik and Den Nationale Sundhedsprofil 2025
//!   ([`kommune_tal`]).
//!
//! Each example also gets `forberedt.bin`: its boundaries and table as the loader
//! worker answers them ([`ready_files`]), so the page draws the first map without it.
//!
//! Boundaries are simplified topology-preservingly (the core's arc topology): a border
//! between two areas is one line, simplified once, so neighbours keep identical edges.
//! The output depends only on the input files: running it twice gives the same bytes.

pub mod figures;
pub mod generalise;
pub mod kommune_tal;
pub mod kommuner;
pub mod kvadratnet;
pub mod kvarterer;
pub mod read;
pub mod repair;
pub mod simplify;
pub mod split;
pub mod weld;

use std::path::{Path, PathBuf};

/// Source files, relative to the shared data folder.
pub const BYDELE: &str = "cph_bydele_kk_wfs_2024/bydele.geojson";
pub const LOKALUDVALG: &str = "cph_kk_opendata_2014/lokaludvalgsgraense.geojson";
pub const IN74: &str = "cph_statbank_bydel_straubinger/In74.xlsx";
pub const BE43: &str = "cph_statbank_bydel_straubinger/Be4.3.xlsx";

/// Simplification tolerance in metres (EPSG:25832): a border keeps every vertex that
/// moves it by more than this.
pub const TOLERANCE_M: f64 = 12.0;

/// One derived file: its path under `public/` and its text.
pub struct Derived {
    pub path: &'static str,
    pub text: String,
}

/// Read a shared file, naming it when it cannot be read.
pub fn read_shared(shared: &Path, rel: &str) -> Result<Vec<u8>, String> {
    let p: PathBuf = shared.join(rel);
    std::fs::read(&p).map_err(|e| format!("{} could not be read: {e}", p.display()))
}

/// Every derived file, from the shared data folder at `shared`.
pub fn derive_all(shared: &Path) -> Result<Vec<Derived>, String> {
    let text = |rel: &str| -> Result<String, String> {
        String::from_utf8(read_shared(shared, rel)?).map_err(|e| format!("{rel}: {e}"))
    };
    let bydele = read::areas(&text(BYDELE)?, "bydel_nr", "navn")?;
    let lokaludvalg = read::areas(&text(LOKALUDVALG)?, "lokaludvalg_nr", "navn")?;

    let mut demo = split::demo_areas(&bydele, &lokaludvalg)?;
    weld::weld(&mut demo);
    let mut official = split::official_areas(&bydele)?;
    weld::weld(&mut official);
    let (csv, meta) =
        figures::bydele_table(&read_shared(shared, IN74)?, &read_shared(shared, BE43)?)?;
    let (kv_geojson, kv_csv, kv_meta) =
        kvarterer::derive(&text(kvarterer::BOUNDARIES)?, &text(kvarterer::FIGURES)?)?;
    let (ko_geojson, ko_csv, ko_meta) = kommuner::derive(
        &text(kommuner::BOUNDARIES)?,
        &text(kommuner::GROUPS)?,
        |file| read_shared(shared, &format!("{}/{file}", kommune_tal::FOLDER)),
    )?;
    let (grid_csv, grid_meta) = kvadratnet::derive(&text(kvadratnet::FIGURES)?)?;
    Ok(vec![
        Derived {
            path: "eksempler/kvadratnet/befolkning.csv",
            text: grid_csv,
        },
        Derived {
            path: "eksempler/kvadratnet/befolkning.meta.json",
            text: grid_meta,
        },
        Derived {
            path: "demo/bydele.geojson",
            text: valid_geojson(&demo, DEMO_SOURCE)?,
        },
        Derived {
            path: "eksempler/bydele/bydele.geojson",
            text: valid_geojson(&official, BYDELE_SOURCE)?,
        },
        Derived {
            path: "eksempler/bydele/tal.csv",
            text: csv,
        },
        Derived {
            path: "eksempler/bydele/tal.meta.json",
            text: meta,
        },
        Derived {
            path: "eksempler/kvarterer/kvarterer.geojson",
            text: kv_geojson,
        },
        Derived {
            path: "eksempler/kvarterer/tal.csv",
            text: kv_csv,
        },
        Derived {
            path: "eksempler/kvarterer/tal.meta.json",
            text: kv_meta,
        },
        Derived {
            path: "eksempler/kommuner/kommuner.geojson",
            text: ko_geojson,
        },
        Derived {
            path: "eksempler/kommuner/tal.csv",
            text: ko_csv,
        },
        Derived {
            path: "eksempler/kommuner/tal.meta.json",
            text: ko_meta,
        },
    ])
}

/// Each built-in example's boundaries and table as the loader worker answers them
/// (`forberedt.bin`, see `atlas_core::pipeline::message::ready_example`), made from
/// the files under `public` — so the first map needs no worker. Paths are under
/// `public/`.
pub fn ready_files(public: &Path) -> Result<Vec<(&'static str, Vec<u8>)>, String> {
    let text = |rel: &str| -> Result<String, String> {
        std::fs::read_to_string(public.join(rel))
            .map_err(|e| format!("public/{rel} could not be read: {e}"))
    };
    atlas_core::present::examples::EXAMPLES
        .iter()
        // (a grid example has none: its table is read by the worker, see
        // `Example::ready`)
        .filter(|ex| !ex.ready.is_empty())
        .map(|ex| {
            let bytes = atlas_core::pipeline::message::ready_example(
                ex,
                &text(ex.boundaries)?,
                &text(ex.table)?,
                &text(ex.meta)?,
            )
            .map_err(|e| format!("{}: {e}", ex.ready))?;
            Ok((ex.ready, bytes))
        })
        .collect()
}

/// The areas simplified at [`TOLERANCE_M`], or at a smaller tolerance when the
/// atlas's own loader finds a problem (simplifying can make a narrow pier's ring
/// cross itself): the tolerance shrinks by a quarter until the file loads cleanly.
pub fn valid_geojson(areas: &[split::OutArea], source: &str) -> Result<String, String> {
    use atlas_core::import::boundaries::BoundaryOptions;
    let mut tolerance = TOLERANCE_M;
    while tolerance > 0.5 {
        let text = simplify::geojson(areas, tolerance, source);
        let loaded = atlas_core::pipeline::parse_boundaries(&text, &BoundaryOptions::default())
            .map_err(|e| format!("{:?}", e.kind))?;
        if loaded.issues.is_empty() {
            return Ok(text);
        }
        tolerance *= 0.75;
    }
    Err("no tolerance above half a metre gives clean boundaries".into())
}

/// Attribution written into the demo's boundary file.
pub const DEMO_SOURCE: &str =
    "Københavns Kommune, bydele 2024 og lokaludvalg 2014, bearbejdet (Vesterbro-Kongens Enghave delt langs lokaludvalgsgrænsen; forenklet)";
/// Attribution written into the official bydele's boundary file.
pub const BYDELE_SOURCE: &str = "Københavns Kommune, bydele 2024, bearbejdet (forenklet)";
