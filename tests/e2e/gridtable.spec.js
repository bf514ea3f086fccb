// A table of grid cells is a map by itself (issue 27 §1): Danmarks Statistik's
// residents per 1 km cell of the European grid (2021, `n_km,e_km,befolkning`,
// EPSG:3035), loaded as a table with no boundary file, becomes 38,870 squares keyed by
// their INSPIRE codes, with every row joined and the residents on the map.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { watchErrors, openAtlas, SHARED, requireShared } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });
const AREAS = '[data-testid="map"] [data-district]';

test('the real 1 km grid table, loaded alone, is drawn as its 38,870 cells with their residents', async ({ page }) => {
  test.setTimeout(180_000);
  requireShared();
  const w = watchErrors(page);
  await openAtlas(page);
  await page.locator('input[type="file"][data-testid="load-indicators"]')
    .setInputFiles(SHARED + 'dk_geostat_1km_2021/befolkning_1km_2021_dk.csv');
  await expect(page.locator(AREAS)).toHaveCount(38_870, { timeout: 120_000 });
  await expect(page.locator('[data-testid="progress"]')).toHaveCount(0, { timeout: 60_000 });
  // every row met its cell, and the legend is of the residents
  await expect(page.locator('.legend-title')).toContainText('befolkning');
  await expect(page.locator('[data-testid="messages"]')).toContainText('38.870 af 38.870');
  // the most populated cell, central Copenhagen, by its code and figure
  const centre = page.locator(`${AREAS}[data-district="1kmN3621E4481"]`);
  await expect(centre).toHaveAttribute('aria-label', /^1kmN3621E4481\. befolkning: 23\.683/, { timeout: 30_000 });
  await page.screenshot({ path: `${ART}grid-table-1km.png` });
  // the layer and its figures survive a reload
  await page.reload();
  await expect(page.locator(AREAS)).toHaveCount(38_870, { timeout: 120_000 });
  await expect(centre).toHaveAttribute('aria-label', /befolkning: 23\.683/, { timeout: 60_000 });
  w.check();
});
