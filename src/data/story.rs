//! The session half of [`DataState`]: the presentation's scenes and the view,
//! restored at start (a link's view wins) and autosaved on every change.

use super::{DataState, Notice};
use crate::loader::fetch_text;
use crate::storage;
use atlas_core::present::project::{Scene, Session, PROJECT_VERSION};
use atlas_core::present::story::Story;
use atlas_core::present::view_spec::ViewSpec;
use atlas_core::Lang;
use leptos::prelude::*;

impl DataState {
    /// Read the autosaved session, then let the link's parameters override it.
    pub(super) async fn restore_session(self, query: &[(String, String)]) {
        match storage::load_session().await {
            Ok(Some(s)) => {
                self.want_view(s.view);
                self.story.set(Story {
                    current: s.scene.filter(|c| *c < s.scenes.len()),
                    scenes: s.scenes,
                });
                self.scenes_edited.set(s.scenes_edited);
                self.edits.set(s.edits);
                if let Some(l) = s.lang {
                    self.lang.set(l);
                }
            }
            Ok(None) => {}
            Err(_) => {
                let _ = storage::clear_session().await;
                self.report(
                    "De gemte scener og den gemte visning kunne ikke læses og er slettet.",
                    "The saved scenes and view could not be read and were removed.",
                );
            }
        }
        if ViewSpec::query_has_view(query) {
            let (view, issues) = ViewSpec::from_query(query);
            self.want_view(view);
            self.notices.update(|n| {
                n.extend(issues.iter().map(|i| Notice {
                    error: false,
                    text: crate::text::Said::both(i.kind.say(Lang::Da), i.kind.say(Lang::En)),
                }))
            });
        }
        let param = |k: &str| query.iter().find(|(q, _)| q == k).map(|(_, v)| v.as_str());
        if let Some(n) = param("scene").and_then(|v| v.parse::<usize>().ok()) {
            // (the demo's story may still be loading: it keeps this mark if it fits)
            self.story.update(|s| {
                if n >= 1 && (s.scenes.is_empty() || n <= s.scenes.len()) {
                    s.current = Some(n - 1);
                }
            });
        }
        match param("lang") {
            Some("en") => self.lang.set(atlas_core::Lang::En),
            Some("da") => self.lang.set(atlas_core::Lang::Da),
            _ => {}
        }
        if param("praes") == Some("1") {
            self.presenting.set(true);
        }
        self.restored.set(true);
    }

    /// An example's ready-made story, unless the user has scenes of their own.
    pub(super) async fn load_example_story(
        self,
        ex: &'static atlas_core::present::examples::Example,
    ) {
        if self.scenes_edited.get_untracked() || !self.story.with_untracked(|s| s.scenes.is_empty())
        {
            return;
        }
        let scenes = fetch_text(ex.story)
            .await
            .ok()
            .and_then(|t| serde_json::from_str::<Vec<Scene>>(&t).ok());
        // a project opened or a scene added while the story was fetched wins over it
        if self.scenes_edited.get_untracked() || !self.story.with_untracked(|s| s.scenes.is_empty())
        {
            return;
        }
        match scenes {
            Some(scenes) => {
                let linked = self.story.with_untracked(|s| s.current);
                self.story.set(Story {
                    current: linked.filter(|c| *c < scenes.len()),
                    scenes,
                });
            }
            None => {
                let path = ex.story;
                self.report(
                    format!("Eksemplets fortælling ({path}) kunne ikke læses."),
                    format!("The example's story ({path}) could not be read."),
                )
            }
        }
    }

    /// Change the scenes (the demo story is then the user's own).
    pub fn edit_story(self, f: impl FnOnce(&mut Story)) {
        self.scenes_edited.set(true);
        self.story.update(f);
    }

    /// The session as autosaved.
    pub fn session(self) -> Session {
        let story = self.story.get_untracked();
        Session {
            version: PROJECT_VERSION,
            scenes: story.scenes,
            scene: story.current,
            view: self.view_spec(),
            scenes_edited: self.scenes_edited.get_untracked(),
            lang: Some(self.lang.get_untracked()),
            edits: self.edits.get_untracked(),
        }
    }

    /// Save the session now; a failure becomes a notice.
    pub async fn save_session(self) {
        if let Err(e) = storage::save_session(&self.session()).await {
            self.report(
                format!("Scenerne og visningen kunne ikke gemmes i browseren ({e})."),
                format!("The scenes and view could not be saved in the browser ({e})."),
            );
        }
    }
}
