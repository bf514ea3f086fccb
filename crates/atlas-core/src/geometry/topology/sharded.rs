//! A vertex map split into shards by key: each shard grows (and rehashes) on its own,
//! so a file with millions of vertices never pays one rehash of them all inside a
//! single slice of work — the page stays responsive while the topology is built.

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
    (h >> (64 - SHARD_BITS)) as usize
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
