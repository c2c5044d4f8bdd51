// "Raport regionalny": the regional social-policy centre's view of many
// municipalities (DOMAIN §13c), made in the page from the monitoring
// records they sent, as "kooperacja region" makes it. The person chooses
// record files (JSON, or NDJSON with a record a line); the page reads them
// as text and hands them to the library (the function "region", in its
// second module: it answers with a promise) with their names, and shows
// what it answers: how many records count, each record left out with its
// file (and line) and the library's reason, and the report itself, the
// library's self-contained HTML page, in a sandboxed frame, to print or
// download, beside the CSV table. The page decides nothing about a record:
// which file is NDJSON, what is valid, what the figures are, all come
// from the library. No bundle is needed, and nothing read leaves the page.

import { h, saveFile, today } from './dom.js';
import { t } from './i18n.js';
import { callLater, opts, errorText } from './library.js';
import { fill } from './document.js';

// openRegion shows the regional report in a dialog.
export function openRegion() {
  const id = (name) => `region-${name}`;
  const dlg = h('dialog', { class: 'region', id: 'region', 'aria-labelledby': id('h') });
  const files = h('input', {
    type: 'file', id: id('files'), multiple: true, accept: '.json,.ndjson,.jsonl,application/json', 'aria-describedby': id('files-hint'),
  });
  const status = h('p', { class: 'hint', id: id('status'), role: 'status' }, t('regNone'));
  const problems = h('div', { id: id('problems') });
  const body = h('div', { class: 'region-body', id: id('body') });
  const saved = h('p', { class: 'doc-status', id: id('saved'), role: 'status' });
  const close = h('button', { type: 'button', id: 'region-close', onclick: () => dlg.close() }, t('regClose'));

  // Every choice of files asks the library again; an answer that comes
  // after a newer choice is dropped. data-state: busy, ready or failed.
  let asked = 0;
  files.addEventListener('change', async () => {
    const mine = ++asked;
    dlg.dataset.state = 'busy';
    body.setAttribute('aria-busy', 'true');
    status.textContent = t('regLoading');
    saved.textContent = '';
    const { items, unread } = await read([...files.files]);
    const r = await callLater('region', JSON.stringify(items), opts());
    if (mine !== asked) return;
    body.removeAttribute('aria-busy');
    if (!r.ok) {
      status.textContent = '';
      problems.replaceChildren(...unread);
      body.replaceChildren(h('p', { class: 'doc-error', id: id('error'), role: 'alert' }, t('regFailed') + errorText(r.error)));
      dlg.dataset.state = 'failed';
      return;
    }
    const left = r.result.problems ?? [];
    status.textContent = t('regCounted', r.result.report?.total?.municipalities ?? 0, left.length + unread.length);
    problems.replaceChildren(...unread, ...(left.length ? [problemList(left)] : []));
    body.replaceChildren(...report(r.result, saved));
    dlg.dataset.state = 'ready';
  });

  dlg.append(
    h('h2', { id: id('h') }, t('regTitle')),
    h('p', {}, t('regIntro')),
    h('p', { class: 'notice', id: id('privacy') }, t('regPrivacy')),
    h('div', { class: 'field' }, h('label', { for: id('files') }, t('regFiles')), files,
      h('p', { class: 'hint', id: id('files-hint') }, t('regFilesHint'))),
    status,
    problems,
    body,
    h('div', { class: 'buttons doc-buttons' }, close),
    saved);
  dlg.onclose = () => dlg.remove();
  document.body.append(dlg);
  dlg.showModal();
  files.focus();
}

// read reads the chosen files as text, each with its name as the record's
// source (the library reads a name ending in .ndjson or .jsonl as NDJSON);
// a file the browser cannot read is said at once, and left out.
async function read(chosen) {
  const items = [];
  const unread = [];
  for (const f of chosen) {
    try {
      items.push({ source: f.name, text: await f.text() });
    } catch (e) {
      unread.push(h('p', { class: 'doc-error', role: 'alert' }, t('regUnread', f.name) + (e?.message ?? e)));
    }
  }
  return { items, unread };
}

// problemList lists the records the library left out: where each was read,
// why, and the findings that say so.
function problemList(left) {
  return h('section', { class: 'region-problems', 'aria-labelledby': 'region-problems-h' },
    h('h3', { id: 'region-problems-h' }, t('regProblems')),
    h('ul', {}, left.map((p) => h('li', { 'data-source': p.source },
      h('strong', {}, p.source), ': ', p.message,
      p.findings?.length ? h('ul', {}, p.findings.map((f) => h('li', { 'data-code': f.code }, f.message))) : null))));
}

// report is the library's HTML report in a sandboxed frame (nothing in it
// runs), and the buttons that print it and download it and the CSV.
function report(answer, saved) {
  const frame = h('iframe', { class: 'doc-frame region-frame', id: 'region-frame', title: t('regFrame'), sandbox: 'allow-same-origin allow-modals' });
  fill(frame, answer.html);
  const file = (ext, text, type) => () => {
    const name = `raport-regionalny-${today()}.${ext}`;
    saveFile(name, new Blob([text], { type }));
    saved.textContent = t('regSaved', name);
  };
  return [
    frame,
    h('div', { class: 'buttons doc-buttons no-print' },
      h('button', { type: 'button', id: 'region-print', onclick: () => frame.contentWindow?.print() }, t('regPrint')),
      h('button', { type: 'button', id: 'region-html', onclick: file('html', answer.html, 'text/html') }, t('regHTML')),
      h('button', { type: 'button', id: 'region-csv', onclick: file('csv', answer.csv, 'text/csv') }, t('regCSV'))),
  ];
}
