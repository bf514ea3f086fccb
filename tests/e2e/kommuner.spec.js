// «Danmarks kommuner: ressourcer og samskabelse» (?eksempel=kommuner): the real
// double-vulnerability map of Denmark — disposable income × KV21 turnout — with the
// «dobbelt udsat» list from real figures, Gentofte against Lolland, in words that fit a
// map of municipalities, and with no message about the boundaries.
import { test, expect } from '@playwright/test';
import { watchErrors } from './helpers.js';

test('the municipalities example opens on the bivariate map with real figures and words for kommuner', async ({ page }) => {
  const errs = watchErrors(page);
  await page.goto('/?eksempel=kommuner');
  await expect(page.locator('[data-testid="map"] [data-district]')).toHaveCount(98);
  await expect(page.locator('[data-testid="mode"]')).toHaveValue('bivariate');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Gentofte');
  await expect(page.locator('[data-testid="compare-b"]')).toHaveText('B: Lolland');
  // the «dobbelt udsat» list is filled from the real figures
  const dv = page.locator('[data-testid="double-vulnerable"] li');
  expect(await dv.count()).toBeGreaterThan(0);
  // real figures: København's KV21 turnout as Danmarks Statistik gives it (LABY08)
  const turnout = page.locator('[data-testid="compare-row"][data-indicator="voter_turnout_pct"]');
  await expect(turnout).toHaveAttribute('data-a', /^\d+(\.\d+)?$/);
  await expect(page.locator('footer')).not.toContainText(/illustrativ/i);
  await expect(page.locator('footer')).toContainText('Danmarks Statistik');
  // the words fit the map
  await expect(page.locator('#map-keys-help')).toContainText('Piletaster flytter mellem kommuner');
  await expect(page.locator('[data-testid="compare"]')).toContainText('Klik på en kommune på kortet');
  // the derivation repaired DAWA's crossing rings: no message about the boundaries
  await expect(page.locator('[data-testid="messages"] li[data-kind="polygon-invalid"]')).toHaveCount(0);
  // the source's own scores are never shipped
  const ids = await page.locator('select[data-testid="indicator"] option').evaluateAll((os) => os.map((o) => o.value));
  expect(ids.filter((id) => /_ratio$|_avg$|score/.test(id))).toEqual([]);
  expect(ids).toContain('disposable_income_raw');
  await page.screenshot({ path: 'artifacts/kommuner-bivariate.png' });
  errs.check();
});
