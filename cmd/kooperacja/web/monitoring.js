// "Eksport do monitoringu": the municipality's monitoring record (DOMAIN
// §13c), the figures it sends to its region, previewed before it leaves
// and downloaded as JSON. The library derives the record from the work at
// a date and over a period (the function "monitor", in its second module:
// it answers with a promise) and gives, beside it, its preview: labelled
// sections of label/value rows in the interface language that cover every
// field of the record. The page shows those rows as they come, as text,
// and writes the record it was given to the file; it holds no label of a
// field of the record, no threshold and no default of its own: an empty
// date or period is left for the library to fill, and the preview says
// what it chose.

import { h, saveFile } from './dom.js';
import { t } from './i18n.js';
import { state } from './store.js';
import { callLater, opts, errorText, failureFindings, fieldLabel, label, plans } from './library.js';
import { showMessage } from './shell.js';

// openMonitoring shows the export in a dialog.
export function openMonitoring() {
  if (!state.bundle) {
    showMessage(t('monNoBundle'));
    return;
  }
  const id = (name) => `monitoring-${name}`;
  const dlg = h('dialog', { class: 'monitoring', id: 'monitoring', 'aria-labelledby': id('h') });
  const date = (name, value = '') => h('input', { type: 'date', id: id(name), value, 'aria-describedby': name === 'as-of' ? null : id('period-hint') });
  // the date the work is evaluated at everywhere in the page: the library's
  const asOf = date('as-of', plans().day);
  const from = date('from');
  const to = date('to');
  const preview = h('div', { class: 'monitoring-preview', id: id('preview') }, h('p', { class: 'hint', role: 'status' }, t('monLoading')));
  const status = h('p', { class: 'doc-status', id: id('status'), role: 'status' });
  let record = null;
  const download = h('button', { type: 'button', id: id('download'), disabled: true, onclick: () => save(record, status) }, t('monDownload'));
  const close = h('button', { type: 'button', id: 'monitoring-close', onclick: () => dlg.close() }, t('monClose'));

  // the period's legend is the library's label of the record's period: the
  // glossary's at first, then the preview's
  const legend = h('legend', {}, fieldLabel('/period'));
  // The record is asked for again at every change of a date; while the
  // library answers (its second module, loaded the first time), nothing can
  // be downloaded, and an older answer that comes late is dropped. The
  // dialog's data-state says where it is: busy, ready or failed.
  let asked = 0;
  const show = async () => {
    const mine = ++asked;
    record = null;
    download.disabled = true;
    status.textContent = '';
    dlg.dataset.state = 'busy';
    preview.setAttribute('aria-busy', 'true');
    const r = await ask(asOf.value, from.value, to.value);
    if (mine !== asked) return;
    record = r.ok ? r.result?.record ?? null : null;
    const named = r.ok ? (r.result?.preview ?? []).flatMap((s) => s.rows ?? []).find((row) => row.field === '/period') : null;
    if (named) legend.textContent = named.label;
    download.disabled = !record;
    preview.replaceChildren(...(record ? sections(r.result.preview) : failure(r.error)));
    preview.removeAttribute('aria-busy');
    dlg.dataset.state = record ? 'ready' : 'failed';
  };
  for (const input of [asOf, from, to]) input.addEventListener('change', show);

  dlg.append(
    h('h2', { id: id('h') }, t('monTitle')),
    h('p', {}, t('monIntro')),
    h('p', { class: 'notice', id: id('privacy') }, t('monPrivacy')),
    h('div', { class: 'fields monitoring-options' },
      h('div', { class: 'field' }, h('label', { for: id('as-of') }, label('field', 'asOf')), asOf),
      h('fieldset', { class: 'monitoring-period' },
        legend,
        h('div', { class: 'fields' },
          h('div', { class: 'field' }, h('label', { for: id('from') }, label('field', 'from')), from),
          h('div', { class: 'field' }, h('label', { for: id('to') }, label('field', 'to')), to)),
        h('p', { class: 'hint', id: id('period-hint') }, t('monPeriodHint')))),
    h('h3', { id: id('preview-h') }, t('monPreview')),
    preview,
    h('div', { class: 'buttons doc-buttons' }, download, close),
    status);
  dlg.onclose = () => dlg.remove();
  document.body.append(dlg);
  show();
  dlg.showModal();
  asOf.focus();
}

// ask asks the library for the record of the work at asOf over the period
// from..to; an empty date is left out, for the library's default.
function ask(asOf, from, to) {
  const o = opts();
  if (asOf) o.asOf = asOf;
  if (from || to) o.period = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return callLater('monitor', JSON.stringify(state.bundle), o);
}

// sections draws the library's preview, a list of sections {title, rows:
// [{label, value, field}]}: each a heading and a definition list of its
// rows (field, the JSON Pointer of what a row shows in the record, marks
// its value).
function sections(preview) {
  return (preview ?? []).map((s, i) => {
    const hid = `monitoring-section-${i}`;
    return h('section', { class: 'monitoring-section', 'aria-labelledby': hid },
      h('h4', { id: hid }, s.title),
      h('dl', { class: 'values' }, (s.rows ?? []).flatMap((row) => [h('dt', {}, row.label), h('dd', { 'data-field': row.field }, row.value)])));
  });
}

// failure says why the library made no record: its message, and the
// findings that stopped it when there are any.
function failure(err) {
  const findings = failureFindings(err).filter((f) => f.code !== 'planner.library_error');
  return [h('div', { class: 'doc-refused', id: 'monitoring-error', role: 'alert' },
    h('p', {}, t('monFailed') + errorText(err)),
    findings.length ? h('ul', {}, findings.map((f) => h('li', { 'data-code': f.code }, f.message))) : null)];
}

// save downloads record as the JSON file the region reads, named by the
// municipality's TERYT code and the record's date.
function save(record, status) {
  if (!record) return;
  const name = `monitoring-${record.municipality?.teryt}-${record.asOf}.json`;
  saveFile(name, new Blob([JSON.stringify(record, null, 2) + '\n'], { type: 'application/json' }));
  status.textContent = t('monSaved', name);
}
