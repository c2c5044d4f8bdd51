// End-to-end test of the planner's "Eksport do monitoringu" in Chromium:
// for every example, the dialog previews the library's monitoring record
// row by row (the municipality, withheld counts in the library's words),
// shows no string of the families' data, passes axe-core, is used from the
// keyboard, and downloads the very record `kooperacja monitor` writes for
// the same bundle, date and period; a period the library refuses is said,
// not thrown; and the English switch gives the English preview. Run: node
// --test e2e/monitoring.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlanner, launchBrowser, newPage, root, openExample, axe, ready, shot } from './harness.mjs';

let server;
let browser;
let bin;
const requests = [];
const EXAMPLES = ['rural', 'urban_rural', 'urban'];
const example = (name) => path.join(root, 'examples', `${name}.json`);

before(async () => {
  bin = mkdtempSync(path.join(os.tmpdir(), 'kooperacja-monitoring-'));
  execFileSync('go', ['build', '-o', path.join(bin, 'kooperacja'), './cmd/kooperacja'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await startPlanner();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
  if (bin) rmSync(bin, { recursive: true, force: true });
});


// shown reads the preview as the dialog shows it: its sections, each a
// heading and the rows of its definition list.
function shown(page) {
  return page.$$eval('#monitoring-preview section', (secs) => secs.map((s) => ({
    title: s.querySelector('h4').textContent,
    rows: [...s.querySelectorAll('dl > dt')].map((dt) => ({ label: dt.textContent, value: dt.nextElementSibling.textContent, field: dt.nextElementSibling.dataset.field })),
  })));
}

// library asks the WebAssembly library itself, in the page (a module of
// its own), for the record and preview of doc with options o (monitor
// answers with a promise).
function library(page, doc, o) {
  return page.evaluate(async ([doc, o]) => {
    const { load } = await import('./wasm/kooperacja.mjs');
    return (await load()).monitor(doc, o);
  }, [doc, o]);
}

// sections are the library's preview as the dialog must show it: every
// section and every row.
const sections = (preview) => preview.map((s) => ({ title: s.title, rows: s.rows.map((r) => ({ label: r.label, value: r.value, field: r.field })) }));

// cli is the record `kooperacja monitor` writes for the example.
const cli = (name, ...args) => JSON.parse(execFileSync(path.join(bin, 'kooperacja'), ['monitor', ...args, example(name)], { encoding: 'utf8' }));

// personal are the strings of the bundle's IPWs that are the families'
// own (pseudonyms, household members, ids, titles, notes): any string in
// /ipws but a date, a value of the model's closed sets (from the library's
// glossary) or a name the rest of the bundle uses too (an institution's
// or a team's id).
function personal(bundle, closed) {
  const { ipws, ...rest } = bundle;
  const strings = (v, out = new Set()) => {
    if (typeof v === 'string') out.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
    return out;
  };
  const shared = strings(rest);
  return [...strings(ipws)].filter((s) => s.length >= 3 && !/^\d{4}-\d{2}-\d{2}$/.test(s) && !closed.has(s) && !shared.has(s));
}

// leaves are the JSON Pointers of the values (not objects nor arrays) in v.
function leaves(v, p = '') {
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length ? entries.flatMap(([k, x]) => leaves(x, `${p}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`)) : [p];
  }
  return [p];
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

test('Eksport do monitoringu previews exactly what leaves the municipality and downloads it', async (t) => {
  const { page, problems, context } = await newPage(browser, requests);
  await page.goto(server.url + '/');
  await ready(page);
  const closed = new Set(Object.values(JSON.parse(execFileSync(path.join(bin, 'kooperacja'), ['labels', '--format', 'json'], { encoding: 'utf8' })).labels)
    .flatMap((set) => Object.keys(set)));

  // a dialog left open by a failed step would hide the page from the next
  const shut = () => page.evaluate(() => document.querySelector('#monitoring')?.close());
  for (const name of EXAMPLES) {
    await t.test(name, async () => {
      await shut();
      const bundle = JSON.parse(readFileSync(example(name), 'utf8'));
      const secret = personal(bundle, closed);
      assert.ok(secret.includes(bundle.ipws[0].beneficiary.pseudonym), `${name}: the pseudonyms are among the strings looked for`);
      await openExample(page, name);

      // opened from the keyboard
      await page.focus('#monitoring-open');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#monitoring[open][data-state="ready"]');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'monitoring-as-of');
      const asOf = await page.inputValue('#monitoring-as-of');
      assert.equal(asOf, bundle.asOf, 'the date is the one the page evaluates the work at');

      // the preview is the library's, every row of it, as text
      const lib = await library(page, bundle, { asOf, lang: 'pl' });
      assert.equal(lib.ok, true, JSON.stringify(lib.error));
      const preview = await shown(page);
      assert.deepEqual(preview, sections(lib.result.preview));
      const values = preview.flatMap((s) => s.rows.map((r) => r.value));
      const field = Object.fromEntries(preview.flatMap((s) => s.rows.map((r) => [r.field, r.value])));
      assert.equal(field['/municipality/teryt'], bundle.municipality.teryt, 'the TERYT code is shown');
      assert.equal(field['/municipality/name'], bundle.municipality.name, 'the municipality is shown');
      const period = preview.flatMap((s) => s.rows).find((r) => r.field === '/period');
      assert.equal(await page.textContent('#monitoring .monitoring-period legend'), period.label, 'the period is named as the record names it');
      // every figure that leaves is in a row: each leaf of the record lies
      // under the field of a row shown
      const shownFields = Object.keys(field);
      for (const p of leaves(lib.result.record)) {
        assert.ok(shownFields.some((f) => p === f || p.startsWith(f + '/')), `${name}: ${p} of the record is not in the preview`);
      }
      assert.ok(values.some((v) => /^mniej niż 3$/.test(v)), `a count of fewer than 3 is withheld: ${values.join(' | ')}`);
      assert.match(await page.textContent('#monitoring-privacy'), /Żadne dane rodzin nie opuszczają gminy/);

      const text = await page.textContent('#monitoring');
      for (const s of secret) assert.ok(!text.includes(s), `${name}: the dialog shows "${s}" of the families' data`);
      assert.deepEqual(await axe(page), [], 'axe-core finds no violation in the open dialog');
      await shot(page, `monitoring-${name}`);

      // the download, from the keyboard: the record of `kooperacja monitor`
      await page.waitForFunction(() => !document.querySelector('#monitoring-download').disabled);
      let file;
      for (let i = 0; i < 20 && !file; i++) { // a date field takes a Tab per part
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.id) === 'monitoring-download') {
          file = await download(page, () => page.keyboard.press('Enter'));
        }
      }
      assert.ok(file, 'the download button is reached with Tab');
      assert.equal(file.name, `monitoring-${bundle.municipality.teryt}-${asOf}.json`);
      const record = JSON.parse(file.text);
      assert.deepEqual(record, cli(name, '--as-of', asOf));
      assert.deepEqual(record, lib.result.record);
      for (const s of secret) assert.ok(!file.text.includes(s), `${name}: the file holds "${s}" of the families' data`);
      assert.match(await page.textContent('#monitoring-status'), new RegExp(file.name.replaceAll('.', '\\.')));

      // another date and period: the preview and the file follow them
      const from = '2026-01-01';
      const to = '2026-06-30';
      await page.fill('#monitoring-as-of', to);
      await page.fill('#monitoring-from', from);
      await page.fill('#monitoring-to', to);
      // each change asks the library again (data-state "busy" until it answers)
      await page.waitForSelector('#monitoring[data-state="ready"]');
      assert.match(await page.textContent('#monitoring-preview'), /30\.06\.2026/);
      const chosen = await library(page, bundle, { asOf: to, period: { from, to }, lang: 'pl' });
      assert.equal(chosen.ok, true, JSON.stringify(chosen.error));
      assert.deepEqual(await shown(page), sections(chosen.result.preview));
      const other = await download(page, () => page.click('#monitoring-download'));
      assert.equal(other.name, `monitoring-${bundle.municipality.teryt}-${to}.json`);
      assert.deepEqual(JSON.parse(other.text), cli(name, '--as-of', to, '--period', `${from}..${to}`));

      // a period that ends before it begins: the library's message, no file
      await page.fill('#monitoring-from', '2026-07-01');
      await page.waitForSelector('#monitoring[data-state="failed"] #monitoring-error[role="alert"]');
      const refused = await library(page, bundle, { asOf: to, period: { from: '2026-07-01', to }, lang: 'pl' });
      assert.equal(refused.ok, false);
      assert.equal(await page.textContent('#monitoring-error'), `Nie udało się przygotować rekordu monitoringu: ${refused.error.message}`);
      assert.equal(await page.isDisabled('#monitoring-download'), true);
      assert.equal(await page.$$eval('#monitoring-preview section', (xs) => xs.length), 0);

      await page.keyboard.press('Escape');
      await page.waitForSelector('#monitoring', { state: 'detached' });
    });
  }

  await t.test('in English', async () => {
    await shut();
    const bundle = JSON.parse(readFileSync(example('urban'), 'utf8'));
    const polish = sections((await library(page, bundle, { lang: 'pl' })).result.preview);
    await page.click('#lang-toggle');
    await page.click('#monitoring-open');
    await page.waitForSelector('#monitoring[open][data-state="ready"]');
    assert.equal(await page.textContent('#monitoring-h'), 'Export for monitoring');
    assert.match(await page.textContent('#monitoring-privacy'), /No family's data leave the municipality/);
    const lib = await library(page, bundle, { lang: 'en' });
    const preview = await shown(page);
    assert.deepEqual(preview, sections(lib.result.preview));
    assert.ok(preview.flatMap((s) => s.rows.map((r) => r.value)).some((v) => /^fewer than 3$/.test(v)));
    assert.notDeepEqual(preview.map((s) => s.title), polish.map((s) => s.title), 'the sections are not the Polish ones');
    assert.deepEqual(await axe(page), [], 'axe-core finds no violation in English');
    await shot(page, 'monitoring-en');
    await page.click('#monitoring-close');
    await page.waitForSelector('#monitoring', { state: 'detached' });
    await page.click('#lang-toggle');
  });

  assert.deepEqual(problems.filter((p) => !p.startsWith('dialog:')), [], 'no page errors');
  await context.close();
});

test('no request leaves the origin', () => {
  const origin = new URL(server.url).origin;
  assert.ok(requests.length > 0);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
});
