// End-to-end tests of the planner's views in Chromium: the person's place
// kept across a redraw, findings grouped by severity and part in a
// person's words, next steps for an empty bundle, the section menu and the
// folding cards, the profile editor, the charts, the timeline's labels,
// what-if, one language at a time, axe-core's 0 violations in every view of
// every example, and every kind of item added through the page in every
// variant leaving no finding but its own empty fields. One browser, one
// server, one page per group of tests.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startPlanner, launchBrowser, newPage, root, storedWork, openExample, at, openView, ready, shot, axe } from './harness.mjs';

let server;
let browser;
const requests = [];
const EXAMPLES = ['rural', 'urban_rural', 'urban'];
const VIEWS = ['start', 'institutions', 'teams', 'agreements', 'ipw', 'stage', 'timeline', 'whatif', 'indicators', 'print', 'profile', 'versions'];

before(async () => {
  server = await startPlanner();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});


// panel reads the findings panel: its groups, parts and findings as shown.
function panel(page) {
  return page.$$eval('#findings-list > li[data-severity]', (groups) => groups.map((g) => ({
    severity: g.dataset.severity,
    heading: g.querySelector('h3').textContent,
    parts: [...g.querySelectorAll(':scope > ul > li.part')].map((p) => ({
      part: p.dataset.part,
      heading: p.querySelector('h4').textContent,
      findings: [...p.querySelectorAll('button.finding')].map((b) => ({
        path: b.dataset.findingPath, code: b.dataset.code, text: b.textContent, where: b.querySelector('.where')?.textContent ?? '',
      })),
    })),
  })));
}

const loud = async (page) => (await panel(page)).filter((g) => g.severity !== 'quiet').flatMap((g) => g.parts.flatMap((p) => p.findings));
const quiet = async (page) => (await panel(page)).filter((g) => g.severity === 'quiet').flatMap((g) => g.parts.flatMap((p) => p.findings));

// axe runs axe-core in the page (through the DevTools protocol, which the
// page's Content-Security-Policy does not stop) and returns its violations.
// bundleStrings are every text of the bundle (names, titles, notes…): the
// person's own words, which no language check counts.
function bundleStrings(b) {
  const out = [];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(b);
  return out.filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}

test('the views of the planner', async (t) => {
  const { page, problems, context } = await newPage(browser, requests);
  await page.goto(server.url + '/');
  await ready(page);

  await t.test('an empty bundle says what to do next, in the order of the stages', async () => {
    await page.fill('#new-teryt', '2604092');
    await page.fill('#new-name', 'Masłów');
    assert.equal(await page.inputValue('#new-variant'), 'rural');
    assert.match(await page.textContent('#new-hint'), /wiejski/);
    await page.fill('#new-teryt', '26040');
    assert.match(await page.textContent('#new-hint'), /TERYT/, 'a code that is not one is said so');
    await page.fill('#new-teryt', '2604092');
    await page.click('#create-bundle');
    await openView(page, 'start');
    await page.waitForSelector('#next-steps-list li');
    const steps = await page.$$eval('#next-steps-list li', (xs) => xs.map((x) => x.textContent));
    assert.ok(steps.length > 0, 'next steps are listed');
    assert.match(await page.textContent('#next-steps'), /przygotowanie/, 'the current stage is named');
    assert.ok(await page.$('#next-steps .stages-after li'), 'the stages after it are listed');
    await page.waitForFunction(() => document.getElementById('next-step-go') !== null);
    const summary = await page.textContent('#findings-summary');
    assert.doesNotMatch(summary, /poprawn/, 'an empty bundle is not called correct');
    assert.match(summary, /Następny krok/);
    await shot(page, 'views-empty-next-steps');
  });

  await t.test('a row just added is quiet until it is left', async () => {
    await openView(page, 'institutions');
    const errorsBefore = Number(await page.getAttribute('#findings-summary', 'data-errors'));
    await page.click('[data-add="/institutions"]');
    const q = await quiet(page);
    assert.ok(q.length > 0, 'the new institution\'s empty fields are listed quietly');
    assert.ok(q.every((f) => f.path.startsWith('/institutions/0')), JSON.stringify(q));
    assert.equal(Number(await page.getAttribute('#findings-summary', 'data-errors')), errorsBefore, 'they are not counted as errors');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), '/institutions/0/name', 'the person is in the new row');
    assert.equal(await page.$$eval('#view [aria-invalid="true"]', (xs) => xs.length), 0, 'no field of the new row is marked invalid');
    await page.focus('#tabs button[data-view="teams"]'); // leave the row
    await page.waitForFunction(() => !document.querySelector('#findings-list li[data-severity="quiet"]'));
    assert.ok((await loud(page)).some((f) => f.path.startsWith('/institutions/0')), 'once left, its findings are findings');
    await page.keyboard.press('Control+z');
  });

  await openExample(page, 'rural');

  await t.test('focus, caret and scroll stay after typing and after ArrowDown in a select', async () => {
    await openView(page, 'institutions');
    const name = at('/institutions/2/name');
    await page.locator(name).scrollIntoViewIfNeeded();
    await page.click(name);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const scroll = await page.evaluate(() => window.scrollY);
    await page.keyboard.type('Xy');
    const s = await page.evaluate(() => ({ path: document.activeElement?.dataset.path, caret: document.activeElement?.selectionStart }));
    assert.deepEqual(s, { path: '/institutions/2/name', caret: 4 }, 'focus and caret stay after typing');
    assert.match(await page.textContent('[id="h/institutions/2"]'), /^PoXy/, 'the card\'s heading follows the name');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    // a select whose change redraws the view
    await openView(page, 'agreements');
    const kind = at('/agreements/1/kind');
    await page.locator(kind).scrollIntoViewIfNeeded();
    await page.focus(kind);
    const before = await page.inputValue(kind);
    const y = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(([p, v]) => document.querySelector(`[data-path="${p}"]`)?.value !== v, ['/agreements/1/kind', before]);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), '/agreements/1/kind', 'focus stays on the select');
    assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - y) < 2, 'the page does not scroll');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(([p, v]) => document.querySelector(`[data-path="${p}"]`)?.value === v, ['/agreements/1/kind', before]);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), '/agreements/1/kind');
    assert.ok(scroll >= 0);
  });

  await t.test('findings are grouped by severity and part, named, never a pointer', async () => {
    await openView(page, 'institutions');
    await page.fill(at('/institutions/3/regon'), '123456789'); // an error at an institution
    await openView(page, 'ipw');
    await page.fill(at('/ipws/0/period/end'), '2026-05-01'); // errors and warnings at the IPW
    const groups = await panel(page);
    const order = groups.map((g) => g.severity);
    assert.deepEqual(order, [...order].sort((a, b) => ['error', 'warning', 'info', 'quiet'].indexOf(a) - ['error', 'warning', 'info', 'quiet'].indexOf(b)), 'errors first');
    assert.equal(order[0], 'error');
    const errs = groups[0];
    assert.match(errs.heading, new RegExp(`\\(${errs.parts.reduce((n, p) => n + p.findings.length, 0)}\\)`), 'the group shows its count');
    const inst = errs.parts.find((p) => p.part === '/institutions');
    assert.ok(inst, 'the institutions are a part');
    assert.match(inst.heading, /Instytucje i usługi \(1\)/);
    assert.match(inst.findings[0].text, /Instytucja: Powiatowe Centrum Pomocy Rodzinie w Kielcach · REGON/);
    const ipw = errs.parts.find((p) => p.part === '/ipws/0');
    assert.match(ipw.heading, /^IPW „Rodzina A\.”/);
    const parts = errs.parts.map((p) => p.part);
    assert.ok(parts.indexOf('/institutions') < parts.indexOf('/ipws/0'), 'parts in reading order');
    const bundle = JSON.parse(readFileSync(path.join(root, 'examples', 'rural.json'), 'utf8'));
    const ids = new Set([...bundle.institutions, ...bundle.teams, ...bundle.agreements, ...bundle.ipws].map((x) => x.id));
    for (const f of groups.flatMap((g) => g.parts.flatMap((p) => p.findings))) {
      assert.doesNotMatch(f.text, /(^|\s)\/[a-zA-Z]+\/\d|\/\d+\//, `no pointer in: ${f.text}`);
      // the place is the page's to name (the message is the catalogue's)
      for (const id of ids) assert.ok(!new RegExp(`(^|[\\s(„"])${id}([\\s),.”"]|$)`).test(f.where), `no id ${id} in: ${f.where}`);
    }
    for (const p of groups.flatMap((g) => g.parts)) for (const id of ids) assert.ok(!p.heading.includes(id), `no id in the heading ${p.heading}`);
    await shot(page, 'views-findings-grouped');
    await openView(page, 'start');
    await page.click(`#findings-list button[data-finding-path="/institutions/3/regon"]`);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), '/institutions/3/regon', 'clicking still goes to the field');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelectorAll('#findings-list button.finding').length === 0);
  });

  await t.test('long views have a section menu and cards that fold', async () => {
    await openView(page, 'ipw');
    const menu = await page.$$eval('#section-menu button', (bs) => bs.map((b) => b.textContent));
    assert.ok(menu.length >= 8, `the IPW editor lists its sections: ${menu}`);
    assert.ok(menu.includes('Działania') && menu.includes('Cele'));
    await page.click('#section-menu button:text-is("Działania")');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'h/ipws/0/actions', 'the menu goes to the section');
    const height = await page.evaluate(() => document.getElementById('view').scrollHeight);
    assert.ok(height < 7000, `the IPW editor is ${height} px tall`);
    // a folded card opens, keeps its place, and folds again
    const toggle = '[id="toggle/ipws/0/actions/1"]';
    assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'false');
    await page.click(toggle);
    assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'true');
    assert.ok(await page.$(at('/ipws/0/actions/1/title')), 'its fields are shown');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'toggle/ipws/0/actions/1');
    await page.click(toggle);
    assert.equal(await page.$(at('/ipws/0/actions/1/title')), null);
    // a finding inside a folded card opens it
    await openView(page, 'start');
    await page.evaluate(() => document.querySelector('#findings-list')); // no-op: keep the view
  });

  await t.test('the profile editor shows each default and its change is a finding', async () => {
    await openView(page, 'profile');
    const setting = '[data-setting="ipw.reviewMaxGapDays"]';
    assert.match(await page.textContent(setting), /Domyślnie w tym wariancie: 92/);
    assert.match(await page.textContent(setting), /przegląda się nie rzadziej/);
    const before = (await loud(page)).length;
    await page.fill(at('/profile/ipw/reviewMaxGapDays'), '20');
    const after = await loud(page);
    assert.ok(after.length > before, 'a stricter cadence gives findings');
    assert.ok(after.some((f) => f.code.startsWith('ipw.review')), JSON.stringify(after.map((f) => f.code)));
    await page.fill(at('/profile/ipw/reviewMaxGapDays'), '');
    await page.waitForFunction((n) => document.querySelectorAll('#findings-list button.finding').length === n, before);
    // the monitoring record's threshold, a setting at the profile's top level
    const threshold = '[data-setting="disclosureThreshold"]';
    assert.match(await page.textContent(threshold), /Próg ujawniania liczebności w rekordzie monitoringu/);
    assert.match(await page.textContent(threshold), /Domyślnie w tym wariancie: 3/);
    assert.doesNotMatch(await page.textContent('main'), /profile\.disclosureThreshold/);
    await page.fill(at('/profile/disclosureThreshold'), '5');
    await page.waitForFunction(() => document.querySelector('[data-path="/profile/disclosureThreshold"]').value === '5');
    await page.fill(at('/profile/disclosureThreshold'), '');
    // a rule switched off
    await page.click('[id="toggle/profile/severity"]');
    assert.ok(await page.$('tr[data-rule="ipw.review_gap"] select'));
    await shot(page, 'views-profile');
  });

  await t.test('what-if explains the notice and lists each affected action once', async () => {
    await openView(page, 'whatif');
    await page.selectOption('#whatif-institution', 'sp-maslow');
    await page.fill('#whatif-date', '2026-11-20');
    await page.click('#whatif-run');
    await page.waitForSelector('#whatif-result');
    assert.match(await page.textContent('#whatif-notices'), /30\s+dni wypowiedzenia \(okres wypowiedzenia podany w porozumieniu\); wypowiedzenie nabiera skutku 20\.12\.2026/);
    const lost = await page.$$eval('#whatif-lost > li > button', (xs) => xs.map((x) => x.textContent));
    assert.equal(lost.length, new Set(lost).size, 'each action once');
    assert.equal(lost.length, 1, lost.join(' | '));
    assert.match(lost[0], /^IPW „Rodzina A\.”: Działanie „Konsultacje z pedagogiem/);
    await shot(page, 'views-whatif');
  });

  await t.test('charts show the report\'s numbers', async () => {
    await openView(page, 'indicators');
    await page.waitForSelector('#chart-status svg');
    const report = await page.evaluate(async (doc) => {
      const { load } = await import('./wasm/kooperacja.mjs');
      return (await load()).report(doc).result;
    }, await storedWork(page));
    const bars = (id) => page.$$eval(`#${id} g.bar-row`, (gs) => gs.map((g) => ({ label: g.dataset.label, value: Number(g.dataset.value), limit: g.dataset.limit ? Number(g.dataset.limit) : null })));
    const status = await bars('chart-status');
    assert.equal(status.length, 5);
    assert.equal(status.reduce((n, b) => n + b.value, 0), 2, 'every IPW is in one status bar');
    assert.deepEqual(status.find((b) => b.label === 'w realizacji')?.value, 1);
    assert.deepEqual(status.find((b) => b.label === 'zakończony')?.value, 1);
    const actions = await bars('chart-actions');
    assert.deepEqual(actions.map((b) => b.value), [13, 0, 7], 'on time, late, not done yet');
    const outcome = await bars('chart-outcome');
    assert.deepEqual(outcome.map((b) => b.value), [1, 0]);
    const work = await bars('chart-workload');
    assert.ok(work.length >= 5 && work.every((b) => b.value >= 1));
    // each institution's busiest month of the report
    const peaks = new Map();
    for (const w of report.workload) peaks.set(w.institution, Math.max(peaks.get(w.institution) ?? 0, w.open));
    assert.deepEqual(work.map((b) => b.value).sort((a, b) => a - b), [...peaks.values()].sort((a, b) => a - b));
    const capacities = new Map(report.workload.filter((w) => w.capacity != null).map((w) => [w.institution, w.capacity]));
    assert.equal(work.filter((b) => b.limit != null).length, capacities.size, 'each capacity the report gives is drawn');
    assert.ok(work.some((b) => b.limit != null), 'capacities are drawn');
    const stages = (await storedWork(page)).stages.filter((x) => x.started || x.completed);
    assert.ok(stages.length >= 2);
    assert.equal(await page.$$eval('#chart-stages svg g.span-row', (xs) => xs.length), stages.length, 'each recorded stage over time');
    assert.equal(report.ipw.total, 2);
    assert.deepEqual([report.actions.doneOnTime, report.actions.done - report.actions.doneOnTime, report.actions.total - report.actions.done], actions.map((b) => b.value));
    await shot(page, 'views-charts');
  });

  await t.test('timeline labels never overlap', async () => {
    await openView(page, 'timeline');
    await page.waitForSelector('#timeline .tl-label-box');
    const boxes = await page.$$eval('#timeline .tl-label-box, #timeline .tl-tick', (els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom };
    }));
    assert.ok(boxes.length >= 4);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
        assert.ok(!overlap, `"${a.text}" and "${b.text}" overlap`);
      }
    }
    const titles = await page.$$eval('#timeline .tl-title', (xs) => xs.map((x) => ({ full: x.title, text: x.textContent, cut: x.scrollWidth > x.clientWidth })));
    assert.ok(titles.every((x) => x.full === x.text), 'the full title is there for hover');
  });

  await t.test('an identifier typed with dashes is written as the library reads it', async () => {
    await openView(page, 'institutions');
    const regon = at('/institutions/3/regon');
    await page.fill(regon, '123-456-785');
    await page.press(regon, 'Tab');
    assert.equal(await page.inputValue(regon), '123456785', 'the REGON as bare digits');
    await page.waitForSelector('html[data-dirty="false"]', { state: 'attached' });
    assert.equal((await storedWork(page)).institutions[3].regon, '123456785', 'the work holds the digits');
    assert.deepEqual((await loud(page)).filter((f) => f.path === '/institutions/3/regon'), [], 'no finding about its form');
    await page.fill(regon, '123 456 789'); // not a REGON: kept as typed, and said so
    await page.press(regon, 'Tab');
    assert.equal(await page.inputValue(regon), '123 456 789');
    assert.ok((await loud(page)).some((f) => f.path === '/institutions/3/regon'));
    await page.fill(regon, '');
    await page.press(regon, 'Tab');
    await page.waitForFunction(() => document.querySelectorAll('#findings-list button.finding').length === 0);
  });

  await t.test('print: signature lines for the adults who sign, Polish dates on one line, place and date, page numbers, legend', async () => {
    // the print view is the library's IPW document in a frame (document.js;
    // e2e/documents.test.mjs prints every document to PDF)
    await openView(page, 'print');
    await page.selectOption('#ipw-picker', '0');
    await page.waitForSelector('#print-doc[data-ready="true"]');
    const doc = await page.evaluate(() => {
      const d = document.querySelector('#print-doc').contentDocument;
      const rules = [...d.adoptedStyleSheets.flatMap((x) => [...x.cssRules])];
      return {
        sigs: [...d.querySelectorAll('.signatures .sig .who')].map((x) => x.textContent),
        dates: [...d.querySelectorAll('.d, .sig .date, .place')].map((x) => ({ text: x.textContent, lines: x.getClientRects().length, nowrap: getComputedStyle(x).whiteSpace })),
        place: d.querySelector('.place')?.textContent,
        legend: [...d.querySelectorAll('h2')].some((x) => x.textContent === 'Objaśnienia'),
        pageNumbers: rules.some((r) => r.type === CSSRule.PAGE_RULE && /counter\(page\)/.test(r.cssText)),
      };
    });
    const family = doc.sigs.filter((x) => x.startsWith('Członek rodziny'));
    // the mother and her partner sign; the two children (2012, 2019) do not
    assert.equal(family.length, 2, doc.sigs.join(' | '));
    assert.ok(!doc.sigs.some((x) => /dziecko|córka|syn\b/.test(x)), 'no line for a child');
    assert.match(doc.place, /^Masłów, dnia 27\.03\.2026\s+r\.$/, 'the place and date of signing');
    assert.ok(doc.dates.length > 10);
    assert.deepEqual(doc.dates.filter((x) => x.nowrap !== 'nowrap' || x.lines !== 1), [], 'no date wraps');
    assert.ok(doc.legend, 'a legend');
    assert.ok(doc.pageNumbers, 'page numbers on every page');
  });

  await t.test('one language at a time', async () => {
    const strings = bundleStrings(await storedWork(page));
    const visible = async () => {
      let text = await page.evaluate(() => {
        const parts = [];
        const walk = (n) => {
          if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent);
          else if (n.nodeType === Node.ELEMENT_NODE && !['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT'].includes(n.tagName) && n.id !== 'message' &&
            (n.tagName === 'OPTION' || n.checkVisibility())) {
            n.childNodes.forEach(walk);
          }
        };
        walk(document.body);
        return parts.join('\n');
      });
      for (const s of strings) text = text.split(s).join(' ');
      // a chart shortens a long name with "…"
      return text.split('\n').filter((l) => !(l.endsWith('…') && strings.some((s) => s.startsWith(l.slice(0, -1))))).join('\n');
    };
    await page.click('#lang-toggle');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    for (const v of VIEWS) {
      await openView(page, v);
      await page.waitForTimeout(50);
      const text = await visible();
      // a Polish acronym (ŚDS) is a name in English too
      const polish = text.replace(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu, '').match(/[^\n]*[ąćęłńśźżĄĆĘŁŃŚŹŻ][^\n]*/g) ?? [];
      assert.deepEqual(polish.filter((l) => !/Polski/.test(l)), [], `Polish in the English ${v} view`);
    }
    await shot(page, 'views-english');
    await page.click('#lang-toggle');
    const english = /\b(the|and|of|is|not|with|from|error|warning|findings?|agreement|team|days?|should|must|missing|invalid)\b/i;
    for (const v of VIEWS) {
      await openView(page, v);
      await page.waitForTimeout(50);
      const lines = (await visible()).split('\n').map((l) => l.trim()).filter(Boolean);
      const bad = lines.filter((l) => english.test(l) && !/^English/.test(l));
      assert.deepEqual(bad, [], `English in the Polish ${v} view`);
    }
  });

  assert.deepEqual(problems.filter((p) => !p.startsWith('dialog:')), [], 'no page errors');
  await context.close();
});

test('a reload shows the findings saved with the work at once, the same the library then gives', async () => {
  const { page, problems, context } = await newPage(browser, requests);
  await page.goto(server.url + '/');
  await ready(page);
  await openExample(page, 'rural');
  await openView(page, 'institutions');
  await page.fill(at('/institutions/3/regon'), '123456789');
  await page.waitForSelector('#findings-list button[data-finding-path="/institutions/3/regon"]');
  await page.waitForSelector('html[data-dirty="false"]', { state: 'attached' });
  const record = await page.evaluate(() => new Promise((resolve, reject) => {
    const o = indexedDB.open('kooperacja-planner');
    o.onerror = () => reject(o.error);
    o.onsuccess = () => {
      const r = o.result.transaction('work').objectStore('work').get('current');
      r.onsuccess = () => { o.result.close(); resolve(r.result); };
    };
  }));
  assert.equal(record.bundle.institutions[3].regon, '123456789');
  assert.ok(record.shown.findings.some((f) => f.path === '/institutions/3/regon' && f.place?.item), 'the findings are saved with the work, with their places');
  // the first findings the page draws after a reload, and whether the library had started then
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const list = document.getElementById('findings-list');
      if (!window.__firstPanel && list?.querySelector('button.finding')) {
        window.__firstPanel = { text: list.textContent, library: performance.getEntriesByName('planner:library').length > 0 };
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.reload();
  await ready(page);
  const first = await page.evaluate(() => window.__firstPanel);
  assert.ok(first, 'findings were drawn');
  assert.match(first.text, /REGON/);
  assert.equal(first.text, await page.textContent('#findings-list'), 'the library gives the same findings');
  await page.keyboard.press('Control+z');
  assert.deepEqual(problems.filter((p) => !p.startsWith('dialog:')), [], 'no page errors');
  await context.close();
});

test('axe-core finds no violation in any view of any example', async () => {
  const { page, context } = await newPage(browser, requests);
  await page.goto(server.url + '/');
  await ready(page);
  const found = [];
  for (const name of EXAMPLES) {
    await openExample(page, name);
    for (const v of VIEWS) {
      await openView(page, v);
      if (v === 'whatif') {
        await page.click('#whatif-run');
        await page.waitForSelector('#whatif-result');
      }
      for (const x of await axe(page)) found.push(`${name}/${v}: ${x.id} (${x.impact}) ${x.nodes.join(', ')}`);
    }
  }
  await page.click('#lang-toggle');
  for (const v of VIEWS) {
    await openView(page, v);
    for (const x of await axe(page)) found.push(`en/${v}: ${x.id} (${x.impact}) ${x.nodes.join(', ')}`);
  }
  assert.deepEqual(found, []);
  await context.close();
});

// The lists a person adds items to, by view, with the cards to open on the
// way (an IPW's sections are open; its lists of cards fold when long).
const LISTS = [
  ['institutions', '/institutions'], ['institutions', '/services'],
  ['teams', '/teams'], ['teams', '/teams/0/members'], ['teams', '/teams/0/meetings'],
  ['agreements', '/agreements'], ['agreements', '/agreements', 'declaration'], ['agreements', '/agreements/0/signatures'],
  ['agreements', '/agreements/0/annexes'], ['agreements', '/agreements/0/withdrawals'],
  ['ipw', '/ipws'], ['ipw', '/ipws/0/beneficiary/members'], ['ipw', '/ipws/0/diagnosis/areas'], ['ipw', '/ipws/0/goals'],
  ['ipw', '/ipws/0/deferredAreas'], ['ipw', '/ipws/0/actions'], ['ipw', '/ipws/0/reviews'], ['ipw', '/ipws/0/suspensions'],
  ['ipw', '/ipws/0/signatures'], ['stage', '/stages'],
];

test('adding every kind of item in every variant leaves no finding but its own empty fields', async () => {
  const { page, problems, context } = await newPage(browser, requests);
  await page.goto(server.url + '/');
  await ready(page);
  const seen = [];
  for (const name of EXAMPLES) {
    await openExample(page, name);
    for (const [view, list, what] of LISTS) {
      await openView(page, view);
      if (list.startsWith('/ipws')) await page.selectOption('#ipw-picker', '0');
      // open the first card on the way, when it is folded
      const owner = list.split('/').slice(0, 3).join('/');
      const toggle = await page.$(`[id="toggle${owner}"][aria-expanded="false"]`);
      if (toggle && owner !== list) await toggle.click();
      const before = await loud(page);
      const button = list === '/ipws' ? '#add-ipw' : `[data-add="${list}"]${what ? `[data-what="${what}"]` : ':not([data-what])'}`;
      await page.click(button);
      const added = await page.evaluate(() => document.querySelector('#view .card.fresh')?.dataset.item ?? null);
      assert.ok(added, `${name}: adding to ${list} made a new card`);
      const after = await loud(page);
      const key = (f) => `${f.code} ${f.path}`;
      const had = new Set(before.map(key));
      const extra = after.filter((f) => !had.has(key(f)) && !(f.path === added || f.path.startsWith(added + '/')));
      assert.deepEqual(extra, [], `${name}: adding to ${list} broke something outside the new item`);
      const mine = after.filter((f) => !had.has(key(f)));
      assert.deepEqual(mine, [], `${name}: the new item at ${added} is loud before it is left: ${JSON.stringify(mine)}`);
      seen.push(`${name}${added}`);
      await page.keyboard.press('Control+z');
      await page.waitForFunction((p) => !document.querySelector(`#view [data-item="${p}"].fresh`), added);
    }
  }
  assert.equal(seen.length, EXAMPLES.length * LISTS.length);
  assert.deepEqual(problems.filter((p) => !p.startsWith('dialog:')), [], 'no page errors');
  await context.close();
});

test('no request leaves the origin', () => {
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
});
