//! A small line chart's geometry, shared by the Udvikling panel and its SVG export:
//! x by year, y by value with round tick values, and each series as a path that
//! breaks where a year is missing (a gap in the line, never a drop to zero).

/// Where the plot sits inside the chart, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

/// A chart of several series over the same years.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub frame: Frame,
    pub years: Vec<i32>,
    /// The y range shown (round numbers around the data).
    pub min: f64,
    pub max: f64,
    /// Tick values on the y axis, low to high.
    pub ticks: Vec<f64>,
}

/// A round step for about `n` intervals over `span`: 1, 2 or 5 times a power of ten.
///
/// ```
/// use atlas_core::present::chart::nice_step;
/// assert_eq!(nice_step(130_000.0, 4), 50_000.0);
/// assert_eq!(nice_step(0.07, 4), 0.02);
/// ```
pub fn nice_step(span: f64, n: usize) -> f64 {
    if span <= 0.0 || !span.is_finite() {
        return 1.0;
    }
    let raw = span / n.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let r = raw / mag;
    let f = if r <= 1.0 {
        1.0
    } else if r <= 2.0 {
        2.0
    } else if r <= 5.0 {
        5.0
    } else {
        10.0
    };
    f * mag
}

impl Chart {
    /// A chart of `series` over `years` in `frame`; `baseline` is a value the y range
    /// must include (e.g. 0 for a gap, 1 for a ratio). `None` without any value.
    ///
    /// ```
    /// use atlas_core::present::chart::{Chart, Frame};
    /// let f = Frame { width: 300.0, height: 150.0, left: 50.0, right: 10.0, top: 10.0, bottom: 20.0 };
    /// let c = Chart::new(f, vec![2000, 2001, 2002], &[vec![Some(10.0), None, Some(30.0)]], None).unwrap();
    /// assert_eq!(c.x(0), 50.0);
    /// assert_eq!(c.x(2), 290.0);
    /// // the missing year breaks the line: two pieces, one point each
    /// assert_eq!(c.path(&[Some(10.0), None, Some(30.0)]).matches('M').count(), 2);
    /// ```
    pub fn new(
        frame: Frame,
        years: Vec<i32>,
        series: &[Vec<Option<f64>>],
        baseline: Option<f64>,
    ) -> Option<Chart> {
        let vals: Vec<f64> = series
            .iter()
            .flatten()
            .flatten()
            .copied()
            .filter(|v| v.is_finite())
            .chain(baseline)
            .collect();
        let lo = vals.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if !lo.is_finite() || years.is_empty() {
            return None;
        }
        let span = if hi > lo { hi - lo } else { lo.abs().max(1.0) };
        let step = nice_step(span, 4);
        let min = (lo / step).floor() * step;
        let mut max = (hi / step).ceil() * step;
        if max <= min {
            max = min + step;
        }
        let ticks = (0..)
            .map(|i| min + i as f64 * step)
            .take_while(|t| *t <= max + step * 1e-9)
            .collect();
        Some(Chart {
            frame,
            years,
            min,
            max,
            ticks,
        })
    }

    /// X of year number `i`.
    pub fn x(&self, i: usize) -> f64 {
        let f = &self.frame;
        let n = self.years.len().saturating_sub(1).max(1) as f64;
        f.left + (f.width - f.left - f.right) * i as f64 / n
    }

    /// Y of value `v`.
    pub fn y(&self, v: f64) -> f64 {
        let f = &self.frame;
        let t = (v - self.min) / (self.max - self.min);
        f.height - f.bottom - t * (f.height - f.top - f.bottom)
    }

    /// SVG path data for one series, broken where a value is missing.
    pub fn path(&self, values: &[Option<f64>]) -> String {
        let mut d = String::new();
        let mut pen = false;
        for (i, v) in values.iter().enumerate() {
            match v.filter(|v| v.is_finite()) {
                Some(v) => {
                    d.push_str(&format!(
                        "{}{:.1},{:.1}",
                        if pen { "L" } else { "M" },
                        self.x(i),
                        self.y(v)
                    ));
                    pen = true;
                }
                None => pen = false,
            }
        }
        d
    }

    /// The years labelled on the x axis: first, last and about four between.
    pub fn year_ticks(&self) -> Vec<usize> {
        let n = self.years.len();
        if n == 0 {
            return Vec::new();
        }
        let step = n.div_ceil(5).max(1);
        let mut t: Vec<usize> = (0..n).step_by(step).collect();
        if t.last() != Some(&(n - 1)) {
            if n - 1 - t.last().copied().unwrap_or(0) < step / 2 + 1 {
                t.pop();
            }
            t.push(n - 1);
        }
        t
    }
}
