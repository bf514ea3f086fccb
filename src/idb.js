// Minimal IndexedDB access for the app: one object store of string values (large
// texts stored as a Blob of their UTF-8 bytes: copying 50 MB into a JS string would
// hold the page for half a second; a Blob is one memory copy, decoded when read).
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

export function idb_get(key) {
  return run('readonly', (s) => s.get(key)).then((v) => {
    if (typeof v === 'string') return v;
    if (v instanceof Blob) return v.text();
    return null;
  });
}
export function idb_put_bytes(key, bytes) {
  const blob = new Blob([bytes], { type: 'text/plain;charset=utf-8' });
  return run('readwrite', (s) => s.put(blob, key)).then(() => undefined);
}
export function idb_put_blob(key, blob) { return run('readwrite', (s) => s.put(blob, key)).then(() => undefined); }
export function idb_put(key, value) { return run('readwrite', (s) => s.put(value, key)).then(() => undefined); }
export function idb_delete(key) { return run('readwrite', (s) => s.delete(key)).then(() => undefined); }
