// The documents of the model printed by Chromium: every HTML document the
// library makes for the examples (the golden files of ipw/document, which
// its Go test keeps equal to what the library writes) is printed to PDF in
// one browser. Each PDF must have pages, no text outside the page, the
// footer with "Strona N z M" on every page, "PROJEKT" on every page of a
// draft, and the Polish letters of the document intact. The PDFs go to
// testresults/documents/. Needs pdftotext (Debian's poppler-utils, installed
// by scripts/setup). Run: node --test e2e/documents.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, newPage, root, startPlanner, openExample, axe } from './harness.mjs';

const golden = path.join(root, 'ipw', 'document', 'testdata', 'golden');
const out = path.join(root, 'testresults', 'documents');
mkdirSync(out, { recursive: true });

// A4 at 96 px per inch, less the page margins of the documents' CSS
// (20 mm left, 18 mm right): the width the text has.
const MM = 96 / 25.4;
const CONTENT_WIDTH = Math.floor((210 - 20 - 18) * MM);

function pdftotext(...args) {
  try {
    return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.code === 'ENOENT') {
      throw new Error('pdftotext is not installed: scripts/setup installs Debian\'s poppler-utils; the printed documents cannot be read without it');
    }
    throw e;
  }
}

const documents = readdirSync(golden).flatMap((dir) => readdirSync(path.join(golden, dir))
  .filter((f) => f.endsWith('.html')).map((f) => ({ dir, file: f, path: path.join(golden, dir, f) })));

// textPastWidth runs in the page: the text nodes of the document any line
// of which (in the print layout) runs past width.
function textPastWidth(width) {
  const out = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim()) continue;
    range.selectNodeContents(n);
    if ([...range.getClientRects()].some((r) => r.right > width + 0.5 || r.left < -0.5)) out.push(n.textContent.slice(0, 60));
  }
  return out;
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// The text a person reads in the HTML, with its Polish letters.
function words(html, tag, cls) {
  const m = html.match(new RegExp(`<${tag}${cls ? ` class="${cls}"` : ''}>([\\s\\S]*?)</${tag}>`));
  return m ? m[1].replace(/<[^>]+>/g, ' ').replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim() : '';
}

test('every document prints on A4 with its footer, page numbers and Polish letters, and no text leaves the page', async () => {
  assert.ok(documents.length >= 80, `only ${documents.length} documents in ${golden}`);
  const kinds = new Set(documents.map((d) => d.file.split('-')[0]));
  for (const k of ['agreement', 'annex', 'withdrawal', 'declaration', 'team', 'consent', 'diagnosis', 'ipw', 'review', 'closure']) {
    assert.ok(kinds.has(k), `no ${k} document to print`);
  }
  const context = await browser.newContext({ viewport: { width: CONTENT_WIDTH, height: 1000 }, offline: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  let pages = 0;
  for (const doc of documents) {
    const name = `${doc.dir}-${doc.file}`;
    const html = readFileSync(doc.path, 'utf8');
    await page.goto(pathToFileURL(doc.path).href);
    await page.emulateMedia({ media: 'print' });

    // No text runs past the width the page gives it.
    const wide = await page.evaluate(textPastWidth, CONTENT_WIDTH);
    assert.deepEqual(wide, [], `${name}: text wider than the page`);

    const pdf = path.join(out, name.replace(/\.html$/, '.pdf'));
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

    // Pages, and every word inside its page.
    const boxes = pdftotext('-bbox', pdf, '-');
    const pageBoxes = [...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    assert.ok(pageBoxes.length > 0, `${name}: the PDF has no page`);
    pages += pageBoxes.length;
    for (const [i, [, w, h, body]] of pageBoxes.entries()) {
      for (const [, xMin, yMin, xMax, yMax, word] of body.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)) {
        assert.ok(+xMin >= 0 && +yMin >= 0 && +xMax <= +w && +yMax <= +h, `${name}, page ${i + 1}: "${word}" lies outside the page (${xMin}, ${yMin} – ${xMax}, ${yMax} on ${w} × ${h})`);
      }
    }

    // The footer and the page number on every page, PROJEKT on every page
    // of a draft.
    const text = pdftotext('-enc', 'UTF-8', pdf, '-').replace(/\u00a0/g, ' ');
    const perPage = text.split('\f').slice(0, pageBoxes.length);
    const english = html.includes('<html lang="en">');
    const draft = html.includes('class="draft-mark"');
    perPage.forEach((p, i) => {
      const flat = p.replace(/\s+/g, ' ');
      const n = english ? `Page ${i + 1} of ${pageBoxes.length}` : `Strona ${i + 1} z ${pageBoxes.length}`;
      assert.ok(flat.includes(n), `${name}: page ${i + 1} lacks "${n}"`);
      assert.ok(flat.includes(english ? 'Generated:' : 'Wygenerowano:'), `${name}: page ${i + 1} lacks the footer`);
      if (draft) assert.ok(flat.includes('PROJEKT'), `${name}: page ${i + 1} of a draft lacks PROJEKT`);
    });

    // The Polish letters survive: every word of the heading, the subtitle
    // and the place line is in the PDF's text as it is in the HTML.
    const flat = text.replace(/\s+/g, ' ');
    for (const part of [words(html, 'h1'), words(html, 'p', 'subtitle'), words(html, 'p', 'place')]) {
      for (const w of part.split(' ').filter((w) => /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/.test(w))) {
        assert.ok(flat.includes(w), `${name}: "${w}" is not in the printed text`);
      }
    }
  }
  assert.deepEqual(requests, [], 'a document asked for something outside itself');
  await context.close();
  console.log(`Chromium printed ${documents.length} documents, ${pages} pages`);
});

// The check above is not blind: a line that cannot break is seen.
test('the width check sees a line that runs past the page', async () => {
  const context = await browser.newContext({ viewport: { width: CONTENT_WIDTH, height: 1000 }, offline: true });
  const page = await context.newPage();
  const html = readFileSync(documents[0].path, 'utf8')
    .replace('<h1>', '<p style="white-space: nowrap">Wiersz, który nie może się złamać, więc wychodzi poza prawą krawędź strony A4, dalej i jeszcze dalej, aż do samego końca tego bardzo długiego zdania</p><h1>');
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  assert.equal((await page.evaluate(textPastWidth, CONTENT_WIDTH)).length, 1);
  await context.close();
});

// ---------- the documents in the planner ----------


// The planner's "Dokument" buttons: every agreement, annex, team, IPW, its
// consent, diagnosis, reviews and closure shows the library's document in
// the page, with its style (the page's policy allows no inline style),
// prints it from its frame and downloads it as a DOCX or ODT file; a document
// whose data have errors is refused with them and shown as a draft on
// request; the print view is the IPW's document.
test('the planner shows, prints and downloads the documents of the work', async () => {
  const server = await startPlanner();
  const requests = [];
  const { context, page, problems } = await newPage(browser, requests);
  try {
    await page.goto(server.url + '/');
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    const openView = (view) => page.click(`#tabs button[data-view="${view}"]`);
    await openExample(page, 'rural');

    // frameText reads the document shown in the frame once it has its style.
    const frameText = async (sel) => {
      await page.waitForSelector(`${sel}[data-ready="true"]`);
      return page.evaluate((s) => {
        const d = document.querySelector(s).contentDocument;
        const rules = [...d.adoptedStyleSheets.flatMap((x) => [...x.cssRules])];
        return {
          h1: d.querySelector('h1')?.textContent,
          text: d.body.textContent.replace(/\s+/g, ' '),
          signatures: d.querySelectorAll('.signatures .sig').length,
          page: rules.some((r) => r.type === CSSRule.PAGE_RULE),
          font: getComputedStyle(d.body).fontFamily,
        };
      }, sel);
    };
    const openDoc = async (p) => {
      await page.click(`[data-document="${p}"]`);
      await page.waitForSelector('#document[open]');
    };
    const closeDoc = async () => {
      await page.click('#document-close');
      await page.waitForSelector('#document', { state: 'detached' });
    };

    // One document of each kind, each made by the library as in the golden files.
    const cases = [
      ['agreements', '/agreements/0', 'agreement-umowa-pilotazowa.html', 3],
      ['agreements', '/agreements/1', 'agreement-porozumienie-pzk.html', 9],
      ['agreements', '/agreements/1/annexes/0', 'annex-porozumienie-pzk-aneks-1.html', null],
      ['teams', '/teams/0', 'team-pzk-maslow.html', null],
      ['ipw', '/ipws/0', 'ipw-ipw-2026-01.html', null],
      ['ipw', '/ipws/0/consent', 'consent-ipw-2026-01.html', null],
      ['ipw', '/ipws/0/diagnosis', 'diagnosis-ipw-2026-01.html', null],
      ['ipw', '/ipws/0/reviews/0', 'review-ipw-2026-01-2026-06-22.html', null],
    ];
    for (const [view, p, file, parties] of cases) {
      await openView(view);
      await openDoc(p);
      const golden = readFileSync(path.join(root, 'ipw', 'document', 'testdata', 'golden', 'rural', file), 'utf8');
      const got = await frameText('#document-frame');
      assert.equal(got.h1, words(golden, 'h1'), `${p}: the heading of ${file}`);
      assert.ok(got.text.includes(words(golden, 'p', 'subtitle')), `${p}: the subtitle of ${file}`);
      assert.ok(got.page, `${p}: the frame has the document's @page rule`);
      assert.match(got.font, /Liberation Serif/, `${p}: the frame has the document's style`);
      assert.ok(got.text.includes('Gmina: Masłów (TERYT 2604092) · Źródło: '), `${p}: the foot names the municipality`);
      if (parties) assert.equal(got.signatures, parties, `${p}: a signature line per party`);
      assert.equal((await page.textContent('#document-h')).replace(/\s+/g, ' '), words(golden, 'title'), `${p}: the dialog's title`);
      if (p === '/agreements/0') assert.deepEqual(await axe(page), [], 'axe-core finds no violation in the open dialog');
      await closeDoc();
    }

    // A review record compares the IPW with a version the person chooses:
    // none at first, then the one kept when the file was opened, after an
    // action's title was changed.
    await openView('ipw');
    const title = '/ipws/0/actions/0/title';
    const folded = await page.$('[id="toggle/ipws/0/actions/0"][aria-expanded="false"]');
    if (folded) await folded.click();
    await page.fill(`#view [data-path="${title}"]`, 'Rejestracja w PUP (termin uzgodniony z doradcą)');
    await page.press(`#view [data-path="${title}"]`, 'Tab');
    await openDoc('/ipws/0/reviews/2');
    assert.match((await frameText('#document-frame')).text, /Nie wskazano poprzedniej wersji danych/, 'no version compared at first');
    const opened = await page.$eval('#document-previous', (s) => [...s.options].find((o) => /otwarty plik/.test(o.textContent))?.value);
    assert.ok(opened, 'the version kept when the file was opened is offered');
    await page.evaluate(() => { document.querySelector('#document-frame').dataset.ready = 'stale'; });
    await page.selectOption('#document-previous', opened);
    await page.waitForSelector('#document-frame[data-ready="true"]');
    const compared = (await frameText('#document-frame')).text;
    assert.match(compared, /Zmiany w IPW od poprzedniej wersji danych/, 'the record lists the changes since the version');
    assert.ok(compared.includes('Rejestracja w PUP (termin uzgodniony z doradcą)'), 'the changed title is told');
    await closeDoc();

    // The closing evaluation of the second IPW, printed from its frame and
    // downloaded as DOCX.
    await openView('ipw');
    await page.selectOption('#ipw-picker', '1');
    await openDoc('/ipws/1/closure');
    assert.equal((await frameText('#document-frame')).h1, 'Zakończenie IPW – ocena końcowa');
    await page.evaluate(() => {
      document.querySelector('#document-frame').contentWindow.print = () => { document.body.dataset.printed = 'closure'; };
    });
    await page.click('#document-print');
    assert.equal(await page.getAttribute('body', 'data-printed'), 'closure', 'Drukuj prints the document in the frame');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#document-docx')]);
    assert.equal(download.suggestedFilename(), 'closure-ipw-2025-01.docx');
    const docx = readFileSync(await download.path());
    assert.equal(docx.subarray(0, 2).toString(), 'PK', 'the download is a DOCX (zip) file');
    assert.ok(docx.includes('word/document.xml'), 'the DOCX file has its document part');
    const [odtDownload] = await Promise.all([page.waitForEvent('download'), page.click('#document-odt')]);
    assert.equal(odtDownload.suggestedFilename(), 'closure-ipw-2025-01.odt');
    const odt = readFileSync(await odtDownload.path());
    assert.equal(odt.subarray(30, 77).toString(), 'mimetypeapplication/vnd.oasis.opendocument.text', 'the download is an ODT file');
    await closeDoc();
    await page.selectOption('#ipw-picker', '0');

    // A consent given by a child is refused with the library's message, and
    // its draft says PROJEKT.
    await page.locator('[id="f/ipws/0/consent/givenBy~a-syn"]').check();
    await openDoc('/ipws/0/consent');
    await page.waitForSelector('#document-refused');
    assert.match(await page.textContent('#document-refused'), /Nie można przygotować dokumentu: Zgoda – Rodzina A\./);
    assert.deepEqual(await page.$$eval('#document-refused li', (li) => li.map((x) => x.dataset.code)), ['ipw.consent_by_minor']);
    assert.equal(await page.$('#document-frame'), null, 'a refused document is not shown');
    await page.click('#document-as-draft');
    const draft = await frameText('#document-frame');
    assert.ok(draft.text.includes('PROJEKT'), 'the draft says PROJEKT');
    assert.ok(draft.text.includes('w 2026 r. nie kończy 18 lat'), 'the draft lists the error');
    await closeDoc();
    await page.locator('[id="f/ipws/0/consent/givenBy~a-syn"]').uncheck();

    // A declaration of accession, in the urban example.
    await openExample(page, 'urban');
    await openView('agreements');
    await openDoc('/agreements/1');
    const declaration = readFileSync(path.join(root, 'ipw', 'document', 'testdata', 'golden', 'urban', 'declaration-deklaracja-pcpr.html'), 'utf8');
    const got = await frameText('#document-frame');
    assert.equal(got.h1, words(declaration, 'h1'));
    assert.ok(got.text.includes(words(declaration, 'p', 'subtitle')), 'the declaration names its PZK');
    assert.equal(got.signatures, 2, 'the joining institution and the leader sign');
    await closeDoc();

    // The print view is the IPW's document.
    await openView('print');
    const printed = await frameText('#print-doc');
    assert.equal(printed.h1, 'Indywidualny Program Współpracy (IPW)');
    assert.ok(printed.text.includes('Radomsko'), 'the print view shows the work now open');
    assert.ok(printed.signatures >= 3, 'the IPW has signature lines');
    assert.ok(await page.$('#print'), 'the print view has its print button');

    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('about:') && !u.startsWith('data:')), [],
      'the planner asked for nothing outside itself');
    assert.deepEqual(problems, [], 'no page errors');
  } finally {
    await context.close();
    server.stop();
  }
});
