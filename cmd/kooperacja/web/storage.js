// The work kept in the browser, in IndexedDB: the current work (saved after
// every change) and a history of versions (one on every export, open and
// import, before a version is restored, and at most every few minutes of
// editing), bounded by count and age, the oldest pruned first. A browser
// that refuses to store (its quota is full, or storage is off) makes every
// call fail with a StorageRefused error; the caller keeps the work in memory
// and tells the person to export it. Work kept by earlier releases in
// localStorage is moved here once.
//
// The database "kooperacja-planner" has three object stores: "work" (the
// key "current": {bundle, savedAt, shown}, shown being what the findings
// panel showed for that bundle, so that a reload shows it at once), "versions" ({id, at, reason, note,
// summary}: what the list shows) and "versionData" (id → bundle, read only
// when a version is restored or compared).

import { summarize } from './summary.js';

const DB = 'kooperacja-planner';
const DB_VERSION = 1;
export const LEGACY_WORK = 'kooperacja-planner:bundle';
export const LEGACY_PREVIOUS = 'kooperacja-planner:previous';

// POLICY: keep at most maxVersions versions, drop those older than
// maxAgeDays (but always keep the keepNewest newest), and keep a version of
// the work being edited at most every editEveryMs.
export const POLICY = Object.freeze({ maxVersions: 60, maxAgeDays: 180, keepNewest: 10, editEveryMs: 5 * 60 * 1000 });

// StorageRefused is the error of a write the browser refused; quota says
// that it was for want of space.
export class StorageRefused extends Error {
  constructor(cause) {
    super(`the browser refused to store the work: ${cause?.message ?? cause}`);
    this.name = 'StorageRefused';
    this.cause = cause;
    this.quota = cause?.name === 'QuotaExceededError' || /quota/i.test(String(cause?.message ?? ''));
  }
}

const DAY = 86_400_000;

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// openStorage opens (creating when needed) the database. Its dependencies
// are parameters so that the unit tests can give their own.
export async function openStorage({ indexedDB = globalThis.indexedDB, localStorage = globalThis.localStorage, now = () => Date.now(), policy = POLICY } = {}) {
  if (!indexedDB) throw new StorageRefused(new Error('IndexedDB is not available'));
  const open = indexedDB.open(DB, DB_VERSION);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('work')) db.createObjectStore('work');
    if (!db.objectStoreNames.contains('versions')) db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
    if (!db.objectStoreNames.contains('versionData')) db.createObjectStore('versionData');
  };
  let db;
  try {
    db = await request(open);
  } catch (e) {
    throw new StorageRefused(e);
  }
  db.onversionchange = () => db.close(); // let a newer page (or a test) upgrade or delete it
  let lastEditVersion = 0;
  let noting = null; // a noteEdit in progress

  // tx runs fn(stores) in one transaction and resolves with fn's result
  // when the transaction has committed; a refused write rejects with
  // StorageRefused and leaves nothing half written.
  function tx(names, mode, fn) {
    return new Promise((resolve, reject) => {
      let t;
      let result;
      try {
        t = db.transaction(names, mode);
        const stores = Object.fromEntries(names.map((n) => [n, t.objectStore(n)]));
        result = fn(stores);
      } catch (e) {
        try { t?.abort(); } catch { /* already finished */ }
        reject(mode === 'readwrite' ? new StorageRefused(e) : e);
        return;
      }
      t.oncomplete = () => Promise.resolve(result).then(resolve, reject);
      t.onabort = t.onerror = () => reject(mode === 'readwrite' ? new StorageRefused(t.error) : t.error);
    });
  }

  const self = {
    policy,

    // loadWork is the current work ({bundle, savedAt, shown}) or null.
    async loadWork() {
      return (await tx(['work'], 'readonly', (s) => request(s.work.get('current')))) ?? null;
    },

    // saveWork keeps bundle as the current work, with shown, what the
    // findings panel shows for it (kept with it, never apart).
    async saveWork(bundle, shown = null) {
      const at = now();
      await tx(['work'], 'readwrite', (s) => { s.work.put({ bundle, savedAt: at, shown }, 'current'); });
      return at;
    },

    // addVersion keeps bundle as a version; reason is one of "export",
    // "open", "before-open", "before-restore", "edit", "migrated"; note is
    // free text (a file name). It prunes the history afterwards and
    // resolves with the new version's id.
    async addVersion(bundle, reason, note = '', at = now()) {
      const meta = { at, reason, note, summary: summarize(bundle) };
      const id = await tx(['versions', 'versionData'], 'readwrite', (s) => {
        const req = s.versions.add(meta);
        return new Promise((resolve) => {
          req.onsuccess = () => {
            s.versionData.put(bundle, req.result);
            resolve(req.result);
          };
        });
      });
      if (reason === 'edit') lastEditVersion = at;
      await self.prune();
      return id;
    },

    // noteEdit keeps a version of bundle when the last version kept while
    // editing is older than policy.editEveryMs; it resolves with the
    // version's id, or null.
    noteEdit(bundle) {
      if (noting) return Promise.resolve(null);
      noting = (async () => {
        if (!lastEditVersion) {
          const newest = (await self.listVersions()).find((v) => v.reason === 'edit');
          lastEditVersion = newest?.at ?? -Infinity;
        }
        if (now() - lastEditVersion < policy.editEveryMs) return null;
        return self.addVersion(bundle, 'edit');
      })().finally(() => { noting = null; });
      return noting;
    },

    // listVersions lists the versions' descriptions, newest first.
    async listVersions() {
      const all = await tx(['versions'], 'readonly', (s) => request(s.versions.getAll()));
      return all.sort((a, b) => b.at - a.at || b.id - a.id);
    },

    async getVersion(id) {
      return tx(['versionData'], 'readonly', (s) => request(s.versionData.get(id)));
    },

    // prune drops the versions beyond policy.maxVersions and those older
    // than policy.maxAgeDays, the oldest first, never one of the
    // policy.keepNewest newest. It resolves with the ids dropped.
    async prune() {
      const list = await self.listVersions();
      const cutoff = now() - policy.maxAgeDays * DAY;
      const drop = list.filter((v, i) => i >= policy.keepNewest && (i >= policy.maxVersions || v.at < cutoff)).map((v) => v.id);
      if (drop.length) {
        await tx(['versions', 'versionData'], 'readwrite', (s) => {
          for (const id of drop) {
            s.versions.delete(id);
            s.versionData.delete(id);
          }
        });
      }
      return drop;
    },

    // migrate moves the work an earlier release kept in localStorage (and
    // its one restore slot) into the database, once: the keys are removed
    // only when the database holds the work. It resolves with true when it
    // moved something.
    async migrate() {
      if (!localStorage) return false;
      const parse = (key) => {
        const text = localStorage.getItem(key);
        if (text == null) return undefined;
        try { return JSON.parse(text); } catch { return null; }
      };
      const work = parse(LEGACY_WORK);
      const previous = parse(LEGACY_PREVIOUS);
      if (work === undefined && previous === undefined) return false;
      const at = now();
      if (previous) await self.addVersion(previous, 'migrated', 'previous', at - 1);
      if (work) {
        await self.addVersion(work, 'migrated', '', at);
        if (!(await self.loadWork())) await self.saveWork(work);
      }
      localStorage.removeItem(LEGACY_WORK);
      localStorage.removeItem(LEGACY_PREVIOUS);
      return true;
    },

    close() {
      db.close();
    },
  };
  return self;
}
