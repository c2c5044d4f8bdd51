// The second validator: every shipped JSON Schema compiles in Ajv (draft
// 2020-12, with ajv-formats), and Ajv's valid/invalid verdict agrees with the
// Go schema layer (schema.Validate: the JSON layer, the version and the JSON
// Schema, not the model's rules) on every example, every fixture, and a set
// of instances made here, each breaking one keyword of the schemas.
//
//   node --test schema/crosscheck/

import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rel = (...p) => path.join(root, ...p);
const names = ['bundle', 'profile', 'scenario', 'monitor'];

// --- Ajv -----------------------------------------------------------------

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateFormats: true });
addFormats(ajv);
const texts = Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(rel('schema', 'schemas', `${n}.schema.json`), 'utf8'))]));
for (const n of names) ajv.addSchema(texts[n]);

const validators = {};
for (const n of names) {
  test(`${n}.schema.json compiles in Ajv (draft 2020-12, strict)`, () => {
    assert.equal(texts[n].$schema, 'https://json-schema.org/draft/2020-12/schema');
    validators[n] = ajv.getSchema(texts[n].$id);
    assert.equal(typeof validators[n], 'function');
  });
}

// Ajv's verdict on raw bytes: the bytes must be UTF-8 and JSON (a leading
// BOM is skipped, as the Go layer does), then the schema decides.
function ajvVerdict(kind, bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { valid: false, why: 'not UTF-8' };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { valid: false, why: `not JSON: ${e.message}` };
  }
  const validate = validators[kind] ?? ajv.getSchema(texts[kind].$id);
  const valid = validate(value);
  return { valid, why: valid ? '' : ajv.errorsText(validate.errors) };
}

// --- the instances ---------------------------------------------------------

const instances = []; // { name, kind, file }
const work = mkdtempSync(path.join(tmpdir(), 'kooperacja-ajv-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function addFiles(kind, dir) {
  for (const f of readdirSync(rel(dir)).filter((f) => f.endsWith('.json')).sort()) {
    instances.push({ name: `${dir}/${f}`, kind, file: rel(dir, f) });
  }
}
addFiles('bundle', 'examples');
addFiles('scenario', 'examples/scenarios');
addFiles('bundle', 'cmd/kooperacja/testdata');
addFiles('bundle', 'schema/testdata/roundtrip');
addFiles('monitor', 'cmd/kooperacja/testdata/monitor');

let made = 0;
function add(kind, name, value) {
  const file = path.join(work, `${made++}.json`);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  instances.push({ name: `made: ${name}`, kind, file });
}
const clone = (v) => structuredClone(v);
const rural = JSON.parse(readFileSync(rel('examples', 'rural.json'), 'utf8'));
const urban = JSON.parse(readFileSync(rel('examples', 'urban.json'), 'utf8'));

// One mistake each, on the rural and the urban example; and a few changes
// that keep the document valid, so that agreement is not only on "invalid".
const bundleCases = {
  'valid as is': () => {},
  'valid with a profile and extensions': (d) => { d.profile = { team: { minInstitutions: 6 }, severity: { 'team.meeting_gap': 'off' } }; d.extensions = { a: [1, 'b', null, { c: true }] }; },
  'valid without the optional collections': (d) => { delete d.stages; delete d.services; },
  'missing variant': (d) => { delete d.variant; },
  'unknown variant': (d) => { d.variant = 'suburban'; },
  'unknown top-level property': (d) => { d.gmina = 'x'; },
  'unknown property in an institution': (d) => { d.institutions[0].region = 'x'; },
  'population as a string': (d) => { d.municipality.population = 'dużo'; },
  'population negative fraction': (d) => { d.municipality.population = -2.5; },
  'impossible date': (d) => { d.asOf = '2025-02-30'; },
  'date without zero padding': (d) => { d.asOf = '2025-2-3'; },
  'date with a time': (d) => { d.asOf = '2025-02-03T10:00:00Z'; },
  'leap day': (d) => { d.asOf = '2028-02-29'; },
  'empty id': (d) => { d.institutions[1].id = ''; },
  'institutions as an object': (d) => { d.institutions = {}; },
  'extensions as an array': (d) => { d.extensions = []; },
  'responsible with both owners': (d) => { d.ipws[0].actions[0].responsible = { institution: 'a', member: 'b' }; },
  'responsible empty': (d) => { d.ipws[0].actions[0].responsible = {}; },
  'birth year too early': (d) => { d.ipws[0].beneficiary.members[0].birthYear = 1700; },
  'birth year as a fraction': (d) => { d.ipws[0].beneficiary.members[0].birthYear = 1980.5; },
  'birth year as 1980.0': (d) => { d.ipws[0].beneficiary.members[0].birthYear = 1980.0; },
  'unknown action status': (d) => { d.ipws[0].actions[0].status = 'finished'; },
  'null goal': (d) => { d.ipws[0].goals[0] = null; },
  'null municipality': (d) => { d.municipality = null; },
  'other without sector': (d) => { d.institutions.push({ id: 'inna', name: 'Inna', kind: 'other' }); },
  'other with a sector': (d) => { d.institutions.push({ id: 'inna', name: 'Inna', kind: 'other', sector: 'civil_society' }); },
  'unknown severity in the profile': (d) => { d.profile = { severity: { 'team.too_small': 'loud' } }; },
  'unknown rule in the profile': (d) => { d.profile = { severity: { 'team.no_such_rule': 'off' } }; },
};
for (const [base, doc] of [['rural', rural], ['urban', urban]]) {
  for (const [name, mutate] of Object.entries(bundleCases)) {
    const d = clone(doc);
    mutate(d);
    add('bundle', `${base}: ${name}`, d);
  }
}
add('bundle', 'a top-level array', '[1,2]');
add('bundle', 'null', 'null');
add('bundle', 'BOM and a valid bundle', '\uFEFF' + JSON.stringify(rural));
add('bundle', 'empty document', '');

const profileCases = {
  'empty': {},
  'numbers': { team: { minInstitutions: 6 }, ipw: { maxMonths: 18 } },
  'a number as a string': { team: { minInstitutions: 'five' } },
  'negative': { team: { minInstitutions: -1 } },
  'unknown section': { teams: {} },
  'unknown severity': { severity: { 'team.too_small': 'loud' } },
  'unknown rule': { severity: { 'team.no_such_rule': 'off' } },
  'every severity': { severity: { 'team.too_small': 'warning', 'team.meeting_gap': 'off', 'ipw.review_gap': 'error', 'ref.unknown': 'info' } },
};
for (const [name, p] of Object.entries(profileCases)) add('profile', `profile: ${name}`, p);

const scenario = JSON.parse(readFileSync(rel('examples', 'scenarios', readdirSync(rel('examples', 'scenarios')).sort()[0]), 'utf8'));
const scenarioCases = {
  'no events': (s) => { s.events = []; },
  'missing horizon': (s) => { delete s.horizon; },
  'missing events': (s) => { delete s.events; },
  'impossible horizon': (s) => { s.horizon = '2027-02-30'; },
  'unknown assumption': (s) => { s.assume = 'maybe'; },
  'unknown event type': (s) => { s.events = [{ date: '2027-01-04', type: 'explode' }]; },
  'action_done without action': (s) => { s.events = [{ date: '2027-01-04', type: 'action_done', ipw: 'x' }]; },
  'action_done complete': (s) => { s.events = [{ date: '2027-01-04', type: 'action_done', ipw: 'x', action: 'y' }]; },
  'review without decision': (s) => { s.events = [{ date: '2027-01-04', type: 'review', ipw: 'x' }]; },
  'review extend': (s) => { s.events = [{ date: '2027-01-04', type: 'review', ipw: 'x', decision: 'extend', newEnd: '2027-06-30' }]; },
  'partner_withdraws without institution': (s) => { s.events = [{ date: '2027-01-04', type: 'partner_withdraws' }]; },
  'ipw_added without document': (s) => { s.events = [{ date: '2027-01-04', type: 'ipw_added' }]; },
  'unknown event property': (s) => { s.events = [{ date: '2027-01-04', type: 'consent_withdrawn', ipw: 'x', why: 'y' }]; },
};
for (const [name, mutate] of Object.entries(scenarioCases)) {
  const s = clone(scenario);
  mutate(s);
  add('scenario', `scenario: ${name}`, s);
}

// The monitoring record of the rural example (its counts mostly withheld),
// with every kind of count, and one mistake each.
const record = JSON.parse(readFileSync(rel('cmd', 'kooperacja', 'testdata', 'monitor', 'rural.json'), 'utf8'));
const recordCases = {
  'counts stated': (r) => { r.ipw.total = 40; r.ipw.byStatus.inProgress = 30; r.ipw.byStatus.draft = { withheld: true }; },
  'means given': (r) => { r.ipw.durations.open = { count: 12, meanDays: 180.5, medianDays: 171 }; },
  'no PZK formed, no population, no current stage': (r) => { delete r.pzk.formed; delete r.municipality.population; delete r.stages.current; },
  'places unlimited': (r) => { if (r.capacity[0]) r.capacity[0].placeMonths = null; },
  'a negative count': (r) => { r.ipw.total = -1; },
  'a fractional count': (r) => { r.ipw.opened = 2.5; },
  'a count as a string': (r) => { r.ipw.total = '3'; },
  'fewerThan zero': (r) => { r.ipw.total = { fewerThan: 0 }; },
  'withheld false': (r) => { r.ipw.total = { withheld: false }; },
  'both fewerThan and withheld': (r) => { r.ipw.total = { fewerThan: 3, withheld: true }; },
  'a count with another key': (r) => { r.ipw.total = { fewerThan: 3, n: 2 }; },
  'a pseudonym added': (r) => { r.pseudonym = 'Rodzina K.'; },
  'an id in the actions': (r) => { r.actions[0].ipw = 'ipw-1'; },
  'an unknown owner kind': (r) => { r.actions[0].kind = 'neighbours'; },
  'the family as a provider': (r) => { r.capacity.push({ kind: 'family', services: 1, placeMonths: null, usedMonths: 0 }); },
  'missing ipw': (r) => { delete r.ipw; },
  'an impossible date': (r) => { r.asOf = '2026-02-30'; },
  'an unknown stage': (r) => { r.stages.completed.push('celebration'); },
  'a threshold of 0': (r) => { r.disclosureThreshold = 0; },
  'a mean as text': (r) => { r.ipw.durations.closed.meanDays = 'long'; },
};
for (const [name, mutate] of Object.entries(recordCases)) {
  const r = clone(record);
  mutate(r);
  add('monitor', `record: ${name}`, r);
}

// --- the Go verdicts, in one run of a small Go program ---------------------

const go = spawnSync('go', ['run', './schema/crosscheck/verdict'], {
  cwd: root,
  input: JSON.stringify(instances.map(({ kind, file }) => ({ kind, file }))),
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
const goVerdicts = go.status === 0 ? JSON.parse(go.stdout) : null;

test('the Go schema layer gives a verdict on every instance', () => {
  assert.equal(go.status, 0, `go run ./schema/crosscheck/verdict failed:\n${go.stderr}`);
  assert.equal(goVerdicts.length, instances.length);
});

// Checks of the Go boundary that no JSON Schema validator can make, so Ajv
// is not asked: duplicate keys (JSON.parse keeps the last one silently),
// nesting and size limits, and the format version, which the Go layer checks
// before the schema (the schema types schemaVersion as a string only, so
// that a future version gets document.version_unsupported, not a schema
// violation).
const goOnly = new Set(['document.duplicate_key', 'document.too_deep', 'document.too_large', 'document.version_unsupported']);

let compared = 0;
let valid = 0;
for (const [i, inst] of instances.entries()) {
  test(`Ajv agrees with Go: ${inst.name}`, (t) => {
    assert.ok(goVerdicts, 'no Go verdicts');
    const g = goVerdicts[i];
    if (g.codes.some((c) => goOnly.has(c))) {
      t.skip(`Go-only check: ${g.codes.join(', ')}`);
      return;
    }
    const a = ajvVerdict(inst.kind, readFileSync(inst.file));
    compared++;
    if (a.valid) valid++;
    assert.equal(a.valid, g.valid,
      `Ajv says ${a.valid ? 'valid' : 'invalid'}${a.why ? ` (${a.why})` : ''}; Go says ${g.valid ? 'valid' : 'invalid'} (${g.codes.map((c, j) => `${c} at ${g.paths[j] || '/'}`).join('; ')})`);
  });
}

test('the cross-check compared enough of both verdicts', () => {
  assert.ok(compared >= 80, `only ${compared} instances compared`);
  assert.ok(valid >= 10 && compared - valid >= 40, `${valid} valid and ${compared - valid} invalid: too one-sided`);
});
