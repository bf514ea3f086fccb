// Offline-first: every same-origin GET (the app, its wasm, the demo data) is kept in a
// cache as it loads; with no network the cached copy answers, so a presenter can open
// the atlas at a council meeting without Wi-Fi once it has been opened before.
// Network first, so a new release shows as soon as the network is there.
const CACHE = 'samskabelsesatlas-v1';
// The built-in examples and the loader worker (which reads every file the user opens;
// the first map does not need it) are cached at install, so each opens offline even
// if it was never used online (the app's own files are cached as the page loads them).
const EXAMPLES = [
  'demo/bydele.geojson', 'demo/indikatorer.csv', 'demo/indikatorer.meta.json', 'demo/fortaelling.json',
  'demo/forberedt.bin',
  'eksempler/bydele/bydele.geojson', 'eksempler/bydele/tal.csv', 'eksempler/bydele/tal.meta.json',
  'eksempler/bydele/fortaelling.json', 'eksempler/bydele/forberedt.bin',
  'loader-worker-boot.js', 'loader_worker.js', 'loader_worker_bg.wasm',
];

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(EXAMPLES)).catch(() => undefined));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() => caches.match(req, { ignoreSearch: req.mode === 'navigate' })
        .then((hit) => hit ?? Response.error())),
  );
});
