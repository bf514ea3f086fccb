// Where the time of the 1 km grid table → raster goes (issue 27): loads Danmarks
// Statistik's residents per 1 km cell (38,870 rows, no geometry) through the table
// input of a build whose wasm keeps its function names (PROFILE_DIST, e.g. made from
// index-prof.html with data-wasm-opt="0" data-keep-debug), with Chromium's sampling
// profiler on from the input until the raster is drawn; prints the page's
// performance marks, the long tasks, and the functions by self and total time.
// PROFILE_HOVER=1 profiles 120 hovers over the drawn raster instead of the load.
// Usage: PROFILE_DIST=/tmp/dist-prof [PROFILE_HOVER=1] node bench/profile-grid.mjs
import { chromium } from 'playwright-core';
import { printProfile } from './profile-summary.mjs';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DIST = resolve(process.env.PROFILE_DIST ?? join(ROOT, 'dist'));
const FILE = resolve(ROOT, '../shared/data/dk_geostat_1km_2021/befolkning_1km_2021_dk.csv');
const PORT = 8094;
const server = spawn('node', [join(ROOT, 'scripts/serve-dist.mjs'), DIST, String(PORT)], { stdio: 'ignore', env: { ...process.env, SERVE_ISOLATED: '1' } });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
await page.goto(`http://127.0.0.1:${PORT}/`);
await page.waitForSelector('[data-testid="map"] [data-district]');
await page.waitForFunction(() => performance.getEntriesByName('atlas:worker-warm').length > 0, null, { timeout: 30_000 });
await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  performance.clearMarks();
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const hovering = !!process.env.PROFILE_HOVER;
if (!hovering) await cdp.send('Profiler.start');
const t0 = Date.now();
await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(FILE);
await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]')
  && document.querySelector('[data-testid="map"][data-renderer="raster"]')
  && performance.getEntriesByName('atlas:canvas-drawn').length > 0, null, { timeout: 180_000, polling: 20 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
console.log(`table input → raster drawn: ${Date.now() - t0} ms`);
if (hovering) {
  await page.waitForTimeout(3000); // the names and options made a slice per frame
  await cdp.send('Profiler.start');
  const work = await page.evaluate(async () => {
    const map = document.querySelector('[data-testid="map"]');
    const box = map.querySelector('canvas').getBoundingClientRect();
    const outline = map.querySelector('path.hover-outline');
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const out = [];
    for (let i = 0; out.length < 120 && i < 2000; i++) {
      const x = box.left + box.width * (0.15 + 0.7 * (((i * 7919) % 997) / 997));
      const y = box.top + box.height * (0.15 + 0.7 * (((i * 104729) % 991) / 991));
      await new Promise((r) => requestAnimationFrame(r));
      const before = outline.getAttribute('d');
      const t = performance.now();
      map.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerId: 1 }));
      await task();
      if (outline.getAttribute('d') !== before) out.push(performance.now() - t);
    }
    return out.sort((a, b) => a - b);
  });
  console.log(`hover (event → outline changed) median ${work[work.length >> 1].toFixed(1)} ms, p95 ${work[Math.floor(work.length * 0.95)].toFixed(1)} ms`);
}
const { profile } = await cdp.send('Profiler.stop');
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.startTime.toFixed(0).padStart(7)}  ${m.name}`));
console.log(marks.join('\n'));
const long = await page.evaluate(() => window.__long);
console.log('long tasks (start, ms):', long.map(([s, d]) => `${s.toFixed(0)}:${d.toFixed(0)}`).join(' '));
printProfile(profile);
await browser.close();
server.kill();
