// Where one load spends its time: loads `file` into the release app (or the D3
// reference) once under a Chromium trace and prints the app's phase marks
// (`atlas:*`, from src/perf.rs), main-thread time by trace event, and the tasks over
// 4 ms as start:duration. Run from the repository root after a release build:
//   node bench/probe-trace.mjs <file.geojson> <districts drawn> [app|ref]
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const file = process.argv[2]; const n = Number(process.argv[3]); const which = process.argv[4] ?? 'app';
const server = spawn('node', ['scripts/serve-dist.mjs', 'dist', '8092', `/reference=bench/reference`, `/vendor=bench/node_modules`], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await ctx.newPage();
const url = which === 'app' ? 'http://127.0.0.1:8092/' : 'http://127.0.0.1:8092/reference/';
await page.goto(url);
await page.waitForSelector(which === 'app' ? 'svg[data-testid="map"] path[data-district]' : 'input#file');
await page.waitForTimeout(500);
// the app's loader worker starts two seconds after the page
if (which === 'app') await page.waitForFunction(() => performance.getEntriesByName('atlas:worker-warm').length > 0, null, { timeout: 30_000 });
const sel = which === 'app' ? 'svg[data-testid="map"] path.district' : '#map path.district';
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
const t0 = Date.now();
await page.locator('input[type="file"]').first().setInputFiles(file);
await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n && !document.querySelector('[data-testid="progress"]'), [sel, n], { polling: 20 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
console.log('ms', Date.now() - t0);
const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:')).map((m) => [m.name, m.startTime]));
const m0 = marks.find((m) => m[0] === 'atlas:file-picked')?.[1] ?? 0;
console.log(marks.filter((m) => m[1] >= m0).map(([n, t]) => `${n} +${(t - m0).toFixed(0)}`).join('  '));
const buf = await browser.stopTracing();
const tr = JSON.parse(buf.toString());
const ev = tr.traceEvents.filter((e) => e.ph === 'X' && e.dur);
const main = ev.filter((e) => e.cat.includes('devtools.timeline'));
const agg = {};
for (const e of main) agg[e.name] = (agg[e.name] ?? 0) + e.dur / 1000;
const tops = Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 18);
for (const [k, v] of tops) console.log(k.padEnd(30), v.toFixed(1));
const tasks = ev.filter((e) => e.name === 'RunTask' ).map(e=>[e.ts, e.dur/1000]).filter(x=>x[1]>4);
const start = Math.min(...tasks.map(x=>x[0]));
console.log(tasks.map(([ts,d])=>`${((ts-start)/1000).toFixed(0)}:${d.toFixed(0)}`).join(' '));
await browser.close(); server.kill();
