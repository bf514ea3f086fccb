// Issue 15: the real city, real figures and change over time. The demo on the real
// map, the example «Københavns bydele i tal» checked against the statistics file,
// pooled classes while the years play, the Udvikling tab, the change map, scenes and
// links, exports, and the examples offline.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchErrors, openAtlas, requireShared, SHARED, pointIn } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
const EXAMPLE = '/?eksempel=bydele';
const legendRows = (page) => page.locator('[data-testid="legend"] .legend-class .range').allTextContents();
const yearValue = (page) => page.locator('[data-testid="year-value"]').textContent();

/** Disposable income per person (kr., whole) of `bydel` in `year`, from the In74 extract. */
function in74(bydel, year) {
  const rows = readFileSync(`${SHARED}cph_statbank_bydel_straubinger/derived/In74_disposable_income_by_bydel.csv`, 'utf8')
    .trim().split('\n').slice(1).map((l) => l.split(','))
    .filter((r) => r[0] === String(year) && r[2] === bydel && (r[3] === 'Mænd' || r[3] === 'Kvinder'));
  expect(rows.length, `${bydel} ${year}: women and men in In74`).toBe(2);
  const persons = rows.reduce((s, r) => s + Number(r[4]), 0);
  const thousands = rows.reduce((s, r) => s + Number(r[5]), 0);
  return Math.round((thousands * 1000) / persons);
}

const da = (n) => n.toLocaleString('da-DK').replace(/\u00a0/g, '.');

test('the demo is Copenhagen: 11 areas from the official bydele, attributed in both languages', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page, '/?eksempel=demo');
  await expect(page.locator('path[data-district]')).toHaveCount(11);
  for (const name of ['Amager Øst', 'Amager Vest', 'Valby', 'Vanløse', 'Østerbro', 'Sydhavnen', 'Vesterbro']) {
    await expect(page.locator('svg[data-testid="map"]')).toContainText(name);
  }
  await expect(page.locator('[data-testid="source"]')).toContainText('Københavns Kommune, bydele 2024 og lokaludvalg 2014, bearbejdet');
  await expect(page.locator('[data-testid="source"]')).toContainText('Illustrative tal');
  await page.screenshot({ path: `${ART}demo-real-map.png` });
  await page.locator('[data-testid="lang-switch"]').click();
  await expect(page.locator('[data-testid="source"]')).toContainText('City of Copenhagen, districts 2024 and local committees 2014, adapted');
  errs.check();
});

test('the example «Københavns bydele i tal» shows the statistics bank\'s own figures, with A = Østerbro and B = Vesterbro-Kongens Enghave', async ({ page }) => {
  requireShared();
  const errs = watchErrors(page);
  await openAtlas(page, `${EXAMPLE}&aar=2017`);
  await expect(page.locator('path[data-district]')).toHaveCount(10);
  await expect(page.locator('[data-testid="compare-a"]')).toContainText('Østerbro');
  await expect(page.locator('[data-testid="compare-b"]')).toContainText('Vesterbro-Kongens Enghave');
  await expect(page.locator('[data-testid="b-note"]')).toContainText('Sydhavnen en del af den bydel');
  const oe2017 = in74('Østerbro', 2017);
  expect(oe2017).toBe(247249);
  await expect(page.locator('path[data-district="02"]')).toHaveAttribute('aria-label', new RegExp(`Disponibel indkomst pr\\. person: ${da(oe2017).replace('.', '\\.')} kr\\.`));
  await page.locator('[data-testid="year"]').fill('0');
  await expect(page.locator('[data-testid="year-value"]')).toHaveText('2000');
  const oe2000 = in74('Østerbro', 2000);
  await expect(page.locator('path[data-district="02"]')).toHaveAttribute('aria-label', new RegExp(`${da(oe2000).replace('.', '\\.')} kr\\.`));
  await expect(page.locator('[data-testid="source"]')).toContainText('Københavns Statistikbank, tabel In74');
  await expect(page.locator('[data-testid="source"]')).not.toContainText('Illustrative');
  // the menu lists the examples and says which is shown
  await page.locator('[data-testid="data-menu"] summary').click();
  await expect(page.locator('select[data-testid="example"] option')).toHaveText(['Dine egne data', /^Demo/, /^Københavns bydele i tal/, /^Københavns kvarterer 2016–2026/, /^Danmarks kommuner/, /^Befolkning 2021, 1 km-net/]);
  await expect(page.locator('select[data-testid="example"]')).toHaveValue('bydele');
  errs.check();
});

test('playing the years steps the year slider while pooled classes keep the legend; per-year classes move it', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page, `${EXAMPLE}&aar=2014`);
  await expect(page.locator('[data-testid="pooled"]')).toBeChecked();
  await expect(page.locator('[data-testid="class-basis"]')).toHaveText('Fælles klassegrænser 2000–2017');
  const legend = await legendRows(page);
  const fill = await page.locator('path[data-district="02"]').getAttribute('fill');
  await page.locator('[data-testid="play"]').click();
  await expect(page.locator('[data-testid="play"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-testid="year-value"]')).toHaveText('2015', { timeout: 3000 });
  expect(await legendRows(page)).toEqual(legend);
  await expect(page.locator('[data-testid="announcer"]')).toHaveText('År 2015');
  await expect(page.locator('[data-testid="year-value"]')).toHaveText('2017', { timeout: 4000 });
  // loop off: it stops on the last year
  await expect(page.locator('[data-testid="play"]')).toHaveAttribute('aria-pressed', 'false', { timeout: 3000 });
  // A kept timed wait: proving that the player does NOT step again (no loop back to
  // 2000) has no event to wait for; 1.3 s is more than one step (STEP_MS, 1 s).
  await page.waitForTimeout(1300);
  expect(await yearValue(page)).toBe('2017');
  expect(await legendRows(page)).toEqual(legend);
  // from the start again, by keyboard, and paused
  await page.locator('[data-testid="play"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="year-value"]')).toHaveText(/^200[01]$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="play"]')).toHaveAttribute('aria-pressed', 'false');
  const paused = await yearValue(page);
  // A kept timed wait: paused means no step comes (nothing to wait for); 1.3 s is
  // more than one step (STEP_MS, 1 s).
  await page.waitForTimeout(1300);
  expect(await yearValue(page)).toBe(paused);
  expect(await page.locator('path[data-district="02"]').getAttribute('fill')).not.toBe(fill);
  await page.screenshot({ path: `${ART}pooled-early-year.png` });
  // each year its own classes: the legend changes with the year
  await page.locator('[data-testid="pooled"]').uncheck();
  await expect(page).toHaveURL(/faelles=0/);
  await expect(page.locator('[data-testid="class-basis"]')).toHaveText(`Klassegrænser for ${paused} alene`);
  const own = await legendRows(page);
  expect(own).not.toEqual(legend);
  errs.check();
});

test('Udvikling: A, B and the city over the years, the sentence, keyboard and pointer, the table and the exports', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page, EXAMPLE);
  await page.locator('[data-testid="tab-trend"]').click();
  await expect(page).toHaveURL(/panel=udvikling/);
  await expect(page.locator('[data-testid="trend-sentence"]')).toHaveText(
    'Forskellen mellem Østerbro og Vesterbro-Kongens Enghave er vokset fra 22.344 til 28.443 kr. (2000–2017), men forholdet er faldet fra 1,19 til 1,13.');
  const chart = page.locator('svg[data-testid="trend"]');
  await expect(chart.locator('path')).toHaveCount(3);
  // the axes: kroner in round steps, the years from the first to the last
  await expect(chart.locator('text')).toHaveText(['100.000', '150.000', '200.000', '250.000', '2000', '2004', '2008', '2012', '2017']);
  // pointing at a year reads its values out; a click shows that year on the map
  const band = chart.locator('rect.band[data-year="2005"]');
  await band.hover();
  await expect(page.locator('[data-testid="trend-readout"]')).toContainText('2005: A: Østerbro');
  await band.click();
  await expect(page.locator('[data-testid="year-value"]')).toHaveText('2005');
  // by keyboard: arrows step, Enter shows the year
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-testid="trend-readout"]')).toHaveText('2007: A: Østerbro 180.974 kr. · B: Vesterbro-Kongens Enghave 155.989 kr. · Byen (vægtet med indbyggere) 167.142 kr.');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="year-value"]')).toHaveText('2007');
  // the table alternative: one row a year, missing shown as missing
  await page.locator('.trend-table summary').click();
  await expect(page.locator('[data-testid="trend-table"] tbody tr')).toHaveCount(18);
  await expect(page.locator('[data-testid="trend-table"] tbody tr').first()).toContainText('138.697');
  await page.screenshot({ path: `${ART}udvikling.png` });
  // every comparison row with years has a gap sparkline
  await page.locator('[data-testid="tab-compare"]').click();
  await expect(page.locator('tr[data-indicator="indkomst"] svg[data-testid="sparkline"]')).toHaveAttribute('aria-label', /2000: \+22\.344 → 2017: \+28\.443/);
  await page.locator('[data-testid="tab-trend"]').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="trend-csv"]').click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.split('\n')[0]).toBe('år;A: Østerbro;B: Vesterbro-Kongens Enghave;Byen (vægtet med indbyggere);A − B;A / B');
  expect(text).toContain('2000;138697;116353;');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="trend-svg"]').click()]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toContain('Forskellen mellem Østerbro');
  expect(svgText).toContain('Københavns Statistikbank');
  // English
  await page.locator('[data-testid="lang-switch"]').click();
  await expect(page.locator('[data-testid="trend-sentence"]')).toContainText('has grown from 22,344 to 28,443');
  errs.check();
});

test('the change map: change between two years in kroner or percent, diverging, said in the legend and names', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page, EXAMPLE);
  await page.locator('select[data-testid="mode"]').selectOption('change');
  await expect(page).toHaveURL(/visning=aendring/);
  await expect(page.locator('select[data-testid="change-from"]')).toHaveValue('2000');
  await expect(page.locator('select[data-testid="change-to"]')).toHaveValue('2017');
  await expect(page.locator('[data-testid="legend"] .legend-title')).toHaveText('Disponibel indkomst pr. person: Ændring 2000–2017, kr.');
  await expect(page.locator('path[data-district="02"]')).toHaveAttribute('aria-label', /Ændring 2000–2017: \+108\.552 kr\./);
  await page.locator('select[data-testid="change-kind"]').selectOption('pct');
  await expect(page.locator('[data-testid="legend"] .legend-title')).toHaveText('Disponibel indkomst pr. person: Ændring 2000–2017, %');
  await expect(page.locator('path[data-district="02"]')).toHaveAttribute('aria-label', /Ændring 2000–2017: \+78,3 %/);
  await page.locator('select[data-testid="change-from"]').selectOption('2010');
  await expect(page).toHaveURL(/fra=2010/);
  await expect(page.locator('[data-testid="legend"] .legend-title')).toContainText('Ændring 2010–2017');
  // population has years from 1991: another indicator, its own years
  await page.locator('select[data-testid="indicator"]').selectOption({ label: 'Indbyggere' });
  await expect(page.locator('select[data-testid="change-from"] option').first()).toHaveText('1991');
  // the table view says what is shown
  await page.locator('select[data-testid="indicator"]').selectOption({ label: 'Disponibel indkomst pr. person' });
  await page.locator('[data-testid="view-table"]').click();
  await expect(page.locator('[data-testid="change-column"]')).toHaveText('Ændring 2010–2017, %');
  await expect(page.locator('[data-testid="data-table"] tr[data-district="02"] td').first()).toHaveText(/^\+\d+,\d$/);
  await page.locator('[data-testid="view-map"]').click();
  const oe = await pointIn(page, '02');
  await page.mouse.move(oe.x, oe.y);
  await expect(page.locator('[role="tooltip"]')).toContainText('Ændring 2010–2017');
  await page.screenshot({ path: `${ART}change-map.png` });
  errs.check();
});

test('the example\'s story ends on the question, and scenes and links carry example, years and tab', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page, EXAMPLE);
  await page.locator('[data-testid="tab-scenes"]').click();
  const captions = page.locator('[data-testid="scene-caption"]');
  await expect(captions).toHaveCount(5); // the example's fortaelling.json
  await expect(captions.last()).toHaveValue('Er forskellen blevet mindre?');
  // a scene with the change map
  await page.locator('[data-testid="scene-show"]').nth(2).click();
  await expect(page.locator('select[data-testid="mode"]')).toHaveValue('change');
  await expect(page.locator('select[data-testid="change-kind"]')).toHaveValue('pct');
  // the last scene opens Udvikling (a scene sets the panel: back to the scenes first)
  await page.locator('[data-testid="tab-scenes"]').click();
  await page.locator('[data-testid="scene-show"]').last().click();
  await expect(page.locator('[data-testid="trend-sentence"]')).toBeVisible();
  await expect(page).toHaveURL(/eksempel=bydele/);
  await expect(page).toHaveURL(/panel=udvikling/);
  // a link with the example opens it from the demo; back to the demo works
  await page.goto('/?eksempel=demo');
  await page.waitForSelector('path[data-district="11"]');
  await page.goto('/?eksempel=bydele&visning=aendring&fra=2005&til=2015&maal=pct');
  await page.waitForSelector('path[data-district="10"]');
  await expect(page.locator('path[data-district]')).toHaveCount(10);
  await expect(page.locator('[data-testid="legend"] .legend-title')).toContainText('Ændring 2005–2015, %');
  // reload keeps the example
  await page.reload();
  await expect(page.locator('[data-testid="compare-b"]')).toContainText('Vesterbro-Kongens Enghave');
  await expect(page.locator('path[data-district]')).toHaveCount(10);
  await page.locator('[data-testid="data-menu"] summary').click();
  await page.locator('[data-testid="back-to-demo"]').click();
  await expect(page.locator('path[data-district]')).toHaveCount(11);
  await expect(page).toHaveURL(/eksempel=demo/);
  errs.check();
});

test('both examples open offline, even one never opened online', async ({ page, context }) => {
  const errs = watchErrors(page);
  await openAtlas(page, '/?eksempel=demo');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector('svg[data-testid="map"] path[data-district]');
  await expect.poll(() => page.evaluate(async () => {
    const urls = (await (await caches.open('samskabelsesatlas-v1')).keys()).map((k) => k.url);
    return ['.wasm', '.js', '.css', 'eksempler/bydele/tal.csv', 'eksempler/bydele/bydele.geojson', 'eksempler/bydele/fortaelling.json']
      .every((end) => urls.some((u) => u.endsWith(end)));
  }), { timeout: 10_000, intervals: [100] }).toBe(true);
  await context.setOffline(true);
  await page.locator('[data-testid="data-menu"] summary').click();
  await page.locator('select[data-testid="example"]').selectOption('bydele');
  await expect(page.locator('path[data-district]')).toHaveCount(10);
  await expect(page.locator('[data-testid="compare-b"]')).toContainText('Vesterbro-Kongens Enghave');
  // the view (with the example) is written to the link a moment after each change
  await expect(page).toHaveURL(/eksempel=bydele/);
  await page.reload();
  await expect(page.locator('[data-testid="compare-b"]')).toContainText('Vesterbro-Kongens Enghave');
  await expect(page.locator('path[data-district]')).toHaveCount(10);
  await page.screenshot({ path: `${ART}offline-example.png` });
  await context.setOffline(false);
  errs.check();
});
