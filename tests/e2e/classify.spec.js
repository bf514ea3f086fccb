// Issue 5 (part 1–2): classification methods, classes, manual breaks, reasons when a
// method cannot apply, and legend hover highlighting districts.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { watchErrors, openAtlas, pointIn, labelRe, SHARED, requireShared } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });
const ranges = (page) => page.locator('[data-testid="legend"] .legend-class:not(.legend-missing) .range').allTextContents();

test('switching methods and classes changes the legend ranges', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const quintiles = await ranges(page);
  expect(quintiles).toHaveLength(5);
  await page.locator('select[data-testid="method"]').selectOption('EqualInterval');
  // Income 183.900–318.400 in five equal steps of 26.900, highest first.
  await expect.poll(() => ranges(page)).toEqual(['291.500–318.400', '264.600–291.500', '237.700–264.600', '210.800–237.700', '183.900–210.800']);
  await page.locator('select[data-testid="classes"]').selectOption('3');
  await expect.poll(async () => (await ranges(page)).length).toBe(3);
  await page.locator('select[data-testid="method"]').selectOption('BoxMap');
  await expect.poll(async () => (await ranges(page)).length).toBe(6);
  await expect(page.locator('select[data-testid="classes"]')).toBeDisabled();
  const box = await ranges(page);
  expect(box[0]).toMatch(/og derover$/);
  expect(box[5]).toMatch(/^under /);
  await page.locator('select[data-testid="method"]').selectOption('NaturalBreaks');
  await page.locator('select[data-testid="classes"]').selectOption('4');
  await expect.poll(async () => (await ranges(page)).length).toBe(4);
  await page.locator('select[data-testid="method"]').selectOption('Manual');
  await page.locator('[data-testid="manual-breaks"]').fill('200.000; 250.000');
  await page.locator('[data-testid="manual-breaks"]').press('Enter');
  await expect.poll(() => ranges(page)).toEqual(['250.000 og derover', '200.000–250.000', 'under 200.000']);
  await page.screenshot({ path: `${ART}classify-manual.png` });
  errs.check();
});

test('a method that cannot apply says why and the map falls back to quantiles', async ({ page }) => {
  await openAtlas(page);
  await page.locator('select[data-testid="method"]').selectOption('Manual');
  await expect(page.locator('[data-testid="class-error"]')).toContainText('mindst én grænse');
  await expect.poll(async () => (await ranges(page)).length).toBe(5);
});

test('hovering a legend class highlights its districts on the map', async ({ page }) => {
  await openAtlas(page);
  const darkest = page.locator('[data-testid="legend"] .legend-class[data-class="0"]');
  await darkest.hover();
  // The lowest-income class holds Bispebjerg and Sydhavnen; the rest dim.
  await expect(page.locator('path.district.dimmed')).toHaveCount(9);
  await expect(page.locator('path[data-district="11"]')).not.toHaveClass(/dimmed/);
  await expect(page.locator('path[data-district="08"]')).not.toHaveClass(/dimmed/);
  await page.screenshot({ path: `${ART}legend-hover.png` });
  await page.mouse.move(5, 5);
  await expect(page.locator('path.district.dimmed')).toHaveCount(0);
});

test('the chosen method survives loading a table', async ({ page }) => {
  await openAtlas(page);
  await page.locator('select[data-testid="method"]').selectOption('EqualInterval');
  await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(new URL('../fixtures/tables/wide_tab.tsv', import.meta.url).pathname);
  await expect(page.locator('path[data-district="01"]')).toHaveAttribute('aria-label', labelRe('Indre By', '318.400'));
  await expect(page.locator('select[data-testid="method"]')).toHaveValue('EqualInterval');
});

test('a diverging palette keeps the worse end red whatever the direction', async ({ page }) => {
  await openAtlas(page);
  const fill = (id) => page.locator(`path[data-district="${id}"]`).getAttribute('fill');
  const before = await fill('11');
  await page.locator('select[data-testid="palette"]').selectOption('RedBlue');
  await expect.poll(() => fill('11')).not.toBe(before);
  const lowIncome = await fill('11');
  // Unemployment: Sydhavnen is highest (worst) and gets the same red.
  await page.locator('select[data-testid="indicator"]').selectOption({ label: 'Ledighed' });
  await expect.poll(() => fill('11')).toBe(lowIncome);
  const [r, , b] = [1, 3, 5].map((i) => parseInt(lowIncome.slice(i, i + 2), 16));
  expect(r).toBeGreaterThan(b);
  await page.screenshot({ path: `${ART}palette-redblue.png` });
});

test('the gap map colours each district by its difference from the weighted city average or a district', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const fill = (id) => page.locator(`path[data-district="${id}"]`).getAttribute('fill');
  await page.locator('select[data-testid="mode"]').selectOption('gap');
  await expect(page.locator('[data-testid="gap-centre"]')).toContainText('Forskel fra byens gennemsnit');
  // Weighted by residents: (Σ income × residents) / Σ residents of the demo = 237.000-ish.
  await expect(page.locator('[data-testid="gap-centre"]')).toContainText(/2\d\d\.\d{3} kr\./);
  const ranges = await page.locator('[data-testid="legend"] .legend-class .range').allTextContents();
  expect(ranges).toHaveLength(6);
  expect(ranges[0]).toMatch(/^\+.* til \+/);
  expect(ranges[5]).toMatch(/^−.* til −/);
  // Østerbro above average (blue end), Sydhavnen below (red end).
  const [oe, sy] = [await fill('02'), await fill('11')];
  const rgb = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  expect(rgb(oe)[2]).toBeGreaterThan(rgb(oe)[0]);
  expect(rgb(sy)[0]).toBeGreaterThan(rgb(sy)[2]);
  await page.screenshot({ path: `${ART}gap-map.png` });
  // Against a chosen district: Sydhavnen itself sits in the middle, everyone else above.
  await page.locator('select[data-testid="gap-reference"]').selectOption({ label: 'Sydhavnen' });
  await expect(page.locator('[data-testid="gap-centre"]')).toContainText('Forskel fra Sydhavnen: 183.900 kr.');
  errs.check();
});

test('the bivariate map names the double vulnerable districts', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  await page.locator('select[data-testid="mode"]').selectOption('bivariate');
  await expect(page.locator('[data-testid="bivariate-legend"]')).toBeVisible();
  const list = page.locator('[data-testid="double-vulnerable"] li');
  // Lowest income tertile × fewest association memberships (demo figures).
  await expect(list).toHaveText(['Brønshøj-Husum', 'Bispebjerg', 'Sydhavnen']);
  await expect(page.locator('path[data-district="11"]')).toHaveAttribute('fill', '#be64ac');
  await expect(page.locator('path[data-district="02"]')).toHaveAttribute('fill', '#5ac8c8');
  await page.screenshot({ path: `${ART}bivariate.png` });
  // Another capacity axis: turnout.
  await page.locator('select[data-testid="biv-y"]').selectOption({ label: 'Stemmeprocent ved kommunalvalget' });
  await expect(list).toContainText(['Sydhavnen']);
  errs.check();
});

test('the scatter plot is linked to the map both ways', async ({ page }) => {
  await openAtlas(page);
  await page.locator('[data-testid="tab-scatter"]').click();
  const dots = page.locator('[data-testid="scatter"] circle.dot');
  await expect(dots).toHaveCount(11);
  await page.locator('[data-testid="scatter"] circle[data-district="08"]').hover();
  await expect(page.locator('path[data-district="08"]')).toHaveClass(/hovered/);
  await expect(page.locator('[role="tooltip"]')).toContainText('Bispebjerg');
  await page.mouse.move(5, 5);
  // Hovering the district on the map highlights its dot.
  const box = await page.locator('path[data-district="05"]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('[data-testid="scatter"] circle.hovered')).toHaveCount(1);
  await page.locator('select[data-testid="scatter-y"]').selectOption({ label: 'Stemmeprocent ved kommunalvalget' });
  await expect(dots).toHaveCount(11);
  await page.locator('[data-testid="scatter"] circle[data-district="11"]').click();
  await expect(page.locator('[data-testid="scatter"] circle[data-district="11"]')).toHaveClass(/sel-a/);
  await page.locator('aside.right').screenshot({ path: `${ART}scatter.png` });
});

test('the composite index ranks districts live as weights change, and maps', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  await page.locator('[data-testid="tab-index"]').click();
  const rows = page.locator('[data-testid="ranking"] tbody tr');
  // Amager Vest lacks one chosen indicator (co-creation projects): no index, said so.
  await expect(rows).toHaveCount(10);
  await expect(page.locator('[data-testid="index-panel"]')).toContainText('1 bydel mangler');
  await expect(rows.last()).toContainText('Sydhavnen');
  await expect(page.locator('[data-testid="ranking"] td.moved')).toHaveText(Array(10).fill('='));
  // Leave the projects out: all eleven are ranked.
  await page.locator('input[data-testid="weight"][data-indicator="samskabelse"]').fill('0');
  await expect(rows).toHaveCount(11);
  // Weigh income heavily: ranks move against equal weights.
  await page.locator('input[data-testid="weight"][data-indicator="indkomst"]').fill('5');
  await expect.poll(async () => (await page.locator('[data-testid="ranking"] td.moved').allTextContents()).some((t) => t !== '=')).toBe(true);
  await page.locator('select[data-testid="normalisation"]').selectOption('minmax');
  await page.locator('[data-testid="show-index"]').click();
  await expect(page.locator('select[data-testid="mode"]')).toHaveValue('index');
  await expect(page.locator('path[data-district="11"]')).not.toHaveAttribute('fill', 'url(#missing)');
  await expect(page.locator('.legend-title')).toContainText('Samlet indeks (min–maks');
  await expect(page.locator('[data-testid="legend"] .range').first()).toHaveText(/^\d,\d\d–\d,\d\d$/);
  await expect(page.locator('[data-testid="biv-x"]')).toBeHidden();
  await page.screenshot({ path: `${ART}composite-index.png` });
  errs.check();
});

test('every view works on real files: 2022 turnout on the nomination districts', async ({ page }) => {
  requireShared();
  const errs = watchErrors(page);
  await openAtlas(page);
  await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(`${SHARED}dk_dagi_2014/opstillingskreds.geojson`);
  await expect(page.locator('svg[data-testid="map"] path[data-district]')).toHaveCount(92);
  await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles(`${SHARED}dk_opstillingskredse_fv2022/derived/fv2022_by_opstillingskreds.csv`);
  await expect(page.locator('[data-testid="messages"]')).toContainText('92 af 92');
  const select = page.locator('select[data-testid="indicator"]');
  await select.selectOption({ label: 'd' });
  // Describe turnout so it has a direction, as a planner would.
  await page.locator('[data-testid="edit-meta"] summary').click();
  await page.locator('[data-testid="meta-polarity"]').selectOption('HigherIsBetter');
  for (const method of ['Quantile', 'EqualInterval', 'NaturalBreaks', 'StdDev', 'BoxMap']) {
    await page.locator('select[data-testid="method"]').selectOption(method);
    await expect(page.locator('[data-testid="class-error"]')).toHaveCount(0);
    const counts = await page.locator('[data-testid="legend"] .legend-class .count').allTextContents();
    expect(counts.map((c) => Number(c.replace(/\D/g, ''))).reduce((a, b) => a + b, 0), method).toBe(92);
  }
  await page.locator('select[data-testid="mode"]').selectOption('gap');
  await expect(page.locator('[data-testid="gap-centre"]')).toContainText('Forskel fra byens gennemsnit');
  await page.locator('select[data-testid="mode"]').selectOption('bivariate');
  await page.locator('select[data-testid="biv-x"]').selectOption({ label: 'd' });
  await page.locator('select[data-testid="biv-y"]').selectOption({ label: 'v' });
  await expect(page.locator('[data-testid="bivariate-legend"]')).toBeVisible();
  await page.locator('[data-testid="tab-scatter"]').click();
  await expect(page.locator('[data-testid="scatter"] circle.dot')).toHaveCount(92);
  await page.locator('[data-testid="tab-profile"]').click();
  await page.locator('[data-testid="tab-index"]').click();
  await page.locator('[data-testid="show-index"]').click();
  await expect(page.locator('[data-testid="ranking"] tbody tr')).toHaveCount(92);
  await page.screenshot({ path: `${ART}real-views-turnout.png` });
  errs.check();
});

test('the tooltip says what each view shows: gap, bivariate cell, index', async ({ page }) => {
  await openAtlas(page);
  const tipView = page.locator('[data-testid="tooltip-view"]');
  const hover = async (id) => { const p = await pointIn(page, id); await page.mouse.move(p.x, p.y); };
  await page.locator('select[data-testid="mode"]').selectOption('gap');
  await hover('02');
  await expect(tipView).toContainText(/^Forskel: \+\d/);
  await page.mouse.move(5, 5);
  await page.locator('select[data-testid="mode"]').selectOption('bivariate');
  await hover('11');
  await expect(tipView).toContainText('dobbelt udsat');
  await page.mouse.move(5, 5);
  await page.locator('select[data-testid="mode"]').selectOption('index');
  await hover('02');
  await expect(tipView).toContainText(/^Indeks: −?\d,\d\d \(nr\. \d+ af 10\)$/);
});
