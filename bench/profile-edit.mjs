// Where the time of one grid edit on the parishes goes: loads the 2,148 parishes into
// a build (PROFILE_DIST, a build whose wasm keeps its function names, e.g. made with
// data-wasm-opt="0"), opens «Rediger tal», adds a column, then types 10 figures with
// Chromium's sampling profiler on and prints the functions by self time.
// Usage: PROFILE_DIST=/tmp/dist-prof node bench/profile-edit.mjs
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DIST = resolve(process.env.PROFILE_DIST ?? join(ROOT, 'dist'));
const PORT = 8093;
const server = spawn('node', [join(ROOT, 'scripts/serve-dist.mjs'), DIST, String(PORT)], { stdio: 'ignore', env: { ...process.env, SERVE_ISOLATED: '1' } });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: !!process.env.PROFILE_CSS })).newPage();
await page.goto(`http://127.0.0.1:${PORT}/`);
await page.waitForSelector('[data-testid="map"] [data-district]');
await page.locator('input[type="file"]').first().setInputFiles(resolve(ROOT, '../shared/data/dk_dagi_2014/derived/sogne_from_topojson.geojson'));
await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] [data-district]').length === 2148, null, { timeout: 120_000 });
await page.locator('[data-testid="edit-grid"]').click();
await page.locator('[data-testid="add-column-name"]').fill('Målt');
await page.locator('[data-testid="add-column"]').click();
await page.waitForSelector('[data-testid="grid"] td[data-col="0"]');
// PROFILE_CSS: extra CSS laid over the page, to try a style change without a rebuild.
if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
const cdp = await page.context().newCDPSession(page);
if (process.env.PROFILE_TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8.execute', 'blink.user_timing'] });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = await page.evaluate(async () => {
  const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const frame = () => new Promise((r) => requestAnimationFrame(() => task().then(r)));
  const out = [];
  for (let k = 0; k < 10; k++) {
    const cell = () => document.querySelector(`[data-testid="grid"] td[data-row="${k * 97}"][data-col="0"]`);
    cell().scrollIntoView(); cell().click(); await frame();
    const key = (el, k) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key(cell(), '1'); await task();
    const input = cell().querySelector('input');
    input.value = `${k + 1},5`; input.dispatchEvent(new Event('input', { bubbles: true })); await task();
    performance.mark('edit-start');
    const t0 = performance.now();
    key(input, 'Enter'); await task(); await frame();
    out.push(performance.now() - t0);
    performance.mark('edit-end');
  }
  return out;
});
const { profile } = await cdp.send('Profiler.stop');
let windows = null;
if (process.env.PROFILE_TRACE) {
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const marks = (name) => trace.traceEvents.filter((e) => e.name === name && e.cat.includes('user_timing')).map((e) => e.ts).sort((a, b) => a - b);
  const starts = marks('edit-start'); const ends = marks('edit-end');
  windows = starts.map((s, i) => [s, ends[i] ?? Infinity]);
  if (process.env.PROFILE_STEPS) { // each edit's main-thread steps over 0.5 ms, in order
    const main = trace.traceEvents.find((e) => e.name === 'edit-start')?.tid;
    windows.forEach(([a, b], i) => {
      const steps = trace.traceEvents.filter((e) => e.ph === 'X' && e.tid === main && e.ts >= a && e.ts <= b && e.dur > 500
        && ['FunctionCall', 'RunMicrotasks', 'UpdateLifecycle', 'WebFrameWidgetImpl::UpdateLifecycle', 'EventDispatch', 'HitTest', 'LayoutView::HitTest', 'TimerFire', 'FireAnimationFrame', 'GCEvent', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'Commit'].includes(e.name));
      console.log(`edit ${i}: ${((b - a) / 1000).toFixed(1)} ms: ${steps.map((e) => `${e.name}@${((e.ts - a) / 1000).toFixed(1)}+${(e.dur / 1000).toFixed(1)}`).join(' ')}`);
    });
  }
  const inWindow = (ts) => windows.some(([a, b]) => ts >= a && ts <= b);
  const byName = new Map();
  for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur && inWindow(e.ts)) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  console.log(`trace events inside the ${windows.length} measured edits, by total duration (nested events counted in each):`);
  for (const [n, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)}  ${n}`);
}
if (process.env.PROFILE_SHOT) await page.screenshot({ path: process.env.PROFILE_SHOT });
const self = new Map();
const dt = profile.timeDeltas.slice(); const ids = profile.samples;
if (windows) { // with a trace, count only the samples inside the measured edits
  let t = profile.startTime;
  for (let i = 0; i < dt.length; i++) { t += profile.timeDeltas[i]; if (!windows.some(([a, b]) => t >= a && t <= b)) dt[i] = 0; }
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < ids.length; i++) {
  const n = byId.get(ids[i]); const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
}
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total2 = new Map();
for (let i = 0; i < ids.length; i++) {
  const seen = new Set();
  for (let id = ids[i]; id !== undefined; id = parent.get(id)) {
    const n = byId.get(id); const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
    if (seen.has(name)) continue; seen.add(name);
    total2.set(name, (total2.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  }
}
console.log('edit ms:', times.map((t) => t.toFixed(0)).join(' '));
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`profiled ${total.toFixed(0)} ms; by self time:`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45))) console.log(`${ms.toFixed(1).padStart(8)}  ${name.slice(0, 150)}`);
console.log('by total (inclusive) time:');
for (const [name, ms] of [...total2].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45) * 2)) console.log(`${ms.toFixed(1).padStart(8)}  ${name.slice(0, 150)}`);
await browser.close(); server.kill();
