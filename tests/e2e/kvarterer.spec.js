// «Københavns kvarterer 2016–2026» (?eksempel=kvarterer): Østerbro against Sydhavnen as
// the groups of kvarterer they are, on real figures, computed here by hand from the
// shared folder's kvarter_long.csv; «alle med samme bydel» gives what Shift+click gives;
// the link and a reload keep the groups.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SHARED, requireShared, watchErrors } from './helpers.js';

const OESTERBRO = Array.from({ length: 11 }, (_, i) => `203${String(i + 1).padStart(2, '0')}`);
const SYDHAVNEN = ['20601', '20602', '20603'];

/** kvarter → indicator → year → value, from the shared long table. */
function longTable() {
  const text = readFileSync(`${SHARED}/cph_kvarterer_kk_statbank_2016_2026/derived/kvarter_long.csv`, 'utf8');
  const out = {};
  for (const line of text.trim().split('\n').slice(1)) {
    const [code, , , , ind, year, value] = line.split(';');
    ((out[code] ??= {})[ind] ??= {})[year] = Number(value);
  }
  return out;
}

/** A share of a group: the parts weighted by their residents (the 2026 population). */
function weighted(t, codes, ind, year) {
  let num = 0, den = 0;
  for (const c of codes) {
    const pop = t[c].pop['2026'];
    num += t[c][ind][year] * pop;
    den += pop;
  }
  return num / den;
}

const row = (page, id) => page.locator(`[data-testid="compare-row"][data-indicator="${id}"]`);
const near = (got, want) => expect(Math.abs(Number(got) - want), `${got} ≈ ${want}`).toBeLessThan(1e-6 * Math.abs(want));

test('the kvarterer example opens on Østerbro against Sydhavnen as groups, with values as computed by hand', async ({ page }) => {
  requireShared();
  const errs = watchErrors(page);
  const t = longTable();
  await page.goto('/?eksempel=kvarterer');
  await expect(page.locator('[data-testid="map"] [data-district]')).toHaveCount(67);
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
  await expect(page.locator('[data-testid="compare-b"]')).toHaveText('B: Sydhavnen');
  await expect(page.locator('select[data-testid="indicator"]')).toHaveValue('higher_ed');
  // higher education 2025: a share, weighted by each kvarter's residents
  near(await row(page, 'higher_ed').getAttribute('data-a'), weighted(t, OESTERBRO, 'higher_ed', '2025'));
  near(await row(page, 'higher_ed').getAttribute('data-b'), weighted(t, SYDHAVNEN, 'higher_ed', '2025'));
  await expect(row(page, 'higher_ed')).not.toHaveAttribute('data-a-approx', 'true');
  // residents: a count, summed
  near(await row(page, 'indbyggere').getAttribute('data-a'), OESTERBRO.reduce((s, c) => s + t[c].pop['2026'], 0));
  // the median income cannot be had from the parts: ≈
  await expect(row(page, 'income_med')).toHaveAttribute('data-a-approx', 'true');
  // unemployment is the bydel's figure: said, and never ranked among kvarterer
  await expect(row(page, 'unemp').locator('th')).toContainText('bydelstal');
  // nothing illustrative about it
  await expect(page.locator('footer')).not.toContainText(/illustrativ/i);
  await page.screenshot({ path: 'artifacts/kvarterer-groups.png' });
  errs.check();
});

test('«alle med samme bydel» makes the same Østerbro as Shift+clicking its 11 kvarterer, and the link keeps both groups', async ({ page }) => {
  requireShared();
  await page.goto('/?eksempel=kvarterer');
  await expect(page.locator('[data-testid="map"] [data-district]')).toHaveCount(67);
  const byHand = await row(page, 'higher_ed').getAttribute('data-a');
  // Enter on Nordhavn makes it A alone (B stays Sydhavnen); «alle med samme bydel»
  await page.locator('[data-testid="map"] [data-district="20308"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Nordhavn');
  await page.locator('[data-testid="group-by"]').selectOption('bydel');
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
  await expect(row(page, 'higher_ed')).toHaveAttribute('data-a', byHand);
  // Shift+Enter makes Bavnehøj B; Ctrl+Enter adds Gl. Sydhavn and Holmene
  await page.locator('[data-testid="map"] [data-district="20601"]').first().focus();
  await page.keyboard.press('Shift+Enter');
  for (const id of ['20602', '20603']) {
    await page.locator(`[data-testid="map"] [data-district="${id}"]`).first().focus();
    await page.keyboard.press('Control+Enter');
  }
  await page.locator('[data-testid="group-name-b"]').fill('Sydhavnen');
  await page.locator('[data-testid="group-name-b"]').press('Enter');
  await expect(page.locator('[data-testid="compare-b"]')).toHaveText('B: Sydhavnen');
  await expect(page).toHaveURL(/bgruppe=Sydhavnen/);
  await page.reload();
  await expect(page.locator('[data-testid="map"] [data-district]')).toHaveCount(67);
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
  await expect(page.locator('[data-testid="compare-b"]')).toHaveText('B: Sydhavnen');
  await expect(row(page, 'higher_ed')).toHaveAttribute('data-a', byHand);
});
