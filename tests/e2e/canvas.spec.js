// Big layers on a canvas (issue 18 §2): the 2,148 parishes draw on a canvas with an
// option per area, so counts, hover, click, keyboard, axe and the vector export work
// as on the SVG map.
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watchErrors, openAtlas, SHARED, requireShared, watchLisaProgress } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AREAS = '[data-testid="map"] [data-district]';

/** The parishes, and a made-up figure per parish (so the map has classes). */
async function loadParishes(page) {
  const file = SHARED + 'dk_dagi_2014/derived/sogne_from_topojson.geojson';
  await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(file);
  await expect(page.locator(AREAS)).toHaveCount(2148, { timeout: 60_000 });
  const gj = JSON.parse(readFileSync(file, 'utf8'));
  const rows = ['sognekode;sogn;andel'];
  const seen = new Set();
  for (const f of gj.features) {
    const k = f.properties.SOGNEKODE;
    if (seen.has(k)) continue;
    seen.add(k);
    rows.push(`${k};${f.properties.SOGNENAVN};${(Number(k) % 97) / 2}`.replace('.', ','));
  }
  const table = `${ART}sogne-andel.csv`;
  writeFileSync(table, rows.join('\n') + '\n');
  await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(table);
  await expect(page.locator('[data-testid="legend"] .legend-class').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 60_000 });
}

/** Client point of an area's label point: the middle of the option's outline box. */
async function pointOf(page, id) {
  await page.evaluate((id) => document.querySelector(`[data-district="${id}"]`).focus(), id);
  const d = await page.locator('path.focus-ring-outer').getAttribute('d');
  expect(d).toMatch(/^M/);
  return page.evaluate(() => {
    const r = document.querySelector('path.focus-ring-outer').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

test('the parishes draw on a canvas: an option per area, hover, click A/B, keys, axe and the vector export', async ({ page }) => {
  requireShared();
  test.setTimeout(120_000);
  const w = watchErrors(page);
  await openAtlas(page);
  await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-renderer', 'svg');
  await loadParishes(page);
  const map = page.locator('[data-testid="map"]');
  await expect(map).toHaveAttribute('data-renderer', 'canvas');
  await expect(page.locator('[data-testid="map"] canvas')).toHaveCount(1);
  // every area an element with its accessible name
  const names = await page.locator(AREAS).evaluateAll((os) => os.slice(0, 3).map((o) => o.getAttribute('aria-label')));
  expect(names.every((n) => n && n.includes('andel:'))).toBe(true);
  await expect(page.locator(`${AREAS}[role="option"]`)).toHaveCount(2148);

  // hover: the area under the pointer is found on the canvas and its tooltip shows
  const some = page.locator(AREAS).nth(1000);
  const [id, name] = [await some.getAttribute('data-district'), (await some.getAttribute('aria-label')).split('.')[0]];
  const pt = await pointOf(page, id);
  await page.evaluate(() => document.activeElement?.blur());
  await page.mouse.move(pt.x - 40, pt.y - 40);
  await page.mouse.move(pt.x, pt.y, { steps: 4 });
  const tip = page.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(name);
  await expect(page.locator('path.hover-outline')).toHaveAttribute('d', /^M/);

  // click chooses A, the next click B (the outline and the comparison follow)
  await page.mouse.click(pt.x, pt.y);
  await expect(page.locator('path.outline-a')).toHaveAttribute('d', await page.locator('path.focus-ring-outer').getAttribute('d'));
  await expect(page.locator('[data-testid="compare-a"]')).toContainText(name);

  // keyboard: the tab stop is an option; arrows move to a neighbour and its tooltip
  await page.locator(`${AREAS}[tabindex="0"]`).focus();
  const before = await page.evaluate(() => document.activeElement.dataset.district);
  await page.keyboard.press('ArrowRight');
  const after = await page.evaluate(() => document.activeElement.dataset.district);
  expect(after).not.toBe(before);
  expect(await page.evaluate(() => document.activeElement.getAttribute('role'))).toBe('option');
  await expect(tip).toBeVisible();
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('path.outline-b')).toHaveAttribute('d', /^M/);
  await page.screenshot({ path: `${ART}canvas-parishes.png` });

  // axe on the whole page with the canvas map
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // the exported SVG is vector, with every parish
  const menu = page.locator('[data-testid="share-menu"]');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-svg"]').click()]);
  const svg = `${ART}canvas-export.svg`;
  await dl.saveAs(svg);
  const text = readFileSync(svg, 'utf8');
  // one filled path per parish, and the outlines of A and B (fill="none")
  expect((text.match(/<path d="M[^"]*" fill="(?!none)/g) ?? []).length).toBe(2148);
  expect((text.match(/<path d="M[^"]*" fill="none" stroke=/g) ?? []).length).toBe(2);
  w.check();
});

test('the parishes\' cluster map is computed in the loader worker with progress: Moran\'s I and every Iᵢ as PySAL', async ({ page }) => {
  requireShared();
  test.setTimeout(120_000);
  const w = watchErrors(page);
  await openAtlas(page);
  await loadParishes(page);
  // the made-up share is SOGNEKODE mod 97, halved: Moran's I does not see the halving
  const FX = JSON.parse(readFileSync(new URL('../../crates/atlas-core/tests/fixtures/pysal/sogne.json', import.meta.url), 'utf8'));
  const ref = FX.moran['code_mod_97|queen'];
  const progressSeen = await watchLisaProgress(page);
  const t0 = Date.now();
  await page.locator('[data-testid="mode"]').selectOption('lisa');
  const moran = page.locator('[data-testid="moran-i"]');
  await expect(moran).toHaveAttribute('data-i', /\d/, { timeout: 60_000 });
  const shown = Date.now() - t0;
  expect(Math.abs(Number(await moran.getAttribute('data-i')) - ref.global.I)).toBeLessThan(1e-9);
  // the page said it was computing (the worker's progress) and then stopped saying so
  expect(await progressSeen()).toBeGreaterThan(0);
  await expect(page.locator('[data-testid="lisa-progress"]')).toHaveCount(0);
  const got = await page.locator(AREAS).evaluateAll((os) => Object.fromEntries(os.map((o) => [o.dataset.district, [o.dataset.localI, o.dataset.neighbours, o.dataset.cluster]])));
  let checked = 0;
  ref.ids.forEach((id, k) => {
    expect(Math.abs(Number(got[id][0]) - ref.local.Is[k]), `Iᵢ of ${id}`).toBeLessThan(1e-9);
    checked++;
  });
  expect(checked).toBeGreaterThan(2000);
  FX.ids.forEach((id, k) => {
    if (!FX.weights.queen.islands.includes(id)) expect(Number(got[id][1]), id).toBe(FX.weights.queen.cardinality[k]);
  });
  // the legend's threshold reclassifies at once, with the same Iᵢ (no new permutations)
  await page.locator('[data-testid="alpha"]').selectOption('0.001');
  await expect(page.locator('[data-testid="lisa-progress"]')).toHaveCount(0);
  const strict = await page.locator(AREAS).evaluateAll((os) => os.filter((o) => /^(HH|LL|HL|LH)$/.test(o.dataset.cluster)).length);
  const loose = Object.values(got).filter((v) => /^(HH|LL|HL|LH)$/.test(v[2])).length;
  expect(strict).toBeLessThan(loose);
  console.log(`parishes' cluster map: shown ${shown} ms after «Visning» (with the e2e build and the test's polling)`);
  await page.screenshot({ path: `${ART}lisa-parishes.png` });
  w.check();
});

test('a grid of ~43,000 one-kilometre cells loads, draws, hovers and pans on the canvas', async ({ page }) => {
  requireShared();
  test.setTimeout(360_000);
  const w = watchErrors(page);
  const { writeGrid } = await import('../../scripts/grid.mjs');
  const grid = `${ART}grid-1km.geojson`;
  const cells = writeGrid(SHARED + 'dk_dagi_2014/kommuner.geojson', grid);
  expect(cells, 'the 1 km cells that touch a municipality').toBe(42_951);
  await openAtlas(page);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
    performance.clearMarks();
  });
  const t0 = Date.now();
  await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(grid);
  await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-renderer', 'canvas', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('atlas:canvas-drawn').length > 0, null, { timeout: 60_000 });
  const drawn = Date.now() - t0;
  await expect(page.locator(AREAS)).toHaveCount(cells, { timeout: 120_000 });
  const listed = Date.now() - t0;
  await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(grid.replace('.geojson', '.csv'));
  await expect(page.locator('[data-testid="legend"] .legend-class').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-testid="messages"]')).toContainText(`${cells.toLocaleString('da-DK')} af ${cells.toLocaleString('da-DK')} rækker`);
  const long = await page.evaluate(() => window.__long);
  console.log(`grid of ${cells} cells: drawn ${drawn} ms, every cell listed ${listed} ms; longest task ${Math.max(0, ...long).toFixed(0)} ms`);
  // hover a cell in Jutland: its tooltip and outline
  const box = await page.locator('[data-testid="map"] canvas').boundingBox();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.45, { steps: 3 });
  // the cell's name, its value and its rank among all the cells (which cell depends
  // on where the map is laid out; the name must be one of the grid's)
  const tip = page.locator('[role="tooltip"]');
  await expect(tip).toHaveText(/^1km_\d+_\d+\s*andel\s*\d+,\d\s*Nr\. [\d.]+ af 42\.951$/);
  const cell = (await tip.textContent()).match(/^1km_\d+_\d+/)[0];
  await expect(page.locator(`${AREAS}[aria-label^="${cell}."]`)).toHaveCount(1);
  await expect(page.locator('path.hover-outline')).toHaveAttribute('d', /^M/);
  // drag: the map moves, then is drawn again crisp
  const before = await page.locator('g.zoomable').first().getAttribute('transform');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.locator('g.zoomable').first().getAttribute('transform')).not.toBe(before);
  await expect(page.locator('[data-testid="map"] canvas')).not.toHaveAttribute('style', /transform/, { timeout: 5_000 });
  await page.screenshot({ path: `${ART}canvas-grid.png` });

  // the cluster map of 42,951 cells × 999 permutations: computed in the loader
  // worker, its progress shown, the page answering meanwhile
  await page.evaluate(() => { window.__long = []; });
  const progressSeen = await watchLisaProgress(page);
  const lisaStart = Date.now();
  await page.locator('[data-testid="mode"]').selectOption('lisa');
  const progress = page.locator('[data-testid="lisa-progress"]');
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('data-progress')), { timeout: 60_000 }).toBeGreaterThan(0.05);
  await page.screenshot({ path: `${ART}lisa-grid-progress.png` });
  // meanwhile the page answers: a hover shows a tooltip
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5, { steps: 3 });
  await expect(tip).toBeVisible();
  await expect(progress).toHaveCount(0, { timeout: 150_000 });
  const lisaTook = Date.now() - lisaStart;
  await expect(page.locator('[data-testid="moran-i"]')).toHaveAttribute('data-i', /\d/);
  // the made-up share waves over the country: clusters of high and of low
  expect(Number(await page.locator('[data-testid="moran-i"]').getAttribute('data-i'))).toBeGreaterThan(0.5);
  // the options take their clusters a slice per frame
  await expect(page.locator(`${AREAS}[data-cluster]`)).toHaveCount(cells, { timeout: 30_000 });
  const clusters = await page.locator(AREAS).evaluateAll((os) => os.reduce((n, o) => { n[o.dataset.cluster] = (n[o.dataset.cluster] ?? 0) + 1; return n; }, {}));
  expect(clusters.HH).toBeGreaterThan(1000);
  expect(clusters.LL).toBeGreaterThan(1000);
  // and their accessible names a slice per frame, to the last: each says its cluster
  await expect.poll(() => page.locator(AREAS).evaluateAll((os) => os.filter((o) => (o.dataset.cluster === 'HH') === /Høj–høj \(klynge af høje\) · Iᵢ = /.test(o.getAttribute('aria-label'))).length), { timeout: 30_000 }).toBe(cells);
  const lisaLong = await page.evaluate(() => Math.max(0, ...window.__long));
  const told = await progressSeen();
  console.log(`grid cluster map: ${lisaTook} ms, ${told} progress values shown, longest main-thread task ${lisaLong.toFixed(0)} ms; clusters ${JSON.stringify(clusters)}`);
  // the permutations never ran on the page: it drew the progress again and again, and
  // no task took more than a third of the whole (what is left on the page is taking
  // the answer in: 42,951 areas' colours, names and attributes)
  expect(told, 'progress values the page showed').toBeGreaterThan(5);
  expect(lisaLong, 'the longest main-thread task against the whole computation').toBeLessThan(lisaTook / 3);
  // the Moran scatter plot of 42,930 dots is drawn as paths, still linked to the map:
  // the pointer over its crowded middle lights the nearest area's dot
  const plot = page.locator('[data-testid="moran-scatter"]');
  await expect(plot.locator('.dense-dots')).toHaveAttribute('data-points', '42930');
  const pb = await plot.boundingBox();
  await page.mouse.move(pb.x + pb.width / 2, pb.y + pb.height / 2, { steps: 2 });
  await expect(plot.locator('circle.hovered-dot')).toHaveCount(1);
  await page.screenshot({ path: `${ART}lisa-grid.png` });
  w.check();
});

test('a second file chosen while the first loads cancels the first: only the second is shown', async ({ page }) => {
  requireShared();
  const w = watchErrors(page);
  // count the loader workers the page ends (a superseded load ends its worker)
  await page.addInitScript(() => {
    window.__workersEnded = 0;
    const end = Worker.prototype.terminate;
    Worker.prototype.terminate = function () { window.__workersEnded++; return end.call(this); };
  });
  await openAtlas(page);
  test.setTimeout(120_000);
  // the first file takes seconds to read (the generated 52 MB parishes), so the second
  // surely arrives while it loads
  const big = `${ART}generated-50mb.geojson`;
  if (!existsSync(big) || statSync(big).size < 50e6) {
    const { densify } = await import('../../scripts/densify.mjs');
    const src = readFileSync(SHARED + 'dk_dagi_2014/derived/sogne_from_topojson.geojson', 'utf8');
    writeFileSync(big, JSON.stringify(densify(JSON.parse(src), 63e6)));
  }
  const input = page.locator('input[type="file"][data-testid="load-boundaries"]');
  // the loader worker warmed (its warm-up is a read of its own)
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('atlas:worker-warm').length), { timeout: 15_000 }).toBe(1);
  await page.evaluate(() => performance.clearMarks());
  await input.setInputFiles(big);
  const bar = page.locator('[data-testid="progress"]');
  await expect(bar).toHaveCount(1);
  await expect.poll(() => bar.getAttribute('aria-valuenow').then(Number), { timeout: 30_000 }).toBeGreaterThan(5);
  await input.setInputFiles(SHARED + 'cph_kvarterer/kvarter.geojson');
  await expect(page.locator(AREAS)).toHaveCount(67, { timeout: 60_000 });
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0);
  // the parishes' load cannot replace the map: its worker was ended (the only worker
  // ended here: the second file's is kept warm for the next)
  await expect.poll(() => page.evaluate(() => window.__workersEnded)).toBe(1);
  await expect(page.locator(AREAS)).toHaveCount(67);
  // and it stopped: only the second file was read to the end
  expect(await page.evaluate(() => performance.getEntriesByName('atlas:worker-answered').length)).toBe(1);
  await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-renderer', 'svg');
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('kvarter.geojson');
  w.check();
});
