// The documents of the model in the planner: the "Dokument" button of an
// item (an agreement or declaration, an annex, a withdrawal, a team, an
// IPW, its consent, qualification and diagnosis, a review, the closure),
// and the panel that shows the document the library makes from the work,
// prints it and downloads it as an editable DOCX or ODT file. Every word of a
// document, and whether the data allow it, comes from the library
// (package ipw/document through the functions "documents" and
// "document"); the page only finds the document made from an item by the
// item's path.
//
// The page's Content-Security-Policy allows no inline style, and a
// document shown in an iframe (srcdoc) keeps the page's policy: its style
// sheet is taken out of the HTML and given to the frame as a constructed
// style sheet, which the policy allows. The frame is sandboxed: nothing in
// it runs.
//
// The library answers "documents" and "document" with a promise: the
// documents are in its second WebAssembly module, loaded the first time a
// document is asked for. The panel shows "Przygotowuję dokument…" until the
// answer comes, and an answer that comes after a newer question is dropped.

import { h, saveFile } from './dom.js';
import { t } from './i18n.js';
import { state } from './store.js';
import { callLater, opts, errorText, failureFindings } from './library.js';
import { versions, versionBundle, when } from './work.js';

// documentButton is the "Dokument" button of the item at path p.
export function documentButton(p) {
  return h('button', {
    type: 'button', class: 'doc-button', 'data-document': p, title: t('docButtonTitle'),
    onclick: () => openDocument([p]),
  }, t('docButton'));
}

// openDocument shows, in a dialog, the document made from the item at the
// first of paths that has one.
export function openDocument(paths) {
  const heading = h('h2', { id: 'document-h' }, t('docButton'));
  const dlg = h('dialog', { class: 'document', id: 'document', 'aria-labelledby': 'document-h' });
  const close = h('button', { type: 'button', id: 'document-close', onclick: () => dlg.close() }, t('docClose'));
  dlg.append(heading, documentPanel(paths, {
    prefix: 'document', onTitle: (title) => { heading.textContent = title; }, extra: close,
  }));
  dlg.onclose = () => dlg.remove();
  document.body.append(dlg);
  dlg.showModal();
  close.focus();
}

// documentPanel is the document of the item at paths, as the library makes
// it: a preview with buttons to print it and download it to edit (DOCX,
// ODT); or, when the data have errors that concern it, those errors and a
// button that shows a draft (marked "PROJEKT"). o: {prefix (of the ids),
// frameId, printId, onTitle(title), extra (a button put beside the others)}.
export function documentPanel(paths, o = {}) {
  const panel = h('div', { class: 'document-panel' });
  const loading = () => h('p', { class: 'hint doc-loading', role: 'status' }, t('docLoading'));
  panel.append(loading());
  documentRef(paths).then(({ ref, error }) => {
    panel.replaceChildren();
    if (error) {
      panel.append(h('p', { class: 'doc-error', role: 'alert' }, t('docFailed') + error), buttons(o.extra));
      return;
    }
    if (!ref) {
      panel.append(h('p', { class: 'hint doc-none' }, t('docNone')), buttons(o.extra));
      return;
    }
    o.onTitle?.(ref.title);
    const body = h('div', { class: 'document-body' }, loading());
    let draft = false;
    let previous = null;
    let asked = 0; // the latest question: an older answer is dropped
    const show = async (focus) => {
      const mine = ++asked;
      const parts = await content(ref, draft, previous, o, () => {
        draft = true;
        show(true);
      });
      if (mine !== asked) return;
      body.replaceChildren(...parts);
      if (focus) body.querySelector('button')?.focus(); // the draft's print button, where the one pressed was
    };
    if (ref.kind === 'review') panel.append(previousField(o, (bundle) => { previous = bundle; show(); }));
    panel.append(body);
    show();
  });
  return panel;
}

// previousField lets the person choose, for a review record, the version of
// the work kept in the browser that the library compares the IPW with (the
// record then says what changed since); none is chosen at first. onPick is
// called with the chosen version's bundle, or null.
function previousField(o, onPick) {
  const id = `${o.prefix ?? 'document'}-previous`;
  const select = h('select', { id, 'aria-describedby': id + '-hint', disabled: true },
    h('option', { value: '' }, t('docPreviousNone')));
  select.addEventListener('change', async () => {
    onPick(select.value ? await versionBundle(Number(select.value)) : null);
  });
  versions().then((vs) => {
    for (const v of vs ?? []) select.append(h('option', { value: String(v.id) }, `${when(v.at)} — ${t('reason_' + v.reason)}${v.note ? ` (${v.note})` : ''}`));
    select.disabled = !vs?.length;
  }, () => {});
  return h('div', { class: 'field doc-previous no-print' },
    h('label', { for: id }, t('docPrevious')), select,
    h('p', { class: 'hint', id: id + '-hint' }, t('docPreviousHint')));
}

// content is the panel's content for ref: the preview and its buttons, or
// the reasons the document is refused and the button asking for a draft.
async function content(ref, draft, previous, o, askDraft) {
  const id = (name) => `${o.prefix ?? 'document'}-${name}`;
  const r = await make(ref, 'html', draft, previous);
  if (!r.ok) {
    const findings = r.error?.findings ?? [];
    if (!findings.length) return [h('p', { class: 'doc-error', role: 'alert' }, t('docFailed') + errorText(r.error)), buttons(o.extra)];
    return [
      h('div', { class: 'doc-refused', id: id('refused'), role: 'alert' },
        h('p', {}, errorText(r.error)),
        h('ul', {}, failureFindings(r.error).map((f) => h('li', { 'data-code': f.code }, f.message))),
        h('p', { class: 'hint' }, t('docDraftHint'))),
      buttons(h('button', { type: 'button', id: id('as-draft'), onclick: askDraft }, t('docDraft')), o.extra),
    ];
  }
  const frame = h('iframe', {
    class: 'doc-frame', id: o.frameId ?? id('frame'), title: t('docFrame', ref.title),
    sandbox: 'allow-same-origin allow-modals',
  });
  fill(frame, r.result.text);
  const status = h('p', { class: 'doc-status', role: 'status' });
  return [
    frame,
    buttons(
      h('button', { type: 'button', id: o.printId ?? id('print'), onclick: () => frame.contentWindow?.print() }, t('docPrint')),
      h('button', { type: 'button', id: id('docx'), onclick: () => download(ref, 'docx', draft, previous, status) }, t('docDownload')),
      h('button', { type: 'button', id: id('odt'), onclick: () => download(ref, 'odt', draft, previous, status) }, t('docDownloadOdt')),
      o.extra),
    status,
  ];
}

const buttons = (...bs) => h('div', { class: 'buttons doc-buttons no-print' }, bs);

// documentRef finds, among the documents the library lists for the work,
// the one made from the item at the first of paths that has one.
async function documentRef(paths) {
  const r = await callLater('documents', JSON.stringify(state.bundle), opts());
  if (!r.ok) return { error: errorText(r.error) };
  const docs = r.result?.documents ?? [];
  for (const p of paths) {
    const ref = docs.find((d) => d.path === p);
    if (ref) return { ref };
  }
  return {};
}

// make asks the library for the document of ref in format (html, docx,
// odt); previous, when given, is the version of the work a review record
// compares the IPW with.
const make = (ref, format, draft, previous = null) => callLater('document', JSON.stringify(state.bundle),
  JSON.stringify({ kind: ref.kind, id: ref.id, format, draft, ...(previous ? { previous } : {}) }), opts());

// fill puts an HTML document in frame, its style sheet given as a
// constructed sheet (see the top of this file). The library writes one
// <style> element in the head, and no "<" in its text; it is taken out of
// the text before anything parses it (a parser would report the inline
// style to the page's policy).
export function fill(frame, html) {
  let css = '';
  const page = html.replace(/<style>([^<]*)<\/style>/, (_, sheet) => {
    css = sheet;
    return '';
  });
  frame.addEventListener('load', () => {
    const w = frame.contentWindow;
    if (!w) return;
    const sheet = new w.CSSStyleSheet();
    sheet.replaceSync(css);
    w.document.adoptedStyleSheets = [sheet];
    frame.dataset.ready = 'true';
  }, { once: true });
  frame.srcdoc = page;
}

// download saves the document of ref as an editable file (format docx or
// odt).
async function download(ref, format, draft, previous, status) {
  const r = await make(ref, format, draft, previous);
  if (!r.ok) {
    status.textContent = t('docFailed') + errorText(r.error);
    return;
  }
  const bytes = Uint8Array.from(atob(r.result.base64), (c) => c.charCodeAt(0));
  saveFile(r.result.fileName, new Blob([bytes], { type: r.result.mediaType }));
}
