// Minimal static server for the release build (dist/) on loopback, used by the
// end-to-end tests and benchmarks.
// Usage: node scripts/serve-dist.mjs [dir] [port] [/prefix=extra-dir ...]
// Extra mounts (e.g. /fixtures=tests/fixtures) let tests load files by URL.
// SERVE_ISOLATED=1 adds COOP/COEP headers (cross-origin isolation): the benchmark uses
// it so performance.now() and requestAnimationFrame timestamps have 5 µs resolution
// instead of the coarsened 100 µs (with jitter) that would blur frame times.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const mounts = process.argv.slice(4).map((m) => {
  const [prefix, dir] = m.split('=');
  return { prefix: prefix.replace(/\/$/, ''), dir: resolve(dir) };
});
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const mount = mounts.find((m) => pathname.startsWith(m.prefix + '/'));
    const base = mount ? mount.dir : root;
    let path = normalize(join(base, mount ? pathname.slice(mount.prefix.length) : pathname));
    if (!path.startsWith(base)) { res.writeHead(403).end(); return; }
    if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache',
      ...(process.env.SERVE_ISOLATED ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
