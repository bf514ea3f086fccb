// Real Danish boundary files from ../shared/data (never copied into the repo), and a
// ~50 MB file generated from them. Without the folder they fail (see requireShared).
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { watchErrors, openAtlas, SHARED, requireShared, watchProgress, progressSeen } from './helpers.js';
import { densify } from '../../scripts/densify.mjs';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });

// every area is an element with data-district in the map, a path (SVG) or an option (canvas)
const paths = (page) => page.locator('[data-testid="map"] [data-district]');

/** Load `file` through the file input; returns ms until `count` districts are drawn. */
async function loadAndTime(page, file, count) {
  const t0 = Date.now();
  await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(file);
  await expect(paths(page)).toHaveCount(count, { timeout: 120_000 });
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 120_000 });
  // Drawn: the browser has painted a frame with the new paths.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return Date.now() - t0;
}

/**
 * Districts drawn outside the map's box: for the SVG map the paths whose boxes leave
 * it; for the canvas map the canvas must fill the map's box and hold painted pixels.
 */
async function allInsideMap(page) {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]');
    const box = map.getBoundingClientRect();
    const bad = [];
    if (map.dataset.renderer === 'canvas') {
      const c = map.querySelector('canvas');
      const r = c.getBoundingClientRect();
      if (Math.abs(r.width - box.width) > 1 || Math.abs(r.height - box.height) > 1) bad.push('canvas-size');
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < px.length; i += 4 * 97) if (px[i] > 0) painted++;
      if (painted < 100) bad.push('canvas-blank');
      return bad;
    }
    for (const p of map.querySelectorAll('path[data-district]')) {
      const r = p.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        bad.push(p.dataset.district);
      }
    }
    return bad;
  });
}

const REAL = [
  ['cph_bydele_kk_wfs_2024/bydele.geojson', 10, 'Østerbro'],
  ['cph_bydele_kk_wfs_2024/derived/bydele_epsg25832.geojson', 10, 'Østerbro'],
  ['cph_kvarterer/kvarter.geojson', 67, 'Gl. Sydhavn'],
  ['dk_dagi_2014/kommuner.geojson', 99, 'København'],
  ['dk_dagi_2014/derived/sogne_from_topojson.geojson', 2148, 'Sydhavn'],
];

for (const [rel, count, name] of REAL) {
  test(`real file ${rel} loads ${count} districts inside the map`, async ({ page }) => {
    requireShared();
    const errs = watchErrors(page);
    await openAtlas(page);
    const ms = await loadAndTime(page, SHARED + rel, count);
    console.log(`load-to-drawn ${rel}: ${ms} ms (${count} districts)`);
    expect(await allInsideMap(page)).toEqual([]);
    const names = await paths(page).evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')));
    expect(names.some((n) => n.startsWith(name))).toBe(true);
    await page.screenshot({ path: `${ART}real-${rel.split('/').pop().replace(/\W+/g, '-')}.png` });
    errs.check();
  });
}

// Responsiveness limits for the generated file in this suite (README, "Real data in tests"):
// measured from the file input until the file is stored in the browser after drawing.
const MAX_TASK_MS = 300;
const MAX_FRAME_GAP_P95_MS = 100;

// One retry for this test alone: on a 2-core machine the longest task varies from ~70 to
// ~440 ms between identical runs (measured on this commit and the one before issue 16
// alike), while a traced run of the same load never shows a task over ~150 ms — the
// suspect, not pinned down, is a garbage collection of the 52 MB copies landing in one
// task. A second run over the limit still fails. Moving the load off the main thread
// is issue 18.
test.describe('the 52 MB file', () => {
  test.describe.configure({ retries: 1 });
test(`a ~50 MB GeoJSON loads with a moving progress bar, no task over ${MAX_TASK_MS} ms and frame gaps p95 under ${MAX_FRAME_GAP_P95_MS} ms`, async ({ page }) => {
  requireShared();
  test.setTimeout(240_000);
  const big = `${ART}generated-50mb.geojson`;
  if (!existsSync(big) || statSync(big).size < 50e6) {
    const src = readFileSync(SHARED + 'dk_dagi_2014/derived/sogne_from_topojson.geojson', 'utf8');
    // Rounded interpolated coordinates are shorter than the originals: aim high.
    writeFileSync(big, JSON.stringify(densify(JSON.parse(src), 63e6)));
  }
  const mb = (statSync(big).size / 1e6).toFixed(1);
  await openAtlas(page);
  // Watch the main thread: long tasks, and the gaps between animation frames.
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask', buffered: false });
    window.__gaps = []; let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  });
  await watchProgress(page);
  const t0 = Date.now();
  await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(big);
  const bar = page.locator('[data-testid="progress"]');
  await expect(bar).toHaveCount(1, { timeout: 30_000 });
  await expect(bar).toHaveCount(0, { timeout: 120_000 });
  const seen = await progressSeen(page);
  await expect(paths(page)).toHaveCount(2148, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ms = Date.now() - t0;
  // the window closes once the file is stored (that copy happens after the draw)
  await page.waitForFunction(() => performance.getEntriesByName('atlas:saved').length > 0, null, { timeout: 60_000 });
  const { long, gaps } = await page.evaluate(() => { cancelAnimationFrame(window.__raf); return { long: window.__long, gaps: window.__gaps }; });
  const maxLong = long.length ? Math.max(...long) : 0;
  const sortedGaps = gaps.slice().sort((a, b) => a - b);
  console.log(`load-to-drawn generated ${mb} MB (2,148 parishes, densified): ${ms} ms; progress values seen: ${[...seen].join(', ')}; `
    + `long tasks: ${long.length}, longest ${maxLong.toFixed(0)} ms; frame gap p95 ${sortedGaps[Math.floor(gaps.length * 0.95)]?.toFixed(0)} ms, max ${sortedGaps.at(-1)?.toFixed(0)} ms`);
  expect(seen.size, 'the progress bar moved').toBeGreaterThan(2);
  expect(maxLong, 'longest main-thread task while loading (ms)').toBeLessThanOrEqual(MAX_TASK_MS);
  expect(sortedGaps[Math.floor(gaps.length * 0.95)], 'frame gap p95 while loading (ms)').toBeLessThanOrEqual(MAX_FRAME_GAP_P95_MS);
  expect(await allInsideMap(page)).toEqual([]);
  await page.screenshot({ path: `${ART}real-50mb.png` });
  // saved as the picked file itself (no copy of its text on the page): a reload
  // brings it back once the app says it is saved, and the link no longer names the
  // demo (a link with eksempel= would open the demo instead)
  await expect(page.locator('[data-testid="saved"]')).toHaveAttribute('data-saved', 'true');
  await expect(page).not.toHaveURL(/eksempel=/);
  await page.reload();
  await expect(paths(page)).toHaveCount(2148, { timeout: 90_000 });
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('generated-50mb.geojson');
});
});
