// Side-by-side benchmark: the release app (dist/) against a plain D3 reference page
// (bench/reference/), both in one headless Debian Chromium session, alternating, N
// runs each. Prints one table. Usage: node bench/run.mjs  (BENCH_RUNS=5 by default;
// BENCH_DIST=<folder> measures another build, e.g. an older commit's dist/, and
// BENCH_ONLY=<text> keeps only the files whose label contains it, e.g. "sogne").
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { densify } from '../scripts/densify.mjs';
import { writeGrid } from '../scripts/grid.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const SHARED = resolve(ROOT, '../shared/data');
const OUT = join(HERE, 'out');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 8091);
const DIST = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist'));
const ONLY = process.env.BENCH_ONLY;
const BASE = `http://127.0.0.1:${PORT}`;
mkdirSync(OUT, { recursive: true });

const q = (xs, p) => { const s = xs.slice().sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const median = (xs) => q(xs, 0.5);
const fmt = (v, d = 0) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(d));

// Files: [label, path, districts in the app, features in the reference, runs]
const files = [['demo (11 bydele)', join(ROOT, 'public/demo/bydele.geojson'), 11, 11, RUNS]];
if (existsSync(SHARED)) {
  const big = join(OUT, 'generated-50mb.geojson');
  if (!existsSync(big) || statSync(big).size < 50e6) {
    const src = readFileSync(join(SHARED, 'dk_dagi_2014/derived/sogne_from_topojson.geojson'), 'utf8');
    writeFileSync(big, JSON.stringify(densify(JSON.parse(src), 63e6)));
  }
  files.push(
    ['kvarterer (67)', join(SHARED, 'cph_kvarterer/kvarter.geojson'), 67, 67, RUNS],
    ['rode (396)', join(SHARED, 'cph_kk_opendata_2014/rode.geojson'), 396, 396, RUNS],
    ['sogne (2,468 parts)', join(SHARED, 'dk_dagi_2014/derived/sogne_from_topojson.geojson'), 2148, 2468, RUNS],
    [`generated ${(statSync(big).size / 1e6).toFixed(0)} MB`, big, 2148, 2468, Math.min(RUNS, 3)],
  );
  const grid = join(OUT, 'grid-1km.geojson');
  const cells = writeGrid(join(SHARED, 'dk_dagi_2014/kommuner.geojson'), grid);
  files.push([`grid 1 km (${cells.toLocaleString('en')} cells)`, grid, cells, cells, Math.min(RUNS, 3)]);
} else {
  console.log(`SKIP: ${SHARED} is absent; only the demo is measured.`);
}
if (ONLY) files.splice(0, files.length, ...files.filter(([label]) => label.includes(ONLY)));

const server = spawn('node', [join(ROOT, 'scripts/serve-dist.mjs'), DIST, String(PORT),
  `/reference=${join(HERE, 'reference')}`, `/vendor=${join(HERE, 'node_modules')}`],
  { stdio: 'ignore', env: { ...process.env, SERVE_ISOLATED: '1' } });
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info'],
});

const SUBJECTS = {
  // every area is an element [data-district] in the map: a path (SVG) or an option (canvas)
  app: { url: `${BASE}/`, ready: '[data-testid="map"] [data-district]', paths: '[data-testid="map"] [data-district]' },
  ref: { url: `${BASE}/reference/`, ready: 'input#file', paths: '#map path.district' },
};

async function open(subject) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(SUBJECTS[subject].url);
  await page.waitForSelector(SUBJECTS[subject].ready);
  // the app reads files in its loader worker, started (and warmed on the demo's
  // boundaries) two seconds after the page — a planner takes longer than that to
  // pick a file: measured once it is warm
  if (subject === 'app') {
    await page.waitForFunction(() => performance.getEntriesByName('atlas:worker-warm').length > 0,
      null, { timeout: 30_000 });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

/** Load `file` through the page's file input; ms from the input to a painted frame. */
async function load(subject, page, cdp, file, count) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  });
  // The app already shows the demo's 11 paths: its clock stops only once the new
  // file's paths are mounted (its own performance mark), never on the old map.
  await page.evaluate(() => performance.clearMarks());
  const t0 = Date.now();
  await page.locator('input[type="file"]').first().setInputFiles(file);
  // drawn: for the app's canvas map, the canvas painted (its option list fills in
  // behind, a chunk per frame); otherwise every path in the page
  await page.waitForFunction(([sel, n, app]) => {
    if (document.querySelector('[data-testid="progress"]')) return false;
    const map = document.querySelector('[data-testid="map"]');
    if (app && map?.dataset.renderer === 'canvas' && map.querySelectorAll('[data-district]').length > 0) {
      return performance.getEntriesByName('atlas:canvas-drawn').length > 0;
    }
    return document.querySelectorAll(sel).length === n
      && (!app || performance.getEntriesByName('atlas:paths-mounted').length > 0);
  }, [SUBJECTS[subject].paths, count, subject === 'app'], { timeout: 180_000, polling: 20 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ms = Date.now() - t0;
  // The long-task window closes after the app has stored the file in IndexedDB
  // (after the draw), so the save's cost is counted too.
  if (subject === 'app') {
    await page.waitForFunction(() => performance.getEntriesByName('atlas:saved').length > 0,
      null, { timeout: 60_000, polling: 20 });
  }
  const longest = await page.evaluate(() => Math.max(0, ...window.__long));
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize').value + wasm) / 1e6;
  return { ms, longest, heap };
}

/**
 * Hover latency, two ways, from a pointer entering a district: until its highlight's
 * style is computed (handlers, reactive updates and style recalculation all done:
 * the work that must fit in a frame), and until the next rendered frame (which at
 * 60 Hz also waits for vsync, so it cannot be below ~16.7 ms when measured from
 * just after a frame, as here).
 */
async function hover(page, sel) {
  return page.evaluate(async (sel) => {
    const ps = [...document.querySelectorAll(sel)];
    const work = [], toFrame = [];
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const frame = () => new Promise((r) => requestAnimationFrame(() => task().then(r)));
    for (let i = 0; i < 120; i++) {
      const p = ps[(i * 7919) % ps.length];
      await frame();
      const t0 = performance.now();
      p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      p.dispatchEvent(new MouseEvent('mouseenter'));
      await task(); // the app's reactive updates run as microtasks before this
      if (!p.classList.contains('hovered')) throw new Error('no hover highlight');
      getComputedStyle(p).strokeWidth; // forces the style recalculation
      work.push(performance.now() - t0);
      await frame();
      toFrame.push(performance.now() - t0);
      p.dispatchEvent(new MouseEvent('mouseleave'));
      p.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    }
    return { work, toFrame };
  }, sel);
}

/**
 * Hover latency on the app's canvas map: a pointer move at a point on land until the
 * hovered area's outline is drawn in the overlay and styled; points over the sea are
 * skipped. The same two clocks as `hover`.
 */
async function hoverCanvas(page) {
  return page.evaluate(async () => {
    const map = document.querySelector('[data-testid="map"]');
    const box = map.querySelector('canvas').getBoundingClientRect();
    const outline = map.querySelector('path.hover-outline');
    const work = [], toFrame = [];
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const frame = () => new Promise((r) => requestAnimationFrame(() => task().then(r)));
    for (let i = 0; work.length < 120 && i < 2000; i++) {
      const x = box.left + box.width * (0.15 + 0.7 * (((i * 7919) % 997) / 997));
      const y = box.top + box.height * (0.15 + 0.7 * (((i * 104729) % 991) / 991));
      await frame();
      const before = outline.getAttribute('d');
      const t0 = performance.now();
      map.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerId: 1 }));
      await task();
      const d = outline.getAttribute('d');
      if (!d || d === before) continue;
      getComputedStyle(outline).strokeWidth; // forces the style recalculation
      work.push(performance.now() - t0);
      await frame();
      toFrame.push(performance.now() - t0);
    }
    return { work, toFrame };
  });
}

/**
 * Typing figures in «Rediger tal» on a loaded layer (issue 24): a column is added,
 * then a figure typed into a cell and kept with Enter, 20 times. Measured from the
 * Enter key to the next frame after the reactive updates (the map's colours, the
 * legend and the comparison recomputed, the cell showing the figure). The atlas and
 * map mounts are counted before and after (their performance marks): an edit must
 * not mount either again.
 */
async function gridEdits(page) {
  const mounts = () => page.evaluate(() => ({
    atlas: performance.getEntriesByName('atlas:atlas-mounted').length,
    map: performance.getEntriesByName('atlas:map-mounted').length,
  }));
  await page.locator('[data-testid="edit-grid"]').click();
  await page.locator('[data-testid="add-column-name"]').fill('Målt');
  await page.locator('[data-testid="add-column"]').click();
  await page.waitForSelector('[data-testid="grid"] td[data-col="0"]');
  const before = await mounts();
  const times = await page.evaluate(async () => {
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const frame = () => new Promise((r) => requestAnimationFrame(() => task().then(r)));
    const rows = document.querySelectorAll('[data-testid="grid"] tbody tr').length;
    const out = [];
    for (let k = 0; k < 20; k++) {
      const r = (k * 97) % rows;
      const cell = () => document.querySelector(`[data-testid="grid"] td[data-row="${r}"][data-col="0"]`);
      cell().scrollIntoView();
      cell().click();
      await frame();
      const key = (el, k) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      key(cell(), String(k % 10));
      await task();
      const input = cell().querySelector('input');
      input.value = `${k + 1},5`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await task();
      const t0 = performance.now();
      key(input, 'Enter');
      await task();
      await frame();
      out.push(performance.now() - t0);
      const shown = cell().textContent;
      if (!shown.startsWith(`${k + 1},5`)) throw new Error(`cell ${r} shows «${shown}», not ${k + 1},5`);
    }
    return out;
  });
  const after = await mounts();
  return { times, unchanged: before.atlas === after.atlas && before.map === after.map, before, after };
}

/**
 * A grid table drawn as a raster (issue 27): Danmarks Statistik's residents per
 * 1 km cell (38,870 rows, no geometry) through the table input; ms from the input
 * to the raster drawn (its canvas painted, no progress left), the longest task,
 * then hover and pan/zoom on it.
 */
async function gridTable(page, file) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
    performance.clearMarks();
    // the progress values shown meanwhile
    window.__prog = new Set();
    window.__progTimer = setInterval(() => { const p = document.querySelector('[data-testid="progress"]'); if (p) window.__prog.add(p.textContent); }, 50);
  });
  const t0 = Date.now();
  await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(file);
  await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]')
    && document.querySelector('[data-testid="map"][data-renderer="raster"]')
    && performance.getEntriesByName('atlas:canvas-drawn').length > 0, null, { timeout: 180_000, polling: 20 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ms = Date.now() - t0;
  const longest = await page.evaluate(() => Math.max(0, ...window.__long));
  const progress = await page.evaluate(() => { clearInterval(window.__progTimer); return window.__prog.size; });
  return { ms, longest, progress, hover: await hoverCanvas(page), frames: await panZoom(page, '[data-testid="map"]') };
}

/** A table of a made-up share per parish beside the parishes (`sognekode;andel`). */
function parishTable(path) {
  const out = join(OUT, 'sogne-andel.csv');
  const rows = new Map();
  for (const f of JSON.parse(readFileSync(path, 'utf8')).features) {
    const k = f.properties.SOGNEKODE;
    rows.set(k, `${k};${String((Number(k) % 97) / 2).replace('.', ',')}`);
  }
  writeFileSync(out, ['sognekode;andel', ...rows.values()].join('\n') + '\n');
  return out;
}

/**
 * The cluster map (issue 26): a table loaded, then «Visning» set to LISA (999
 * permutations, queen). Measured from the choice until the map shows the clusters
 * (every area has its data-cluster, the legend its rows, no progress left) and a
 * frame is drawn; the longest main-thread task meanwhile, and how many progress
 * values the page showed (the permutations run in the loader worker).
 */
async function lisaTimes(page, table) {
  await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(table);
  await page.waitForSelector('[data-testid="legend"] .legend-class', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]'), null, { timeout: 60_000 });
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
    window.__progress = new Set();
    new MutationObserver(() => {
      const p = document.querySelector('[data-testid="lisa-progress"]');
      if (p) window.__progress.add(p.dataset.progress);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-progress'] });
  });
  const t0 = Date.now();
  await page.locator('[data-testid="mode"]').selectOption('lisa');
  await page.waitForFunction(() => {
    if (document.querySelector('[data-testid="lisa-progress"]')) return false;
    const areas = document.querySelectorAll('[data-testid="map"] [data-district]');
    return document.querySelector('.lisa-legend .lisa-row') && areas.length > 0
      && areas[areas.length - 1].dataset.cluster;
  }, null, { timeout: 300_000, polling: 20 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ms = Date.now() - t0;
  const longest = await page.evaluate(() => Math.max(0, ...window.__long));
  const progress = await page.evaluate(() => window.__progress.size);
  return { ms, longest, progress };
}

/** Frame times while panning (drag) and zooming (wheel) over the map. */
async function panZoom(page, svgSel) {
  const box = await page.locator(svgSel).boundingBox();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__frames = []; let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  });
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 200, cy + 80, { steps: 40 });
    await page.mouse.move(cx - 150, cy - 60, { steps: 40 });
    await page.mouse.up();
    for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, round % 2 ? 120 : -120); await page.waitForTimeout(16); }
  }
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.__raf); return window.__frames.slice(1); });
  return frames;
}

const GEOSTAT = join(SHARED, 'dk_geostat_1km_2021/befolkning_1km_2021_dk.csv');
const rasters = [];
if (existsSync(GEOSTAT) && (!ONLY || 'geostat raster'.includes(ONLY) || ONLY === 'grid')) {
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const { context, page } = await open('app');
    rasters.push(await gridTable(page, GEOSTAT));
    await context.close();
  }
  process.stderr.write('measured the 1 km grid table as a raster\n');
}
// the generated 100 m grid of populated Denmark (scripts/make-grid-100m.mjs, ~600,000 cells)
const GRID100 = join(ROOT, 'tests/e2e/artifacts/grid-100m.csv');
let raster100 = null;
if (existsSync(GEOSTAT) && (!ONLY || '100m raster'.includes(ONLY) || ONLY === 'grid')) {
  if (!existsSync(GRID100)) execFileSync('node', [join(ROOT, 'scripts/make-grid-100m.mjs'), GRID100], { stdio: 'inherit' });
  const { context, page } = await open('app');
  raster100 = await gridTable(page, GRID100);
  await context.close();
  process.stderr.write('measured the generated 100 m grid as a raster\n');
}
const rows = [];
let interaction = null;
let gridInteraction = null;
let edits = null;
const lisa = {};
for (const [label, path, count, refCount, runs] of files) {
  const r = { app: [], ref: [] };
  for (let i = 0; i < runs; i++) {
    for (const subject of i % 2 ? ['ref', 'app'] : ['app', 'ref']) {
      const { context, page, cdp } = await open(subject);
      r[subject].push(await load(subject, page, cdp, path, subject === 'app' ? count : refCount));
      const big = label.startsWith('sogne') || label.startsWith('grid');
      if (big && i === 0) {
        const canvas = subject === 'app'
          && await page.locator('[data-testid="map"]').getAttribute('data-renderer') === 'canvas';
        const into = label.startsWith('grid') ? (gridInteraction ??= {}) : (interaction ??= {});
        into[subject] = {
          hover: canvas ? await hoverCanvas(page) : await hover(page, SUBJECTS[subject].paths),
          frames: await panZoom(page, subject === 'app' ? '[data-testid="map"]' : '#map'),
        };
        if (subject === 'app' && label.startsWith('sogne')) edits = await gridEdits(page);
        if (subject === 'app') {
          const grid = label.startsWith('grid');
          lisa[grid ? 'grid' : 'parishes'] = await lisaTimes(page, grid ? path.replace(/\.geojson$/, '.csv') : parishTable(path));
        }
      }
      await context.close();
    }
  }
  rows.push({ label, count, r });
  process.stderr.write(`measured ${label}\n`);
}
// First load: the wasm, js and css the page fetched until the demo's first map was
// drawn (read from the browser's resource timing, so a module fetched later — the
// loader worker — is not counted), brotli 11 of each file in dist/.
const brotli = (f) => brotliCompressSync(readFileSync(join(DIST, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const firstLoad = await (async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] [data-district]').length === 11);
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)));
  await context.close();
  const files = [...new Set(names)].filter((f) => /\.(wasm|js|css)$/.test(f) && existsSync(join(DIST, f)));
  return { files, bytes: files.reduce((n, f) => n + brotli(f), 0) };
})();
const later = readdirSync(DIST).filter((f) => /\.(wasm|js|css)$/.test(f) && !firstLoad.files.includes(f) && f !== 'sw.js');
const laterBytes = later.reduce((n, f) => n + brotli(f), 0);
await browser.close();
server.kill();

const lines = [];
const say = (s) => lines.push(s);
say(`Samskabelsesatlas benchmark — ${new Date().toISOString()} — ${DIST} — ${RUNS} runs per file (3 for the generated file), app and D3 reference alternating in one headless Chromium`);
say('');
say('| file | app median ms | app p95 ms | D3 median ms | D3 p95 ms | app / D3 | longest task app / D3 ms | heap after load app / D3 MB (JS + wasm memory) |');
say('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const { label, r } of rows) {
  const a = r.app.map((x) => x.ms), d = r.ref.map((x) => x.ms);
  say(`| ${label} | ${fmt(median(a))} | ${fmt(q(a, 0.95))} | ${fmt(median(d))} | ${fmt(q(d, 0.95))} | ${fmt(median(a) / median(d), 2)} | `
    + `${fmt(Math.max(...r.app.map((x) => x.longest)))} / ${fmt(Math.max(...r.ref.map((x) => x.longest)))} | `
    + `${fmt(median(r.app.map((x) => x.heap)), 1)} / ${fmt(median(r.ref.map((x) => x.heap)), 1)} |`);
}
say('');
for (const [name, it] of [['parishes (2,148 districts)', interaction], ['grid (1 km cells)', gridInteraction]]) {
  if (!it) continue;
  say(`| ${name} | app | D3 |`);
  say('|---|---:|---:|');
  say(`| hover: event → highlight styled, p95 ms | ${fmt(q(it.app.hover.work, 0.95), 1)} | ${fmt(q(it.ref.hover.work, 0.95), 1)} |`);
  say(`| hover: event → next frame, p95 ms (includes the wait for vsync) | ${fmt(q(it.app.hover.toFrame, 0.95), 1)} | ${fmt(q(it.ref.hover.toFrame, 0.95), 1)} |`);
  say(`| pan/zoom frame time p95 ms | ${fmt(q(it.app.frames, 0.95), 2)} | ${fmt(q(it.ref.frames, 0.95), 2)} |`);
  say('');
}
if (rasters.length) {
  const ms = rasters.map((x) => x.ms);
  say('| the real 1 km grid table (38,870 cells, no geometry) drawn as a raster | app |');
  say('|---|---:|');
  say(`| table input → raster drawn: median ms (${rasters.length} runs) | ${fmt(median(ms))} |`);
  say(`| longest main-thread task, ms | ${fmt(Math.max(...rasters.map((x) => x.longest)))} |`);
  say(`| hover: event → outline styled, p95 ms | ${fmt(q(rasters[0].hover.work, 0.95), 1)} |`);
  say(`| pan/zoom frame time p95 ms | ${fmt(q(rasters[0].frames, 0.95), 2)} |`);
  say('');
}
if (raster100) {
  say('| the generated 100 m grid (597,151 cells, no geometry) drawn as a raster | app |');
  say('|---|---:|');
  say(`| table input → raster drawn, ms | ${fmt(raster100.ms)} |`);
  say(`| progress values shown meanwhile | ${raster100.progress} |`);
  say(`| longest main-thread task, ms | ${fmt(raster100.longest)} |`);
  say(`| hover: event → outline styled, p95 ms | ${fmt(q(raster100.hover.work, 0.95), 1)} |`);
  say(`| pan/zoom frame time p95 ms | ${fmt(q(raster100.frames, 0.95), 2)} |`);
  say('');
}
if (edits) {
  say(`| parishes: typing a figure in «Rediger tal» (20 edits) | app |`);
  say('|---|---:|');
  say(`| Enter → map, legend and comparison updated, next frame: median ms | ${fmt(median(edits.times), 1)} |`);
  say(`| the same, p95 ms | ${fmt(q(edits.times, 0.95), 1)} |`);
  say(`| atlas / map mounts before → after the edits | ${edits.before.atlas} / ${edits.before.map} → ${edits.after.atlas} / ${edits.after.map} |`);
  say('');
  say(`Each edit, ms in order: ${edits.times.map((t) => fmt(t, 0)).join(' ')}`);
  say('');
}
for (const [name, l] of [['parishes (2,148)', lisa.parishes], ['grid (1 km cells)', lisa.grid]]) {
  if (!l) continue;
  say(`| cluster map (LISA, 999 permutations, queen) on the ${name} | app |`);
  say('|---|---:|');
  say(`| «Visning» → clusters shown, ms | ${fmt(l.ms)} |`);
  say(`| longest main-thread task meanwhile, ms | ${fmt(l.longest)} |`);
  say(`| progress values shown meanwhile | ${l.progress} |`);
  say('');
}
say(`First load (brotli 11), what the page fetched until the demo's map was drawn: ${firstLoad.bytes.toLocaleString('en')} bytes (${(firstLoad.bytes / 1000).toFixed(0)} KB): ${firstLoad.files.join(', ')}`);
say(`Fetched on first use (the loader worker, brotli 11): ${laterBytes.toLocaleString('en')} bytes (${(laterBytes / 1000).toFixed(0)} KB): ${later.join(', ')}`);
say('');
const parish = rows.find((x) => x.label.startsWith('sogne'));
const gridRow = rows.find((x) => x.label.startsWith('grid'));
const check = (ok, text) => say(`- ${ok ? 'MET' : 'NOT MET'}: ${text}`);
const ratio = (row) => median(row.r.app.map((x) => x.ms)) / median(row.r.ref.map((x) => x.ms));
say('Targets (issue 18):');
if (parish) check(ratio(parish) <= 0.7, `parishes load-to-drawn ≤ 0.7 × the D3 page (${fmt(ratio(parish), 2)})`);
if (gridRow) check(ratio(gridRow) <= 0.3, `grid load-to-drawn ≤ 0.3 × the D3 page (${fmt(ratio(gridRow), 2)})`);
for (const [name, it] of [['parishes', interaction], ['grid', gridInteraction]]) {
  if (!it) continue;
  check(q(it.app.hover.work, 0.95) <= 16, `hover p95 ≤ 16 ms on the ${name} (event → highlight styled)`);
  // compared at the printed precision (0.01 ms): rAF timestamps carry float noise
  check(Math.round(q(it.app.frames, 0.95) * 100) <= 1670, `pan/zoom frame p95 ≤ 16.7 ms on the ${name}`);
}
const longest = Math.max(0, ...rows.flatMap((row) => row.r.app.map((x) => x.longest)));
check(longest <= 50, `no main-thread task over 50 ms during any load (longest: ${fmt(longest)} ms)`);
check(firstLoad.bytes <= 450_000, `first load ≤ 450 KB brotli (wasm + js + css the demo's first map fetched: ${(firstLoad.bytes / 1000).toFixed(0)} KB)`);
if (edits) {
  say('Targets (issue 24):');
  check(q(edits.times, 0.95) <= 50, `grid edit on the parishes → map, legend, comparison p95 ≤ 50 ms (${fmt(q(edits.times, 0.95), 1)} ms)`);
  check(edits.unchanged, 'the atlas and the map are not mounted again by an edit');
}
if (rasters.length) {
  say('Targets (issue 27):');
  const raster = median(rasters.map((x) => x.ms));
  if (gridRow) {
    const geojson = median(gridRow.r.app.map((x) => x.ms));
    check(raster <= 0.3 * geojson, `the 1 km grid table drawn ≤ 0.3 × the app's time for the 43k-cell GeoJSON grid (${fmt(raster)} / ${fmt(geojson)} ms = ${fmt(raster / geojson, 2)})`);
  }
  check(Math.max(...rasters.map((x) => x.longest)) <= 50, `no main-thread task over 50 ms while the grid table loads (longest ${fmt(Math.max(...rasters.map((x) => x.longest)))} ms)`);
  check(Math.round(q(rasters[0].frames, 0.95) * 100) <= 1670, `pan/zoom frame p95 ≤ 16.7 ms on the raster (${fmt(q(rasters[0].frames, 0.95), 2)} ms)`);
  check(q(rasters[0].hover.work, 0.95) <= 16.7, `hover p95 ≤ 16.7 ms on the raster (${fmt(q(rasters[0].hover.work, 0.95), 1)} ms)`);
}
if (raster100) {
  check(raster100.progress >= 5, `the 100 m grid loads with progress (${raster100.progress} values shown)`);
  check(Math.round(q(raster100.frames, 0.95) * 100) <= 1670, `pan/zoom frame p95 ≤ 16.7 ms on the 100 m grid (${fmt(q(raster100.frames, 0.95), 2)} ms)`);
  check(q(raster100.hover.work, 0.95) <= 16.7, `hover p95 ≤ 16.7 ms on the 100 m grid (${fmt(q(raster100.hover.work, 0.95), 1)} ms)`);
  check(raster100.longest <= 50, `no main-thread task over 50 ms while the 100 m grid loads (longest ${fmt(raster100.longest)} ms)`);
}
if (lisa.parishes || lisa.grid) say('Targets (issue 26):');
if (lisa.parishes) check(lisa.parishes.ms <= 1000, `cluster map on the parishes shown ≤ 1 s (${fmt(lisa.parishes.ms)} ms)`);
if (lisa.grid) {
  check(lisa.grid.progress > 1, `cluster map on the grid tells its progress (${lisa.grid.progress} values)`);
  check(lisa.grid.longest <= 200, `cluster map on the grid never holds the page: no task over 200 ms (longest ${fmt(lisa.grid.longest)} ms)`);
}
const text = lines.join('\n');
console.log(text);
writeFileSync(join(OUT, 'last-run.md'), text + '\n');
