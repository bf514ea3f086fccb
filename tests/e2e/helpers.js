// Shared helpers for the end-to-end tests.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The shared folder of real Danish files beside the repository (read by path, never copied). */
export const SHARED = new URL('../../../shared/data/', import.meta.url).pathname;

/**
 * Call first in a test that reads `SHARED`: without the folder the test fails with a
 * sentence, unless ATLAS_SKIP_SHARED=1 asks for a skip (listed as skipped by Playwright).
 */
export function requireShared() {
  if (existsSync(SHARED)) return;
  if (process.env.ATLAS_SKIP_SHARED === '1') {
    test.skip(true, `ATLAS_SKIP_SHARED=1 and ${SHARED} is absent`);
    return;
  }
  throw new Error(`This test reads real files from ${SHARED}, which is absent. Put the shared folder beside the repository, or set ATLAS_SKIP_SHARED=1 to skip the real-data tests on purpose.`);
}

/** Collect console errors and uncaught page errors; call `check()` at the end. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    // a page that is not the atlas (a plain JSON file) makes Chromium ask for
    // /favicon.ico, which the atlas does not serve: that 404 is not the app's error
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { errors, check: () => expect(errors, errors.join('\n')).toEqual([]) };
}

/** Open the app and wait for the map to be drawn; returns ms from navigation to drawn. */
export async function openAtlas(page, path = '/') {
  const t0 = Date.now();
  await page.goto(path);
  await page.waitForSelector('svg[data-testid="map"] path[data-district]');
  const wall = Date.now() - t0;
  const sinceNavStart = await page.evaluate(() => performance.now());
  return { wall, sinceNavStart };
}

/**
 * A screen point that really hits district `id` (shapes are concave, so the
 * bounding-box centre may lie in a neighbour). Nearest hit to the box centre wins.
 */
export async function pointIn(page, id) {
  const pt = await page.evaluate((id) => {
    const p = document.querySelector(`path[data-district="${id}"]`);
    if (!p) return null;
    const r = p.getBoundingClientRect();
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    let best = null;
    for (let i = 1; i < 30; i++) {
      for (let j = 1; j < 30; j++) {
        const x = r.left + (r.width * i) / 30, y = r.top + (r.height * j) / 30;
        if (document.elementFromPoint(x, y) !== p) continue;
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    return best && { x: best.x, y: best.y };
  }, id);
  expect(pt, `no visible point inside district ${id}`).not.toBeNull();
  return pt;
}

/** Fill colour of every district path, keyed by id. */
export async function fills(page) {
  return page.$$eval('path[data-district]', (ps) =>
    Object.fromEntries(ps.map((p) => [p.dataset.district, p.getAttribute('fill')])));
}

/**
 * Wait until the app's IndexedDB entry `key` contains `text` (saves are asynchronous).
 * Large texts are stored as a Blob of their bytes; both forms are read. (Polled with
 * `page.evaluate`, which awaits the promise: `waitForFunction` would take the promise
 * object itself as a truthy answer and never wait.)
 */
export async function waitStored(page, key, text) {
  const stored = () => page.evaluate(([k, t]) => new Promise((resolve) => {
    const req = indexedDB.open('samskabelsesatlas', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => {
      const tx = req.result.transaction('kv', 'readonly');
      const get = tx.objectStore('kv').get(k);
      get.onsuccess = () => {
        req.result.close();
        const v = get.result;
        if (v instanceof Blob) v.text().then((s) => resolve(s.includes(t)), () => resolve(false));
        else resolve(typeof v === 'string' && v.includes(t));
      };
      get.onerror = () => { req.result.close(); resolve(false); };
    };
    req.onerror = () => resolve(false);
  }), [key, text]);
  await expect.poll(stored, { message: `IndexedDB entry ${key} holds ${text}`, timeout: 10_000, intervals: [100] }).toBe(true);
}

/**
 * A district's accessible name says `name`, then the indicator shown with `value`
 * (e.g. "Østerbro. Disponibel indkomst pr. person: 296.700 kr.; klasse 5 af 5 …").
 */
export function labelRe(name, value) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc(name)}\\. [^;]*: ${esc(value)}(;|$)`);
}

/**
 * Wait until no CSS transition or animation is running (presentation mode fades fills
 * and moves the zoom over 0.6 s): a screenshot or an audit then sees the end state.
 */
export async function transitionsDone(page) {
  await expect.poll(() => page.evaluate(() => document.getAnimations().length),
    { message: 'CSS transitions finished', timeout: 10_000, intervals: [50] }).toBe(0);
}

/**
 * Record every value the progress bar shows from now on (a MutationObserver, so no
 * value is missed between two polls); read them with `progressSeen`.
 */
export async function watchProgress(page) {
  await page.evaluate(() => {
    window.__progressSeen = new Set();
    const read = () => {
      const v = document.querySelector('[data-testid="progress"]')?.getAttribute('aria-valuenow');
      if (v != null) window.__progressSeen.add(v);
    };
    window.__progressObserver?.disconnect();
    window.__progressObserver = new MutationObserver(read);
    window.__progressObserver.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

/** The progress values shown since `watchProgress` (stops watching). */
export async function progressSeen(page) {
  return new Set(await page.evaluate(() => {
    window.__progressObserver?.disconnect();
    return [...window.__progressSeen];
  }));
}

/**
 * Wait until the page has rendered twice since now: what a change schedules for the
 * next frames (paths mounted a slice per frame, ResizeObserver sizes, label fitting)
 * has run, and no CSS transition is still running.
 */
export async function rendered(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await transitionsDone(page);
}

/**
 * Count the progress values the cluster map's key shows from now on: returns a
 * function that answers how many distinct ones were seen.
 */
export async function watchLisaProgress(page) {
  await page.evaluate(() => {
    window.__progress = new Set();
    new MutationObserver(() => {
      const p = document.querySelector('[data-testid="lisa-progress"]');
      if (p) window.__progress.add(p.dataset.progress);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-progress'] });
  });
  return () => page.evaluate(() => window.__progress.size);
}
