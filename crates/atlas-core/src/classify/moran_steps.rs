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
///
/// As esda 2 does it: the draws are made once — for each permutation, as many
/// distinct other areas as the most neighbours any area has — and every area takes
/// the first of them it needs (skipping itself), so an area costs lookups, not
/// random numbers.
#[derive(Clone, Debug)]
pub struct LocalSteps {
    zx: Vec<f64>,
    zy: Vec<f64>,
    permutations: usize,
    /// `draws[p * most + t]`: the t-th draw of permutation p, among 0..n−1.
    draws: Vec<u32>,
    /// The most neighbours an area has.
    most: usize,
    /// The next position in the sample.
    next: usize,
    locals: Vec<Option<Local>>,
}

impl LocalSteps {
    /// `zx` and `zy` standardised on `sample`'s areas; `areas` on the map.
    pub fn new(
        sample: &Sample,
        zx: Vec<f64>,
        zy: Vec<f64>,
        areas: usize,
        permutations: usize,
        seed: u64,
    ) -> LocalSteps {
        let n = zx.len();
        // fewer than three areas: nothing to compute, every area left as None
        let computed = n >= 3;
        let most = if computed {
            sample
                .neighbours
                .iter()
                .map(Vec::len)
                .max()
                .unwrap_or(0)
                .min(n - 1)
        } else {
            0
        };
        let mut rng = Rng::new(seed);
        let mut draws = Vec::with_capacity(permutations * most);
        for _ in 0..permutations {
            let row = draws.len();
            while draws.len() < row + most {
                let j = rng.below(n - 1) as u32;
                if !draws[row..].contains(&j) {
                    draws.push(j);
                }
            }
        }
        LocalSteps {
            next: if computed { 0 } else { n },
            zx,
            zy,
            permutations,
            draws,
            most,
            locals: vec![None; areas],
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
            for p in 0..self.permutations {
                let row = &self.draws[p * self.most..p * self.most + m];
                let sum: f64 = row
                    .iter()
                    .map(|&j| {
                        // the draws are among the n − 1 others: skip the area itself
                        let j = j as usize;
                        self.zy[if j >= k { j + 1 } else { j }]
                    })
                    .sum();
                if scale * self.zx[k] * (sum / m as f64) >= i {
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
