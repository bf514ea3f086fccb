// The walking skeleton in a real browser: the Copenhagen demo, hover, A/B, indicator.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { watchErrors, openAtlas, pointIn, fills, labelRe } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });

test('demo map loads without console errors and draws every district inside the map', async ({ page }) => {
  const errs = watchErrors(page);
  const t = await openAtlas(page);
  console.log(`time to first map: ${t.wall} ms wall clock, ${t.sinceNavStart.toFixed(0)} ms since navigation start`);

  const paths = page.locator('svg[data-testid="map"] path[data-district]');
  await expect(paths).toHaveCount(11); // the demo's eleven bydele
  const ids = await paths.evaluateAll((ps) => ps.map((p) => p.dataset.district));
  expect(new Set(ids).size).toBe(ids.length);

  // Every path lies inside the map's box and has a real size.
  const inside = await page.evaluate(() => {
    const svg = document.querySelector('svg[data-testid="map"]').getBoundingClientRect();
    return [...document.querySelectorAll('path[data-district]')].map((p) => {
      const r = p.getBoundingClientRect();
      return r.width > 5 && r.height > 5 && r.left >= svg.left - 1 && r.right <= svg.right + 1
        && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1;
    });
  });
  expect(inside.every(Boolean)).toBe(true);

  // Title, legend with Danish-formatted ranges, illustrative source line.
  await expect(page.locator('h1')).toHaveText('Samskabelsesatlas');
  await expect(page.locator('[data-testid="legend"] .legend-class')).toHaveCount(5);
  await expect(page.locator('[data-testid="legend"] .range').first()).toHaveText(/^\d{3}\.\d{3}–\d{3}\.\d{3}$/);
  await expect(page.locator('[data-testid="source"]')).toContainText('Illustrative tal');

  // Østerbro's accessible name carries its name and value.
  await expect(page.locator('path[data-district="02"]')).toHaveAttribute('aria-label', labelRe('Østerbro', '296.700 kr.'));

  await page.screenshot({ path: `${ART}atlas.png` });
  errs.check();
});

test('hovering Østerbro shows a tooltip naming it with its value in Danish format', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const tip = page.locator('[role="tooltip"]');
  await expect(tip).toBeHidden();
  const p = await pointIn(page, '02');
  await page.mouse.move(p.x, p.y);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Østerbro');
  await expect(tip).toContainText('296.700 kr.');
  await expect(tip).toContainText('Nr. 2 af 11');
  await page.screenshot({ path: `${ART}hover-oesterbro.png` });
  // Moving off the map hides it again.
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
  errs.check();
});

test('first load compares Østerbro (A) with Sydhavnen (B) on every indicator', async ({ page }) => {
  await openAtlas(page);
  const panel = page.locator('[data-testid="compare"]');
  await expect(panel.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
  await expect(panel.locator('[data-testid="compare-b"]')).toHaveText('B: Sydhavnen');
  const n = await page.locator('select[data-testid="indicator"] option').count();
  await expect(panel.locator('tr[data-indicator]')).toHaveCount(n);
  const income = panel.locator('tr[data-indicator="indkomst"]');
  await expect(income.locator('.val-a')).toContainText('296.700');
  await expect(income.locator('.val-b')).toContainText('183.900');
  await expect(income.locator('.diff')).toHaveText('+112.800');
  await expect(income.locator('.ratio')).toHaveText('1,61×');
  await expect(income.locator('.ahead')).toContainText('A er foran');
  // Polarity: lower unemployment is ahead, so Østerbro (3,1 %) beats Sydhavnen (6,9 %).
  const unemployment = panel.locator('tr[data-indicator="ledighed"]');
  await expect(unemployment.locator('.diff')).toHaveText('−3,8');
  await expect(unemployment.locator('.ahead')).toContainText('A er foran');
});

test('a district without a value is compared as missing, never as zero', async ({ page }) => {
  await openAtlas(page);
  const av = await pointIn(page, '10');
  await page.mouse.click(av.x, av.y);
  const panel = page.locator('[data-testid="compare"]');
  await expect(panel.locator('[data-testid="compare-a"]')).toHaveText('A: Amager Vest');
  const row = panel.locator('tr[data-indicator="samskabelse"]');
  await expect(row.locator('.val-a')).toHaveText('mangler');
  await expect(row.locator('.diff')).toHaveText('–');
  await expect(row.locator('.ratio')).toHaveText('–');
  await expect(row.locator('.ahead')).toContainText('Kan ikke afgøres');
});

test('clicking two districts picks A then B and updates the comparison', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const panel = page.locator('[data-testid="compare"]');
  const valby = await pointIn(page, '05');
  await page.mouse.click(valby.x, valby.y);
  await expect(panel.locator('[data-testid="compare-a"]')).toHaveText('A: Valby');
  await expect(panel.locator('[data-testid="compare-b"]')).toHaveText('B: Sydhavnen');
  const nb = await pointIn(page, '03');
  await page.mouse.click(nb.x, nb.y);
  await expect(panel.locator('[data-testid="compare-b"]')).toHaveText('B: Nørrebro');
  const income = panel.locator('tr[data-indicator="indkomst"]');
  await expect(income.locator('.val-a')).toContainText('228.600');
  await expect(income.locator('.val-b')).toContainText('214.300');
  await expect(income.locator('.diff')).toHaveText('+14.300');
  await expect(panel.locator('tr[data-indicator="almene"] .ahead')).toContainText('A er foran');
  await expect(page.locator('path.outline-a')).toHaveAttribute('d', await page.locator('path[data-district="05"]').getAttribute('d'));
  await page.screenshot({ path: `${ART}compare-valby-noerrebro.png` });
  errs.check();
});

test('changing the indicator recolours the map and the legend; missing data is hatched', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const before = await fills(page);
  const select = page.locator('select[data-testid="indicator"]');
  await select.selectOption({ label: 'Ledighed' });
  await expect(page.locator('.legend-title')).toContainText('Ledighed');
  const after = await fills(page);
  expect(after).not.toEqual(before);
  // Worse is darker either way: lowest income and highest unemployment share the darkest colour.
  expect(after['11']).toBe(before['11']);
  await expect(page.locator('path[data-district="11"]')).toHaveAttribute('aria-label', labelRe('Sydhavnen', '6,9 %'));

  await select.selectOption({ label: 'Samskabelsesprojekter pr. 10.000 indbyggere' });
  await expect(page.locator('path[data-district="10"]')).toHaveAttribute('fill', 'url(#missing)');
  await expect(page.locator('path[data-district="10"]')).toHaveAttribute('aria-label', labelRe('Amager Vest', 'mangler data'));
  await expect(page.locator('.legend-missing')).toHaveText('mangler data(1)'); // Amager Vest only
  await page.screenshot({ path: `${ART}missing-data.png` });
  errs.check();
});

test('dumbbells place the better district to the right, whatever the direction', async ({ page }) => {
  await openAtlas(page);
  for (const ind of ['indkomst', 'ledighed', 'almene', 'valgdeltagelse']) {
    const row = page.locator(`[data-testid="compare"] tr[data-indicator="${ind}"]`);
    const a = Number(await row.locator('circle.db-a').getAttribute('cx'));
    const b = Number(await row.locator('circle.db-b').getAttribute('cx'));
    expect(a, ind).toBeGreaterThan(b); // Østerbro is ahead of Sydhavnen on each
    await expect(row.locator('line.db-tick')).toHaveCount(11);
  }
  await page.locator('[data-testid="compare"]').screenshot({ path: new URL('./artifacts/compare-dumbbells.png', import.meta.url).pathname });
});

test('a district profile shows every indicator with its place among all districts', async ({ page }) => {
  await openAtlas(page);
  const valby = await pointIn(page, '05');
  await page.mouse.click(valby.x, valby.y);
  await page.locator('[data-testid="tab-profile"]').click();
  const profile = page.locator('[data-testid="profile"]');
  await expect(profile.locator('[data-testid="profile-name"]')).toHaveText('Valby');
  const n = await page.locator('select[data-testid="indicator"] option').count();
  await expect(profile.locator('tr[data-indicator]')).toHaveCount(n);
  await expect(profile.locator('tr[data-indicator="indkomst"] .val')).toContainText('228.600 kr.');
  await expect(profile.locator('tr[data-indicator="indkomst"] .val small')).toHaveText('nr. 7/11');
  await expect(profile.locator('tr[data-indicator="indkomst"] circle.db-a')).toHaveCount(1);
  await profile.screenshot({ path: new URL('./artifacts/profile-valby.png', import.meta.url).pathname });
  await page.locator('[data-testid="tab-compare"]').click();
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Valby');
});

test('the demo\'s first map is drawn from its ready answers, before the loader worker is fetched', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  await expect(page.locator('svg[data-testid="map"] path[data-district]')).toHaveCount(11);
  const { drawn, fetched } = await page.evaluate(() => ({
    drawn: performance.getEntriesByName('atlas:paths-mounted')[0]?.startTime,
    fetched: performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime]),
  }));
  expect(drawn, 'the map was mounted').toBeGreaterThan(0);
  const before = fetched.filter(([, t]) => t < drawn).map(([p]) => p);
  expect(before.some((p) => p.endsWith('forberedt.bin')), `ready answers fetched: ${before}`).toBe(true);
  expect(before.filter((p) => p.includes('loader_worker')), 'no loader worker before the first map').toEqual([]);
  // and it comes soon after, so a file (or an offline session) finds it ready
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('atlas:worker-ready').length), { timeout: 15_000 }).toBe(1);
  errs.check();
});

test('each example\'s ready answers are fetched once, however often it is shown', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const select = page.locator('select[data-testid="example"]');
  const paths = page.locator('svg[data-testid="map"] path[data-district]');
  // its boundaries and its table both come from it; a second showing reads it again
  for (const [ex, areas] of [['bydele', 10], ['demo', 11], ['bydele', 10], ['demo', 11]]) {
    if (!(await select.isVisible())) await page.locator('[data-testid="data-menu"] summary').click();
    await select.selectOption(ex);
    await expect(paths).toHaveCount(areas);
    await expect(page.locator('[data-testid="table-source"]')).toContainText(ex);
  }
  const ready = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('forberedt.bin')));
  expect(ready.sort(), 'one fetch per example').toEqual(['/demo/forberedt.bin', '/eksempler/bydele/forberedt.bin']);
  errs.check();
});
