// A CPU profile (CDP `Profiler.stop`) printed as the functions by self time and by
// total (inclusive) time, the top `TOP` (40) of each: shared by the profile scripts.

/** Print `profile`'s functions by self and by total time. */
export function printProfile(profile, top = Number(process.env.TOP ?? 40)) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  const self = new Map(); const total = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const nm = name(byId.get(at));
      if (!seen.has(nm)) { seen.add(nm); total.set(nm, (total.get(nm) ?? 0) + dt); }
    }
  });
  console.log('by self time (ms):');
  for (const [n, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${t.toFixed(1).padStart(8)}  ${n.slice(0, 160)}`);
  console.log('by total time (ms):');
  for (const [n, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`${t.toFixed(1).padStart(8)}  ${n.slice(0, 160)}`);
}
