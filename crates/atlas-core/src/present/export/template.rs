//! The template a planner fills in: one row per district of the map on screen (key and
//! name, in the map's order; a row per year when the figures have years) and a column
//! per indicator, filled where known, as Danish CSV or as XLSX, with the metadata
//! sidecar. Loaded back, it matches every district by key.

use super::csv::guard_cell;
use crate::import::sidecar::Sidecar;
use crate::model::atlas::Atlas;
use crate::Lang;

/// The template's key, name and year columns.
pub const KEY: &str = "kode";
pub const NAME: &str = "navn";
pub const YEAR: &str = "år";

/// The years the rows run over: every year any indicator has (one `None` row per
/// district when no indicator has a year).
fn years(atlas: &Atlas) -> Vec<Option<i32>> {
    let mut ys: Vec<i32> = atlas.years.iter().flatten().flatten().copied().collect();
    ys.sort_unstable();
    ys.dedup();
    if ys.len() < 2 {
        vec![None]
    } else {
        ys.into_iter().map(Some).collect()
    }
}

/// The rows: key, name, year and each indicator's value (`None` = empty cell).
#[allow(clippy::type_complexity)]
fn rows(atlas: &Atlas) -> (bool, Vec<(String, String, Option<i32>, Vec<Option<f64>>)>) {
    let ys = years(atlas);
    let timed = ys.iter().any(Option::is_some);
    let mut out = Vec::new();
    for (d, area) in atlas.districts.iter().enumerate() {
        for y in &ys {
            let values = (0..atlas.indicators.len())
                .map(|i| {
                    let years = atlas.years(i);
                    let yi = match y {
                        Some(_) => years.iter().position(|x| x == y)?,
                        None => atlas.latest_year(i),
                    };
                    atlas.value_at(i, yi, d)
                })
                .collect();
            out.push((area.id.clone(), area.name.clone(), *y, values));
        }
    }
    (timed, out)
}

fn header(atlas: &Atlas, timed: bool) -> Vec<String> {
    let mut h = vec![KEY.to_owned(), NAME.to_owned()];
    if timed {
        h.push(YEAR.to_owned());
    }
    h.extend(atlas.indicators.iter().map(|m| m.column.clone()));
    h
}

/// The template as Danish CSV (`;`, decimal comma, UTF-8 with BOM).
///
/// ```
/// use atlas_core::present::export::template_csv;
/// let csv = template_csv(&atlas_core::Atlas::default());
/// assert_eq!(csv, "\u{feff}kode;navn\n");
/// ```
pub fn template_csv(atlas: &Atlas) -> String {
    let (timed, rows) = rows(atlas);
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = w.write_record(
        header(atlas, timed)
            .iter()
            .map(|h| guard_cell(h).into_owned()),
    );
    for (key, name, year, values) in rows {
        let mut r = vec![
            guard_cell(&key).into_owned(),
            guard_cell(&name).into_owned(),
        ];
        if timed {
            r.push(year.map(|y| y.to_string()).unwrap_or_default());
        }
        r.extend(values.iter().map(|v| {
            v.filter(|x| x.is_finite())
                .map(|x| super::csv_number(x, Lang::Da))
                .unwrap_or_default()
        }));
        let _ = w.write_record(&r);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The sidecar that goes with the template: which columns are key, name and year, and
/// each indicator's description (as the atlas has it, hand edits not counted).
pub fn template_sidecar(atlas: &Atlas) -> String {
    let (timed, _) = rows(atlas);
    let sidecar = Sidecar {
        dataset: atlas.dataset.clone(),
        key_column: Some(KEY.to_owned()),
        name_column: Some(NAME.to_owned()),
        time_column: timed.then(|| YEAR.to_owned()),
        indicators: atlas
            .indicators
            .iter()
            .map(|m| crate::model::indicator::IndicatorMeta {
                hand_edits: 0,
                ..m.clone()
            })
            .collect(),
        ..Default::default()
    };
    serde_json::to_string_pretty(&sidecar).unwrap_or_default()
}

/// The template's cells, ready to be written as a workbook by [`grid_xlsx`] (in the
/// browser, the loader worker writes it, so the page carries no workbook writer).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TemplateGrid {
    pub header: Vec<String>,
    /// A year column after the name.
    pub timed: bool,
    /// Key, name, year and each indicator's value (`None` = empty cell).
    #[allow(clippy::type_complexity)]
    pub rows: Vec<(String, String, Option<i32>, Vec<Option<f64>>)>,
}

/// The template's cells for `atlas`.
pub fn template_grid(atlas: &Atlas) -> TemplateGrid {
    let (timed, rows) = rows(atlas);
    TemplateGrid {
        header: header(atlas, timed),
        timed,
        rows,
    }
}

/// The template as an XLSX workbook (keys as text, so `0101` keeps its zero; figures
/// as numbers; missing as empty cells). `Err` with the writer's words when it fails.
#[cfg(feature = "read-files")]
pub fn template_xlsx(atlas: &Atlas) -> Result<Vec<u8>, String> {
    grid_xlsx(&template_grid(atlas))
}

/// Write a template's cells as an XLSX workbook.
#[cfg(feature = "read-files")]
pub fn grid_xlsx(grid: &TemplateGrid) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let sheet = book.add_worksheet();
    sheet.set_name("Tal").map_err(|e| e.to_string())?;
    for (c, h) in grid.header.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, h, &bold)
            .map_err(|e| e.to_string())?;
    }
    for (r, (key, name, year, values)) in grid.rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet
            .write_string_with_format(r, 0, key, &text)
            .map_err(|e| e.to_string())?;
        sheet.write_string(r, 1, name).map_err(|e| e.to_string())?;
        let mut c = 2u16;
        if grid.timed {
            if let Some(y) = year {
                sheet.write_number(r, c, *y).map_err(|e| e.to_string())?;
            }
            c += 1;
        }
        for v in values {
            if let Some(v) = v.filter(|x| x.is_finite()) {
                sheet.write_number(r, c, v).map_err(|e| e.to_string())?;
            }
            c += 1;
        }
    }
    sheet.set_column_width(1, 24).map_err(|e| e.to_string())?;
    sheet.set_freeze_panes(1, 2).map_err(|e| e.to_string())?;
    book.save_to_buffer().map_err(|e| e.to_string())
}
