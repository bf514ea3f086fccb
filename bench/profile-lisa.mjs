// Where the page's time goes while the cluster map is made: loads a boundary file
// and its table into a build whose wasm keeps its function names (PROFILE_DIST, made
// from index-prof.html), sets «Visning» to LISA with Chromium's sampling profiler
// on, and prints the main-thread tasks over 50 ms and the functions by self and
// total time, until the clusters are shown. The permutations themselves run in the
// loader worker and are not in this profile.
// Usage: PROFILE_DIST=/tmp/dist-prof node bench/profile-lisa.mjs [file.geojson table.csv]
// (default: the 1 km grid and its table from bench/out/, made by the benchmark)
import { chromium } from 'playwright-core';
import { printProfile } from './profile-summary.mjs';
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
printProfile(profile);
await browser.close(); server.kill();
