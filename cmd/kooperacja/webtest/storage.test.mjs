// Unit tests of the planner's storage (storage.js) under Node, on
// fake-indexeddb (a complete IndexedDB in memory): the current work, the
// versions and their pruning by count and age, the versions kept while
// editing, the one-time move from localStorage, and a refused write.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openStorage, StorageRefused, LEGACY_WORK, LEGACY_PREVIOUS } from '../web/storage.js';

const example = (name) => JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
const DAY = 86_400_000;
const policy = { maxVersions: 5, maxAgeDays: 30, keepNewest: 2, editEveryMs: 5 * 60_000 };

class MemoryStorage {
  constructor(items = {}) { this.items = new Map(Object.entries(items)); }
  getItem(k) { return this.items.has(k) ? this.items.get(k) : null; }
  setItem(k, v) { this.items.set(k, String(v)); }
  removeItem(k) { this.items.delete(k); }
}

async function fresh(o = {}) {
  const clock = { now: 100 * DAY };
  const s = await openStorage({ indexedDB: new IDBFactory(), localStorage: new MemoryStorage(), now: () => clock.now, policy, ...o });
  return { s, clock };
}

test('the current work is saved and read back', async () => {
  const { s } = await fresh();
  assert.equal(await s.loadWork(), null);
  const b = example('rural.json');
  await s.saveWork(b);
  assert.deepEqual((await s.loadWork()).bundle, b);
  b.municipality.name = 'Masłów 2';
  await s.saveWork(b);
  assert.equal((await s.loadWork()).bundle.municipality.name, 'Masłów 2');
});

test('versions are listed newest first with what they hold, and read back', async () => {
  const { s, clock } = await fresh();
  const rural = example('rural.json');
  const urban = example('urban.json');
  const a = await s.addVersion(rural, 'export', 'kooperacja-2604092.json');
  clock.now += 1000;
  const b = await s.addVersion(urban, 'before-open', 'plik.json');
  const list = await s.listVersions();
  assert.deepEqual(list.map((v) => v.id), [b, a]);
  assert.equal(list[0].reason, 'before-open');
  assert.equal(list[0].note, 'plik.json');
  assert.deepEqual(list[1].summary, {
    municipality: 'Masłów', teryt: '2604092', variant: 'rural',
    counts: { institutions: rural.institutions.length, teams: rural.teams.length, agreements: rural.agreements.length, ipws: rural.ipws.length },
  });
  assert.deepEqual(await s.getVersion(a), rural);
});

test('pruning keeps at most maxVersions, drops the old ones, and always the newest few', async () => {
  const { s, clock } = await fresh();
  const b = { schemaVersion: '1' };
  const ids = [];
  for (let i = 0; i < 8; i++) {
    ids.push(await s.addVersion(b, 'edit', String(i)));
    clock.now += 1000;
  }
  assert.deepEqual((await s.listVersions()).map((v) => v.note), ['7', '6', '5', '4', '3'], 'the 5 newest are kept');
  assert.equal(await s.getVersion(ids[0]), undefined, 'a pruned version\'s bundle is gone too');

  clock.now += 31 * DAY; // every version is now older than maxAgeDays
  await s.prune();
  assert.deepEqual((await s.listVersions()).map((v) => v.note), ['7', '6'], 'the keepNewest newest stay however old');
  await s.addVersion(b, 'export', 'new');
  assert.deepEqual((await s.listVersions()).map((v) => v.note), ['new', '7']);
});

test('while editing, a version is kept at most every editEveryMs', async () => {
  const { s, clock } = await fresh();
  const b = { schemaVersion: '1', municipality: { name: 'A' } };
  assert.ok(await s.noteEdit(b), 'the first edit keeps a version');
  clock.now += 60_000;
  assert.equal(await s.noteEdit(b), null, 'a minute later: none');
  clock.now += policy.editEveryMs;
  assert.ok(await s.noteEdit(b), 'after the interval: one');
  assert.equal((await s.listVersions()).filter((v) => v.reason === 'edit').length, 2);
  // calls made while one is in progress do not keep a second version
  clock.now += policy.editEveryMs;
  const all = await Promise.all([s.noteEdit(b), s.noteEdit(b), s.noteEdit(b)]);
  assert.equal(all.filter(Boolean).length, 1);
});

test('work kept in localStorage is moved once, its restore slot as an older version', async () => {
  const rural = example('rural.json');
  const urban = example('urban.json');
  const local = new MemoryStorage({ [LEGACY_WORK]: JSON.stringify(rural), [LEGACY_PREVIOUS]: JSON.stringify(urban) });
  const idb = new IDBFactory();
  const { s } = await fresh({ indexedDB: idb, localStorage: local });
  assert.equal(await s.migrate(), true);
  assert.deepEqual((await s.loadWork()).bundle, rural);
  const list = await s.listVersions();
  assert.deepEqual(list.map((v) => [v.reason, v.summary.municipality]), [['migrated', 'Masłów'], ['migrated', 'Radomsko']]);
  assert.equal(local.getItem(LEGACY_WORK), null);
  assert.equal(local.getItem(LEGACY_PREVIOUS), null);
  assert.equal(await s.migrate(), false, 'only once');
  s.close();
  const again = await openStorage({ indexedDB: idb, localStorage: local, policy });
  assert.deepEqual((await again.loadWork()).bundle, rural, 'the database keeps it');
});

test('a refused write rejects with StorageRefused and leaves the stored work as it was', async () => {
  const { s } = await fresh();
  const b = example('rural.json');
  await s.saveWork(b);
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  try {
    const changed = { ...b, municipality: { ...b.municipality, name: 'Zmieniona' } };
    await assert.rejects(s.saveWork(changed), (e) => e instanceof StorageRefused && e.quota === true);
    await assert.rejects(s.addVersion(changed, 'export'), (e) => e instanceof StorageRefused);
  } finally {
    IDBObjectStore.prototype.put = put;
  }
  assert.equal((await s.loadWork()).bundle.municipality.name, 'Masłów');
  assert.deepEqual(await s.listVersions(), [], 'no half-written version');
});

test('no IndexedDB at all is a refusal, not a crash', async () => {
  await assert.rejects(openStorage({ indexedDB: null }), StorageRefused);
});
