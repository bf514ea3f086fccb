//! A vertex map split into shards by key: each shard grows (and rehashes) on its own,
//! so a file with millions of vertices never pays one rehash of them all inside a
//! single slice of work — the page stays responsive while the topology is built.
//!
//! Shards are deliberately unequal: shard `i` takes a share of the keys proportional to
//! 2^(i/64), so their sizes spread over one doubling and they reach their growth points
//! one after another. Equal shards would fill in lockstep and all rehash in the same
//! slice, which is the stall this is meant to avoid.

use super::{FxMap, Key};

const SHARD_BITS: u32 = 6;

/// Integer-keyed map in 64 shards.
#[derive(Clone, Debug)]
pub struct ShardedMap<V> {
    shards: Vec<FxMap<Key, V>>,
}

impl<V> Default for ShardedMap<V> {
    fn default() -> Self {
        ShardedMap {
            shards: (0..1 << SHARD_BITS).map(|_| FxMap::default()).collect(),
        }
    }
}

fn shard_of(k: &Key) -> usize {
    let h = (k.0 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (k.1 as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    // uniform in [0, 1), then log2(1 + u) in [0, 1): shard sizes grow as 2^(i/64)
    let u = (h >> 11) as f64 / (1u64 << 53) as f64;
    let shards = 1usize << SHARD_BITS;
    (((1.0 + u).log2() * shards as f64) as usize).min(shards - 1)
}

impl<V> ShardedMap<V> {
    /// The value at `k`.
    ///
    /// ```
    /// use atlas_core::geometry::topology::ShardedMap;
    /// let mut m: ShardedMap<u8> = ShardedMap::default();
    /// *m.entry((3, -4)).or_default() += 2;
    /// assert_eq!(m.get(&(3, -4)), Some(&2));
    /// assert_eq!(m.get(&(4, 3)), None);
    /// ```
    pub fn get(&self, k: &Key) -> Option<&V> {
        self.shards[shard_of(k)].get(k)
    }

    /// The entry at `k`, as in a `HashMap`.
    pub fn entry(&mut self, k: Key) -> std::collections::hash_map::Entry<'_, Key, V> {
        self.shards[shard_of(&k)].entry(k)
    }
}
