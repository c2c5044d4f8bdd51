// Unit tests of the preview shown before a file replaces the work
// (preview.js, summary.js), under Node with the real library: the planner's
// WebAssembly build (scripts/build-wasm cmd/kooperacja/web/wasm) answers.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as library from '../web/library.js';
import { previewFile } from '../web/preview.js';
import { summarize } from '../web/summary.js';

const text = (name) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
const lib = { validate: (doc) => library.call('validate', doc, library.opts()), diff: library.diff };

before(async () => {
  await library.start();
});

test('a file that is not a bundle is fatal, with the findings that say why', async () => {
  for (const [name, body] of [['broken.json', '{"schemaVersion": "1", "variant": '], ['list.json', '[1, 2]'], ['old.json', '{"schemaVersion": "0"}']]) {
    const p = await previewFile(name, body, JSON.parse(text('rural.json')), lib);
    assert.equal(p.fatal, true, name);
    assert.ok(p.findings.length > 0, `${name}: findings say why`);
    assert.equal(p.doc, undefined, `${name}: nothing to open`);
  }
});

test('a bundle over work: what it holds, its findings, and the current work', async () => {
  const current = JSON.parse(text('rural.json'));
  const urban = JSON.parse(text('urban.json'));
  const p = await previewFile('urban.json', text('urban.json'), current, lib);
  assert.equal(p.fatal, false);
  assert.deepEqual(p.doc, urban);
  assert.deepEqual(p.summary, {
    municipality: 'Radomsko', teryt: '1012011', variant: 'urban',
    counts: { institutions: urban.institutions.length, teams: urban.teams.length, agreements: urban.agreements.length, ipws: urban.ipws.length },
  });
  assert.equal(p.current.municipality, 'Masłów');
  assert.deepEqual(p.counts, { error: 0, warning: 0, info: 0 }, 'the example is valid');
  // The differences come from the library's second module, loaded now.
  assert.equal(p.diff?.ok, true, `the comparison: ${p.diff?.error}`);
  assert.ok(p.diff.changes.length > 0, 'two municipalities differ');
  assert.deepEqual((await previewFile('rural.json', text('rural.json'), current, lib)).diff.changes, [], 'a file equal to the work: no difference');
});

test('a bundle with mistakes is previewed with its findings counted', async () => {
  const b = JSON.parse(text('rural.json'));
  b.institutions[0].regon = '123456789';
  const p = await previewFile('bad.json', JSON.stringify(b), null, lib);
  assert.equal(p.fatal, false);
  assert.ok(p.counts.error >= 1);
  assert.ok(p.findings.some((f) => f.path === '/institutions/0/regon'));
  assert.equal(p.current, null, 'no work: nothing to compare');
  assert.equal(p.diff, null);
});

test('summarize tolerates anything', () => {
  assert.deepEqual(summarize(null), { municipality: '', teryt: '', variant: '', counts: { institutions: 0, teams: 0, agreements: 0, ipws: 0 } });
  assert.deepEqual(summarize({ municipality: { name: 5 }, teams: {} }).counts.teams, 0);
});
