// Groups of areas as A or B: made by Shift+click and Ctrl+Enter, valued by the
// indicator's measure type (a count summed, a share weighted by the population, an
// average marked «≈»), named by the user, kept in the link and through a reload.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas, pointIn, watchErrors } from './helpers.js';

/** The demo table's figures by area id, read from the shipped CSV (Danish numbers). */
function demoFigures() {
  const text = readFileSync(new URL('../../public/demo/indikatorer.csv', import.meta.url), 'utf8');
  const [head, ...lines] = text.trim().split('\n').map((l) => l.split(';'));
  const num = (s) => (s === '' ? null : Number(s.replace(/\./g, '').replace(',', '.')));
  return Object.fromEntries(lines.map((cells) => [cells[0], Object.fromEntries(head.map((h, i) => [h, i < 2 ? cells[i] : num(cells[i])]))]));
}

const row = (page, id) => page.locator(`[data-testid="compare-row"][data-indicator="${id}"]`);
const near = (got, want) => expect(Math.abs(Number(got) - want), `${got} ≈ ${want}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(want)));

test('Shift+click makes A a group whose values follow each measure type, as computed by hand', async ({ page }) => {
  const errs = watchErrors(page);
  const f = demoFigures();
  await openAtlas(page);
  // a plain click on Nørrebro makes it A (the next click would fill B) …
  let p = await pointIn(page, '03');
  await page.mouse.click(p.x, p.y);
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Nørrebro');
  // … and Shift+click adds Østerbro to A as a group
  p = await pointIn(page, '02');
  await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  await page.keyboard.up('Shift');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Gruppe A');
  await expect(page.locator('[data-testid="compare-b"]')).toHaveText('B: Sydhavnen');

  const [n, o] = [f['03'], f['02']];
  const pop = n.indbyggere + o.indbyggere;
  // a count is summed
  near(await row(page, 'indbyggere').getAttribute('data-a'), pop);
  await expect(row(page, 'indbyggere')).not.toHaveAttribute('data-a-approx', 'true');
  // a share is weighted by the population, and says so
  near(await row(page, 'ledighed').getAttribute('data-a'), (n.ledighed * n.indbyggere + o.ledighed * o.indbyggere) / pop);
  await expect(row(page, 'ledighed').locator('.val-a .why')).toHaveText('vægtet med «Indbyggere»');
  // an average per person cannot be had from the parts: ≈, with the parts' range
  near(await row(page, 'indkomst').getAttribute('data-a'), (n.indkomst * n.indbyggere + o.indkomst * o.indbyggere) / pop);
  await expect(row(page, 'indkomst')).toHaveAttribute('data-a-approx', 'true');
  await expect(row(page, 'indkomst').locator('.val-a')).toContainText('≈');
  await expect(row(page, 'indkomst').locator('.val-a .why')).toContainText('214.300–296.700');
  // B is one area: its own value, no «≈», and a rank
  near(await row(page, 'indkomst').getAttribute('data-b'), f['11'].indkomst);
  await expect(row(page, 'indkomst')).not.toHaveAttribute('data-b-approx', 'true');

  // the group's name is the user's
  await page.locator('[data-testid="group-name-a"]').fill('Nord');
  await page.locator('[data-testid="group-name-a"]').press('Enter');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Nord');
  await expect(page).toHaveURL(/agruppe=Nord(%3A|:)(02|03)/);

  // a reload keeps the group, its name and its values
  await page.reload();
  await page.waitForSelector('svg[data-testid="map"] path[data-district]');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Nord');
  near(await row(page, 'indbyggere').getAttribute('data-a'), pop);

  // Ctrl+Enter on the map takes Østerbro out again: A is Nørrebro alone
  await page.locator('path[data-district="02"]').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Nørrebro');
  near(await row(page, 'indbyggere').getAttribute('data-a'), n.indbyggere);
  await page.screenshot({ path: 'artifacts/groups-demo.png' });
  errs.check();
});

test('a group is outlined as one shape, without the border between its members', async ({ page }) => {
  await openAtlas(page);
  const outline = page.locator('svg[data-testid="map"] path.outline-a');
  const single = (await outline.getAttribute('d')) ?? '';
  let p = await pointIn(page, '03');
  await page.mouse.click(p.x, p.y);
  p = await pointIn(page, '02');
  await page.keyboard.down('Control');
  await page.mouse.click(p.x, p.y);
  await page.keyboard.up('Control');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Gruppe A');
  const group = (await outline.getAttribute('d')) ?? '';
  expect(group.length).toBeGreaterThan(0);
  expect(group).not.toEqual(single);
  // the outline holds only open lines of the outer border: no closed ring per member
  expect(group.includes('Z')).toBe(false);
});
