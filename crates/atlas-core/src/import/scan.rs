//! A resumable scanner that finds the features of a GeoJSON FeatureCollection in
//! the text, so that huge files can be parsed feature by feature in small slices of
//! time (the page stays responsive and a progress bar can move).
//!
//! It only tracks JSON structure (strings, escapes, nesting); each feature's text is
//! then parsed with `serde_json`. Top-level members other than `features` (`type`,
//! `crs`, `name`, …) are reported as spans too.

use std::ops::Range;

/// Why a text cannot be scanned as a FeatureCollection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanError {
    /// The text does not start with a JSON object (`{`).
    NotAnObject,
    /// The text ended before the top-level object was closed.
    Truncated,
}

/// What one call to [`FeatureScanner::scan`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanStep {
    /// Byte ranges of the elements of the `features` array.
    pub features: Vec<Range<usize>>,
    /// Other top-level members: key and byte range of the value.
    pub members: Vec<(String, Range<usize>)>,
    /// The top-level object is closed.
    pub done: bool,
}

/// Resumable structural scanner over one text (always pass the same text).
#[derive(Clone, Debug, Default)]
pub struct FeatureScanner {
    pos: usize,
    depth: usize,
    in_string: bool,
    escape: bool,
    started: bool,
    done: bool,
    expect_key: bool,
    key_start: usize,
    key: String,
    value_start: Option<usize>,
    in_features: bool,
    elem_start: Option<usize>,
}

impl FeatureScanner {
    pub fn new() -> Self {
        Self::default()
    }

    /// Bytes scanned so far.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Scan at most `budget` more bytes of `text`.
    ///
    /// ```
    /// use atlas_core::import::scan::FeatureScanner;
    /// let t = r#"{"type":"FeatureCollection","features":[{"a":1},{"b":[2]}]}"#;
    /// let step = FeatureScanner::new().scan(t, usize::MAX).unwrap();
    /// assert!(step.done);
    /// let feats: Vec<&str> = step.features.iter().map(|r| &t[r.clone()]).collect();
    /// assert_eq!(feats, vec![r#"{"a":1}"#, r#"{"b":[2]}"#]);
    /// assert_eq!(step.members[0].0, "type");
    /// ```
    pub fn scan(&mut self, text: &str, budget: usize) -> Result<ScanStep, ScanError> {
        let bytes = text.as_bytes();
        let end = self.pos.saturating_add(budget).min(bytes.len());
        let mut step = ScanStep::default();
        let mut i = self.pos;
        while i < end && !self.done {
            let b = bytes[i];
            if self.in_string {
                if self.escape {
                    self.escape = false;
                } else if b == b'\\' {
                    self.escape = true;
                } else if b == b'"' {
                    self.in_string = false;
                    if self.depth == 1 && self.expect_key {
                        self.key = text
                            .get(self.key_start + 1..i)
                            .unwrap_or_default()
                            .to_owned();
                    }
                }
                i += 1;
                continue;
            }
            match b {
                b' ' | b'\n' | b'\r' | b'\t' => {}
                b'"' => {
                    self.in_string = true;
                    self.value_or_element_starts(i, b);
                }
                b'{' | b'[' => {
                    if !self.started {
                        if b != b'{' {
                            return Err(ScanError::NotAnObject);
                        }
                        self.started = true;
                        self.expect_key = true;
                        self.depth = 1;
                        i += 1;
                        continue;
                    }
                    if self.depth == 1 && !self.expect_key && self.value_start.is_none() {
                        if self.key == "features" && b == b'[' {
                            self.in_features = true;
                        } else {
                            self.value_start = Some(i);
                        }
                    } else if self.in_features && self.depth == 2 && self.elem_start.is_none() {
                        self.elem_start = Some(i);
                    }
                    self.depth += 1;
                }
                b'}' | b']' => {
                    if !self.started {
                        return Err(ScanError::NotAnObject);
                    }
                    if self.in_features && self.depth == 2 {
                        // Closing the features array (a scalar element may end here).
                        self.end_scalar_element(i, &mut step);
                        self.in_features = false;
                    }
                    if self.depth == 1 {
                        self.end_member(i, &mut step);
                    }
                    self.depth = self.depth.saturating_sub(1);
                    if self.in_features && self.depth == 2 {
                        if let Some(s) = self.elem_start.take() {
                            step.features.push(s..i + 1);
                        }
                    }
                    if self.depth == 0 {
                        self.done = true;
                    }
                }
                b':' if self.depth == 1 => self.expect_key = false,
                b',' => {
                    if self.depth == 1 {
                        self.end_member(i, &mut step);
                        self.expect_key = true;
                    } else if self.in_features && self.depth == 2 {
                        self.end_scalar_element(i, &mut step);
                    }
                }
                _ => {
                    if !self.started {
                        return Err(ScanError::NotAnObject);
                    }
                    self.value_or_element_starts(i, b);
                }
            }
            i += 1;
        }
        self.pos = i;
        step.done = self.done;
        if !self.done && self.pos >= bytes.len() {
            return Err(ScanError::Truncated);
        }
        Ok(step)
    }

    fn value_or_element_starts(&mut self, i: usize, b: u8) {
        if self.depth == 1 && b == b'"' && self.expect_key {
            self.key_start = i;
        } else if self.depth == 1 && !self.expect_key && self.value_start.is_none() {
            self.value_start = Some(i);
        } else if self.in_features && self.depth == 2 && self.elem_start.is_none() {
            self.elem_start = Some(i);
        }
    }

    fn end_member(&mut self, i: usize, step: &mut ScanStep) {
        if let Some(s) = self.value_start.take() {
            step.members.push((std::mem::take(&mut self.key), s..i));
        }
    }

    fn end_scalar_element(&mut self, i: usize, step: &mut ScanStep) {
        if let Some(s) = self.elem_start.take() {
            step.features.push(s..i);
        }
    }
}
