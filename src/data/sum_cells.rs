//! «Læg sammen i områder» (issue 27 §3): a grid layer's counts summed into the
//! districts of a boundary file — a built-in one or the user's — in the loader
//! worker; the districts then become the map, with the sums as their table (and its
//! sidecar: a count, its source, how it was summed), loaded and saved as any table.

use super::{DataState, Progress};
use crate::loader::{fetch_text, sum_cells};
use crate::storage::{BoundaryMeta, TableMeta};
use atlas_core::geometry::grid_sum::SumRule;
use atlas_core::pipeline::message::SumCells;
use atlas_core::present::examples::Example;
use atlas_core::present::grid_words::sum_sentence;
use atlas_core::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The districts a grid is summed into.
#[derive(Clone)]
pub enum SumTarget {
    /// A built-in example's boundaries (fetched from the app).
    Example(&'static Example),
    /// A boundary file the user picked: its name and text.
    File(String, Arc<str>),
}

impl DataState {
    /// Sum the grid layer shown into `target`'s districts by `rule`, then show those
    /// districts with the sums. Said in a sentence: the method, the cells counted,
    /// those outside every district.
    pub fn sum_into_areas(self, target: SumTarget, rule: SumRule) {
        let Some(model) = self
            .model
            .with_untracked(|m| m.as_ref().map(|m| m.0.clone()))
        else {
            return;
        };
        let name = match &target {
            SumTarget::Example(ex) => ex.boundaries.rsplit('/').next().unwrap_or(ex.boundaries),
            SumTarget::File(name, _) => name.as_str(),
        }
        .to_owned();
        let job = model
            .boundaries
            .grid
            .and_then(|_| SumCells::of_counts(&model.atlas, &name, rule));
        let Some(job) = job else {
            return self.report(
                "Der er ingen optælling på kortet at lægge sammen: «Læg sammen i områder» lægger antal (fx indbyggere) fra et kvadratnet sammen. Sæt måltypen til «antal» under «Beskriv», hvis tallet er en optælling.",
                "There is no count on the map to sum: «Sum into areas» adds up counts (residents, say) from a grid. Set the measure type to «count» under «Describe» if the figure is one.",
            );
        };
        let grid_source = self
            .table
            .with_untracked(|t| t.as_ref().map(|t| t.source.clone()))
            .unwrap_or_default();
        let label = self.say(
            format!("Lægger {grid_source} sammen i {name} …"),
            format!("Summing {grid_source} into {name} …"),
        );
        let progress = self.progress;
        progress.set(Some(Progress {
            label: label.clone(),
            fraction: 0.0,
        }));
        spawn_local(async move {
            let text = match target {
                SumTarget::Example(ex) => match fetch_text(ex.boundaries).await {
                    Ok(t) => Arc::<str>::from(t),
                    Err(e) => {
                        progress.set(None);
                        return self
                            .notices
                            .update(|n| n.push(super::Notice::from_error(&e)));
                    }
                },
                SumTarget::File(_, text) => text,
            };
            let result = sum_cells(job, &text, |f| {
                progress.set(Some(Progress {
                    label: label.clone(),
                    fraction: f,
                }));
                true
            })
            .await;
            progress.set(None);
            let summed = match result {
                Ok(s) => s,
                Err(e) => {
                    return self
                        .notices
                        .update(|n| n.push(super::Notice::from_error(&e)))
                }
            };
            // the districts become the map, the sums their table
            self.load_text(
                BoundaryMeta {
                    source: name.clone(),
                    ..Default::default()
                },
                text,
                true,
            );
            let stem = grid_source
                .rsplit_once('.')
                .map_or(grid_source.as_str(), |(s, _)| s);
            self.apply_table(
                TableMeta {
                    source: format!("{stem} i {name}.csv"),
                    sidecar: Some(summed.sidecar),
                    ..Default::default()
                },
                summed.table.into_bytes(),
                true,
            );
            let r = &summed.report;
            self.inform(sum_sentence(r, Lang::Da), sum_sentence(r, Lang::En));
            crate::perf::mark("atlas:cells-summed");
        });
    }
}
