// Trunk post_build hook: start the app from a script file instead of Trunk's inline
// module script, so the page can carry a strict Content-Security-Policy (no inline
// script). Writes boot-<hash>.js into the staging folder and links it from index.html.
// Run by Trunk (TRUNK_STAGING_DIR is set); see Trunk.toml.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('boot.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const files = readdirSync(dir);
const js = files.find((f) => /^samskabelsesatlas.*\.js$/.test(f));
const wasm = files.find((f) => /^samskabelsesatlas.*_bg\.wasm$/.test(f));
if (!js || !wasm) throw new Error(`boot.mjs: no app js/wasm in ${dir}: ${files.join(', ')}`);
const boot = `// Starts Samskabelsesatlas (written at build time by scripts/boot.mjs).
import init, * as bindings from './${js}';
const wasm = await init({ module_or_path: './${wasm}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), boot);
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error('boot.mjs: index.html still has an inline script');
writeFileSync(indexPath, html.replace('</head>', `<script type="module" src="./${name}"></script></head>`));
console.log(`boot.mjs: ${name} → ${js}`);
