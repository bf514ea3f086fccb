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

/** The kvarterer of the bydel `name`, from the shared long table's bydel_name. */
function kvartererOf(name) {
  const text = readFileSync(`${SHARED}/cph_kvarterer_kk_statbank_2016_2026/derived/kvarter_long.csv`, 'utf8');
  const codes = new Set();
  for (const line of text.trim().split('\n').slice(1)) {
    const [code, , , bydel] = line.split(';');
    if (bydel === name) codes.add(code);
  }
  return [...codes];
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

test('«Vis som grupper» draws the 67 kvarterer as 10 bydele, figures by the group rules, kept in the link and undone', async ({ page }) => {
  requireShared();
  const errs = watchErrors(page);
  const t = longTable();
  const vesterbro = kvartererOf('Vesterbro/Kongens Enghave');
  expect(vesterbro).toEqual(expect.arrayContaining(SYDHAVNEN));
  await page.goto('/?eksempel=kvarterer');
  const areas = page.locator('[data-testid="map"] [data-district]');
  await expect(areas).toHaveCount(67);
  const asGroup = await row(page, 'higher_ed').getAttribute('data-a');
  await page.locator('[data-testid="show-groups"]').check();
  await expect(areas).toHaveCount(10);
  await expect(page.locator('[data-testid="show-groups-status"]')).toHaveText('Viser 10 bydele samlet af 67 kvarterer');
  // A = Østerbro is now one bydel with the same value; B = Sydhavnen lies in Vesterbro/Kongens Enghave
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
  await expect(page.locator('[data-testid="compare-b"]')).toHaveText('B: Vesterbro/Kongens Enghave');
  await expect(row(page, 'higher_ed')).toHaveAttribute('data-a', asGroup);
  near(await row(page, 'higher_ed').getAttribute('data-b'), weighted(t, vesterbro, 'higher_ed', '2025'));
  near(await row(page, 'indbyggere').getAttribute('data-b'), vesterbro.reduce((s, c) => s + t[c].pop['2026'], 0));
  // a median of the bydel cannot be had from its kvarterer: the indicator says ≈
  await expect(page.locator('select[data-testid="indicator"] option[value="income_med"]')).toContainText('≈');
  // unemployment is a bydel figure, and now each area is a bydel: no «bydelstal» note
  await expect(row(page, 'unemp').locator('th')).not.toContainText('bydelstal');
  await expect(page).toHaveURL(/grupper=bydel/);
  await page.screenshot({ path: 'artifacts/kvarterer-as-bydele.png' });
  await page.reload();
  await expect(areas).toHaveCount(10);
  await expect(page.locator('[data-testid="show-groups"]')).toBeChecked();
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
  // editing figures is for the areas loaded
  await page.locator('[data-testid="edit-grid"]').click();
  await expect(page.locator('[data-testid="grid-grouped"]')).toBeVisible();
  await page.locator('[data-testid="view-map"]').click();
  // back: Østerbro is the group of its 11 kvarterer again
  await page.locator('[data-testid="show-groups"]').uncheck();
  await expect(areas).toHaveCount(67);
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
  await expect(page.locator('[data-testid="group-name-a"]')).toHaveValue('Østerbro');
  await expect(row(page, 'higher_ed')).toHaveAttribute('data-a', asGroup);
  await expect(page).not.toHaveURL(/grupper=/);
  errs.check();
});

test('the gap map against a group: Østerbro as the reference, its value by the group rules, in the link and on paper', async ({ page }) => {
  requireShared();
  const errs = watchErrors(page);
  const t = longTable();
  await page.goto('/?eksempel=kvarterer');
  await expect(page.locator('[data-testid="map"] [data-district]')).toHaveCount(67);
  await page.locator('[data-testid="mode"]').selectOption('gap');
  await page.locator('[data-testid="gap-reference"]').selectOption('gruppe-a');
  const centre = page.locator('[data-testid="gap-centre"]');
  await expect(centre).toContainText('Forskel fra Østerbro');
  const want = weighted(t, OESTERBRO, 'higher_ed', '2025').toFixed(1).replace('.', ',');
  await expect(centre).toContainText(want);
  await expect(page).toHaveURL(/refgruppe=/);
  await page.reload();
  await expect(centre).toContainText('Forskel fra Østerbro');
  // the handout names both groups and outlines each as one shape
  await page.evaluate(() => { window.print = () => {}; });
  await page.locator('[data-testid="print"]').click();
  const sheet = page.locator('[data-testid="print-pages"] [data-testid="handout-page"]');
  await expect(sheet).toContainText('Østerbro');
  await expect(sheet).toContainText('Sydhavnen');
  const outlines = sheet.locator('.hp-map-svg path[fill="none"][stroke-width="3"]');
  await expect(outlines).toHaveCount(2);
  // one shape each: Sydhavnen's outline is none of its kvarterer's own paths
  const d = await outlines.nth(1).getAttribute('d');
  const own = await sheet.locator('.hp-map-svg path:not([fill="none"])').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  expect(own.length).toBeGreaterThanOrEqual(67);
  expect(d.length).toBeGreaterThan(20);
  expect(own).not.toContain(d);
  errs.check();
});
