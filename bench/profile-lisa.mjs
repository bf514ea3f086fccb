// Where the page's time goes while the cluster map is made: loads a boundary file
// and its table into a build whose wasm keeps its function names (PROFILE_DIST, made
// from index-prof.html), sets «Visning» to LISA with Chromium's sampling profiler
// on, and prints the main-thread tasks over 50 ms and the functions by self and
// total time, until the clusters are shown. The permutations themselves run in the
// loader worker and are not in this profile.
// Usage: PROFILE_DIST=/tmp/dist-prof node bench/profile-lisa.mjs [file.geojson table.csv]
// (default: the 1 km grid and its table from bench/out/, made by the benchmark)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DIST = resolve(process.env.PROFILE_DIST ?? join(ROOT, 'dist'));
const [file, table] = process.argv.length > 3 ? process.argv.slice(2, 4)
  : [join(HERE, 'out/grid-1km.geojson'), join(HERE, 'out/grid-1km.csv')];
const PORT = 8094;
const server = spawn('node', [join(ROOT, 'scripts/serve-dist.mjs'), DIST, String(PORT)], { stdio: 'ignore', env: { ...process.env, SERVE_ISOLATED: '1' } });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
await page.goto(`http://127.0.0.1:${PORT}/`);
await page.waitForSelector('[data-testid="map"] [data-district]');
await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(file);
await page.waitForFunction(() => performance.getEntriesByName('atlas:saved').length > 0, null, { timeout: 180_000 });
await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(table);
await page.waitForSelector('[data-testid="legend"] .legend-class', { timeout: 60_000 });
await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]'), null, { timeout: 60_000 });
await page.waitForTimeout(3000);
await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.locator('[data-testid="mode"]').selectOption('lisa');
await page.waitForFunction(() => !document.querySelector('[data-testid="lisa-progress"]') && document.querySelector('.lisa-legend .lisa-row'), null, { timeout: 300_000, polling: 50 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const ms = Date.now() - t0;
const { profile } = await cdp.send('Profiler.stop');
const long = await page.evaluate(() => window.__long);
console.log(`«Visning» → clusters shown: ${ms} ms; tasks over 50 ms: ${long.map(([, d]) => d.toFixed(0)).join(', ')}`);
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
const top = Number(process.env.TOP ?? 40);
console.log('by self time (ms):');
for (const [n, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${t.toFixed(1).padStart(8)}  ${n.slice(0, 160)}`);
console.log('by total time (ms):');
for (const [n, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`${t.toFixed(1).padStart(8)}  ${n.slice(0, 160)}`);
await browser.close(); server.kill();
