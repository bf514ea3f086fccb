//! A presentation: scenes in order and the one shown. Pure list logic, so adding,
//! moving, deleting and stepping are tested without a browser.

use crate::present::project::Scene;
use serde::{Deserialize, Serialize};

/// Scenes and the current one (`None` = none chosen yet).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Story {
    pub scenes: Vec<Scene>,
    pub current: Option<usize>,
}

impl Story {
    /// A story of `scenes`, none shown yet.
    pub fn new(scenes: Vec<Scene>) -> Self {
        Story {
            scenes,
            current: None,
        }
    }

    /// Insert `scene` after the current one (at the end when none is current) and
    /// make it current; returns its index.
    ///
    /// ```
    /// use atlas_core::present::story::Story;
    /// use atlas_core::present::project::Scene;
    /// let mut s = Story::default();
    /// assert_eq!(s.add(Scene::default()), 0);
    /// assert_eq!(s.add(Scene::default()), 1);
    /// s.current = Some(0);
    /// assert_eq!(s.add(Scene::default()), 1);
    /// assert_eq!(s.scenes.len(), 3);
    /// ```
    pub fn add(&mut self, scene: Scene) -> usize {
        let at = self
            .current
            .map(|c| (c + 1).min(self.scenes.len()))
            .unwrap_or(self.scenes.len());
        self.scenes.insert(at, scene);
        self.current = Some(at);
        at
    }

    /// Delete scene `i`; the current scene stays the same scene where it can.
    pub fn remove(&mut self, i: usize) {
        if i >= self.scenes.len() {
            return;
        }
        self.scenes.remove(i);
        self.current = match self.current {
            _ if self.scenes.is_empty() => None,
            Some(c) if c > i => Some(c - 1),
            Some(c) => Some(c.min(self.scenes.len() - 1)),
            None => None,
        };
    }

    /// Move scene `i` one place earlier (`delta` < 0) or later (`delta` > 0); the
    /// current marker follows the scenes it points at.
    ///
    /// ```
    /// use atlas_core::present::story::Story;
    /// use atlas_core::present::project::Scene;
    /// let scene = |c: &str| Scene { caption: c.into(), ..Default::default() };
    /// let mut s = Story::new(vec![scene("a"), scene("b"), scene("c")]);
    /// s.current = Some(0);
    /// s.move_scene(0, 1);
    /// let order: Vec<&str> = s.scenes.iter().map(|x| x.caption.as_str()).collect();
    /// assert_eq!(order, ["b", "a", "c"]);
    /// assert_eq!(s.current, Some(1));
    /// ```
    pub fn move_scene(&mut self, i: usize, delta: isize) {
        let Some(j) = i.checked_add_signed(delta) else {
            return;
        };
        if i >= self.scenes.len() || j >= self.scenes.len() {
            return;
        }
        self.scenes.swap(i, j);
        self.current = self.current.map(|c| {
            if c == i {
                j
            } else if c == j {
                i
            } else {
                c
            }
        });
    }

    /// Step `delta` scenes from the current one, stopping at the ends; from no
    /// current scene, a step forward shows the first. Returns the scene now current.
    ///
    /// ```
    /// use atlas_core::present::story::Story;
    /// use atlas_core::present::project::Scene;
    /// let mut s = Story::new(vec![Scene::default(); 3]);
    /// assert_eq!(s.step(1), Some(0));
    /// assert_eq!(s.step(1), Some(1));
    /// assert_eq!(s.step(5), Some(2));
    /// assert_eq!(s.step(-9), Some(0));
    /// ```
    pub fn step(&mut self, delta: isize) -> Option<usize> {
        if self.scenes.is_empty() {
            self.current = None;
            return None;
        }
        let last = self.scenes.len() - 1;
        let next = match self.current {
            None => 0,
            Some(c) => c.saturating_add_signed(delta).min(last),
        };
        self.current = Some(next);
        Some(next)
    }

    /// The current scene.
    pub fn current_scene(&self) -> Option<&Scene> {
        self.scenes.get(self.current?)
    }
}
