// End-to-end tests in Chromium of what keeps a person's work safe: undo of a
// removal from its message, undo and redo of typing across views, the
// preview before a file replaces the work (cancel keeps it, accept keeps
// the old work as a version), restoring a version, the differences between
// two versions in words, two tabs, and a browser that refuses to store.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startPlanner, launchBrowser, newPage, root, storedWork, artefacts, at, openView, ready, saved } from './harness.mjs';

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

const example = (name) => JSON.parse(readFileSync(path.join(root, 'examples', name), 'utf8'));
const file = (name) => ({ name, mimeType: 'application/json', buffer: readFileSync(path.join(root, 'examples', name)) });
const shot = (page, name) => page.screenshot({ path: path.join(artefacts, `work-${name}.png`), fullPage: true });

const value = (page, p) => page.inputValue(at(p));
const findingCount = (page) => page.$$eval('#findings-list button.finding', (x) => x.length);

// a page with the rural example open (no work before, so no question)
async function withRural(context) {
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await ready(page);
  await page.setInputFiles('#open-file', file('rural.json'));
  await page.waitForSelector('#notice');
  await saved(page);
  return page;
}

test('undo and redo', async (t) => {
  const { context, problems } = await newPage(browser, requests);
  const page = await withRural(context);
  const rural = example('rural.json');

  await t.test('removing a row says what it removed and Cofnij brings it back', async () => {
    await openView(page, 'institutions');
    const before = await findingCount(page);
    const name = rural.institutions[0].name;
    await page.click(`[id="remove/institutions/0"]`);
    assert.notEqual(await value(page, '/institutions/0/name'), name, 'the first institution is gone');
    const msg = await page.textContent('#message');
    assert.match(msg, new RegExp(`Usunięto: ${name}`), `the message names the institution: ${msg}`);
    await shot(page, 'removed');
    await page.click('#message-undo');
    assert.equal(await value(page, '/institutions/0/name'), name);
    assert.equal(await page.$$eval('[id^="h/institutions/"][data-path]', (x) => x.filter((e) => /^\/institutions\/\d+$/.test(e.dataset.path)).length), rural.institutions.length);
    assert.equal(await findingCount(page), before, 'the findings are as before');
    await saved(page);
    assert.deepEqual((await storedWork(page)).institutions, rural.institutions, 'the stored work has the row again');
  });

  await t.test('typing is undone and redone as one change, from another view', async () => {
    const p = '/institutions/1/name';
    const name = rural.institutions[1].name;
    await page.click(at(p));
    await page.keyboard.press('End');
    await page.keyboard.type(' Nowa', { delay: 20 });
    assert.equal(await value(page, p), name + ' Nowa');
    await openView(page, 'teams');
    await page.keyboard.press('Control+Z');
    assert.equal(await page.getAttribute('#view', 'data-view'), 'institutions', 'undo goes to the view of the change');
    assert.equal(await value(page, p), name, 'one undo takes back the whole typing');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), p, 'the field is focused');
    await openView(page, 'ipw');
    await page.keyboard.press('Control+Shift+Z');
    assert.equal(await value(page, p), name + ' Nowa');
    await page.click('#undo');
    assert.equal(await value(page, p), name);
    assert.equal(await page.isDisabled('#redo'), false);
    await page.click('#redo');
    assert.equal(await value(page, p), name + ' Nowa');
  });

  assert.deepEqual(problems, [], 'no page errors');
  await context.close();
});

test('opening a file over work, versions, differences', async (t) => {
  const { context, problems } = await newPage(browser, requests);
  const page = await withRural(context);
  const urban = example('urban.json');

  await t.test('the preview shows what the file holds; cancel keeps the work', async () => {
    await openView(page, 'start');
    await page.setInputFiles('#open-file', file('urban.json'));
    await page.waitForSelector('#preview[open]');
    const summary = await page.textContent('#preview-summary');
    assert.match(summary, /Radomsko/);
    assert.match(summary, /1012011/);
    const count = (k) => page.textContent(`#preview-summary [data-count="${k}"]`);
    assert.equal(await count('institutions'), String(urban.institutions.length));
    assert.equal(await count('teams'), String(urban.teams.length));
    assert.equal(await count('agreements'), String(urban.agreements.length));
    assert.equal(await count('ipws'), String(urban.ipws.length));
    assert.match(await page.textContent('#preview-counts'), /Błędy: \d+/);
    assert.match(await page.textContent('#preview-current'), /Masłów/);
    // The difference from the current work, in the model's words: a list
    // that names the municipalities, never a JSON Pointer.
    const diffText = await page.textContent('ul#preview-diff');
    assert.ok(await page.$$eval('ul#preview-diff li', (li) => li.length) > 0, 'the difference from the current work is listed');
    assert.match(diffText, /Radomsko|Masłów/, `the differences name the items: ${diffText}`);
    assert.doesNotMatch(diffText, /\/(institutions|teams|ipws)\/\d/, 'no JSON Pointer in the text');
    await shot(page, 'preview');
    // while the import asks, the view says it is busy (the import is not over)
    assert.equal(await page.getAttribute('#view', 'aria-busy'), 'true');
    await page.click('#preview-cancel');
    assert.equal(await page.$('#preview'), null);
    await page.waitForSelector('#view:not([aria-busy])', { state: 'attached' });
    assert.match(await page.textContent('#message'), /Anulowano/);
    assert.equal(await value(page, '/municipality/name'), 'Masłów');
    await saved(page);
    assert.equal((await storedWork(page)).municipality.name, 'Masłów');
  });

  await t.test('accept replaces the work and keeps the previous one as a version', async () => {
    await page.setInputFiles('#open-file', file('urban.json'));
    await page.waitForSelector('#preview[open]');
    await page.click('#preview-replace');
    // The notice of the file opened first (rural.json) is still shown until
    // the work is replaced: wait for the one naming urban.json.
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent.includes('urban.json'));
    // the import is over once the start view shows its notice and has the focus
    await page.waitForSelector('#view:not([aria-busy])', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.activeElement?.closest('#view') !== null), true, 'the focus is in the start view');
    assert.equal(await value(page, '/municipality/name'), 'Radomsko');
    await saved(page);
    assert.equal((await storedWork(page)).municipality.name, 'Radomsko');
    await openView(page, 'versions');
    await page.waitForSelector('table.versions');
    const row = page.locator('tr[data-reason="before-open"]').first();
    assert.match(await row.textContent(), /Masłów/);
    assert.match(await row.textContent(), /urban\.json/);
    await shot(page, 'versions');
  });

  await t.test('a version is restored, and the work before it kept', async () => {
    await page.locator('tr[data-reason="before-open"] button.restore-version').first().click();
    await page.waitForFunction(() => document.querySelector('[data-path="/municipality/name"]')?.value === 'Masłów' ||
      document.querySelector('#message')?.textContent.includes('Przywrócono'));
    await openView(page, 'start');
    assert.equal(await value(page, '/municipality/name'), 'Masłów');
    await saved(page);
    assert.equal((await storedWork(page)).municipality.name, 'Masłów');
    await openView(page, 'versions');
    await page.waitForSelector('tr[data-reason="before-restore"]');
    assert.match(await page.textContent('tr[data-reason="before-restore"]'), /Radomsko/);
  });

  await t.test('the difference between two versions is said in words', async () => {
    await page.waitForSelector('#compare-form');
    const opened = await page.getAttribute('tr[data-reason="before-restore"]', 'data-version');
    const before = await page.getAttribute('tr[data-reason="before-open"]', 'data-version');
    await page.selectOption('#compare-old', before);
    await page.selectOption('#compare-new', opened);
    await page.click('#compare-run');
    await page.waitForSelector('#compare-result li');
    const text = await page.textContent('#compare-result');
    assert.match(text, /Radomsko|Masłów/, `the differences name the items: ${text}`);
    assert.doesNotMatch(text, /\/institutions\/\d/, 'no JSON Pointer in the text');
    await shot(page, 'compare');
  });

  assert.deepEqual(problems, [], 'no page errors');
  await context.close();
});

test('two tabs never overwrite each other', async (t) => {
  const { context, problems } = await newPage(browser, requests);
  const first = await withRural(context);
  const second = await context.newPage();
  second.on('pageerror', (e) => problems.push(String(e)));
  await second.goto(server.url + '/');
  await ready(second);

  await t.test('the second tab is told and reads only', async () => {
    assert.equal(await second.getAttribute('html', 'data-role'), 'readonly');
    assert.equal(await first.getAttribute('html', 'data-role'), 'editing');
    assert.match(await second.textContent('#banner-tabs'), /innej karcie/);
    await openView(second, 'institutions');
    assert.equal(await second.getAttribute(at('/institutions/0/name'), 'readonly'), '', 'fields are read-only');
    assert.equal(await second.isDisabled('button.add'), true);
    await shot(second, 'second-tab');
  });

  await t.test('what the editing tab saves appears in the second one', async () => {
    await openView(first, 'institutions');
    await first.fill(at('/institutions/0/name'), 'Gmina Masłów (edytowana)');
    await saved(first);
    await second.waitForFunction((p) => document.querySelector(`[data-path="${p}"]`)?.value === 'Gmina Masłów (edytowana)', '/institutions/0/name');
  });

  await t.test('the second tab takes over; the first turns read-only', async () => {
    await second.click('#take-over');
    await second.waitForSelector('html[data-role="editing"]');
    await first.waitForSelector('html[data-role="readonly"]');
    assert.match(await first.textContent('#banner-tabs'), /innej karcie/);
    await second.fill(at('/institutions/0/name'), 'Gmina Masłów');
    await saved(second);
    assert.equal((await storedWork(second)).institutions[0].name, 'Gmina Masłów');
    await first.waitForFunction((p) => document.querySelector(`[data-path="${p}"]`)?.value === 'Gmina Masłów', '/institutions/0/name');
  });

  await t.test('when the editing tab closes, the other edits', async () => {
    await second.close();
    await first.waitForSelector('html[data-role="editing"]');
    assert.match(await first.textContent('#message'), /zamknięta/);
  });

  assert.deepEqual(problems, [], 'no page errors');
  await context.close();
});

test('a browser that refuses to store loses nothing', async (t) => {
  const { context, problems } = await newPage(browser, requests);
  const page = await withRural(context);
  await openView(page, 'institutions');
  const p = '/institutions/0/name';

  await t.test('a refused write raises the message and keeps the work', async () => {
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      window.__restorePut = () => { IDBObjectStore.prototype.put = put; };
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.fill(at(p), 'Gmina Masłów — bez miejsca');
    await page.waitForSelector('#banner-storage');
    const text = await page.textContent('#banner-storage');
    assert.match(text, /nie pozwala zapisać/);
    assert.match(text, /pliku/, 'it says to export the file');
    assert.ok(await page.$('#banner-export'), 'with a button that exports');
    assert.equal(await value(page, p), 'Gmina Masłów — bez miejsca', 'the work stays in memory');
    await shot(page, 'quota');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#banner-export')]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.institutions[0].name, 'Gmina Masłów — bez miejsca', 'the export has the latest work');
  });

  await t.test('once storage accepts again, the latest work is stored', async () => {
    await page.evaluate(() => window.__restorePut());
    await page.fill(at('/institutions/1/name'), 'Gminny Ośrodek Pomocy Społecznej w Masłowie');
    await page.waitForSelector('#banner-storage', { state: 'detached' });
    await saved(page);
    const work = await storedWork(page);
    assert.equal(work.institutions[0].name, 'Gmina Masłów — bez miejsca', 'the edit made while refused is stored too');
  });

  assert.deepEqual(problems, [], 'no page errors');
  await context.close();
});

test('work kept in localStorage by an earlier planner is moved once', async () => {
  const { context, page, problems } = await newPage(browser, requests);
  const rural = example('rural.json');
  await page.goto(server.url + '/');
  await ready(page);
  await page.evaluate((b) => {
    localStorage.setItem('kooperacja-planner:bundle', JSON.stringify(b));
    return new Promise((resolve) => { const r = indexedDB.deleteDatabase('kooperacja-planner'); r.onsuccess = r.onerror = r.onblocked = resolve; });
  }, rural);
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('#message'), /przeniesiona/);
  assert.equal(await page.evaluate(() => localStorage.getItem('kooperacja-planner:bundle')), null);
  assert.equal((await storedWork(page)).municipality.name, 'Masłów');
  await page.reload();
  await ready(page);
  assert.doesNotMatch(await page.textContent('#message'), /przeniesiona/, 'only once');
  assert.deepEqual(problems, [], 'no page errors');
  await context.close();
});

test('no request leaves the origin', () => {
  const origin = new URL(server.url).origin;
  const outside = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.ok(requests.length > 0);
  assert.deepEqual(outside, []);
});
