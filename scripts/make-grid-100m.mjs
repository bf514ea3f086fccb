// A generated 100 m grid of populated Denmark (issue 27 §2), for the benchmark and
// the end-to-end suite: Danmarks Statistik's residents per 1 km cell (GEOSTAT 2021,
// ../shared/data/dk_geostat_1km_2021) spread over 100 m cells of the same European
// grid (EPSG:3035). A 1 km cell of P residents gets ceil(P / 4.5) populated 100 m
// cells (at most all 100), picked by a generator seeded with the cell's code, and its
// residents shared among them, so every 1 km total is kept exactly: about 600,000
// cells; the same bytes on every run. Illustrative, not statistics: the real 100 m
// figures are not public. 597,151 cells.
//
// Usage: node scripts/make-grid-100m.mjs [out.csv]
//        (default tests/e2e/artifacts/grid-100m.csv)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = resolve(ROOT, '../shared/data/dk_geostat_1km_2021/befolkning_1km_2021_dk.csv');
const OUT = resolve(process.argv[2] ?? resolve(ROOT, 'tests/e2e/artifacts/grid-100m.csv'));

let text;
try {
  text = readFileSync(SOURCE, 'utf8');
} catch (e) {
  console.error(`The 1 km grid ${SOURCE} could not be read (${e.code}): the 100 m grid is made from it.`);
  process.exit(1);
}

/** A small deterministic generator (mulberry32) seeded with a number. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = text.trim().split(/\r?\n/);
const header = lines[0].split(',');
const [ni, ei, pi] = ['n_km', 'e_km', 'befolkning'].map((h) => header.indexOf(h));
if (ni < 0 || ei < 0 || pi < 0) {
  console.error(`${SOURCE}: expected the columns n_km, e_km, befolkning, found ${header.join(', ')}.`);
  process.exit(1);
}
const out = ['celle;befolkning'];
let total = 0;
for (const line of lines.slice(1)) {
  const cols = line.split(',');
  const [n, e, p] = [Number(cols[ni]), Number(cols[ei]), Number(cols[pi])];
  if (!Number.isInteger(n) || !Number.isInteger(e) || !Number.isInteger(p) || p <= 0) continue;
  total += p;
  const k = Math.min(100, Math.ceil(p / 4.5));
  // k distinct sub-cells of the 10 × 10, a partial Fisher–Yates shuffle
  const rnd = generator(n * 100_003 + e);
  const idx = Array.from({ length: 100 }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (100 - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const chosen = idx.slice(0, k).sort((a, b) => a - b);
  const base = Math.floor(p / k);
  chosen.forEach((sub, i) => {
    const people = base + (i < p - base * k ? 1 : 0);
    const [dy, dx] = [Math.floor(sub / 10), sub % 10];
    out.push(`100mN${n * 10 + dy}E${e * 10 + dx};${people}`);
  });
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${out.join('\n')}\n`);
console.log(`wrote ${OUT}: ${out.length - 1} cells of 100 m, ${total} residents (${(Buffer.byteLength(out.join('\n')) / 1e6).toFixed(1)} MB)`);
