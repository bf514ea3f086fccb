//! Project files: everything the user did as one `*.atlas.json`, and opening one.

use super::tables::table_meta;
use super::{DataState, Notice, Progress};
use crate::loader::{load_example_boundaries, prepare_boundaries};
use crate::storage::{self, BoundaryMeta};
use atlas_core::geometry::crs::Crs;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::pipeline::TableSet;
use atlas_core::present::project::{parse_project, Project, ProjectBoundaries, ProjectTable};
use atlas_core::present::story::Story;
use atlas_core::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

impl DataState {
    /// The current work as a project (the demo's boundaries are referred to, not copied).
    pub fn project(self) -> Project {
        let boundaries = self
            .boundaries
            .get_untracked()
            .filter(|b| !b.is_demo)
            .map(|b| ProjectBoundaries {
                meta: BoundaryMeta {
                    source: b.source.clone(),
                    key_property: b.options.key_property.clone(),
                    crs: b.options.crs.map(|c| c.epsg()),
                    noun: b.options.noun,
                },
                text: b.text.to_string(),
            });
        let table = self.table.get_untracked().map(|t| ProjectTable {
            meta: table_meta(&t),
            text: t.text.to_string(),
            demo: t.is_demo,
        });
        let story = self.story.get_untracked();
        Project {
            boundaries,
            table,
            scenes: story.scenes,
            scene: story.current,
            view: self.view_spec(),
            attribution: self
                .example
                .get_untracked()
                .map(|ex| ex.boundaries_source(self.lang.get_untracked()).to_owned()),
            edits: self.edits.get_untracked(),
            ..Default::default()
        }
    }

    /// Open a project file's text: boundaries, table, scenes and view replace the
    /// current ones together; a file that cannot be opened leaves everything as it was.
    pub fn open_project(self, name: String, text: String) {
        let project = match parse_project(&text) {
            Ok(p) => p,
            Err(e) => {
                self.notices.set(vec![Notice {
                    error: true,
                    text: crate::text::Said::both(
                        format!("{name}: {}", e.sentence(Lang::Da)),
                        format!("{name}: {}", e.sentence(Lang::En)),
                    ),
                }]);
                return;
            }
        };
        let g = self.begin(self.say(format!("Åbner {name} …"), format!("Opening {name} …")));
        spawn_local(async move {
            let progress = self.progress;
            let label = self.say(format!("Åbner {name} …"), format!("Opening {name} …"));
            let table = match &project.table {
                Some(t) => {
                    let label = label.clone();
                    let opened = open_table(t, move |f| {
                        progress.set(Some(Progress {
                            label: label.clone(),
                            fraction: f * 0.5,
                        }));
                        self.current(g)
                    })
                    .await;
                    match opened {
                        Ok(t) => Some(t),
                        Err(e) => return self.fail(g, &e),
                    }
                }
                None => None,
            };
            if !self.current(g) {
                return;
            }
            // without boundaries of its own, a project is on a built-in example's
            let ex = project
                .view
                .example
                .as_deref()
                .and_then(atlas_core::present::examples::example)
                .unwrap_or(&atlas_core::present::examples::DEMO);
            let boundaries = match &project.boundaries {
                None => load_example_boundaries(ex).await,
                Some(b) => {
                    let options = BoundaryOptions {
                        key_property: b.meta.key_property.clone(),
                        name_property: None,
                        crs: b.meta.crs.and_then(Crs::from_epsg),
                        noun: b.meta.noun,
                    };
                    prepare_boundaries(
                        Arc::from(b.text.as_str()),
                        options,
                        b.meta.source.clone(),
                        false,
                        move |f| {
                            progress.set(Some(Progress {
                                label: label.clone(),
                                fraction: f,
                            }));
                            self.current(g)
                        },
                    )
                    .await
                }
            };
            let boundaries = match boundaries {
                Ok(b) => b,
                Err(e) => return self.fail(g, &e),
            };
            if !self.current(g) {
                return;
            }
            // Everything at once, so the map is built once, with the project's view.
            self.want_view(project.view.clone());
            self.story.set(Story {
                current: project.scene.filter(|c| *c < project.scenes.len()),
                scenes: project.scenes.clone(),
            });
            self.scenes_edited.set(true);
            self.edits.set(project.edits.clone());
            self.saved.set(project.boundaries.as_ref().map(|_| false));
            self.table.set(table.map(Arc::new));
            self.example.set(project.boundaries.is_none().then_some(ex));
            self.boundaries.set(Some(Arc::new(boundaries)));
            self.progress.set(None);
            self.save_opened(project).await;
        });
    }

    /// Keep an opened project in browser storage, like files loaded one by one.
    async fn save_opened(self, project: Project) {
        let boundaries = match &project.boundaries {
            Some(b) => storage::save(&b.meta, &b.text).await,
            None => storage::clear().await,
        };
        if project.boundaries.is_some() {
            self.saved.set(Some(boundaries.is_ok()));
        }
        let table = match &project.table {
            Some(t) if !t.demo => storage::save_table(&t.meta, Some(&t.text)).await,
            _ => storage::clear_table().await,
        };
        self.save_session().await;
        if let Err(e) = boundaries.and(table) {
            self.report(format!("Projektet kunne ikke gemmes i browseren ({e}); det er væk efter genindlæsning."), format!("The project could not be saved in the browser ({e}); it will be gone after a reload."));
        }
    }
}

/// A project's table as loaded: its text read (a slice at a time) with its saved
/// descriptions.
async fn open_table(
    t: &ProjectTable,
    progress: impl Fn(f64) -> bool,
) -> Result<TableSet, atlas_core::LoadError> {
    let sidecar = t.meta.sidecar.as_deref().map(parse_sidecar).transpose()?;
    let atlas_core::pipeline::message::TableRead {
        loaded, corners, ..
    } = crate::loader::prepare_table(
        t.text.as_bytes(),
        &t.meta.source,
        sidecar.as_ref(),
        progress,
    )
    .await?;
    Ok(TableSet {
        loaded,
        source: t.meta.source.clone(),
        is_demo: t.demo,
        mappings: t.meta.mappings.clone(),
        text: Arc::from(t.text.as_str()),
        grid: corners.map(|c| c.reading),
    })
}
