// Issue 3: bring your own boundaries — file picker, drag-and-drop, URL, CRS, key,
// validation messages, persistence, pan/zoom.
import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { watchErrors, openAtlas } from './helpers.js';

const FIX = new URL('../fixtures/', import.meta.url).pathname;
const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });

const openMenu = async (page) => {
  const menu = page.locator('[data-testid="data-menu"]');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
};
const paths = (page) => page.locator('svg[data-testid="map"] path[data-district]');
const messages = (page) => page.locator('[data-testid="messages"]');

async function loadFile(page, file) {
  await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(file);
}

async function waitIdle(page) {
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 60_000 });
}

test('a UTM32 file without crs is inferred, drawn and said so; the CRS can be changed', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  await loadFile(page, `${FIX}boundaries/utm32_no_crs.geojson`);
  await expect(paths(page)).toHaveCount(2);
  await expect(messages(page)).toContainText('UTM 32N');
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('gættet ud fra koordinaterne');
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('utm32_no_crs.geojson');
  await openMenu(page);
  await expect(page.locator('select[data-testid="crs"]')).toHaveValue('25832');
  // Pick another CRS (UTM 33): the squares move east but are still drawn, and the
  // choice is shown as the user's.
  await page.locator('select[data-testid="crs"]').selectOption('25833');
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('valgt af dig');
  await expect(paths(page)).toHaveCount(2);
  errs.check();
});

for (const [file, crs] of [
  ['utm32_urn.geojson', '25832'], ['utm32_short_name.geojson', '25832'], ['utm32_epsg_object.geojson', '25832'],
  ['crs84.geojson', '4326'], ['etrs89_4258.geojson', '4258'], ['web_mercator_3857.geojson', '3857'],
  ['utm33_bornholm.geojson', '25833'],
]) {
  test(`declared CRS ${file} is read and drawn`, async ({ page }) => {
    await openAtlas(page);
    await loadFile(page, `${FIX}boundaries/${file}`);
    await expect(paths(page)).toHaveCount(2);
    await expect(page.locator('select[data-testid="crs"]')).toHaveValue(crs);
    await expect(page.locator('[data-testid="boundary-source"]')).toContainText('angivet i filen');
    await expect(page.locator('path[data-district="0101"]')).toHaveCount(1);
  });
}

test('features sharing a key are one district; the key can be chosen', async ({ page }) => {
  await openAtlas(page);
  await loadFile(page, `${FIX}boundaries/split_parts.geojson`);
  await expect(paths(page)).toHaveCount(2);
  await expect(page.locator('path[data-district="0101"]')).toHaveAttribute('aria-label', /^København(\.|$)/);
  await expect(page.locator('select[data-testid="key-property"]')).toHaveValue('KOMKODE');
  await expect(messages(page)).toContainText('4 dele med samme nøgle «KOMKODE» er samlet til 2 områder');
  await openMenu(page);
  await page.locator('select[data-testid="key-property"]').selectOption('ogc_fid');
  await expect(paths(page)).toHaveCount(4);
  await expect(page.locator('select[data-testid="key-property"]')).toHaveValue('ogc_fid');
});

test('geometry shapes: Feature, bare geometry, GeometryCollection; points and lines counted', async ({ page }) => {
  await openAtlas(page);
  await loadFile(page, `${FIX}boundaries/single_feature.geojson`);
  await expect(paths(page)).toHaveCount(1);
  await loadFile(page, `${FIX}boundaries/bare_multipolygon.geojson`);
  await expect(paths(page)).toHaveCount(1);
  await loadFile(page, `${FIX}boundaries/geometry_collection.geojson`);
  await expect(paths(page)).toHaveCount(2);
  await expect(messages(page)).toContainText('3 punkter eller linjer er sprunget over');
});

test('validation problems become messages naming each feature; the rest is drawn', async ({ page }) => {
  await openAtlas(page);
  await loadFile(page, `${FIX}boundaries/validation_problems.geojson`);
  await expect(paths(page)).toHaveCount(4);
  // The demo's figures are never painted onto a user's own boundaries.
  await expect(page.locator('select[data-testid="indicator"]')).toBeDisabled();
  await expect(page.locator('path[data-district="01"]')).toHaveAttribute('fill', '#d9d9d4');
  const m = messages(page);
  for (const text of ['Objekt 2 (Uden geometri)', 'Objekt 3 (Åben ring)', 'Objekt 4 (To punkter)',
    'Objekt 5 (Uden for kloden)', 'Objekt 6 (Sløjfe)', 'Dublet A']) {
    await expect(m).toContainText(text);
  }
  await page.screenshot({ path: `${ART}validation-messages.png` });
});

test('unusable files give one sentence and keep the map that was shown', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  await expect(paths(page)).toHaveCount(11);
  for (const [file, words] of [
    ['not_json.geojson', 'ikke gyldig JSON'], ['truncated.geojson', 'afskåret'],
    ['topojson_not_geojson.json', 'ikke GeoJSON'], ['empty_collection.geojson', 'ingen områder'],
    ['only_points.geojson', 'ingen brugbare flader'], ['nan_coordinates.geojson', 'Objekt 1'],
    ['unknown_projection.geojson', 'Vælg koordinatsystem'], ['zero_bytes.geojson', 'tom'],
  ]) {
    await loadFile(page, `${FIX}bad/${file}`);
    await expect(page.locator('[data-testid="messages"] .notice.error')).toContainText(words);
    await expect(paths(page)).toHaveCount(11);
    await expect(page.locator('path[data-district="02"]')).toHaveAttribute('aria-label', /Østerbro/);
  }
  await page.screenshot({ path: `${ART}bad-file-message.png` });
  errs.check();
});

test('drag and drop anywhere on the page loads a file', async ({ page }) => {
  await openAtlas(page);
  const text = readFileSync(`${FIX}boundaries/split_parts.geojson`, 'utf8');
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'kommuner.geojson', { type: 'application/geo+json' }));
    return d;
  }, text);
  await page.dispatchEvent('header.top', 'dragover', { dataTransfer: dt });
  await expect(page.locator('[data-testid="drop-overlay"]')).toBeVisible();
  await page.screenshot({ path: `${ART}drop-overlay.png` });
  await page.dispatchEvent('main.map-area', 'drop', { dataTransfer: dt });
  await expect(page.locator('[data-testid="drop-overlay"]')).toBeHidden();
  await expect(paths(page)).toHaveCount(2);
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('kommuner.geojson');
});

test('boundaries load by ?boundaries= and by the URL field', async ({ page }) => {
  await openAtlas(page, '/?boundaries=/fixtures/boundaries/split_parts.geojson');
  await expect(paths(page)).toHaveCount(2);
  await openMenu(page);
  await page.locator('[data-testid="boundaries-url"]').fill('/fixtures/boundaries/geometry_collection.geojson');
  await page.locator('[data-testid="boundaries-url"]').press('Enter');
  await expect(paths(page)).toHaveCount(2);
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('geometry_collection.geojson');
  // Only http(s) and relative addresses are fetched.
  await openMenu(page);
  await page.locator('[data-testid="boundaries-url"]').fill('javascript:alert(1)');
  await page.locator('[data-testid="boundaries-url"]').press('Enter');
  await expect(page.locator('.notice.error')).toContainText('kun http- og https-adresser');
});

test('an official preset offline says so plainly and keeps the map', async ({ page, context }) => {
  await openAtlas(page);
  await context.setOffline(true);
  await openMenu(page);
  const preset = page.locator('select[data-testid="presets"]');
  const value = await preset.locator('option').nth(2).getAttribute('value');
  await preset.selectOption(value);
  await expect(page.locator('.notice.error')).toHaveText(`${value} kunne ikke hentes, fordi browseren er offline. Hent filen, når der er net, eller indlæs den fra disken.`);
  await expect(paths(page)).toHaveCount(11);
  await context.setOffline(false);
});

test('what was loaded survives a reload; back to demo forgets it; corrupt storage falls back', async ({ page }) => {
  await openAtlas(page);
  await loadFile(page, `${FIX}boundaries/split_parts.geojson`);
  await expect(paths(page)).toHaveCount(2);
  await openMenu(page);
  await page.locator('select[data-testid="key-property"]').selectOption('ogc_fid');
  await expect(paths(page)).toHaveCount(4);
  await expect(page.locator('[data-testid="saved"]')).toHaveAttribute('data-saved', 'true');
  await page.reload();
  await expect(paths(page)).toHaveCount(4);
  await expect(page.locator('select[data-testid="key-property"]')).toHaveValue('ogc_fid');
  await expect(page.locator('[data-testid="boundary-source"]')).toContainText('split_parts.geojson');
  await openMenu(page);
  await page.locator('[data-testid="back-to-demo"]').click();
  await expect(paths(page)).toHaveCount(11);
  await page.reload();
  await expect(paths(page)).toHaveCount(11);
  // Corrupt what is stored: the demo is shown with a message, never a blank page.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('samskabelsesatlas', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => {
      const tx = req.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put('{not json', 'boundaries.meta');
      tx.objectStore('kv').put('x', 'boundaries.text');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await expect(paths(page)).toHaveCount(11);
  await expect(page.locator('.notice.error')).toContainText('De gemte data fra sidst kunne ikke læses');
});

test('pan and zoom: wheel, drag, buttons, keyboard, fit', async ({ page }) => {
  await openAtlas(page);
  const g = page.locator('svg[data-testid="map"] g.zoomable');
  const scale = async () => Number((await g.getAttribute('transform')).match(/scale\(([\d.]+)\)/)[1]);
  const tx = async () => Number((await g.getAttribute('transform')).match(/translate\(([-\d.]+)/)[1]);
  expect(await scale()).toBe(1);
  const box = await page.locator('svg[data-testid="map"]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(scale).toBeGreaterThan(1.5);
  const before = await tx();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(tx).toBeGreaterThan(before + 50);
  await page.locator('[data-testid="zoom-fit"]').click();
  expect(await scale()).toBe(1);
  await page.locator('[data-testid="zoom-in"]').click();
  expect(await scale()).toBeCloseTo(1.5, 5);
  await page.locator('[data-testid="zoom-out"]').click();
  expect(await scale()).toBeCloseTo(1, 5);
  // the map's one tab stop is a district; + and − zoom from there
  await page.locator('svg[data-testid="map"] path.district[tabindex="0"]').focus();
  await page.keyboard.press('+');
  expect(await scale()).toBeCloseTo(1.5, 5);
  await page.keyboard.press('+');
  await page.keyboard.press('-');
  expect(await scale()).toBeCloseTo(1.5, 5);
  await page.screenshot({ path: `${ART}zoomed.png` });
  await page.keyboard.press('0');
  expect(await scale()).toBe(1);
  // A drag does not pick a district; a click still does.
  await expect(page.locator('[data-testid="compare-a"]')).toHaveText('A: Østerbro');
});

test('pinch with two pointers zooms the map', async ({ page }) => {
  await openAtlas(page);
  const g = page.locator('svg[data-testid="map"] g.zoomable');
  const scale = async () => Number((await g.getAttribute('transform')).match(/scale\(([\d.]+)\)/)[1]);
  const box = await page.locator('svg[data-testid="map"]').boundingBox();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  const fire = (type, id, x, y) => page.dispatchEvent('svg[data-testid="map"]', type,
    { pointerId: id, clientX: x, clientY: y, pointerType: 'touch', isPrimary: id === 1, bubbles: true });
  await fire('pointerdown', 1, cx - 40, cy);
  await fire('pointerdown', 2, cx + 40, cy);
  for (let i = 1; i <= 5; i++) await fire('pointermove', 2, cx + 40 + i * 30, cy);
  await fire('pointerup', 2, cx + 190, cy);
  await fire('pointerup', 1, cx - 40, cy);
  expect(await scale()).toBeGreaterThan(1.5);
});

test('a boundary file saved as Windows-1252 keeps its æøå (decoded by the loader worker)', async ({ page }) => {
  const errs = watchErrors(page);
  await openAtlas(page);
  const square = (x, kode, navn) => ({ type: 'Feature', properties: { kode, navn },
    geometry: { type: 'Polygon', coordinates: [[[x, 55.65], [x + 0.1, 55.65], [x + 0.1, 55.7], [x, 55.7], [x, 55.65]]] } });
  const text = JSON.stringify({ type: 'FeatureCollection',
    features: [square(12.5, '0101', 'Nørrebro Øst'), square(12.6, '0102', 'Ålholm')] });
  const file = `${ART}windows1252.geojson`;
  writeFileSync(file, Buffer.from(text, 'latin1'));
  expect(readFileSync(file).includes(Buffer.from('Nørrebro'))).toBe(false); // not UTF-8 on disk
  await loadFile(page, file);
  await expect(paths(page)).toHaveCount(2);
  await expect(page.locator('path[data-district="0101"]')).toHaveAttribute('aria-label', /^Nørrebro Øst/);
  await expect(page.locator('path[data-district="0102"]')).toHaveAttribute('aria-label', /^Ålholm/);
  errs.check();
});
