// Minimal IndexedDB access for the app: one object store of string values.
// Kept in JS because the raw IndexedDB API is callback-based; Rust sees promises.
const DB = 'samskabelsesatlas';
const STORE = 'kv';

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run(mode, fn) {
  return open().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(req.result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
    tx.onabort = () => { db.close(); reject(tx.error); };
  }));
}

export function idb_get(key) { return run('readonly', (s) => s.get(key)).then((v) => (typeof v === 'string' ? v : null)); }
export function idb_put(key, value) { return run('readwrite', (s) => s.put(value, key)).then(() => undefined); }
export function idb_delete(key) { return run('readwrite', (s) => s.delete(key)).then(() => undefined); }
