//! Project files (`*.atlas.json`) and presentation scenes.
//!
//! A project holds everything a user did: the boundary file and indicator table as
//! the text they loaded (with the key, coordinate system, hand mappings and
//! descriptions they chose), the scenes of their presentation and the view. It
//! round-trips exactly and carries a format version; a newer version is refused
//! with a sentence instead of being half-read.

use crate::issue::{LoadError, LoadErrorKind};
use crate::model::edits::EditLog;
use crate::present::view_spec::ViewSpec;
use serde::{Deserialize, Serialize};

/// The `format` field every project file carries.
pub const PROJECT_FORMAT: &str = "samskabelsesatlas";
/// The version this build writes and the newest it reads.
pub const PROJECT_VERSION: u32 = 1;

/// One step of a presentation: a view and the caption shown with it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scene {
    pub caption: String,
    /// The caption in English, when the author gave one (the demo's story does).
    pub caption_en: Option<String>,
    pub view: ViewSpec,
}

impl Scene {
    /// The caption to show in `lang`: the English one when there is one, else the caption.
    ///
    /// ```
    /// use atlas_core::present::project::Scene;
    /// use atlas_core::Lang;
    /// let s = Scene { caption: "Overblik".into(), caption_en: Some("Overview".into()), ..Default::default() };
    /// assert_eq!(s.caption_in(Lang::En), "Overview");
    /// assert_eq!(s.caption_in(Lang::Da), "Overblik");
    /// ```
    pub fn caption_in(&self, lang: crate::Lang) -> &str {
        match (lang, &self.caption_en) {
            (crate::Lang::En, Some(en)) if !en.is_empty() => en,
            _ => &self.caption,
        }
    }
}

/// What is remembered about a boundary file besides its text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BoundaryMeta {
    /// File name or URL, for the source line.
    pub source: String,
    pub key_property: Option<String>,
    /// EPSG code the user chose (not one the app inferred).
    pub crs: Option<u32>,
    /// What the user called the areas (`None`: guessed from the file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun: Option<crate::text::noun::Noun>,
}

/// What is remembered about an indicator table besides its text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TableMeta {
    /// File name or URL.
    pub source: String,
    /// Rows mapped to districts by hand: (row key, district id).
    #[serde(default)]
    pub mappings: Vec<(String, String)>,
    /// The metadata sidecar (JSON text), including descriptions edited in the app.
    #[serde(default)]
    pub sidecar: Option<String>,
}

/// A boundary file carried inside a project.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProjectBoundaries {
    #[serde(flatten)]
    pub meta: BoundaryMeta,
    pub text: String,
}

/// An indicator table carried inside a project (decoded to UTF-8 text).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProjectTable {
    #[serde(flatten)]
    pub meta: TableMeta,
    pub text: String,
    /// The demo's own table (joined only onto the demo's boundaries).
    #[serde(default)]
    pub demo: bool,
}

/// A whole project. `None` boundaries or table = the embedded demo's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format: String,
    pub version: u32,
    pub boundaries: Option<ProjectBoundaries>,
    pub table: Option<ProjectTable>,
    #[serde(default)]
    pub scenes: Vec<Scene>,
    #[serde(default)]
    pub view: ViewSpec,
    /// The scene shown when the project was saved.
    #[serde(default)]
    pub scene: Option<usize>,
    /// Where the boundaries come from, as the atlas said it when saving (for a
    /// built-in example, whose boundaries are referred to by `view.example`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// Figures pasted or typed by hand over the table, with undo history.
    #[serde(default, skip_serializing_if = "EditLog::is_empty_history")]
    pub edits: EditLog,
}

impl Default for Project {
    fn default() -> Self {
        Project {
            format: PROJECT_FORMAT.into(),
            version: PROJECT_VERSION,
            boundaries: None,
            table: None,
            scenes: Vec::new(),
            view: ViewSpec::default(),
            scene: None,
            attribution: None,
            edits: EditLog::default(),
        }
    }
}

impl Project {
    /// The project as the text of an `*.atlas.json` file.
    ///
    /// ```
    /// use atlas_core::present::project::{parse_project, Project};
    /// let p = Project::default();
    /// assert_eq!(parse_project(&p.to_json()).unwrap(), p);
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }
}

/// The autosaved session: scenes and view (the files are saved on their own).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    pub version: u32,
    pub scenes: Vec<Scene>,
    pub view: ViewSpec,
    pub scene: Option<usize>,
    /// True once the user changed the scenes (the demo story is then not reloaded).
    pub scenes_edited: bool,
    /// The interface language (`None` = Danish, the default).
    pub lang: Option<crate::Lang>,
    /// Figures pasted or typed by hand, with undo history.
    #[serde(default)]
    pub edits: EditLog,
}

/// True when `text` starts like a project file (checked before parsing it as GeoJSON).
///
/// ```
/// use atlas_core::present::project::looks_like_project;
/// assert!(looks_like_project("{\n  \"format\": \"samskabelsesatlas\", \"version\": 1 }"));
/// assert!(!looks_like_project("{\"type\": \"FeatureCollection\"}"));
/// ```
pub fn looks_like_project(text: &str) -> bool {
    let head: String = text.chars().take(200).collect();
    head.trim_start().starts_with('{') && head.contains(&format!("\"{PROJECT_FORMAT}\""))
}

/// Read a project file. `Err` (one sentence) when it is not a project, comes from a
/// newer version, or is damaged.
pub fn parse_project(text: &str) -> Result<Project, LoadError> {
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| {
            LoadError::new(LoadErrorKind::ProjectNotJson {
                line: e.line(),
                column: e.column(),
            })
        })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(PROJECT_FORMAT) {
        return Err(LoadError::new(LoadErrorKind::NotAProject));
    }
    let version = value.get("version").and_then(|v| v.as_u64());
    match version {
        Some(v) if v == u64::from(PROJECT_VERSION) => {}
        Some(v) if v > u64::from(PROJECT_VERSION) => {
            return Err(LoadError::new(LoadErrorKind::ProjectTooNew {
                version: v,
                supported: PROJECT_VERSION,
            }));
        }
        _ => return Err(LoadError::new(LoadErrorKind::ProjectNoVersion)),
    }
    serde_json::from_value(value).map_err(|e| {
        LoadError::new(LoadErrorKind::ProjectDamaged {
            detail: e.to_string(),
        })
    })
}

/// Read an autosaved session; `Err` when it is damaged.
pub fn parse_session(text: &str) -> Result<Session, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// The session as stored text.
pub fn session_json(s: &Session) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| String::from("{}"))
}
