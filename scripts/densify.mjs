// A ~50 MB GeoJSON for load tests and the benchmark, made from a real one: every
// ring's straight segments are split until the text is about `targetBytes` long.
export function densify(gj, targetBytes) {
  const k = Math.max(1, Math.ceil(targetBytes / JSON.stringify(gj).length) - 1);
  const ring = (r) => {
    const out = [];
    for (let i = 0; i < r.length - 1; i++) {
      const [x0, y0] = r[i]; const [x1, y1] = r[i + 1];
      for (let j = 0; j <= k; j++) {
        const t = j / (k + 1);
        out.push([+(x0 + (x1 - x0) * t).toFixed(7), +(y0 + (y1 - y0) * t).toFixed(7)]);
      }
    }
    out.push(r[r.length - 1]);
    return out;
  };
  for (const f of gj.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(ring);
    if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((p) => p.map(ring));
  }
  return gj;
}
