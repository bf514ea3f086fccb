// Figures in without preparing a file (issue 17, first parts): the template for the
// boundaries on screen (CSV and XLSX, filled by script and loaded back: 100 %), a
// paste from a spreadsheet (report, hand mapping, the text cell named), undo/redo and
// reload keeping the paste.
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { watchErrors, openAtlas, requireShared, SHARED, waitStored } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });
const PATHS = 'svg[data-testid="map"] path[data-district]';
const input = (page, id) => page.locator(`input[type="file"][data-testid="${id}"]`);
const idle = (page) => expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 60_000 });
const options = (page) => page.locator('select[data-testid="indicator"] option').allInnerTexts();

async function download(page, testid, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testid}"]`).click()]);
  const file = `${ART}${name ?? d.suggestedFilename()}`;
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

/** Fill a Danish CSV template: a new column with a figure per row. */
function fill(csv, column) {
  const [head, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\n');
  return [`${head};${column}`, ...rows.map((r, k) => `${r};${40 + k},5`)].join('\n') + '\n';
}

test('the template for the demo (CSV and XLSX) comes back filled in: 100 % matched', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  const csv = await download(page, 'template-csv');
  expect(csv.suggested).toMatch(/^skabelon.*\.csv$/);
  const text = readFileSync(csv.file, 'utf8');
  expect(text.startsWith('\uFEFFkode;navn;')).toBe(true);
  expect(text.trim().split('\n')).toHaveLength(12);
  const xlsx = await download(page, 'template-xlsx');
  expect(readFileSync(xlsx.file).subarray(0, 2).toString()).toBe('PK');
  const meta = await download(page, 'template-meta');
  expect(JSON.parse(readFileSync(meta.file, 'utf8')).key_column).toBe('kode');

  const filled = `${ART}skabelon-udfyldt.csv`;
  writeFileSync(filled, fill(text, 'Frivillige (skabelon)'));
  await input(page, 'load-indicators').setInputFiles(filled);
  // the demo's table also matched 11 of 11: wait for the new table before reading that
  await expect(page.locator('[data-testid="table-source"]')).toContainText('skabelon-udfyldt.csv');
  await idle(page);
  await expect(page.locator('[data-testid="messages"]')).toContainText('11 af 11');
  expect(await options(page)).toContain('Frivillige (skabelon)');
  await input(page, 'load-indicators').setInputFiles(xlsx.file);
  await expect(page.locator('[data-testid="table-source"]')).toContainText(xlsx.suggested);
  await idle(page);
  await expect(page.locator('[data-testid="messages"]')).toContainText('11 af 11');
  w.check();
});

test('the template for loaded DAGI municipalities keeps the codes and matches all 99', async ({ page }) => {
  requireShared();
  await openAtlas(page);
  await input(page, 'load-boundaries').setInputFiles(`${SHARED}dk_dagi_2014/kommuner.geojson`);
  await expect(page.locator(PATHS)).toHaveCount(99, { timeout: 60_000 });
  await idle(page);
  const csv = await download(page, 'template-csv');
  const text = readFileSync(csv.file, 'utf8');
  const rows = text.trim().split('\n').slice(1);
  expect(rows).toHaveLength(99);
  expect(rows.some((r) => r.startsWith('0101;'))).toBe(true);
  const filled = `${ART}skabelon-kommuner-udfyldt.csv`;
  writeFileSync(filled, fill(text, 'Foreninger'));
  await input(page, 'load-indicators').setInputFiles(filled);
  await idle(page);
  await expect(page.locator('[data-testid="messages"]')).toContainText('99 af 99');
});

/** Paste `text` as the clipboard would: a paste event carrying it, on `selector`. */
async function paste(page, text, selector = 'body') {
  await page.locator(selector).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a range pasted from Excel joins like a file: report, hand mapping, the text cell named; Ctrl+Z undoes it; reload keeps it', async ({ page, context }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  const before = await options(page);
  // Excel's clipboard: tabs, CRLF, decimal comma, a misspelt district, a text cell
  await paste(page, 'Bydel\tFrivillige (survey)\r\nØsterbro\t51,5\r\nValby\t33\r\nVesterbrro\t28\r\nNørrebro\tmange\r\n');
  const report = page.locator('[data-testid="paste-report"]');
  await expect(report).toContainText('3 af 4');
  await expect(page.locator('[data-testid="messages"]')).toContainText('«mange»');
  await expect(page.locator('[data-testid="messages"]')).toContainText('nye kolonner: Frivillige (survey)');
  expect(await options(page)).toContain('Frivillige (survey)');
  // the map shows the pasted column
  await expect(page.locator('select[data-testid="indicator"] option:checked')).toHaveText('Frivillige (survey)');
  await expect(page.locator(`${PATHS}[aria-label^="Østerbro"]`)).toHaveAttribute('aria-label', /51,5/);
  // map the misspelt row by hand: its figure arrives
  const row = page.locator('select[data-testid="paste-map-row"][data-row="Vesterbrro"]');
  const vesterbro = await row.locator('option', { hasText: '★ Vesterbro' }).getAttribute('value');
  await row.selectOption(vesterbro);
  await expect(report).toContainText('4 af 4');
  await expect(page.locator(`${PATHS}[aria-label^="Vesterbro"]`)).toHaveAttribute('aria-label', /28/);
  await expect(page.locator('[data-testid="source"]')).toContainText('indtastet manuelt');
  await page.screenshot({ path: `${ART}paste-report.png` });

  // one Ctrl+Z undoes the whole paste, Ctrl+Y brings it back
  await page.locator('body').click({ position: { x: 5, y: 890 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => options(page)).toEqual(before);
  await expect(page.locator('[data-testid="redo"]')).toBeEnabled();
  await page.keyboard.press('Control+y');
  await expect.poll(() => options(page)).toContain('Frivillige (survey)');
  await expect(page.locator('[data-testid="paste-report"]')).toContainText('4 af 4');

  // the paste box takes a paste too; one that cannot be read is said and changes nothing
  await paste(page, 'kun én kolonne\nØsterbro\n', 'textarea[data-testid="paste-box"]');
  await expect(page.locator('[data-testid="messages"]')).toContainText('Det indsatte kunne ikke læses');
  expect((await options(page)).length).toBe(before.length + 1);

  // a reload keeps the pasted figures and the mapping
  await waitStored(page, 'session', 'Frivillige (survey)');
  await page.reload();
  await page.waitForSelector(PATHS);
  await expect.poll(() => options(page)).toContain('Frivillige (survey)');
  await expect(page.locator('[data-testid="paste-report"]')).toContainText('4 af 4');
  // the undo button works as the keys do
  await page.locator('[data-testid="undo"]').click();
  await expect.poll(() => options(page)).toEqual(before);
  w.check();
});

test('a range without a header row, English decimals, typed into the paste box by a script', async ({ page }) => {
  await openAtlas(page);
  await page.locator('textarea[data-testid="paste-box"]').fill('Østerbro\t1,234.5\nValby\t980.25\n');
  await expect.poll(() => options(page)).toContain('Indsat 1');
  // 1,234.5 read as one thousand two hundred … (shown rounded, as large figures are)
  await expect(page.locator(`${PATHS}[aria-label^="Østerbro"]`)).toHaveAttribute('aria-label', /Indsat 1: 1\.23[45]\b/);
  await expect(page.locator(`${PATHS}[aria-label^="Valby"]`)).toHaveAttribute('aria-label', /Indsat 1: 98[01]\b/);
  await expect(page.locator('textarea[data-testid="paste-box"]')).toHaveValue('');
});

test('Beregn: members per 1,000 residents and per km² from a pasted count; undo removes it', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  await page.locator('textarea[data-testid="paste-box"]').fill('Bydel\tForeningsmedlemmer\nØsterbro\t9.000\nValby\t0\nNørrebro\t..\n');
  await expect.poll(() => options(page)).toContain('Foreningsmedlemmer');
  await page.locator('[data-testid="derive"]').click();
  await page.locator('[data-testid="derive-a"]').selectOption('Foreningsmedlemmer');
  await expect(page.locator('[data-testid="derive-b"] option:checked')).toHaveText('Indbyggere');
  await expect(page.locator('[data-testid="derive-name"]')).toHaveValue('Foreningsmedlemmer pr. 1.000 indbyggere');
  await page.locator('[data-testid="derive-apply"]').click();
  await expect(page.locator('select[data-testid="indicator"] option:checked')).toHaveText('Foreningsmedlemmer pr. 1.000 indbyggere');
  // 9,000 of the demo's 79,803 residents
  await expect(page.locator(`${PATHS}[aria-label^="Østerbro"]`)).toHaveAttribute('aria-label', /112,78 pr\. 1\.000/);
  await expect(page.locator(`${PATHS}[aria-label^="Valby"]`)).toHaveAttribute('aria-label', /: 0 pr\. 1\.000|: 0,00 pr\. 1\.000/);
  await expect(page.locator(`${PATHS}[aria-label^="Nørrebro"]`)).toHaveAttribute('aria-label', /mangler data/);
  await expect(page.locator('[data-testid="source"]')).toContainText('Beregnet: Foreningsmedlemmer / Indbyggere × 1.000');
  // per km² of each area's own size
  await page.locator('[data-testid="derive-kind"]').selectOption('perkm2');
  await expect(page.locator('[data-testid="derive-b"]')).toBeHidden();
  await page.locator('[data-testid="derive-a"]').selectOption('Foreningsmedlemmer');
  await page.locator('[data-testid="derive-apply"]').click();
  await expect(page.locator('select[data-testid="indicator"] option:checked')).toHaveText('Foreningsmedlemmer pr. km²');
  await expect(page.locator(`${PATHS}[aria-label^="Østerbro"]`)).toHaveAttribute('aria-label', /pr\. km²/);
  // the same name again is refused with a sentence
  await page.locator('[data-testid="derive-apply"]').click();
  await expect(page.locator('[data-testid="messages"]')).toContainText('allerede en indikator med det navn');
  await page.screenshot({ path: `${ART}derive.png` });
  await page.locator('[data-testid="undo"]').click();
  await expect.poll(() => options(page)).not.toContain('Foreningsmedlemmer pr. km²');
  expect(await options(page)).toContain('Foreningsmedlemmer pr. 1.000 indbyggere');
  w.check();
});

test('Rediger tal: type into the grid with the keyboard only; the map follows; text is refused; Delete, paste a block, undo, reload', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  await page.locator('[data-testid="edit-grid"]').click();
  const grid = page.locator('[role="grid"]');
  await expect(grid).toBeVisible();
  const cells = grid.locator('[role="gridcell"]');
  const columns = (await options(page)).length;
  await expect(cells).toHaveCount(11 * columns);
  // the names stay in view when the grid scrolls sideways (sticky only while scrolled,
  // so 2,148 sticky names cost nothing while typing at the left edge)
  const wrap = page.locator('.edit-grid-wrap');
  const nameLeft = () => grid.locator('th[role="rowheader"]').first()
    .evaluate((el) => el.getBoundingClientRect().left - el.closest('.edit-grid-wrap').getBoundingClientRect().left);
  expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth), 'the demo grid is wider than its pane').toBeGreaterThan(300);
  await expect(wrap).not.toHaveClass(/scrolled-x/);
  await wrap.evaluate((el) => { el.scrollLeft = 300; });
  await expect(wrap).toHaveClass(/scrolled-x/);
  await expect.poll(nameLeft).toBeGreaterThanOrEqual(-1);
  await wrap.evaluate((el) => { el.scrollLeft = 0; });
  await expect(wrap).not.toHaveClass(/scrolled-x/);
  const cell = (d, c = 'indkomst') => grid.locator(`[role="gridcell"][data-district="${d}"][data-column="${c}"]`);
  // keyboard only: Tab into the grid, arrows to Østerbro's income, type, Enter
  await page.locator('[data-testid="edit-grid"]').focus();
  // Tab reaches the grid's one tab stop (the active cell)
  let inGrid = false;
  for (let i = 0; i < 6 && !inGrid; i++) {
    await page.keyboard.press('Tab');
    inGrid = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'gridcell');
  }
  expect(inGrid, 'Tab reaches the grid').toBe(true);
  await expect(grid.locator('[role="gridcell"]:focus')).toHaveCount(1);
  const row = Number(await cell('02').getAttribute('data-row'));
  for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
  await expect(cell('02')).toBeFocused();
  await page.keyboard.type('250000');
  await page.keyboard.press('Enter');
  await expect(cell('02')).toContainText('250.000');
  // Enter moved down one row (the grid keeps its cursor across the rebuild an edit causes)
  await expect(grid.locator(`[role="gridcell"][data-row="${row + 1}"][data-col="0"]`)).toBeFocused();
  await expect(page.locator('[data-testid="source"]')).toContainText('1 tal indtastet manuelt');
  // Enter moved down; back up, text is refused with a sentence and the cell keeps its figure
  await page.keyboard.press('ArrowUp');
  await expect(cell('02')).toBeFocused();
  await page.keyboard.type('mange');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="messages"]')).toContainText('Østerbro, Disponibel indkomst pr. person: «mange» er ikke et tal');
  await expect(cell('02')).toContainText('250.000');
  // the map follows
  await page.locator('[data-testid="view-map"]').click();
  await expect(page.locator(`${PATHS}[data-district="02"]`)).toHaveAttribute('aria-label', /250\.000 kr\./);
  await page.locator('[data-testid="edit-grid"]').click();
  // Delete clears to missing
  await cell('02').click();
  await page.keyboard.press('Delete');
  await expect(cell('02')).toContainText('mangler data');
  // a block pasted from a spreadsheet fills from the active cell; one Ctrl+Z undoes it
  await cell('02').click();
  await cell('02').evaluate((el) => {
    const d = new DataTransfer();
    d.setData('text/plain', '111\t22\r\n333\t44\r\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true }));
  });
  await expect(cell('02')).toHaveText('111 kr.');
  await page.screenshot({ path: `${ART}edit-grid.png` });
  await page.keyboard.press('Control+z');
  await expect(cell('02')).toContainText('mangler data');
  await page.locator('[data-testid="redo"]').click();
  await expect(cell('02')).toHaveText('111 kr.');
  // edits survive a reload
  await waitStored(page, 'session', '"kind":"cells"');
  await page.reload();
  await page.waitForSelector('[data-testid="edit-grid"]');
  await page.locator('[data-testid="edit-grid"]').click();
  await expect(cell('02')).toHaveText('111 kr.');
  w.check();
});

test('a new column in the grid, described in the editor, typed in and kept', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  await page.locator('[data-testid="edit-grid"]').click();
  await page.locator('[data-testid="add-column-name"]').fill('Frivillige i foreninger');
  await page.locator('[data-testid="add-column"]').click();
  await expect.poll(() => options(page)).toContain('Frivillige i foreninger');
  await expect(page.locator('select[data-testid="indicator"] option:checked')).toHaveText('Frivillige i foreninger');
  const cell = (d) => page.locator(`[role="gridcell"][data-district="${d}"][data-column="Frivillige i foreninger"]`);
  await expect(cell('02')).toContainText('mangler data');
  // the description editor opens for the new column
  const editor = page.locator('[data-testid="edit-meta"]');
  await expect(editor).toHaveAttribute('open', '');
  await page.locator('[data-testid="meta-unit"]').fill('pr. 1.000');
  await page.locator('[data-testid="meta-unit"]').press('Enter');
  await page.locator('[data-testid="meta-polarity"]').selectOption('HigherIsBetter');
  await page.locator('[data-testid="meta-year"]').fill('2024');
  await page.locator('[data-testid="meta-year"]').press('Enter');
  await page.locator('[data-testid="meta-source"]').fill('Frivillighedsundersøgelsen');
  await page.locator('[data-testid="meta-source"]').press('Enter');
  await expect(page.locator('[data-testid="source"]')).toContainText('Frivillighedsundersøgelsen (2024)');
  // type figures
  await cell('02').click();
  await page.keyboard.type('45,5');
  await page.keyboard.press('Enter');
  await expect(cell('02')).toContainText('45,5 pr. 1.000');
  await expect(page.locator('[data-testid="source"]')).toContainText('1 tal indtastet manuelt');
  await page.locator('[data-testid="view-map"]').click();
  await expect(page.locator(`${PATHS}[data-district="02"]`)).toHaveAttribute('aria-label', /45,5 pr\. 1\.000/);
  await expect(page.locator('[data-testid="legend"], .legend').first()).toContainText('Mørkest: lavest = dårligst');
  await waitStored(page, 'session', 'Frivillighedsundersøgelsen');
  // the link no longer asks for the table (written 250 ms after «Kort»): the reload
  // opens on the map (a session saved before the click satisfies the wait above)
  await expect(page).not.toHaveURL(/tabel=1/);
  await page.reload();
  await page.waitForSelector(PATHS);
  await expect(page.locator(`${PATHS}[data-district="02"]`)).toHaveAttribute('aria-label', /45,5 pr\. 1\.000/);
  w.check();
});

test('Udglattet rate: a tiny area\'s extreme rate is pulled towards its neighbours (empirical Bayes), the raw rate beside it', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  // Sydhavnen: 3 volunteers of 10 people asked (300 per 1,000); every other area 50 of 1,000
  const rows = ['Indre By', 'Østerbro', 'Nørrebro', 'Vesterbro', 'Valby', 'Vanløse', 'Brønshøj-Husum', 'Bispebjerg', 'Amager Øst', 'Amager Vest']
    .map((b) => `${b}\t50\t1000`).join('\n');
  await page.locator('textarea[data-testid="paste-box"]').fill(`Bydel\tFrivillige\tAdspurgte\n${rows}\nSydhavnen\t3\t10\n`);
  await expect.poll(() => options(page)).toContain('Adspurgte');
  await page.locator('[data-testid="derive"]').click();
  await page.locator('[data-testid="derive-a"]').selectOption('Frivillige');
  await page.locator('[data-testid="derive-b"]').selectOption('Adspurgte');
  await page.locator('[data-testid="smooth"]').click();
  await expect(page.locator('select[data-testid="indicator"] option:checked')).toHaveText('Frivillige pr. 1.000 adspurgte (udglattet)');
  // the raw rate is made beside it
  expect(await options(page)).toContain('Frivillige pr. 1.000 adspurgte');
  await expect(page.locator('[data-testid="source"]')).toContainText('udglattet med empirisk Bayes mod naboernes rate');
  const label = await page.locator(`${PATHS}[aria-label^="Sydhavnen"]`).getAttribute('aria-label');
  const smoothed = Number(/\(udglattet\): ([\d.,]+)/.exec(label)[1].replace(/\./g, '').replace(',', '.'));
  expect(smoothed, label).toBeGreaterThan(50);
  expect(smoothed, label).toBeLessThan(150);
  // the tooltip says the raw rate too
  await page.locator(`${PATHS}[aria-label^="Sydhavnen"]`).hover();
  await expect(page.locator('[data-testid="tooltip"]')).toContainText('Rå rate: 300,0');
  // an area with many people keeps (nearly) its rate
  const valby = await page.locator(`${PATHS}[aria-label^="Valby"]`).getAttribute('aria-label');
  const kept = Number(/\(udglattet\): ([\d.,]+)/.exec(valby)[1].replace(/\./g, '').replace(',', '.'));
  expect(Math.abs(kept - 50), valby).toBeLessThan(2);
  w.check();
});
