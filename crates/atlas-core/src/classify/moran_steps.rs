//! Moran's I and local Moran computed a slice at a time, so the loader worker can
//! tell its progress between slices (43,000 grid cells × 999 permutations take a
//! while). Stepping never changes a number: the permutations draw from one seeded
//! stream in the same order however the work is cut.

use super::moran::{folded_p, GlobalMoran, Local, LocalMoran, Quadrant, Rng, Sample};

/// Global Moran's I, its permutations run a slice at a time.
#[derive(Clone, Debug)]
pub struct GlobalSteps {
    z: Vec<f64>,
    den: f64,
    i: f64,
    permutations: usize,
    rng: Rng,
    shuffled: Vec<f64>,
    sims: Vec<f64>,
}

impl GlobalSteps {
    /// The statistic of `column` on `sample` (`None` with fewer than three areas or
    /// no variation), its permutations still to run.
    pub fn new(
        sample: &Sample,
        column: &[Option<f64>],
        permutations: usize,
        seed: u64,
    ) -> Option<GlobalSteps> {
        let n = sample.kept.len();
        if n < 3 {
            return None;
        }
        let z = sample.z(column);
        let den: f64 = z.iter().map(|v| v * v).sum();
        if den == 0.0 {
            return None;
        }
        let i = i_of(sample, &z, den);
        Some(GlobalSteps {
            shuffled: z.clone(),
            z,
            den,
            i,
            permutations,
            rng: Rng::new(seed),
            sims: Vec::with_capacity(permutations),
        })
    }

    /// The work of one permutation (a shuffle and a lag at every area).
    pub fn cost_each(sample: &Sample) -> usize {
        sample.kept.len() + sample.neighbours.iter().map(Vec::len).sum::<usize>()
    }

    /// Permutations still to run.
    pub fn left(&self) -> usize {
        self.permutations - self.sims.len()
    }

    /// Run permutations until about `budget` work is done (at least one); answers
    /// the work done.
    pub fn step(&mut self, sample: &Sample, budget: usize) -> usize {
        let n = self.z.len();
        let each = Self::cost_each(sample);
        let mut spent = 0;
        while self.sims.len() < self.permutations && (spent == 0 || spent < budget) {
            for k in (1..n).rev() {
                self.shuffled.swap(k, self.rng.below(k + 1));
            }
            self.sims.push(i_of(sample, &self.shuffled, self.den));
            spent = spent.saturating_add(each);
        }
        spent
    }

    /// The statistic, once every permutation has run.
    pub fn finish(self) -> GlobalMoran {
        let (i, permutations, n) = (self.i, self.permutations, self.z.len());
        let sims = &self.sims;
        let larger = sims.iter().filter(|s| **s >= i).count();
        let mean = sims.iter().sum::<f64>() / permutations.max(1) as f64;
        let sd = (sims.iter().map(|s| (s - mean).powi(2)).sum::<f64>()
            / (permutations.max(2) - 1) as f64)
            .sqrt();
        GlobalMoran {
            i,
            expected: -1.0 / (n as f64 - 1.0),
            p: folded_p(larger, permutations),
            z: if sd > 0.0 { (i - mean) / sd } else { 0.0 },
            n,
            permutations,
        }
    }
}

/// I = Σ zₖ · lag(z)ₖ / Σ zₖ².
fn i_of(sample: &Sample, z: &[f64], den: f64) -> f64 {
    (0..z.len()).map(|k| z[k] * sample.lag(z, k)).sum::<f64>() / den
}

/// Local Moran, area by area: Iᵢ = (n−1)/n · zxᵢ · lag(zy)ᵢ, with each area's p from
/// `permutations` draws of as many neighbours as it has among the other areas.
#[derive(Clone, Debug)]
pub struct LocalSteps {
    zx: Vec<f64>,
    zy: Vec<f64>,
    permutations: usize,
    rng: Rng,
    /// The next position in the sample.
    next: usize,
    locals: Vec<Option<Local>>,
    draw: Vec<usize>,
}

impl LocalSteps {
    /// `zx` and `zy` standardised on the sample's areas; `areas` on the map.
    pub fn new(
        zx: Vec<f64>,
        zy: Vec<f64>,
        areas: usize,
        permutations: usize,
        seed: u64,
    ) -> LocalSteps {
        LocalSteps {
            // fewer than three areas: nothing to compute, every area left as None
            next: if zx.len() < 3 { zx.len() } else { 0 },
            zx,
            zy,
            permutations,
            rng: Rng::new(seed),
            locals: vec![None; areas],
            draw: Vec::new(),
        }
    }

    /// The work of every area's permutations (draws of its neighbour count).
    pub fn cost(sample: &Sample, permutations: usize) -> usize {
        sample
            .neighbours
            .iter()
            .map(|nb| permutations.saturating_mul(nb.len().max(1)))
            .fold(0usize, usize::saturating_add)
    }

    /// True when every area is computed.
    pub fn done(&self) -> bool {
        self.next >= self.zx.len()
    }

    /// Compute areas until about `budget` work is done (at least one area); answers
    /// the work done.
    pub fn step(&mut self, sample: &Sample, budget: usize) -> usize {
        let n = self.zx.len();
        let scale = (n as f64 - 1.0) / n as f64;
        let mut spent = 0usize;
        while self.next < n && (spent == 0 || spent < budget) {
            let k = self.next;
            let lag = sample.lag(&self.zy, k);
            let i = scale * self.zx[k] * lag;
            let m = sample.neighbours[k].len();
            let mut larger = 0;
            for _ in 0..self.permutations {
                self.draw.clear();
                while self.draw.len() < m {
                    let j = self.rng.below(n - 1);
                    let j = if j >= k { j + 1 } else { j };
                    if !self.draw.contains(&j) {
                        self.draw.push(j);
                    }
                }
                let sim_lag = self.draw.iter().map(|j| self.zy[*j]).sum::<f64>() / m as f64;
                if scale * self.zx[k] * sim_lag >= i {
                    larger += 1;
                }
            }
            self.locals[sample.kept[k]] = Some(Local {
                i,
                z: self.zx[k],
                lag,
                quadrant: Quadrant::of(self.zx[k], lag),
                p: folded_p(larger, self.permutations),
            });
            self.next += 1;
            spent = spent.saturating_add(self.permutations.saturating_mul(m.max(1)));
        }
        spent
    }

    /// Every area's local Moran (run [`step`](Self::step) until [`done`](Self::done)).
    pub fn finish(self, sample: &Sample) -> LocalMoran {
        LocalMoran {
            locals: self.locals,
            sample: sample.clone(),
            permutations: self.permutations,
        }
    }
}
