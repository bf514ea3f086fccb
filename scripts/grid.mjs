// A grid layer of ~1 km cells over Denmark's land, for the big-layer tests and the
// benchmark, made from a real municipality file: a cell is kept when its centre lies
// on land (inside a municipality's outer ring, by scanlines). Cells are lon/lat
// rectangles of 0.009° × 0.016° (about 1 × 1 km at 56° N), so the D3 reference page
// reads the file as the app does. Each cell has an id `1km_<row>_<col>`, and the
// table beside it a made-up figure per cell.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const DLAT = 0.009;
const DLON = 0.016;

/** Cells whose centre is on land (inside any municipality's outer ring; the file's
 * parts may overlap, so rings are filled one by one, not even–odd over all):
 * [{ id, lon0, lat0, row, col }]. */
export function landCells(municipalities) {
  const rings = [];
  for (const f of municipalities.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys) if (p[0]) rings.push(p[0]);
  }
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) for (const [x, y] of r) {
    minLon = Math.min(minLon, x); maxLon = Math.max(maxLon, x);
    minLat = Math.min(minLat, y); maxLat = Math.max(maxLat, y);
  }
  const rows = Math.ceil((maxLat - minLat) / DLAT);
  const cols = Math.ceil((maxLon - minLon) / DLON);
  const land = new Uint8Array(rows * cols);
  for (const r of rings) {
    // this ring's crossings with each row's centre line, then its intervals filled
    const crossings = new Map();
    for (let i = 0; i < r.length - 1; i++) {
      const [x0, y0] = r[i]; const [x1, y1] = r[i + 1];
      if (y0 === y1) continue;
      const lo = Math.ceil((Math.min(y0, y1) - minLat) / DLAT - 0.5);
      const hi = Math.floor((Math.max(y0, y1) - minLat) / DLAT - 0.5);
      for (let row = Math.max(0, lo); row <= Math.min(rows - 1, hi); row++) {
        const y = minLat + (row + 0.5) * DLAT;
        if ((y0 > y) === (y1 > y)) continue;
        if (!crossings.has(row)) crossings.set(row, []);
        crossings.get(row).push(x0 + ((y - y0) * (x1 - x0)) / (y1 - y0));
      }
    }
    for (const [row, xs] of crossings) {
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil((xs[k] - minLon) / DLON - 0.5));
        const c1 = Math.min(cols - 1, Math.floor((xs[k + 1] - minLon) / DLON - 0.5));
        for (let col = c0; col <= c1; col++) land[row * cols + col] = 1;
      }
    }
  }
  const cells = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (land[row * cols + col]) {
        cells.push({ id: `1km_${row}_${col}`, lon0: minLon + col * DLON, lat0: minLat + row * DLAT, row, col });
      }
    }
  }
  return cells;
}

/** Write the grid's GeoJSON and its table (`id;andel`) beside `path`; returns the count. */
export function writeGrid(municipalitiesPath, path) {
  const table = path.replace(/\.geojson$/, '.csv');
  if (existsSync(path) && existsSync(table)) {
    return readFileSync(table, 'utf8').trim().split('\n').length - 1;
  }
  const cells = landCells(JSON.parse(readFileSync(municipalitiesPath, 'utf8')));
  const r = (v) => +v.toFixed(5);
  const features = cells.map((c) => {
    const [x0, y0, x1, y1] = [r(c.lon0), r(c.lat0), r(c.lon0 + DLON), r(c.lat0 + DLAT)];
    return { type: 'Feature', properties: { id: c.id },
      geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] } };
  });
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  const rows = cells.map((c) => `${c.id};${(50 + 40 * Math.sin(c.row / 23) * Math.cos(c.col / 31)).toFixed(1).replace('.', ',')}`);
  writeFileSync(table, ['id;andel', ...rows].join('\n') + '\n');
  return cells.length;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const src = process.argv[2] ?? new URL('../../shared/data/dk_dagi_2014/kommuner.geojson', import.meta.url).pathname;
  const out = process.argv[3] ?? '/tmp/grid-1km.geojson';
  console.log(`${out}: ${writeGrid(src, out)} cells`);
}
