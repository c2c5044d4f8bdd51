// Unit tests of the planner's store and its changes as data (patch.js,
// store.js), under Node: every edit undone and redone exactly, typing
// coalesced, the history bounded, a whole-work replacement undoable, and a
// read-only tab refused.

import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyOps, setOps, removeOps, appendOps } from '../web/patch.js';
import * as store from '../web/store.js';

const example = (name) => JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
const copy = (v) => structuredClone(v);

let now = 0;
let events = [];
beforeEach(() => {
  now = 1_000_000;
  store.setClock(() => now);
  store.state.readOnly = false;
  store.load(example('rural.json'));
  events = [];
});
store.onChange((e) => events.push(e));

test('patch: every operation has an inverse that restores the document', () => {
  const b = example('rural.json');
  const cases = [
    ['replace a field', setOps(b, '/municipality/name', 'Nowa')],
    ['add a field', setOps(b, '/municipality/population', 12)],
    ['create the objects on the way', setOps(b, '/ipws/0/closure/summary', 'koniec')],
    ['append to an array', appendOps(b, '/institutions', { id: 'x', name: 'X', kind: 'ngo' })],
    ['create an array', appendOps(b, '/nothing', 1)],
    ['remove an array element', removeOps(b, '/institutions/1')],
    ['remove a field', removeOps(b, '/municipality/population')],
    ['replace the root', [{ op: 'replace', path: '', value: { schemaVersion: '1' } }]],
  ];
  for (const [name, ops] of cases) {
    const doc = copy(b);
    const { doc: after, inverse } = applyOps(doc, ops);
    assert.notDeepEqual(after, b, `${name}: the document changed`);
    const { doc: back } = applyOps(after, inverse);
    assert.deepEqual(back, b, `${name}: the inverse restores it`);
  }
});

test('patch: removing the last field of an optional section removes the section', () => {
  const doc = { ipws: [{ id: 'i1', closure: { date: '2026-01-01' } }] };
  assert.deepEqual(removeOps(doc, '/ipws/0/closure/date'), [{ op: 'remove', path: '/ipws/0/closure' }]);
  assert.deepEqual(removeOps({ a: [{ b: 1 }] }, '/a/0/b'), [{ op: 'remove', path: '/a/0/b' }], 'an element of an array stays');
  assert.deepEqual(removeOps(doc, '/ipws/0/nothing'), [], 'nothing there: no operation');
});

test('patch: the history shares no object with the document', () => {
  const doc = { list: [] };
  const item = { name: 'a' };
  const { doc: after } = applyOps(doc, [{ op: 'add', path: '/list/0', value: item }]);
  after.list[0].name = 'changed in place';
  assert.equal(item.name, 'a');
});

test('undo and redo restore each state exactly', () => {
  const states = [copy(store.state.bundle)];
  store.set('/municipality/name', 'Masłów Nowy', { label: 'nazwa' });
  states.push(copy(store.state.bundle));
  store.remove('/institutions/2', { label: 'Usunięto: PCPR', announce: true, structural: true });
  states.push(copy(store.state.bundle));
  store.append('/teams/0/members', { institution: 'gops', roles: ['member'] });
  states.push(copy(store.state.bundle));
  store.set('/ipws/1/consent/date', '2026-02-02');
  states.push(copy(store.state.bundle));
  for (let i = states.length - 2; i >= 0; i--) {
    assert.ok(store.undo());
    assert.deepEqual(store.state.bundle, states[i], `undo back to state ${i}`);
  }
  assert.equal(store.undo(), null, 'nothing left to undo');
  for (let i = 1; i < states.length; i++) {
    assert.ok(store.redo());
    assert.deepEqual(store.state.bundle, states[i], `redo to state ${i}`);
  }
  assert.equal(store.redo(), null);
});

test('a removal says what it removed', () => {
  const c = store.remove('/institutions/0', { label: 'Usunięto: Gmina Masłów', announce: true, structural: true });
  assert.equal(c.label, 'Usunięto: Gmina Masłów');
  assert.equal(events.at(-1).type, 'edit');
  assert.equal(events.at(-1).change.announce, true);
  assert.equal(events.at(-1).structural, true);
  store.undo();
  assert.equal(store.state.bundle.institutions[0].name, 'Gmina Masłów');
  assert.equal(events.at(-1).type, 'undo');
});

test('typing in one field is one change; a pause, another field or an undo starts a new one', () => {
  const p = '/institutions/0/name';
  const type = (text, key = 'field' + p, path = p) => {
    for (let i = 1; i <= text.length; i++) {
      now += 100;
      store.set(path, text.slice(0, i), { coalesce: key });
    }
  };
  const original = store.get(p);
  type('Gmina');
  assert.deepEqual(store.history(), { past: 1, future: 0 }, 'five keystrokes, one change');
  assert.equal(store.undo().ops.length, 1, 'a coalesced change keeps one operation');
  assert.equal(store.get(p), original);
  store.redo();
  assert.equal(store.get(p), 'Gmina');

  now += store.COALESCE_MS + 1;
  type('Gm');
  assert.equal(store.history().past, 2, 'after a pause, a new change');
  type('X', 'field/municipality/name', '/municipality/name');
  assert.equal(store.history().past, 3, 'another field, a new change');
  store.endTyping();
  type('X', 'field/municipality/name', '/municipality/name');
  assert.equal(store.history().past, 4, 'the field left and typed in again, a new change');
  store.undo();
  store.undo();
  type('Y', 'field/municipality/name', '/municipality/name');
  assert.equal(store.history().past, 3, 'after an undo, a new change');

  // clearing the field while typing (the key removed) coalesces as well
  now += store.COALESCE_MS + 1;
  const before = copy(store.state.bundle);
  now += 10; store.set('/municipality/name', 'Z', { coalesce: 'm' });
  now += 10; store.remove('/municipality/name', { coalesce: 'm' });
  now += 10; store.set('/municipality/name', 'Masłów', { coalesce: 'm' });
  store.undo();
  assert.deepEqual(store.state.bundle, before);
});

test('the history is bounded: the oldest changes are forgotten first', () => {
  for (let i = 0; i < store.HISTORY + 20; i++) store.set('/municipality/population', i);
  assert.equal(store.history().past, store.HISTORY);
  while (store.undo());
  assert.equal(store.state.bundle.municipality.population, 19, 'back to the oldest change kept');
});

test('replacing the work is one change that undo takes back', () => {
  const before = copy(store.state.bundle);
  const urban = example('urban.json');
  store.replaceWork(urban, { label: 'otwarcie pliku urban.json' });
  assert.equal(store.state.bundle.municipality.name, 'Radomsko');
  store.set('/municipality/name', 'Radomsko 2');
  store.undo();
  store.undo();
  assert.deepEqual(store.state.bundle, before);
  store.redo();
  assert.deepEqual(store.state.bundle, urban);
});

test('a new edit clears the redo history; loading forgets the history', () => {
  store.set('/municipality/name', 'A');
  store.undo();
  assert.equal(store.canRedo(), true);
  store.set('/municipality/name', 'B');
  assert.equal(store.canRedo(), false);
  store.load(example('urban.json'));
  assert.deepEqual(store.history(), { past: 0, future: 0 });
  assert.equal(events.at(-1).type, 'load');
});

test('a read-only tab refuses edits and undo, and says so', () => {
  let refused = 0;
  store.onReadOnly(() => refused++);
  store.set('/municipality/name', 'A');
  store.state.readOnly = true;
  const before = copy(store.state.bundle);
  assert.equal(store.set('/municipality/name', 'B'), null);
  assert.equal(store.undo(), null);
  assert.equal(refused, 1);
  assert.deepEqual(store.state.bundle, before);
});
