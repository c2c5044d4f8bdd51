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
import { launchBrowser, root } from './harness.mjs';

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
