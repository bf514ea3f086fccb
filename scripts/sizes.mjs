// Prints the release transfer sizes of the built app (raw, gzip, brotli).
// Usage: node scripts/sizes.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' };
const rows = [];
for (const f of readdirSync(dir)) {
  const kind = kinds[extname(f)];
  if (!kind) continue;
  const buf = readFileSync(join(dir, f));
  rows.push({ kind, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length });
}
rows.sort((a, b) => Object.values(kinds).indexOf(a.kind) - Object.values(kinds).indexOf(b.kind));
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('release transfer sizes (KiB)');
console.log('file      raw      gzip    brotli');
let t = { raw: 0, gzip: 0, brotli: 0 };
for (const r of rows) {
  console.log(`${r.kind.padEnd(6)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
  if (r.kind !== 'html') for (const k of Object.keys(t)) t[k] += r[k];
}
console.log(`${'wasm+js+css'.padEnd(6)}${kb(t.raw)}${kb(t.gzip)}${kb(t.brotli)}`.replace('wasm+js+css', 'w+j+c'));
console.log(`wasm+js+css brotli total: ${t.brotli} bytes`);
