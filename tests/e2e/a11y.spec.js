// Danish and English, keyboard and screen reader (issue 7).
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watchErrors, openAtlas, rendered, waitStored } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core (WCAG 2.1 A/AA rules) on the page; fail on serious or critical violations. */
async function audit(page, name) {
  await page.evaluate(AXE); // through the debugger protocol: not subject to the page's CSP
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join(' ')}`).join('\n')).join('\n');
  console.log(`axe ${name}: ${result.violations.length} violations (${bad.length} serious/critical), ${result.passes.length} rules passed`);
  expect(bad, `${name}:\n${report}`).toEqual([]);
}

const VIEWS = [
  ['map', async () => {}],
  ['gap', async (page) => page.locator('select[data-testid="mode"]').selectOption('gap')],
  ['bivariate', async (page) => page.locator('select[data-testid="mode"]').selectOption('bivariate')],
  ['index', async (page) => { await page.locator('[data-testid="tab-index"]').click(); await page.locator('[data-testid="show-index"]').click(); }],
  ['profile', async (page) => page.locator('[data-testid="tab-profile"]').click()],
  ['scatter', async (page) => page.locator('[data-testid="tab-scatter"]').click()],
  ['scenes', async (page) => page.locator('[data-testid="tab-scenes"]').click()],
  ['data menu', async (page) => page.locator('[data-testid="data-menu"] summary').click()],
  ['share menu', async (page) => page.locator('[data-testid="share-menu"] summary').click()],
  ['presentation', async (page) => page.locator('[data-testid="present"]').click()],
  ['edit grid', async (page) => {
    await page.locator('[data-testid="edit-grid"]').click();
    await page.locator('[role="gridcell"]').first().click();
  }],
  ['derive form', async (page) => page.locator('[data-testid="derive"]').click()],
  ['dimension pickers', async (page) => {
    const rows = ['OMRÅDE;KØN;ALDER;TID;INDHOLD'];
    for (const n of ['Indre By', 'Østerbro', 'Sydhavnen']) for (const k of ['I alt', 'Mænd', 'Kvinder']) for (const g of ['Alder i alt', '0-17 år', '18+ år']) rows.push(`${n};${k};${g};2024;5`);
    await page.locator('input[type="file"][data-testid="load-indicators"]').setInputFiles({ name: 'statbank.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.waitForSelector('select[data-testid="dimension"]');
  }],
  ['print preview', async (page) => {
    await page.evaluate(() => { window.print = () => {}; });
    await page.locator('[data-testid="print"]').click();
  }],
  ['table', async (page) => page.locator('[data-testid="view-table"]').click()],
  ['english', async (page) => page.locator('[data-testid="lang-switch"]').click()],
  ['udvikling (real example)', async (page) => {
    await page.goto('/?eksempel=bydele');
    await page.waitForSelector('path[data-district="10"]');
    await page.locator('[data-testid="tab-trend"]').click();
    await page.locator('.trend-table summary').click();
  }],
  ['change map (real example)', async (page) => {
    await page.goto('/?eksempel=bydele&visning=aendring');
    await page.waitForSelector('path[data-district="10"]');
  }],
  ['group picker (kvarterer as groups)', async (page) => {
    await page.goto('/?eksempel=kvarterer');
    await page.waitForSelector('path[data-district="20601"]');
    await page.locator('[data-testid="group-by"]').waitFor();
    await page.locator('[data-testid="group-name-a"]').waitFor();
  }],
];

for (const [name, open] of VIEWS) {
  test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
    const errs = watchErrors(page);
    await openAtlas(page);
    await open(page);
    // what the view draws on its next frames (labels sized, the presentation's
    // transitions) is on the page before axe reads its colours and names
    await rendered(page);
    await audit(page, name);
    errs.check();
  });
}

/** Walk the keyboard focus across the map to district `id` with arrow keys only. */
async function arrowTo(page, id) {
  const trail = [];
  for (let step = 0; step < 25; step++) {
    const where = await page.evaluate((id) => {
      const f = document.activeElement;
      const t = document.querySelector(`path.district[data-district="${id}"]`);
      // where the map writes each name (the label point the app navigates by)
      const c = (e) => {
        const name = e.getAttribute('aria-label').split('. ')[0];
        const label = [...document.querySelectorAll('text.label')].find((l) => l.textContent === name);
        const r = (label ?? e).getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      };
      return { at: f.dataset.district, from: c(f), to: c(t) };
    }, id);
    if (where.at === id) return step;
    trail.push(where.at);
    const dx = where.to[0] - where.from[0], dy = where.to[1] - where.from[1];
    const key = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : (dy > 0 ? 'ArrowDown' : 'ArrowUp');
    const before = where.at;
    await page.keyboard.press(key);
    const after = await page.evaluate(() => document.activeElement.dataset.district);
    if (after === before) {
      // blocked in the main direction: try the other axis
      await page.keyboard.press(Math.abs(dx) > Math.abs(dy) ? (dy > 0 ? 'ArrowDown' : 'ArrowUp') : (dx > 0 ? 'ArrowRight' : 'ArrowLeft'));
    }
  }
  throw new Error(`could not reach ${id} with arrow keys: ${trail.join(' → ')}`);
}

test('the Østerbro-vs-Sydhavnen comparison is completed with the keyboard alone', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  // Tab from the top of the page into the map.
  let tabs = 0;
  for (; tabs < 60; tabs++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('district'))) break;
  }
  expect(tabs).toBeLessThan(60);
  console.log(`Tab presses from page start to the map: ${tabs + 1}`);
  await expect(page.locator('path.focus-ring-inner')).toBeVisible();
  // Escape clears the preset A and B.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="announcer"]')).toHaveText('Valget af A og B er ryddet.');
  await expect(page.locator('path.outline-a')).not.toHaveAttribute('d', /M/);

  const away = await arrowTo(page, '05'); // to Valby first, so the walk to Østerbro is real
  const stepsA = await arrowTo(page, '02');
  const name = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  expect(name).toMatch(/^Østerbro\. Disponibel indkomst pr\. person: [\d.]+ kr\.; klasse \d af 5 \([\d.–]+\)/);
  await page.keyboard.press('Enter');
  const stepsB = await arrowTo(page, '11');
  await page.keyboard.press('Shift+Enter');
  console.log(`arrow presses: to Valby ${away}, back to Østerbro ${stepsA}, on to Sydhavnen ${stepsB}`);
  const said = page.locator('[data-testid="announcer"]');
  await expect(said).toContainText('A: Østerbro. B: Sydhavnen. Disponibel indkomst pr. person: Østerbro');
  await expect(said).toContainText('forskel +');
  await expect(said).toContainText('Østerbro er foran.');
  await expect(page.locator('[data-testid="compare"]')).toContainText('Østerbro');
  await expect(page.locator('[data-testid="compare"]')).toContainText('Sydhavnen');
  expect(await page.evaluate(() => document.activeElement.getAttribute('aria-label'))).toContain('valgt som B');
  // + and − zoom from a district.
  const t0 = await page.locator('g.zoomable').getAttribute('transform');
  await page.keyboard.press('+');
  await expect(page.locator('g.zoomable')).not.toHaveAttribute('transform', t0);
  await page.keyboard.press('-');
  await page.screenshot({ path: `${ART}keyboard-comparison.png` });
  errs.check();
});

test('English by a visible switch: strings and number formats change, the choice is remembered and in the link', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  const rangeDa = await page.locator('[data-testid="legend"] .legend-class .range').first().textContent();
  expect(rangeDa).toMatch(/^\d{3}\.\d{3}–\d{3}\.\d{3}$/);
  await page.screenshot({ path: `${ART}language-da.png` });
  await page.locator('[data-testid="lang-switch"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-testid="lang-switch"]')).toHaveText('Dansk');
  await expect(page.locator('[data-testid="legend"] h2')).toHaveText('Legend');
  await expect(page.locator('label.picker span').first()).toHaveText('Indicator');
  await expect(page.locator('select[data-testid="indicator"] option:checked')).toHaveText('Disposable income per person');
  await expect(page.locator('[data-testid="tab-compare"]')).toHaveText('Comparison');
  await expect(page.locator('[data-testid="source"]')).toContainText('Illustrative figures');
  const rangeEn = await page.locator('[data-testid="legend"] .legend-class .range').first().textContent();
  expect(rangeEn).toBe(rangeDa.replaceAll('.', ','));
  const label = await page.locator('path[data-district="02"]').getAttribute('aria-label');
  expect(label).toMatch(/^Østerbro\. Disposable income per person: DKK [\d,]+|^Østerbro\. Disposable income per person: [\d,]+ DKK/);
  await expect(page).toHaveURL(/lang=en/);
  await page.screenshot({ path: `${ART}language-en.png` });
  // remembered: a plain reload of the bare address is still English
  await waitStored(page, 'session', '"lang":"en"');
  await page.goto('/');
  await page.waitForSelector('svg[data-testid="map"] path[data-district]');
  await expect(page.locator('[data-testid="legend"] h2')).toHaveText('Legend');
  await page.locator('[data-testid="lang-switch"]').click();
  await expect(page.locator('[data-testid="legend"] h2')).toHaveText('Signaturforklaring');
  errs.check();
});

test('the table view holds every district and indicator with the same values as the map, sortable', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const mapLabel = await page.locator('path[data-district="02"]').getAttribute('aria-label');
  const mapValue = mapLabel.match(/: ([\d.]+ kr\.)/)[1];
  await page.locator('[data-testid="view-table"]').click();
  const table = page.locator('[data-testid="data-table"]');
  await expect(table.locator('tbody tr')).toHaveCount(11);
  await expect(table.locator('thead th')).toHaveCount(11); // area + 10 indicators
  await expect(page.locator('svg[data-testid="map"]')).toBeHidden();
  await expect(page).toHaveURL(/tabel=1/);
  const row = table.locator('tbody tr[data-district="02"]');
  await expect(row.locator('td.current')).toHaveText(mapValue);
  // names in Danish order by default: Amager Øst … Østerbro near the end (Ø after V)
  const names = await table.locator('tbody th').allTextContents();
  expect(names[0]).toBe('Amager Vest');
  expect(names.indexOf('Østerbro')).toBeGreaterThan(names.indexOf('Vesterbro'));
  // sort by income: highest first, then lowest first
  await table.locator('[data-testid="sort"][data-column="indkomst"]').click();
  await expect(table.locator('th[aria-sort="descending"]')).toHaveCount(1);
  expect(await table.locator('tbody th').first().textContent()).toBe('Indre By');
  await table.locator('[data-testid="sort"][data-column="indkomst"]').click();
  await expect(table.locator('th[aria-sort="ascending"]')).toHaveCount(1);
  expect(await table.locator('tbody th').first().textContent()).toBe('Sydhavnen');
  await page.screenshot({ path: `${ART}table-view.png` });
  await page.locator('[data-testid="view-map"]').click();
  await expect(page.locator('svg[data-testid="map"]')).toBeVisible();
  errs.check();
});

test('accessible names follow the view: the gap, the index rank and the bivariate cell', async ({ page }) => {
  await openAtlas(page);
  const name = () => page.locator('path[data-district="11"]').getAttribute('aria-label');
  await page.locator('select[data-testid="mode"]').selectOption('gap');
  expect(await name()).toMatch(/Forskel: −[\d.]+ kr\./);
  await page.locator('select[data-testid="mode"]').selectOption('bivariate');
  expect(await name()).toContain('dobbelt udsat');
  await page.locator('select[data-testid="mode"]').selectOption('index');
  expect(await name()).toMatch(/^Sydhavnen\. Indeks: −?[\d,]+ \(nr\. \d+ af \d+\); klasse \d af \d/);
});
