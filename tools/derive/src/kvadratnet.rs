//! The built-in example «Befolkning 2021, 1 km-net» (`?eksempel=kvadratnet`):
//! Danmarks Statistik's residents per 1 km cell of the European grid (GEOSTAT 2021,
//! EPSG:3035) as a table of INSPIRE cell codes with its sidecar — the table is its
//! own map —, and the cells of Østerbro and of Sydhavnen (those whose centre lies in
//! their kvarterer) for A and B.

use atlas_core::geometry::crs::{Crs, Reprojector};
use atlas_core::geometry::grid_cell::GridCell;
use geo::Contains;

/// The shared file read (see shared/data/SOURCES.md).
pub const FIGURES: &str = "dk_geostat_1km_2021/befolkning_1km_2021_dk.csv";

/// The sidecar: what the figure is, its year, unit and source.
const META: &str = r#"{
  "dataset": {
    "title_da": "Befolkning 2021, 1 km-net",
    "title_en": "Population 2021, 1 km grid",
    "source": "Danmarks Statistik, befolkningen på det europæiske 1 km-net (GEOSTAT 2021)",
    "note_da": "Indbyggere pr. 1. januar 2021 i hver befolket celle på 1 × 1 km af det europæiske net (ETRS89-LAEA, EPSG:3035), fra Danmarks Statistik. Kun befolkede celler er med: en celle uden række har ingen indbyggere. Cellens kode er dens sydvestlige hjørne (INSPIRE).",
    "note_en": "Residents on 1 January 2021 in each populated 1 × 1 km cell of the European grid (ETRS89-LAEA, EPSG:3035), from Statistics Denmark. Only populated cells are listed: a cell without a row has no residents. A cell's code is its south-west corner (INSPIRE).",
    "illustrative": false
  },
  "key_column": "celle",
  "indicators": [
    {
      "column": "befolkning",
      "label_da": "Indbyggere",
      "label_en": "Residents",
      "unit_da": "indbyggere",
      "unit_en": "residents",
      "year": 2021,
      "source": "Danmarks Statistik (GEOSTAT 2021, 1 km-net)",
      "note_da": "Antal indbyggere i cellen pr. 1. januar 2021. En celle uden række har ingen indbyggere.",
      "note_en": "Residents in the cell on 1 January 2021. A cell without a row has no residents.",
      "polarity": "neutral",
      "group": "context",
      "decimals": 0,
      "summable": true,
      "measure": "count"
    }
  ]
}
"#;

/// The grid table as `celle;befolkning` (INSPIRE codes, the file's order) and its
/// sidecar.
pub fn derive(figures: &str) -> Result<(String, String), String> {
    let mut out = String::from("celle;befolkning\n");
    let mut rows = 0;
    for (i, line) in figures.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.trim().split(',').collect();
        let [n, e, people] = f[..] else {
            return Err(format!(
                "{FIGURES} line {}: not n_km,e_km,befolkning",
                i + 1
            ));
        };
        let number = |t: &str| {
            t.parse::<i64>()
                .map_err(|e| format!("{FIGURES} line {}: {e}", i + 1))
        };
        let cell = GridCell::from_corner(
            atlas_core::geometry::grid_cell::GridSystem::Inspire,
            1000,
            number(e)? * 1000,
            number(n)? * 1000,
        )
        .ok_or_else(|| format!("{FIGURES} line {}: no cell", i + 1))?;
        out.push_str(&format!("{};{}\n", cell.code(), number(people)?));
        rows += 1;
    }
    if rows != 38_870 {
        return Err(format!("{FIGURES} holds {rows} cells, not 38,870"));
    }
    Ok((out, META.to_owned()))
}

/// The cells of the derived table whose centre lies in one of `areas` (UTM 32N
/// shapes), in the table's order.
pub fn cells_in(table: &str, areas: &[&geo::MultiPolygon<f64>]) -> Vec<String> {
    let to_lonlat = Reprojector::new(Crs::Laea3035);
    let to_utm = Reprojector::new(Crs::Utm32);
    table
        .lines()
        .skip(1)
        .filter_map(|l| l.split(';').next())
        .filter_map(|code| Some((code, GridCell::parse(code)?)))
        .filter(|(_, cell)| {
            let mut p = vec![cell.centre()];
            to_lonlat.to_lonlat(&mut p);
            to_utm.from_lonlat(&mut p);
            let point = geo::Point::new(p[0].0, p[0].1);
            areas.iter().any(|a| a.contains(&point))
        })
        .map(|(code, _)| code.to_owned())
        .collect()
}
