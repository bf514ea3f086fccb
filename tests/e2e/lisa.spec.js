// Is it a cluster or chance? (issue 26) The LISA modes on the 98 municipalities, with
// the numbers PySAL gives (tools/pysal/make_fixtures.py): Moran's I, each area's Iᵢ
// and neighbour count on the map's [data-district], islands named, the scatter plot
// linked to the map, the bivariate LISA's «dobbelt udsatte klynger», the link.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchErrors } from './helpers.js';

const FX = JSON.parse(readFileSync(new URL('../../crates/atlas-core/tests/fixtures/pysal/kommuner.json', import.meta.url), 'utf8'));
const areas = (page) => page.locator('svg[data-testid="map"] path[data-district]');

test('the cluster map of disposable income: Moran\'s I, every Iᵢ and neighbour count as PySAL, islands named', async ({ page }) => {
  const errs = watchErrors(page);
  await page.goto('/?eksempel=kommuner&visning=lisa&indikator=disposable_income_raw');
  await expect(areas(page)).toHaveCount(98);
  await expect(page.locator('[data-testid="mode"]')).toHaveValue('lisa');
  const ref = FX.moran['disposable_income_raw|queen'];
  const moran = page.locator('[data-testid="moran-i"]');
  await expect(moran).toHaveAttribute('data-i', /\d/);
  expect(Math.abs(Number(await moran.getAttribute('data-i')) - ref.global.I)).toBeLessThan(1e-9);
  expect(Number(await moran.getAttribute('data-p'))).toBeLessThanOrEqual(0.01);
  await expect(moran).toContainText("Moran's I = 0,497");
  // each area: Iᵢ to 1e-9 and its neighbours, as PySAL counts them
  const got = await areas(page).evaluateAll((ps) => Object.fromEntries(ps.map((p) => [p.dataset.district, [p.dataset.cluster, p.dataset.localI, p.dataset.neighbours]])));
  ref.ids.forEach((id, k) => {
    expect(Math.abs(Number(got[id][1]) - ref.local.Is[k]), `Iᵢ of ${id}`).toBeLessThan(1e-9);
  });
  FX.ids.forEach((id, k) => {
    const islands = FX.weights.queen.islands;
    expect(Number(got[id][2]), `neighbours of ${id}`).toBe(islands.includes(id) ? 0 : FX.weights.queen.cardinality[k]);
  });
  // islands are islands, named in a sentence; every area PySAL finds clearly
  // significant (p ≤ 0.01) is in the same cluster: Lyngby-Taarbæk High–High, Lolland Low–Low
  for (const id of FX.weights.queen.islands) expect(got[id][0]).toBe('island');
  const Q = { 1: 'HH', 2: 'LH', 3: 'LL', 4: 'HL' };
  ref.ids.forEach((id, k) => {
    if (ref.local.p_sim[k] <= 0.01) expect(got[id][0], id).toBe(Q[ref.local.q[k]]);
  });
  expect(got['0173'][0]).toBe('HH');
  expect(got['0360'][0]).toBe('LL');
  await expect(page.locator('[data-testid="weights-summary"]')).toContainText('Læsø');
  await expect(page.locator('[data-testid="weights-summary"]')).toContainText('7 kommuner uden naboer er udeladt');
  // the scatter plot is linked to the map both ways
  const dots = page.locator('[data-testid="moran-scatter"] circle[data-district]');
  await expect(dots).toHaveCount(91);
  await dots.and(page.locator('[data-district="0157"]')).hover();
  await expect(page.locator('svg[data-testid="map"] path[data-district="0157"]')).toHaveClass(/hovered/);
  await page.locator('svg[data-testid="map"] path[data-district="0101"]').hover();
  await expect(page.locator('[data-testid="moran-scatter"] circle[data-district="0101"]')).toHaveAttribute('r', '5.5');
  await page.screenshot({ path: 'artifacts/lisa-income.png' });
  // rook gives the same neighbours here; the significance map, FDR and k nearest are in the link
  await page.locator('[data-testid="weights"]').selectOption('knn');
  await expect(areas(page).and(page.locator('[data-district="0101"]'))).toHaveAttribute('data-neighbours', /^[1-6]$/);
  await page.locator('[data-testid="lisa-map"]').selectOption('signifikans');
  await page.locator('[data-testid="fdr"]').check();
  await expect(page).toHaveURL(/naboer=knn/);
  await expect(page).toHaveURL(/lisakort=signifikans/);
  await expect(page).toHaveURL(/fdr=1/);
  await page.reload();
  await expect(page.locator('[data-testid="weights"]')).toHaveValue('knn');
  await expect(page.locator('[data-testid="fdr"]')).toBeChecked();
  const knn = FX.moran['disposable_income_raw|knn6'];
  expect(Math.abs(Number(await page.locator('[data-testid="moran-i"]').getAttribute('data-i')) - knn.global.I)).toBeLessThan(1e-9);
  errs.check();
});

test('the bivariate LISA lists where low income meets low turnout around it, as PySAL\'s quadrants', async ({ page }) => {
  const errs = watchErrors(page);
  await page.goto('/?eksempel=kommuner&visning=lisa-bivariate&bx=disposable_income_raw&by=voter_turnout_pct');
  await expect(areas(page)).toHaveCount(98);
  const ref = FX.bivariate['disposable_income_raw~voter_turnout_pct|queen'];
  // computed in the loader worker: the map has its clusters once it answers
  await expect(areas(page).first()).toHaveAttribute('data-cluster', /\w/);
  const got = await areas(page).evaluateAll((ps) => Object.fromEntries(ps.map((p) => [p.dataset.district, [p.dataset.cluster, p.dataset.localI]])));
  ref.ids.forEach((id, k) => {
    expect(Math.abs(Number(got[id][1]) - ref.Is[k]), `Iᵢ of ${id}`).toBeLessThan(1e-9);
  });
  // every clearly significant area (p ≤ 0.01 in PySAL) has PySAL's quadrant
  const Q = { 1: 'HH', 2: 'LH', 3: 'LL', 4: 'HL' };
  ref.ids.forEach((id, k) => {
    if (ref.p_sim[k] <= 0.01) expect(got[id][0], id).toBe(Q[ref.q[k]]);
  });
  const list = page.locator('[data-testid="lisa-double"]');
  await expect(list).toBeVisible();
  const ll = ref.ids.filter((id, k) => ref.q[k] === 3 && ref.p_sim[k] <= 0.01);
  expect(ll.length).toBeGreaterThan(0);
  for (const id of ll) expect(got[id][0]).toBe('LL');
  expect(await list.locator('li').count()).toBeGreaterThanOrEqual(ll.length);
  await page.screenshot({ path: 'artifacts/lisa-bivariate.png' });
  errs.check();
});

test('Udvikling gives Moran\'s I year by year for a multi-year indicator in the cluster view', async ({ page }) => {
  const errs = watchErrors(page);
  await page.goto('/?eksempel=kvarterer&visning=lisa&indikator=higher_ed&panel=udvikling');
  await expect(page.locator('[data-testid="map"] [data-district]')).toHaveCount(67);
  const rows = page.locator('[data-testid="moran-by-year"] tr[data-year]');
  await expect(rows).toHaveCount(10);
  // higher education clusters strongly in Copenhagen: I well above its −1/(n−1) every year
  for (const i of await rows.evaluateAll((rs) => rs.map((r) => Number(r.dataset.i)))) expect(i).toBeGreaterThan(0.3);
  // the map's own I is the shown year's
  const shown = Number(await page.locator('[data-testid="moran-i"]').getAttribute('data-i'));
  const last = Number(await rows.last().getAttribute('data-i'));
  expect(Math.abs(shown - last)).toBeLessThan(1e-12);
  errs.check();
});
