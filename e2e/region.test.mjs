// End-to-end test of the planner's "Raport regionalny" in Chromium: with no
// work open (a regional centre has none), the dialog reads monitoring
// records from files (JSON, and NDJSON a record a line), names every record
// it leaves out with its file and line and the library's reason, shows the
// library's report in a frame, and downloads the very HTML and CSV
// "kooperacja region" writes for the same files; it passes axe-core, is
// used from the keyboard, and speaks English after the switch. Run: node
// --test e2e/region.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlanner, launchBrowser, newPage, root, ready, shot, axe } from './harness.mjs';

let server;
let browser;
let dir;
const requests = [];
const bin = () => path.join(dir, 'kooperacja');
const record = (name) => readFileSync(path.join(root, 'cmd', 'kooperacja', 'testdata', 'monitor', `${name}.json`), 'utf8');

// The files a region receives: two records as files, a stream with a
// record and a line that is no record, and a file that is not JSON.
const FILES = ['rural.json', 'urban_rural.json', 'rekordy.ndjson', 'zepsuty.json'];

before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kooperacja-region-'));
  execFileSync('go', ['build', '-o', bin(), './cmd/kooperacja'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(path.join(dir, 'rural.json'), record('rural'));
  writeFileSync(path.join(dir, 'urban_rural.json'), record('urban_rural'));
  writeFileSync(path.join(dir, 'rekordy.ndjson'), JSON.stringify(JSON.parse(record('urban'))) + '\n{"schemaVersion":"1","municipality":{"teryt":1}}\n');
  writeFileSync(path.join(dir, 'zepsuty.json'), '{"schemaVersion": "1", "municipality": ');
  server = await startPlanner();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// cli is what "kooperacja region" writes for FILES, read where they lie
// (so that the records are named as the page names them): exit 1, since
// two are left out.
function cli(format, lang) {
  const r = spawnSync(bin(), ['region', '--format', format, '--lang', lang, ...FILES], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  return r.stdout;
}

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

// choose opens the dialog from the keyboard and gives it FILES.
async function choose(page) {
  await page.focus('#region-open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#region[open]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'region-files', 'the file field has the focus');
  await page.setInputFiles('#region-files', FILES.map((f) => path.join(dir, f)));
  await page.waitForSelector('#region[data-state="ready"] #region-frame[data-ready="true"]', { timeout: 60_000 });
}

test('Raport regionalny reads the records a region received and shows, prints and downloads the library\'s report', async (t) => {
  const { page, problems, context } = await newPage(browser, requests);
  await page.goto(server.url + '/');
  await ready(page);

  await t.test('in Polish, with no work open', async () => {
    await choose(page);
    const json = JSON.parse(cli('json', 'pl'));
    assert.equal(json.report.total.municipalities, 3);
    assert.equal(await page.textContent('#region-status'), 'W raporcie: 3. Pominięte rekordy: 2.');

    // every record left out, named as the command names it, with its reason
    const left = await page.$$eval('#region-problems li[data-source]', (lis) => lis.map((li) => ({ source: li.dataset.source, text: li.textContent })));
    assert.deepEqual(left.map((p) => p.source), json.problems.map((p) => p.source));
    assert.deepEqual(left.map((p) => p.source), ['rekordy.ndjson:2', 'zepsuty.json']);
    for (const [i, p] of json.problems.entries()) {
      assert.ok(left[i].text.includes(p.message), `${p.source}: the library's reason is shown`);
      for (const f of p.findings ?? []) assert.ok(left[i].text.includes(f.message), `${p.source}: the finding ${f.code} is shown`);
    }

    // the report in the frame is the library's page: its title and figures
    const frame = page.frameLocator('#region-frame');
    const html = cli('html', 'pl');
    const title = html.match(/<h1[^>]*>([^<]*)<\/h1>/)[1];
    assert.equal(await frame.locator('h1').textContent(), title);
    for (const name of ['Masłów', 'Bogoria', 'Radomsko']) assert.ok((await frame.locator('body').textContent()).includes(name), `${name} is in the report`);
    assert.equal(await page.$eval('#region-frame', (f) => f.getAttribute('sandbox')), 'allow-same-origin allow-modals', 'nothing in the frame runs');

    assert.deepEqual(await axe(page), [], 'axe-core finds no violation in the open dialog');
    await shot(page, 'region-pl');

    // the files are those of the command, byte for byte
    const h = await download(page, '#region-html');
    assert.match(h.name, /^raport-regionalny-\d{4}-\d{2}-\d{2}\.html$/);
    assert.equal(h.text, html);
    assert.match(await page.textContent('#region-saved'), new RegExp(h.name.replaceAll('.', '\\.')));
    const c = await download(page, '#region-csv');
    assert.match(c.name, /^raport-regionalny-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.equal(c.text, cli('csv', 'pl'));

    // a new choice replaces the report: one good record, nothing left out
    await page.setInputFiles('#region-files', [path.join(dir, 'rural.json')]);
    await page.waitForFunction(() => document.querySelector('#region-status')?.textContent === 'W raporcie: 1. Pominięte rekordy: 0.');
    assert.equal(await page.$$eval('#region-problems li', (x) => x.length), 0);

    await page.keyboard.press('Escape');
    await page.waitForSelector('#region', { state: 'detached' });
  });

  await t.test('in English', async () => {
    await page.click('#lang-toggle');
    assert.equal(await page.textContent('#region-open'), 'Regional report');
    await choose(page);
    assert.equal(await page.textContent('#region-h'), 'Regional report of monitoring records');
    assert.equal(await page.textContent('#region-status'), 'In the report: 3. Records left out: 2.');
    const html = cli('html', 'en');
    assert.equal(await page.frameLocator('#region-frame').locator('h1').textContent(), html.match(/<h1[^>]*>([^<]*)<\/h1>/)[1]);
    assert.equal((await download(page, '#region-html')).text, html);
    assert.deepEqual(await axe(page), [], 'axe-core finds no violation in English');
    await shot(page, 'region-en');
    await page.click('#region-close');
    await page.waitForSelector('#region', { state: 'detached' });
    await page.click('#lang-toggle');
  });

  assert.deepEqual(problems.filter((p) => !p.startsWith('dialog:')), [], 'no page errors');
  await context.close();
});

test('no request leaves the origin', () => {
  const origin = new URL(server.url).origin;
  assert.ok(requests.some((u) => u.endsWith('/wasm/kooperacja-documents.wasm')), 'the report came from the library\'s second module');
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
});
