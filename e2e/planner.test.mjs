// End-to-end tests of the planner in real Chromium: build a small rural
// bundle from scratch through the UI, break a rule and follow the finding,
// reload, import a corrupt file, keep user text inert, and never leave the
// origin. Screenshots go to testresults/planner/. Run: node --test e2e/
// (scripts/setup installs Chromium and playwright-core).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startPlanner, launchBrowser, newPage, artefacts, storedWork, at, openView, ready, saved, shot } from './harness.mjs';

let server;
let browser;
const requests = [];

before(async () => {
  server = await startPlanner();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

// ---------- helpers: every field is found by the JSON Pointer it edits ----------

const fill = (page, p, v) => page.locator(at(p)).fill(String(v));
const choose = (page, p, v) => page.locator(at(p)).selectOption(v);
const tick = (page, p, v) => page.locator(`[id="f${p}~${v}"]`).check();
const untick = (page, p, v) => page.locator(`[id="f${p}~${v}"]`).uncheck();
const add = (page, p) => page.locator(`[data-add="${p}"]:not([data-what])`).click();

async function findings(page) {
  return page.$$eval('#findings-list button.finding', (bs) => bs.map((b) => ({
    severity: b.className.match(/sev-(\w+)/)?.[1], code: b.dataset.code, path: b.dataset.findingPath, message: b.querySelector('.msg').textContent,
  })));
}

async function errors(page) {
  return (await findings(page)).filter((f) => f.severity === 'error');
}

// printedIpw reads the print view's IPW, the library's document in a
// frame (its draft when the data have errors that refuse it).
async function printedIpw(page) {
  await page.waitForSelector('#print-doc[data-ready="true"], #print-refused');
  if (await page.$('#print-refused')) {
    await page.click('#print-as-draft');
    await page.waitForSelector('#print-doc[data-ready="true"]');
  }
  return page.$eval('#print-doc', (f) => ({
    text: f.contentDocument.body.textContent,
    images: f.contentDocument.querySelectorAll('img').length,
    signatures: f.contentDocument.querySelectorAll('.signatures .sig').length,
  }));
}


// ---------- the bundle, built through the UI ----------

const INSTITUTIONS = [
  ['gmina', 'Gmina Masłów', 'gmina', '2604092'],
  ['gops', 'Gminny Ośrodek Pomocy Społecznej w Masłowie', 'ops', '2604092'],
  ['pcpr', 'Powiatowe Centrum Pomocy Rodzinie w Kielcach', 'pcpr', '2604'],
  ['pup', 'Powiatowy Urząd Pracy w Kielcach', 'pup', '2604'],
  ['sp', 'Szkoła Podstawowa w Masłowie', 'school', '2604092'],
  ['kmp', 'Komenda Miejska Policji w Kielcach', 'police', '2604'],
];
const MEMBERS = [
  ['gops', 'Ewa Testowa', ['leader', 'gmina_animator', 'case_worker']],
  ['pcpr', 'Jan Fikcyjny', ['powiat_animator']],
  ['pup', 'Maria Przykładowa', ['member']],
  ['sp', 'Piotr Zmyślony', ['member']],
  ['kmp', 'Adam Wymyślony', ['member']],
];

async function buildRuralBundle(page) {
  await page.fill('#new-teryt', '2604092');
  await page.fill('#new-name', 'Masłów');
  assert.equal(await page.inputValue('#new-variant'), 'rural', 'TERYT type digit 2 suggests the rural variant');
  await page.click('#create-bundle');
  await openView(page, 'start');
  await fill(page, '/asOf', '2026-03-02');

  await openView(page, 'institutions');
  for (const [i, [id, name, kind, teryt]] of INSTITUTIONS.entries()) {
    await add(page, '/institutions');
    await fill(page, `/institutions/${i}/name`, name);
    await fill(page, `/institutions/${i}/id`, id);
    await choose(page, `/institutions/${i}/kind`, kind);
    await fill(page, `/institutions/${i}/teryt`, teryt);
  }
  await shot(page, 'institutions');

  await openView(page, 'teams');
  await add(page, '/teams');
  await fill(page, '/teams/0/name', 'Partnerski Zespół Kooperacji w Masłowie');
  await fill(page, '/teams/0/formed', '2026-01-12');
  for (const [i, [inst, who, roles]] of MEMBERS.entries()) {
    const p = `/teams/0/members/${i}`;
    await add(page, '/teams/0/members');
    await choose(page, `${p}/institution`, inst);
    await fill(page, `${p}/representative`, who);
    for (const r of roles) await tick(page, `${p}/roles`, r);
    if (!roles.includes('member')) await untick(page, `${p}/roles`, 'member');
    await fill(page, `${p}/joined`, '2026-01-12');
  }
  await add(page, '/teams/0/meetings');
  await fill(page, '/teams/0/meetings/0/date', '2026-02-16');
  for (const [inst] of MEMBERS) await tick(page, '/teams/0/meetings/0/attendees', inst);
  await shot(page, 'teams');

  await openView(page, 'agreements');
  await add(page, '/agreements');
  await fill(page, '/agreements/0/title', 'Porozumienie o współpracy w ramach modelu kooperacji');
  await fill(page, '/agreements/0/scope', 'Wspólna diagnoza i realizacja indywidualnych programów współpracy');
  for (const [id] of INSTITUTIONS) await tick(page, '/agreements/0/parties', id);
  for (const [i, [id]] of INSTITUTIONS.entries()) {
    await add(page, '/agreements/0/signatures');
    await choose(page, `/agreements/0/signatures/${i}/party`, id);
    await fill(page, `/agreements/0/signatures/${i}/signatory`, `Osoba Podpisująca ${i + 1}`);
    await fill(page, `/agreements/0/signatures/${i}/date`, '2026-01-12');
  }
  await shot(page, 'agreements');

  await openView(page, 'ipw');
  await page.click('#add-ipw');
  const p = '/ipws/0';
  await fill(page, `${p}/beneficiary/pseudonym`, 'Rodzina A.');
  await fill(page, `${p}/caseWorker/name`, 'Ewa Testowa');
  await fill(page, `${p}/beneficiary/members/0/birthYear`, '1988');
  await add(page, `${p}/beneficiary/members`);
  await choose(page, `${p}/beneficiary/members/1/role`, 'child');
  await fill(page, `${p}/beneficiary/members/1/birthYear`, '2014');
  await fill(page, `${p}/qualification/date`, '2026-01-20');
  await choose(page, `${p}/qualification/referredBy`, 'gops');
  await tick(page, `${p}/qualification/reasons`, 'multiple_problems');
  await fill(page, `${p}/consent/date`, '2026-01-26');
  await tick(page, `${p}/consent/givenBy`, 'm1');
  for (const id of ['gops', 'pup']) await tick(page, `${p}/consent/scope`, id);
  await fill(page, `${p}/diagnosis/date`, '2026-02-02');
  await tick(page, `${p}/diagnosis/methods`, 'genogram');
  await add(page, `${p}/diagnosis/areas`);
  await choose(page, `${p}/diagnosis/areas/0/area`, 'employment');
  await page.locator(at(`${p}/diagnosis/areas/0/problem`)).check();
  await fill(page, `${p}/diagnosis/areas/0/causes`, 'Długotrwałe bezrobocie wnioskodawczyni');
  await fill(page, `${p}/diagnosis/areas/0/strengths`, 'Motywacja do zmiany');
  await fill(page, `${p}/diagnosis/areas/0/resources`, 'Wsparcie rodziny');
  await fill(page, `${p}/diagnosis/areas/0/needs`, 'Kwalifikacje zawodowe');
  await fill(page, `${p}/period/start`, '2026-02-09');
  await fill(page, `${p}/period/end`, '2026-12-18');
  await add(page, `${p}/goals`);
  await fill(page, `${p}/goals/0/title`, 'Podjęcie zatrudnienia przez wnioskodawczynię');
  await tick(page, `${p}/goals/0/areas`, 'employment');
  await fill(page, `${p}/goals/0/measure`, 'umowa o pracę');
  await fill(page, `${p}/goals/0/target`, '1 umowa');
  await fill(page, `${p}/goals/0/targetDate`, '2026-12-18');
  const actions = [
    ['institution:pup', 'Pośrednictwo pracy i szkolenie zawodowe', '2026-02-16', '2026-06-30'],
    ['member:m1', 'Udział w warsztatach aktywizacji zawodowej', '2026-02-16', '2026-05-29'],
    ['institution:gops', 'Praca socjalna z rodziną', '2026-02-09', '2026-12-18'],
  ];
  for (const [i, [who, title, start, due]] of actions.entries()) {
    const ap = `${p}/actions/${i}`;
    await add(page, `${p}/actions`);
    await fill(page, `${ap}/title`, title);
    await choose(page, `${ap}/goal`, 'g1');
    await choose(page, `${ap}/responsible`, who);
    await fill(page, `${ap}/start`, start);
    await fill(page, `${ap}/due`, due);
  }
  await add(page, `${p}/signatures`);
  await choose(page, `${p}/signatures/0/signer`, 'member:m1');
  await fill(page, `${p}/signatures/0/date`, '2026-02-09');
  await add(page, `${p}/signatures`);
  await choose(page, `${p}/signatures/1/signer`, 'institution:gops');
  await fill(page, `${p}/signatures/1/signer/name`, 'Ewa Testowa');
  await fill(page, `${p}/signatures/1/date`, '2026-02-09');
}

// ---------- the tests ----------

test('planner in Chromium', async (t) => {
  const { page, problems, context } = await newPage(browser, requests);
  const t0 = Date.now();
  await page.goto(server.url + '/');
  await ready(page);
  t.diagnostic(`page ready ${Date.now() - t0} ms after navigation (wasm loaded)`);
  await shot(page, 'start');

  await t.test('builds a small rural bundle from scratch until it is valid', async () => {
    await buildRuralBundle(page);
    const errs = await errors(page);
    assert.deepEqual(errs, [], 'the bundle built through the UI has no errors');
    assert.equal(await page.getAttribute('#findings-summary', 'data-errors'), '0');
    await shot(page, 'ipw');
  });

  await t.test('a broken rule shows a finding; clicking it lands on the field', async () => {
    await openView(page, 'institutions');
    await fill(page, '/institutions/2/regon', '123456789');
    const f = (await findings(page)).find((x) => x.path === '/institutions/2/regon');
    assert.ok(f, 'a finding points at the REGON field');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /REGON/);
    await openView(page, 'ipw'); // elsewhere, so that the click has to navigate
    await page.click(`#findings-list button[data-finding-path="/institutions/2/regon"]`);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), '/institutions/2/regon');
    assert.equal(await page.getAttribute('#view', 'data-view'), 'institutions');
    await shot(page, 'finding-focus');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    assert.deepEqual(await errors(page), []);
  });

  await t.test('a finding without its own field focuses the section heading', async () => {
    await openView(page, 'teams');
    // remove every member but the leader: the team rules fire at /teams/0
    for (let i = MEMBERS.length - 1; i >= 1; i--) {
      await page.click(`[id="remove/teams/0/members/${i}"]`);
    }
    const f = (await findings(page)).find((x) => x.path === '/teams/0');
    assert.ok(f, `a finding at /teams/0; got ${JSON.stringify(await findings(page))}`);
    await openView(page, 'start');
    await page.click('#findings-list button[data-finding-path="/teams/0"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'h/teams/0');
    // the removals are taken back one by one
    for (let i = 1; i < MEMBERS.length; i++) await page.keyboard.press('Control+Z');
    assert.equal(await page.$$eval('[id^="h/teams/0/members/"]', (x) => x.length), MEMBERS.length);
    assert.deepEqual(await errors(page), []);
    await saved(page);
  });

  await t.test('reload restores the work', async () => {
    await page.reload();
    await ready(page);
    await openView(page, 'ipw');
    assert.equal(await page.inputValue(at('/ipws/0/beneficiary/pseudonym')), 'Rodzina A.');
    assert.deepEqual(await errors(page), []);
  });

  await t.test('importing a corrupt file shows its findings and keeps the work', async () => {
    await openView(page, 'start');
    await page.setInputFiles('#open-file', { name: 'zepsuty.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": "1", "variant": ') });
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent.includes('zepsuty.json'));
    const text = await page.textContent('#notice');
    assert.match(text, /zepsuty\.json/);
    assert.ok(await page.$('.import-findings li'), 'the file\'s findings are listed');
    await shot(page, 'import-broken');
    await openView(page, 'ipw');
    assert.equal(await page.inputValue(at('/ipws/0/beneficiary/pseudonym')), 'Rodzina A.');
    const work = await storedWork(page);
    assert.equal(work.ipws[0].beneficiary.pseudonym, 'Rodzina A.');
  });

  await t.test('user text stays inert text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await openView(page, 'ipw');
    await fill(page, '/ipws/0/goals/0/title', evil);
    await openView(page, 'print');
    await openView(page, 'timeline');
    await openView(page, 'ipw');
    await page.waitForTimeout(300);
    assert.equal(await page.$$eval('img', (imgs) => imgs.length), 0, 'no img element was created');
    assert.ok(!problems.some((p) => p.startsWith('dialog: alert')), 'no alert ran');
    assert.ok(!requests.some((u) => new URL(u).pathname === '/x'), 'the image was never requested');
    await openView(page, 'print');
    const printed = await printedIpw(page);
    assert.ok(printed.text.includes(evil), 'the title is shown as text');
    assert.equal(printed.images, 0, 'no img element was created in the document');
    await openView(page, 'ipw');
    await fill(page, '/ipws/0/goals/0/title', 'Podjęcie zatrudnienia przez wnioskodawczynię');
  });

  await t.test('English toggle', async () => {
    await page.click('#lang-toggle');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await fill(page, '/ipws/0/period/end', '2026-01-01');
    const f = await findings(page);
    assert.ok(f.length > 0);
    await shot(page, 'english');
    await fill(page, '/ipws/0/period/end', '2026-12-18');
    await page.click('#lang-toggle');
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  });

  await t.test('stage, timeline, what if, indicators and print views render', async (t) => {
    await openView(page, 'stage');
    await page.waitForSelector('#stage-list li');
    await shot(page, 'stage');
    await openView(page, 'timeline');
    await page.waitForSelector('#timeline .tl-row');
    assert.equal(await page.$$eval('#timeline li[data-action]', (x) => x.length), 3);
    await shot(page, 'timeline');
    await openView(page, 'whatif');
    await page.selectOption('#whatif-institution', 'pup');
    await page.fill('#whatif-date', '2026-03-16');
    await page.click('#whatif-run');
    await page.waitForSelector('#whatif-result');
    await shot(page, 'whatif');
    const result = await page.textContent('#whatif-result');
    assert.doesNotMatch(result, /Niedostępne|Unavailable/, `simulate must be available: ${result.trim()}`);
    // the PUP owns the first action (2026-02-16 – 2026-06-30): leaving on 2026-03-16 orphans it;
    // the family's own commitment and the GOPS's action keep their owners
    const lost = await page.$$eval('#whatif-lost > li', (xs) => xs.map((x) => x.textContent));
    assert.equal(lost.length, 1, `one action loses its owner: ${lost.join(' | ')}`);
    assert.match(lost[0], /Pośrednictwo pracy/);
    await openView(page, 'indicators');
    await page.waitForSelector('#indicators dl');
    const indicators = await page.textContent('#indicators');
    assert.match(indicators, /IPW/);
    assert.match(indicators, /w realizacji/);
    assert.doesNotMatch(indicators, /inProgress|doneOnTime|meanClosedDurationDays/, 'indicator keys are labelled');
    await shot(page, 'indicators');
    await openView(page, 'print');
    assert.ok((await printedIpw(page)).signatures > 0, 'the IPW has signature lines');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'print');
    await page.pdf?.({ path: path.join(artefacts, 'ipw.pdf'), format: 'A4' }).catch(() => {});
    await page.emulateMedia({ media: 'screen' });
  });

  await t.test('keyboard and labels: a view opens from the keyboard; every input has a label', async () => {
    await page.focus('#tabs button[data-view="start"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#view', 'data-view'), 'start');
    const focusable = await page.$$eval('#view input, #view select, #view textarea', (els) => els.filter((e) => !e.labels?.length && !e.closest('label')).map((e) => e.id));
    assert.deepEqual(focusable, [], 'every input has a label');
  });

  assert.deepEqual(problems.filter((p) => !p.startsWith('dialog: confirm')), [], 'no page errors');
  await context.close();
});

test('no request leaves the origin', () => {
  const origin = new URL(server.url).origin;
  const outside = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.ok(requests.length > 0, 'requests were recorded');
  assert.deepEqual(outside, [], 'requests outside ' + origin);
});
