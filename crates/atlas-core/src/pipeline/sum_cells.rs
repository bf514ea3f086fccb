//! «Læg sammen i områder» as the loader worker runs it: the boundary file read, each
//! grid cell shared among its districts once ([`CellShares`]), every count and year
//! summed, and the sums written as a table of the districts — `;`-separated with a
//! decimal comma, as a planner's own table — with a sidecar that says what they are,
//! so the page loads them as it loads any table.

use crate::geometry::grid_cell::GridCell;
use crate::geometry::grid_sum::{CellShares, SumRule};
use crate::import::boundaries::BoundaryOptions;
use crate::import::sidecar::Sidecar;
use crate::issue::{InternalFault, LoadError, LoadErrorKind};
use crate::model::indicator::{DatasetMeta, IndicatorMeta, Measure};
use crate::pipeline::message::{CellsSummed, SumCells};
use crate::present::grid_words::SumReport;

/// The key, name and year columns of the table written.
const KEY: &str = "kode";
const NAME: &str = "navn";
const YEAR: &str = "år";

impl SumCells {
    /// Sum the cells' counts into the districts of the GeoJSON in `bytes`.
    pub fn run(
        &self,
        bytes: &[u8],
        progress: &mut impl FnMut(f64),
    ) -> Result<CellsSummed, LoadError> {
        let text = String::from_utf8_lossy(bytes);
        let boundaries =
            crate::pipeline::parse_boundaries(&text, &BoundaryOptions::default())?.value;
        progress(0.2);
        // the cells that are cells (the page sends codes it read as cells)
        let (at, cells): (Vec<usize>, Vec<GridCell>) = self
            .cells
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, GridCell::parse(c)?)))
            .unzip();
        if cells.is_empty() {
            return Err(LoadError::new(LoadErrorKind::NoAreaCodes));
        }
        if self.indicators.is_empty() {
            return Err(LoadError::new(LoadErrorKind::NoNumberColumns));
        }
        let shares = CellShares::new(&cells, &boundaries.districts, self.rule);
        progress(0.9);
        let column = |k: usize, y: usize| -> Vec<f64> {
            let values = self.values.get(k).and_then(|v| v.get(y));
            at.iter()
                .map(|&i| {
                    values
                        .and_then(|v| v.get(i).copied().flatten())
                        .unwrap_or(0.0)
                })
                .collect()
        };
        // the years of any count, in order (no year column when none has one)
        let mut years: Vec<Option<i32>> = self.years.iter().flatten().copied().collect();
        years.sort_unstable();
        years.dedup();
        let timed = years.iter().any(Option::is_some);
        // sums[k][year] per district, missing where the count has no such year
        let sums: Vec<Vec<Option<Vec<f64>>>> = (0..self.indicators.len())
            .map(|k| {
                years
                    .iter()
                    .map(|year| {
                        let y = self.years.get(k)?.iter().position(|x| x == year)?;
                        Some(shares.sum(&column(k, y)).per_district)
                    })
                    .collect()
            })
            .collect();
        let mut out = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_writer(Vec::new());
        let mut header = vec![KEY.to_owned(), NAME.to_owned()];
        if timed {
            header.push(YEAR.to_owned());
        }
        header.extend(self.indicators.iter().map(|m| m.column.clone()));
        let writing = |detail: String| {
            LoadError::new(LoadErrorKind::Internal {
                name: self.name.clone(),
                fault: InternalFault::Writing,
                detail,
            })
        };
        let written = |e: csv::Error| writing(e.to_string());
        out.write_record(&header).map_err(written)?;
        for (d, district) in boundaries.districts.iter().enumerate() {
            for (y, year) in years.iter().enumerate() {
                let mut row = vec![district.id.clone(), district.name.clone()];
                if timed {
                    row.push(year.map(|y| y.to_string()).unwrap_or_default());
                }
                for per_year in &sums {
                    let v = per_year
                        .get(y)
                        .and_then(|s| s.as_ref())
                        .and_then(|s| s.get(d));
                    row.push(v.map(|v| decimal_comma(*v)).unwrap_or_default());
                }
                out.write_record(&row).map_err(written)?;
            }
        }
        let bytes = out.into_inner().map_err(|e| writing(e.to_string()))?;
        let table = String::from_utf8(bytes).map_err(|e| writing(e.to_string()))?;
        // the report: the first count in its latest year
        let first = column(
            0,
            self.years.first().map_or(0, |y| y.len().saturating_sub(1)),
        );
        let sum = shares.sum(&first);
        let report = SumReport {
            rule: self.rule,
            districts: boundaries.districts.len(),
            noun: boundaries.noun,
            cells_counted: sum.cells_counted,
            cells_outside: sum.cells_outside,
            label: self.indicators[0].label_da.clone(),
            total: first.iter().sum(),
            outside: sum.outside,
        };
        let sidecar = Sidecar {
            dataset: DatasetMeta::default(),
            key_column: Some(KEY.to_owned()),
            name_column: Some(NAME.to_owned()),
            time_column: timed.then(|| YEAR.to_owned()),
            indicators: self
                .indicators
                .iter()
                .map(|m| summed_meta(m, self.rule, &self.name))
                .collect(),
            ..Default::default()
        };
        let sidecar = serde_json::to_string(&sidecar).map_err(|e| writing(e.to_string()))?;
        Ok(CellsSummed {
            table,
            sidecar,
            report,
        })
    }
}

/// A sum to one decimal with a decimal comma, no thousands separator (`628373,4`).
fn decimal_comma(v: f64) -> String {
    let r = crate::text::round::round_half_away(v, 1);
    let s = format!("{r:.1}");
    s.strip_suffix(".0")
        .map_or_else(|| s.replace('.', ","), str::to_owned)
}

/// A count's description once summed into districts: a count still, its source
/// kept, and a note saying how it was had.
fn summed_meta(meta: &IndicatorMeta, rule: SumRule, into: &str) -> IndicatorMeta {
    let (da, en) = match rule {
        SumRule::AreaShare => ("efter arealandel", "by area share"),
        SumRule::Centre => ("efter cellens midtpunkt", "by the cell's centre"),
    };
    let join = |note: &str, add: String| {
        if note.is_empty() {
            add
        } else {
            format!("{note} {add}")
        }
    };
    IndicatorMeta {
        measure: Some(Measure::Count),
        summable: Some(true),
        note_da: join(
            &meta.note_da,
            format!("Lagt sammen fra kvadratnettet i områderne i {into}, {da}."),
        ),
        note_en: join(
            &meta.note_en,
            format!("Summed from the grid into the areas of {into}, {en}."),
        ),
        hand_edits: 0,
        ..meta.clone()
    }
}
