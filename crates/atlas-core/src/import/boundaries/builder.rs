//! [`BoundaryBuilder`]: features one at a time → CRS decided, reprojected, validated,
//! keyed and merged.

use super::errors::classify_parse_failure;
use super::keys::{common_properties, propose_key_property, propose_name_property, value_as_key};
use super::merge::{merge_by_key, RawFeature};
use super::rings::collect_polygons;
use super::validate::{checked_polygon, Validator, VALIDATION_VERTEX_LIMIT};
use super::{Boundaries, BoundaryOptions, CrsSource};
use crate::geometry::coords::Bounds;
use crate::geometry::crs::{infer_crs, parse_crs_member, Crs, Reprojector};
use crate::import::scan::ScanStep;
use crate::issue::{Issue, IssueKind, LoadError, LoadErrorKind, Loaded, Location, Severity};
use geojson::{GeoJson, JsonObject};

/// Builds [`Boundaries`] one feature at a time, so that a huge file can be read in
/// slices. Feed it the members and features a [`FeatureScanner`] finds, then `finish`.
pub struct BoundaryBuilder {
    opts: BoundaryOptions,
    declared: Option<Result<Option<Crs>, String>>,
    crs: Option<(Crs, CrsSource)>,
    reprojector: Option<Reprojector>,
    raw: Vec<RawFeature>,
    issues: Vec<Issue>,
    skipped_other: usize,
    note: Option<String>,
    top_type: Option<String>,
    features_seen: usize,
    unreadable: usize,
    validator: Validator,
    undecidable_crs: Option<Bounds>,
}

impl BoundaryBuilder {
    pub fn new(opts: BoundaryOptions) -> Self {
        BoundaryBuilder {
            opts,
            declared: None,
            crs: None,
            reprojector: None,
            raw: Vec::new(),
            issues: Vec::new(),
            skipped_other: 0,
            note: None,
            top_type: None,
            features_seen: 0,
            unreadable: 0,
            validator: Validator::default(),
            undecidable_crs: None,
        }
    }

    /// Number of features read so far.
    pub fn features_seen(&self) -> usize {
        self.features_seen
    }

    /// Feed what one scanner step found in `text`: top-level members and features.
    pub fn feed(&mut self, text: &str, step: &ScanStep) -> Result<(), LoadError> {
        for (key, range) in &step.members {
            let raw = text.get(range.clone()).unwrap_or("").trim();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(raw) {
                self.set_member(key, v);
            }
        }
        for range in &step.features {
            let raw = text.get(range.clone()).unwrap_or("");
            self.push_feature_text(raw);
        }
        Ok(())
    }

    /// A top-level member of the collection (`type`, `crs`, `name`, `note`, …).
    pub fn set_member(&mut self, key: &str, value: serde_json::Value) {
        match key {
            "type" => self.top_type = value.as_str().map(str::to_owned),
            "crs" => self.declared = Some(parse_crs_member(&value)),
            "note" | "description" | "name" | "title" if self.note.is_none() => {
                self.note = value.as_str().map(str::to_owned)
            }
            _ => {}
        }
    }

    /// One element of the `features` array, as JSON text.
    pub fn push_feature_text(&mut self, raw: &str) {
        let index = self.features_seen;
        self.features_seen += 1;
        match serde_json::from_str::<geojson::Feature>(raw) {
            Ok(f) => self.push_feature(index, f),
            Err(e) => {
                self.unreadable += 1;
                if self.unreadable <= 5 {
                    let problem = super::explain_feature_error(&e, raw);
                    self.issues.push(Issue::warning(
                        Location::Feature { index, name: None },
                        IssueKind::FeatureUnreadable { problem },
                    ));
                }
            }
        }
    }

    fn push_feature(&mut self, index: usize, f: geojson::Feature) {
        let props = f.properties.unwrap_or_default();
        let fid = f.id.map(|id| match id {
            geojson::feature::Id::String(s) => s,
            geojson::feature::Id::Number(n) => n.to_string(),
        });
        let name = self
            .opts
            .name_property
            .as_deref()
            .and_then(|k| props.get(k))
            .or_else(|| {
                props.iter().find_map(|(k, v)| {
                    let l = k.to_lowercase();
                    (l.contains("navn") || l.contains("name")).then_some(v)
                })
            })
            .and_then(value_as_key);
        let loc = Location::Feature { index, name };
        let Some(geometry) = f.geometry else {
            self.issues.push(Issue::warning(loc, IssueKind::NoGeometry));
            return;
        };
        let mut rings: Vec<Vec<Vec<(f64, f64)>>> = Vec::new();
        let mut other = 0usize;
        collect_polygons(&geometry, &loc, &mut rings, &mut other, &mut self.issues, 0);
        self.skipped_other += other;
        if rings.is_empty() {
            if other == 0 {
                self.issues.push(Issue::warning(loc, IssueKind::NoPolygons));
            }
            return;
        }
        if self.crs.is_none() && !self.decide_crs(&rings) {
            return;
        }
        let mut polygons = Vec::with_capacity(rings.len());
        for mut poly in rings {
            if let Some(r) = &self.reprojector {
                for ring in poly.iter_mut() {
                    r.to_lonlat(ring);
                }
            }
            if let Some(p) = checked_polygon(poly, &loc, &mut self.validator, &mut self.issues) {
                polygons.push(p);
            }
        }
        if polygons.is_empty() {
            return;
        }
        self.raw.push(RawFeature {
            index,
            props,
            fid,
            polygons,
        });
    }

    /// Decide the CRS from the options, the `crs` member or the first feature's extent.
    fn decide_crs(&mut self, rings: &[Vec<Vec<(f64, f64)>>]) -> bool {
        let (crs, source) = if let Some(c) = self.opts.crs {
            (Some(c), CrsSource::Chosen)
        } else {
            match &self.declared {
                Some(Ok(Some(c))) => (Some(*c), CrsSource::Declared),
                Some(Err(name)) => {
                    let guess = raw_bounds(rings).and_then(|b| infer_crs(&b));
                    self.issues.push(Issue::warning(
                        Location::File,
                        IssueKind::CrsUnknown {
                            name: name.clone(),
                            guess: guess.map(|g| g.label().to_owned()),
                        },
                    ));
                    (guess, CrsSource::Inferred)
                }
                _ => {
                    let guess = raw_bounds(rings).and_then(|b| infer_crs(&b));
                    match guess {
                        Some(Crs::Wgs84) => (guess, CrsSource::Default),
                        Some(g) => {
                            self.issues.push(Issue::info(
                                Location::File,
                                IssueKind::CrsGuessed {
                                    crs: g.label().to_owned(),
                                },
                            ));
                            (guess, CrsSource::Inferred)
                        }
                        None => (None, CrsSource::Inferred),
                    }
                }
            }
        };
        match crs {
            Some(c) => {
                self.reprojector = (c != Crs::Wgs84).then(|| Reprojector::new(c));
                self.crs = Some((c, source));
                true
            }
            None => {
                self.undecidable_crs = raw_bounds(rings);
                false
            }
        }
    }

    /// Finish: key the features, merge parts sharing a key, report.
    pub fn finish(self) -> Result<Loaded<Boundaries>, LoadError> {
        self.finish_with_text("")
    }

    /// As [`finish`](Self::finish); `text` lets a bare Feature or geometry (no
    /// `features` array) be read as one feature.
    pub fn finish_with_text(mut self, text: &str) -> Result<Loaded<Boundaries>, LoadError> {
        if self.features_seen == 0 {
            match self.top_type.as_deref() {
                Some("FeatureCollection") => {
                    return Err(LoadError::new(LoadErrorKind::EmptyCollection))
                }
                Some(_) if !text.is_empty() => match text.parse::<GeoJson>() {
                    Ok(GeoJson::Feature(f)) => {
                        self.features_seen = 1;
                        self.push_feature(0, f);
                    }
                    Ok(GeoJson::Geometry(g)) => {
                        self.features_seen = 1;
                        self.push_feature(
                            0,
                            geojson::Feature {
                                geometry: Some(g),
                                ..Default::default()
                            },
                        );
                    }
                    _ => return Err(classify_parse_failure(text)),
                },
                _ => return Err(classify_parse_failure(text)),
            }
        }
        if self.skipped_other > 0 {
            self.issues.push(Issue::info(
                Location::File,
                IssueKind::PointsOrLinesSkipped {
                    count: self.skipped_other,
                },
            ));
        }
        if self.unreadable > 5 {
            self.issues.push(Issue::warning(
                Location::File,
                IssueKind::FeaturesUnreadableInAll {
                    count: self.unreadable,
                },
            ));
        }
        if self.validator.skipped > 0 {
            self.issues.push(Issue::info(
                Location::File,
                IssueKind::PolygonsNotValidated {
                    count: self.validator.skipped,
                    vertex_limit: VALIDATION_VERTEX_LIMIT,
                },
            ));
        }
        if self.raw.is_empty() {
            if let Some(b) = self.undecidable_crs {
                return Err(LoadError::new(LoadErrorKind::CoordinatesUnrecognised {
                    min_x: b.min_x,
                    max_x: b.max_x,
                }));
            }
            // Why, feature by feature: the first three problems, and how many more.
            let warnings: Vec<&Issue> = self
                .issues
                .iter()
                .filter(|i| i.severity == Severity::Warning)
                .collect();
            return Err(LoadError::new(LoadErrorKind::NoUsablePolygons {
                problems: warnings.iter().take(3).map(|i| (*i).clone()).collect(),
                more: warnings.len().saturating_sub(3),
            }));
        }
        let (crs, crs_source) = self.crs.unwrap_or((Crs::Wgs84, CrsSource::Default));

        let props: Vec<&JsonObject> = self.raw.iter().map(|f| &f.props).collect();
        let property_names = common_properties(&props);
        let name_property = self
            .opts
            .name_property
            .clone()
            .or_else(|| propose_name_property(&props));
        let key_property = self
            .opts
            .key_property
            .clone()
            .or_else(|| propose_key_property(&props, name_property.as_deref()))
            .or_else(|| name_property.clone());

        let groupings = super::groupings::groupings(
            &self.raw,
            &property_names,
            key_property.as_deref(),
            name_property.as_deref(),
        );
        let districts = merge_by_key(
            std::mem::take(&mut self.raw),
            &key_property,
            &name_property,
            &mut self.issues,
        );
        let groupings = groupings.finish(&districts);
        let noun = self.opts.noun.unwrap_or_else(|| {
            let keys: Vec<&str> = districts.iter().map(|d| d.id.as_str()).collect();
            crate::text::noun::Noun::guess(&property_names, &keys)
        });
        Ok(Loaded {
            value: Boundaries {
                districts,
                key_property,
                name_property,
                property_names,
                note: self.note,
                crs,
                crs_source,
                feature_count: self.features_seen,
                areas_km2: Vec::new(),
                noun,
                groupings,
                grid: None,
            },
            issues: self.issues,
        })
    }
}

fn raw_bounds(rings: &[Vec<Vec<(f64, f64)>>]) -> Option<Bounds> {
    let mut sink = crate::geometry::stream::BoundsSink::default();
    for (x, y) in rings.iter().flatten().flatten().copied() {
        crate::geometry::stream::PathSink::point(
            &mut sink,
            crate::geometry::coords::Planar { x, y },
        );
    }
    sink.bounds()
}
