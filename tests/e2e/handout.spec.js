// Handouts (issue 16): the print layout as a PDF (current view, the six-scene demo
// story, Ctrl+P, portrait, English), its text (pdftotext) and QR code (pdftoppm →
// jsQR), and the saved web page opened from disk offline: districts and fills,
// tooltips by hover and Tab, axe-core, markup in names as text, the embed code.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { watchErrors, openAtlas, pointIn } from './helpers.js';

const ART = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ART, { recursive: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STORY = JSON.parse(readFileSync(new URL('../../public/demo/fortaelling.json', import.meta.url), 'utf8'));
const PATHS = 'svg[data-testid="map"] path[data-district]';

for (const tool of ['pdftotext', 'pdftoppm', 'pdfinfo']) {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} (Debian's poppler-utils) is missing: scripts/test.sh installs it`);
  }
}

/** Text of a PDF with all white space removed (pdftotext wraps long links and lines). */
const squeeze = (s) => s.replace(/\s+/g, '');
const pdfText = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
const pdfPages = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
const pdfSize = (file) => /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).slice(1, 3).map(Number);

/** Page `n` of a PDF as a PNG file (to look at, and to read the QR code from). */
function pageImage(file, n, out, dpi = 150) {
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(n), '-l', String(n), '-png', '-singlefile', file, out]);
  return `${out}.png`;
}

/** Every QR code's text jsQR finds in a PNG (it finds one at a time: each is blanked after). */
function readQr(png) {
  const img = PNG.sync.read(readFileSync(png));
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  return code ? code.data : null;
}

/** Replace the browser's print dialog and count its calls. */
async function stubPrint(page) {
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
}

async function pdfOf(page, name, options = {}) {
  const file = `${ART}${name}.pdf`;
  await page.pdf({ path: file, format: 'A4', landscape: true, printBackground: true, ...options });
  return file;
}

test('Udskriv: the current view on one A4 page with title, legend, comparison, sources, link and a QR code of the link', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  await stubPrint(page);
  await page.locator('[data-testid="print"]').click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  const qr = page.locator('[data-testid="print-pages"] [data-testid="qr"]');
  await expect(qr).toHaveCount(1);
  const link = await page.locator('[data-testid="print-pages"] [data-testid="handout-link"]').getAttribute('href');
  expect(link).toContain('indikator=');
  await page.screenshot({ path: `${ART}print-preview.png` });

  const pdf = await pdfOf(page, 'print-view');
  expect(pdfPages(pdf)).toBe(1);
  const text = pdfText(pdf);
  const flat = squeeze(text);
  for (const want of ['Disponibelindkomstpr.person', 'Signaturforklaring', 'Sammenligning:AØsterbro·BSydhavnen',
    'Kilde:', 'Grænser:', 'Sekortetiatlasset', '296.700', '+112.800', '1,61×']) {
    expect(flat, `the PDF says ${want}`).toContain(squeeze(want));
  }
  expect(flat, 'the printed link is the live view').toContain(squeeze(link));
  // nothing of the app's screen: no header buttons, menus or tooltips on paper
  for (const gone of ['Præsentér', 'Indlæsdata', 'Deloggem', 'Beskeder', 'Udskrivfortællingen']) {
    expect(flat, `${gone} is not printed`).not.toContain(gone);
  }
  const png = pageImage(pdf, 1, `${ART}print-view-page1`);
  expect(readQr(png), 'the QR code on paper opens the same view').toBe(link);

  // an indicator with a district missing: the hatch and its count on paper too
  await page.locator('[data-testid="print-close"]').click();
  const select = page.locator('select[data-testid="indicator"]');
  const option = await select.locator('option', { hasText: 'Samskabelsesprojekter' }).getAttribute('value');
  await select.selectOption(option);
  await page.locator('[data-testid="print"]').click();
  await expect(page.locator('[data-testid="print-pages"] .hp-legend')).toContainText('mangler data (1)');
  const missing = squeeze(pdfText(await pdfOf(page, 'print-view-missing')));
  expect(missing).toContain('manglerdata(1)');
  w.check();
});

test('Udskriv fortællingen: the six-scene demo story, one page per scene with its caption', async ({ page }) => {
  const w = watchErrors(page);
  await openAtlas(page);
  await stubPrint(page);
  expect(STORY.length).toBe(6);
  await page.locator('[data-testid="print-story"]').click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  await expect(page.locator('[data-testid="print-pages"] [data-testid="handout-page"]')).toHaveCount(6);
  const pdf = await pdfOf(page, 'print-story');
  expect(pdfPages(pdf)).toBe(6);
  const pages = [];
  for (let n = 1; n <= 6; n++) {
    pages.push(squeeze(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' })));
  }
  STORY.forEach((scene, k) => {
    expect(pages[k], `page ${k + 1} has scene ${k + 1}'s caption`).toContain(squeeze(scene.caption));
    expect(pages[k]).toContain(squeeze(`Scene ${k + 1} af 6`));
    expect(pages[k]).toContain('Kilde:');
  });
  const png = pageImage(pdf, 1, `${ART}print-story-page1`);
  pageImage(pdf, 6, `${ART}print-story-page6`, 100);
  const link = await page.locator('[data-testid="print-pages"] [data-testid="handout-link"]').first().getAttribute('href');
  expect(readQr(png)).toBe(link);
  w.check();
});

test('the real example prints with its Udvikling chart and sentence on the same page', async ({ page }) => {
  await openAtlas(page, '/?eksempel=bydele');
  await expect(page.locator('[data-testid="source"]')).toHaveText('Kilde: Københavns Statistikbank, tabel In74 (disponibel indkomst efter bydel og køn); i alt = samlet indkomst / antal personer (2017) · Københavns Statistikbank (In74, Be4.3) · Grænser: Københavns Kommune, bydele 2024, bearbejdet');
  await stubPrint(page);
  await page.locator('[data-testid="print"]').click();
  await expect(page.locator('[data-testid="print-pages"] .hp-trend svg.trend-chart')).toHaveCount(1);
  const pdf = await pdfOf(page, 'print-example-trend');
  expect(pdfPages(pdf)).toBe(1);
  const flat = squeeze(pdfText(pdf));
  for (const want of ['Udvikling:Disponibelindkomstpr.person', 'Byen(vægtetmedindbyggere)', 'ForskelA−B', 'Forskellenmellem', 'KøbenhavnsStatistikbank', 'Fællesklassegrænser2000–2017']) {
    expect(flat).toContain(want);
  }
  pageImage(pdf, 1, `${ART}print-example-trend-page1`, 80);
});

test('Ctrl+P prints the current view laid out for paper, and the layout closes after printing', async ({ page }) => {
  await openAtlas(page);
  // page.pdf() prints as the browser's own print does: beforeprint, print media, afterprint
  const pdf = await pdfOf(page, 'print-ctrl-p');
  expect(pdfPages(pdf)).toBe(1);
  const flat = squeeze(pdfText(pdf));
  expect(flat).toContain('Sammenligning:AØsterbro·BSydhavnen');
  expect(flat).not.toContain('Præsentér');
  await expect(page.locator('[data-testid="print-pages"] > *')).toHaveCount(0);
  await expect(page.locator('[data-testid="print-layer"]')).toBeHidden();
});

test('portrait A4 when chosen; English words and number formats on paper', async ({ page }) => {
  await openAtlas(page, '/?lang=en');
  await stubPrint(page);
  await page.locator('[data-testid="print"]').click();
  await page.locator('[data-testid="print-portrait"]').check();
  await expect(page.locator('[data-testid="print-pages"] .handout-page.portrait')).toHaveCount(1);
  const pdf = await pdfOf(page, 'print-portrait-en', { format: undefined, landscape: undefined, preferCSSPageSize: true });
  const [w, h] = pdfSize(pdf);
  expect(h, 'portrait').toBeGreaterThan(w);
  expect(pdfPages(pdf)).toBe(1);
  const flat = squeeze(pdfText(pdf));
  for (const want of ['Legend', 'Comparison:AØsterbro·BSydhavnen', '296,700', '+112,800', 'Source', 'Seethemapintheatlas']) {
    expect(flat).toContain(want);
  }
  pageImage(pdf, 1, `${ART}print-portrait-en-page1`, 80);
  await page.locator('[data-testid="print-close"]').click();
  await expect(page.locator('[data-testid="print-layer"]')).toBeHidden();
});

/** Download the saved web page of the view (or the story) to a file. */
async function saveWebPage(page, testid, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testid}"]`).click()]);
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  const file = `${ART}${name}.html`;
  await download.saveAs(file);
  return file;
}

/** Open a saved page from disk with the network off; returns the requests it made. */
async function openOffline(browser, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`file://${file}`);
  return { context, page, requests, errors };
}

test('Gem som webside: one file that opens from disk offline with the map, tooltips by hover and Tab, and passes axe', async ({ page, browser }) => {
  await openAtlas(page);
  const fills = await page.locator(PATHS).evaluateAll((ps) => Object.fromEntries(ps.map((p) => [p.dataset.district, getComputedStyle(p).fill])));
  const file = await saveWebPage(page, 'export-html', 'saved-view');
  const html = readFileSync(file, 'utf8');
  expect(html).not.toMatch(/<(link|img|iframe)\b/);
  expect(html).not.toMatch(/\ssrc="/);
  expect(html).not.toContain('.wasm');
  expect(Buffer.byteLength(html)).toBeLessThan(400_000);
  const embed = await page.locator('[data-testid="embed-code"]').inputValue();
  expect(embed).toMatch(/^<iframe src="[^"]+\.html" title="[^"]+" width="100%" height="\d+"/);

  const saved = await openOffline(browser, file);
  const p = saved.page;
  const districts = p.locator('path[data-district]');
  await expect(districts).toHaveCount(Object.keys(fills).length);
  const savedFills = await districts.evaluateAll((ps) => Object.fromEntries(ps.map((x) => [x.dataset.district, getComputedStyle(x).fill])));
  expect(savedFills, 'the same districts with the same fills as the app').toEqual(fills);
  await expect(districts.first()).toHaveAttribute('aria-label', 'Indre By: Disponibel indkomst pr. person: 318.400 kr.; klasse 5 af 5 (262.540–318.400)');
  // hover: a point inside Østerbro (A)
  const oe = await pointIn(p, '02');
  await p.mouse.move(oe.x, oe.y);
  const tip = p.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/^Østerbro\s*Disponibel indkomst pr\. person: 296\.700 kr\.; klasse 5 af 5 \(262\.540–318\.400\); valgt som A$/);
  await p.mouse.move(2, 2);
  await p.keyboard.press('Escape');
  // keyboard: Tab reaches the districts, the tooltip follows the focus
  await p.locator('body').focus();
  let focused = '';
  for (let i = 0; i < 5 && !focused; i++) {
    await p.keyboard.press('Tab');
    focused = await p.evaluate(() => document.activeElement?.getAttribute('data-name') ?? '');
  }
  expect(focused, 'Tab reaches the first district').toBe('Indre By');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/^Indre By\s*Disponibel indkomst pr\. person: 318\.400 kr\.; klasse 5 af 5 \(262\.540–318\.400\)$/);
  await p.screenshot({ path: `${ART}saved-view-offline.png`, fullPage: true });
  await p.evaluate(AXE);
  const result = await p.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  expect(saved.requests.filter((u) => !u.startsWith('file://')), 'no request leaves the file').toEqual([]);
  expect(saved.errors).toEqual([]);
  await saved.context.close();
});

test('the saved story has every scene in order; markup in a district name stays text in the saved page', async ({ page, browser }) => {
  await openAtlas(page);
  const storyFile = await saveWebPage(page, 'export-story-html', 'saved-story');
  const story = await openOffline(browser, storyFile);
  await expect(story.page.locator('article.handout-page')).toHaveCount(6);
  const text = squeeze(await story.page.locator('main').innerText());
  let at = -1;
  for (const scene of STORY) {
    const i = text.indexOf(squeeze(scene.caption));
    expect(i, `the story page has «${scene.caption}» after the scene before it`).toBeGreaterThan(at);
    at = i;
  }
  await story.context.close();

  // a boundary file whose names are markup
  const names = `${ART}handout_markup_names.geojson`;
  const sq = (x) => ({ type: 'Polygon', coordinates: [[[x, 55.6], [x + 0.05, 55.6], [x + 0.05, 55.65], [x, 55.6]]] });
  writeFileSync(names, JSON.stringify({ type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { kode: '01', navn: '<img src=x onerror="window.__pwned=1">Vest' }, geometry: sq(12.5) },
    { type: 'Feature', properties: { kode: '02', navn: '<script>window.__pwned=2</script>Øst' }, geometry: sq(12.6) },
  ] }));
  await page.locator('input[type="file"][data-testid="load-boundaries"]').setInputFiles(names);
  await expect(page.locator(PATHS)).toHaveCount(2);
  const file = await saveWebPage(page, 'export-html', 'saved-markup');
  const saved = await openOffline(browser, file);
  const p = saved.page;
  await expect(p.locator('path[data-district]')).toHaveCount(2);
  expect(await p.locator('img, main script').count(), 'no element made from a name').toBe(0);
  expect(await p.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(p.locator('path[data-district="01"]')).toHaveAttribute('data-name', '<img src=x onerror="window.__pwned=1">Vest');
  await p.locator('path[data-district="02"]').focus();
  await expect(p.locator('[role="tooltip"]')).toContainText('<script>window.__pwned=2</script>Øst');
  await saved.context.close();
});

/** Names on the map: screen font size (px) and boxes. */
async function mapNames(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[data-testid="map"]');
    const k = svg.getScreenCTM().a;
    return [...svg.querySelectorAll('text.label')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * k, box: [r.left, r.top, r.right, r.bottom] };
    });
  });
}

const overlaps = (names) => names.flatMap((a, i) => names.slice(i + 1)
  .filter((b) => !(a.box[2] <= b.box[0] || b.box[2] <= a.box[0] || a.box[3] <= b.box[1] || b.box[3] <= a.box[1]))
  .map((b) => `${a.text} × ${b.text}`));

test('from the back of the room: names ≥ 16 px on a 1920×1080 projector, none overlapping, the map across the width', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openAtlas(page);
  await page.locator('[data-testid="present"]').click();
  await expect.poll(async () => Math.min(...(await mapNames(page)).map((n) => n.px))).toBeGreaterThanOrEqual(16);
  const names = await mapNames(page);
  // at this size every one of the eleven names fits
  expect(names.map((n) => n.text), 'the names that fit are drawn').toEqual(['Indre By', 'Østerbro', 'Nørrebro', 'Vesterbro', 'Valby', 'Vanløse', 'Brønshøj-Husum', 'Bispebjerg', 'Amager Øst', 'Amager Vest', 'Sydhavnen']);
  expect(overlaps(names)).toEqual([]);
  const badge = await page.locator('svg[data-testid="map"] g.badge-a circle').evaluate((c) => c.getBoundingClientRect().height);
  expect(badge, 'the A marker is as large as the names').toBeGreaterThanOrEqual(16);
  const map = await page.locator('svg[data-testid="map"]').boundingBox();
  expect(map.x, 'no empty column left of the map').toBeLessThan(40);
  expect(map.width).toBeGreaterThan(1920 * 0.9);
  await page.screenshot({ path: `${ART}present-1920x1080-labels.png` });
  // a smaller projector: still ≥ 16 px, the smaller areas' names dropped rather than overlapped
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(async () => Math.min(...(await mapNames(page)).map((n) => n.px))).toBeGreaterThanOrEqual(16);
  expect(overlaps(await mapNames(page))).toEqual([]);
  await page.screenshot({ path: `${ART}present-1280x720-labels.png` });
  // back at the desk the names are desk-sized again
  await page.locator('[data-testid="present-exit"]').click();
  await expect.poll(async () => Math.max(...(await mapNames(page)).map((n) => n.px))).toBeLessThan(14);
});
