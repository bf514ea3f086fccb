// A table of grid cells is a map by itself (issue 27 §1): Danmarks Statistik's
// residents per 1 km cell of the European grid (2021, `n_km,e_km,befolkning`,
// EPSG:3035), loaded as a table with no boundary file, becomes 38,870 squares keyed by
// their INSPIRE codes, with every row joined and the residents on the map.
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { watchErrors, openAtlas, SHARED, requireShared, waitStored } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });
const AREAS = '[data-testid="map"] [data-district]';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The client point of an option's cell: the middle of its focus ring. */
async function pointOf(page, id) {
  await page.evaluate((id) => document.querySelector(`[data-district="${id}"]`).focus(), id);
  await expect(page.locator('path.focus-ring-outer')).toHaveAttribute('d', /^M/);
  return page.evaluate(() => {
    const r = document.querySelector('path.focus-ring-outer').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

/** The canvas's pixel under a client point, as `rgb(r, g, b)` with its alpha. */
async function pixelAt(page, pt) {
  return page.evaluate(({ x, y }) => {
    const c = document.querySelector('[data-testid="map"] canvas');
    const r = c.getBoundingClientRect();
    const k = c.width / r.width;
    const [red, g, b, a] = c.getContext('2d').getImageData(Math.round((x - r.left) * k), Math.round((y - r.top) * k), 1, 1).data;
    return { rgb: `rgb(${red}, ${g}, ${b})`, a };
  }, pt);
}

test('the real 1 km grid table, loaded alone, is drawn as its 38,870 cells with their residents', async ({ page }) => {
  test.setTimeout(180_000);
  requireShared();
  const w = watchErrors(page);
  await openAtlas(page);
  await page.locator('input[type="file"][data-testid="load-indicators"]')
    .setInputFiles(SHARED + 'dk_geostat_1km_2021/befolkning_1km_2021_dk.csv');
  await expect(page.locator(AREAS)).toHaveCount(38_870, { timeout: 120_000 });
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 60_000 });
  // every row met its cell, and the legend is of the residents
  await expect(page.locator('.legend-title')).toContainText('befolkning');
  await expect(page.locator('[data-testid="messages"]')).toContainText('38.870 af 38.870');
  // the most populated cell, central Copenhagen, by its code and figure
  const centre = page.locator(`${AREAS}[data-district="1kmN3621E4481"]`);
  await expect(centre).toHaveAttribute('aria-label', /^1kmN3621E4481\. befolkning: 23\.683/, { timeout: 30_000 });
  // drawn as one image, not a path per cell, and the legend says what a cell
  // without a row is: the residents are a count, so 0
  const map = page.locator('[data-testid="map"]');
  await expect(map).toHaveAttribute('data-renderer', 'raster');
  await expect(map).toHaveAttribute('data-cells', '38870');
  await expect(page.locator('[data-testid="absent-cells"]')).toContainText('tæller som 0');
  await page.screenshot({ path: `${ART}grid-table-1km.png` });
  // zoomed in on central Copenhagen: the cell's pixel has the top class's colour,
  // and hovering it shows its code and residents
  let pt = await pointOf(page, '1kmN3621E4481');
  await page.evaluate(() => document.activeElement?.blur());
  for (let k = 0; k < 8; k++) {
    await page.mouse.move(pt.x, pt.y);
    await page.mouse.wheel(0, -400);
  }
  await page.waitForFunction(() => performance.getEntriesByName('atlas:canvas-drawn').length > 0);
  pt = await pointOf(page, '1kmN3621E4481');
  await page.evaluate(() => document.activeElement?.blur());
  // (the highest class: the legend's row of the largest class number)
  const top = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid="legend"] .legend-class[data-class]')];
    const last = rows.sort((a, b) => Number(b.dataset.class) - Number(a.dataset.class))[0];
    return getComputedStyle(last.querySelector('.swatch')).backgroundColor;
  });
  await expect.poll(async () => (await pixelAt(page, pt)).rgb, { timeout: 10_000 }).toBe(top);
  await page.mouse.move(pt.x - 3, pt.y - 3);
  await page.mouse.move(pt.x, pt.y, { steps: 3 });
  const tip = page.locator('[role="tooltip"]');
  await expect(tip).toContainText('1kmN3621E4481');
  await expect(tip).toContainText('23.683');
  await page.screenshot({ path: `${ART}grid-table-1km-zoomed.png` });
  // the layer and its figures survive a reload
  await page.reload();
  await expect(page.locator(AREAS)).toHaveCount(38_870, { timeout: 120_000 });
  await expect(centre).toHaveAttribute('aria-label', /befolkning: 23\.683/, { timeout: 60_000 });
  w.check();
});

test('«Læg sammen i områder»: the 1 km grid summed into the 98 municipalities gives København within 2 % of DST', async ({ page }) => {
  test.setTimeout(240_000);
  requireShared();
  const w = watchErrors(page);
  await openAtlas(page);
  await page.locator('input[type="file"][data-testid="load-indicators"]')
    .setInputFiles(SHARED + 'dk_geostat_1km_2021/befolkning_1km_2021_dk.csv');
  await expect(page.locator('[data-testid="map"][data-renderer="raster"]')).toHaveAttribute('data-cells', '38870', { timeout: 120_000 });
  // by area share (the default) into the built-in municipalities
  await expect(page.locator('[data-testid="sum-target"]')).toHaveValue('kommuner');
  await page.locator('[data-testid="sum-into-areas"]').click();
  await expect(page.locator('[data-testid="messages"]')).toContainText('Lagt sammen i 98 kommuner efter arealandel', { timeout: 120_000 });
  await expect(page.locator('[data-testid="messages"]')).toContainText('38.8');
  // the municipalities are the map now, with the sums as their figures
  await expect(page.locator(AREAS)).toHaveCount(99 - 1, { timeout: 60_000 });
  await expect(page.locator('[data-testid="map"]')).not.toHaveAttribute('data-renderer', 'raster');
  const kbh = page.locator(`${AREAS}[data-district="0101"]`);
  await expect(kbh).toHaveAttribute('aria-label', /befolkning: [\d.]+/, { timeout: 30_000 });
  const label = await kbh.getAttribute('aria-label');
  const residents = Number(label.match(/befolkning: ([\d.]+)/)[1].replaceAll('.', ''));
  expect(Math.abs(residents - 638_117) / 638_117).toBeLessThan(0.02);
  // the figure is described: a count, from Danmarks Statistik's grid, summed by area share
  await expect(page.locator('[data-testid="legend"]')).toContainText('befolkning');
  // every municipality's row met its area
  await expect(page.locator('[data-testid="messages"]')).toContainText('98 af 98');
  // it survives a reload, as any table does
  await page.reload();
  await expect(kbh).toHaveAttribute('aria-label', new RegExp(`befolkning: ${label.match(/befolkning: ([\d.]+)/)[1].replaceAll('.', '\\.')}`), { timeout: 60_000 });
  await page.screenshot({ path: `${ART}grid-summed-kommuner.png` });
  w.check();
});

test('the built-in example «Befolkning 2021, 1 km-net»: the grid as a raster, Østerbro\'s cells against Sydhavnen\'s, credited, axe clean', async ({ page }) => {
  test.setTimeout(180_000);
  const w = watchErrors(page);
  await page.goto('/?eksempel=kvadratnet');
  const map = page.locator('[data-testid="map"][data-renderer="raster"]');
  await expect(map).toHaveAttribute('data-cells', '38870', { timeout: 120_000 });
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 60_000 });
  // A and B are the cells of Østerbro (8) and of Sydhavnen (4), their residents summed
  await expect(page.locator('[data-testid="compare-a"]')).toContainText('Østerbro');
  await expect(page.locator('[data-testid="compare-b"]')).toContainText('Sydhavnen');
  const row = page.locator('[data-testid="compare-row"][data-indicator="befolkning"]');
  await expect(row).toContainText('77.418');
  await expect(row).toContainText('30.730');
  await expect(page.locator('[data-testid="source"]')).toContainText('Danmarks Statistik');
  await expect(page.locator('[data-testid="absent-cells"]')).toContainText('tæller som 0');
  // the municipalities' borders over the grid, credited; the kvarterer's instead; none
  const outlines = page.locator('[data-testid="grid-outlines"]');
  await expect(outlines).toHaveAttribute('data-areas', '98', { timeout: 30_000 });
  expect((await outlines.getAttribute('d')).match(/M/g).length, 'a border line per shared border').toBeGreaterThan(200);
  await expect(page.locator('[data-testid="source"]')).toContainText('Omrids:');
  // the borders cover the drawn cells: their box and the map's content box agree
  const box = await outlines.evaluate((p) => { const b = p.getBBox(); return [b.x, b.y, b.width, b.height]; });
  expect(box[2], 'the borders span the map\'s width').toBeGreaterThan(500);
  await page.screenshot({ path: `${ART}grid-example.png` });
  await page.locator('[data-testid="sum-target"]').selectOption('kvarterer');
  await expect(outlines).toHaveAttribute('data-areas', '67', { timeout: 30_000 });
  await page.locator('[data-testid="show-outlines"]').uncheck();
  await expect(outlines).toHaveCount(0);
  await expect(page.locator('[data-testid="source"]')).not.toContainText('Omrids:');
  await page.locator('[data-testid="show-outlines"]').check();
  await expect(outlines).toHaveAttribute('data-areas', '67', { timeout: 30_000 });
  // exported, the grid is its raster (tiles of pixels) with the borders over it, not
  // 38,870 paths
  await page.locator('[data-testid="sum-target"]').selectOption('kommuner');
  await expect(outlines).toHaveAttribute('data-areas', '98', { timeout: 30_000 });
  const menu = page.locator('[data-testid="share-menu"]');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-svg"]').click()]);
  const svg = readFileSync(await dl.path(), 'utf8');
  expect((svg.match(/<image href="data:image\/png;base64,/g) ?? []).length, 'the raster\'s tiles').toBeGreaterThan(100);
  expect((svg.match(/<path d="M[^"]*" fill="(?!none)/g) ?? []).length, 'no path per cell').toBe(0);
  expect(svg).toContain('data-testid="borders"');
  expect(svg).toContain('Omrids:');
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-png"]').click()]);
  await png.saveAs(`${ART}grid-export.png`);
  expect(readFileSync(`${ART}grid-export.png`).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  w.check();
});

test('corner columns are read as the grid the atlas proposes, and as another when the user says so; a reload reads it the same way', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  // whole kilometres in metres (UTM32): proposed as 1 km cells of the Danish kvadratnet
  const csv = 'y;x;antal\n6178000;724000;12\n6178000;725000;7\n6179000;724000;3\n';
  await page.locator('input[type="file"][data-testid="load-indicators"]')
    .setInputFiles({ name: 'celler.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const map = page.locator('[data-testid="map"][data-renderer="raster"]');
  await expect(map).toHaveAttribute('data-cells', '3', { timeout: 30_000 });
  await expect(page.locator(`${AREAS}[data-district="1km_6178_724"]`)).toHaveCount(1);
  const dialog = page.locator('[data-testid="grid-reading"]');
  await expect(dialog.locator('[data-testid="grid-reading-said"]')).toContainText('i meter på Det Danske Kvadratnet (EPSG:25832), celler på 1 km');
  await expect(dialog.locator('[data-testid="grid-system"]')).toHaveValue('kvadratnet');
  await expect(dialog.locator('[data-testid="grid-size"]')).toHaveValue('1000');
  await expect(dialog.locator('[data-testid="grid-unit"]')).toHaveValue('m');
  await expect(dialog.locator('[data-testid="grid-reread"]')).toBeDisabled();
  // they are 100 m cells: read again, the same corners become other cells
  await dialog.locator('[data-testid="grid-size"]').selectOption('100');
  await dialog.locator('[data-testid="grid-reread"]').click();
  await expect(page.locator(`${AREAS}[data-district="100m_61780_7240"]`)).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator(`${AREAS}[data-district="1km_6178_724"]`)).toHaveCount(0);
  await expect(dialog.locator('[data-testid="grid-reading-said"]')).toContainText('celler på 100 m');
  await expect(page.locator(`${AREAS}[data-district="100m_61780_7240"]`)).toHaveAttribute('aria-label', /antal: 12/, { timeout: 30_000 });
  await page.screenshot({ path: `${ART}grid-reading.png` });
  await dialog.screenshot({ path: `${ART}grid-reading-dialog.png` });
  await waitStored(page, 'table.meta', 'size\\":100'); // in the sidecar, JSON inside JSON
  await page.reload();
  await expect(page.locator(`${AREAS}[data-district="100m_61780_7240"]`)).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('[data-testid="grid-size"]')).toHaveValue('100');
  w.check();
});

test('the generated 100 m grid of populated Denmark (597,151 cells) loads with progress, hovers and pans', async ({ page }) => {
  test.setTimeout(240_000);
  requireShared();
  const w = watchErrors(page);
  const file = `${ART}grid-100m.csv`;
  if (!existsSync(file)) execFileSync('node', [new URL('../../scripts/make-grid-100m.mjs', import.meta.url).pathname, file]);
  await openAtlas(page);
  const progress = new Set();
  const watch = setInterval(() => page.locator('[data-testid="progress"]').textContent({ timeout: 50 }).then((t) => progress.add(t), () => {}), 200);
  await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(file);
  const map = page.locator('[data-testid="map"][data-renderer="raster"]');
  await expect(map).toHaveAttribute('data-cells', '597151', { timeout: 180_000 });
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 60_000 });
  clearInterval(watch);
  expect(progress.size, `progress shown while loading: ${[...progress].join(' | ')}`).toBeGreaterThan(3);
  await expect(page.locator('[data-testid="messages"]')).toContainText('597.151 af 597.151');
  // hovering the map finds a cell: its 100 m code and residents
  const box = await map.boundingBox();
  const tip = page.locator('[role="tooltip"]');
  let found = false;
  for (let k = 0; k < 60 && !found; k++) {
    await page.mouse.move(box.x + box.width * (0.55 + 0.005 * k), box.y + box.height * 0.55);
    found = await tip.isVisible() && /100mN\d+E\d+/.test(await tip.textContent());
  }
  expect(found, 'a hover over Zealand finds a 100 m cell').toBe(true);
  await expect(tip).toContainText(/befolkning/);
  // a drag pans the map
  const before = await page.locator('[data-testid="map"] g.zoomable').getAttribute('transform');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 60, { steps: 6 });
  await page.mouse.up();
  await expect(page.locator('[data-testid="map"] g.zoomable')).not.toHaveAttribute('transform', before ?? '');
  // the panned picture stays inside the map: nothing drawn over the legend
  const [mapBox, asideBox] = await page.evaluate(() => [document.querySelector('[data-testid="map"]'), document.querySelector('aside.left')]
    .map((e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; }));
  expect(await map.evaluate((m) => getComputedStyle(m).overflow)).toBe('hidden');
  expect(mapBox.left).toBeGreaterThanOrEqual(asideBox.right - 1);
  await page.screenshot({ path: `${ART}grid-100m.png` });
  w.check();
});
