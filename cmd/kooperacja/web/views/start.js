// Start view: a new bundle (with the variant the library suggests), opening
// a file, restoring earlier work, and the current bundle's municipality.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state, replaceBundle, hasPrevious, restorePrevious as restoreSlot } from '../store.js';
import { call, opts, errorText, findingsOf, failureFindings, enumOptions } from '../library.js';
import { heading, field, selectField } from '../fields.js';
import { showView, showNotice } from '../nav.js';
import { validateNow } from '../findings.js';

export function viewStart() {
  const out = [heading(2, t('startTitle'), '')];
  if (state.notice) {
    const n = h('div', { class: 'notice', role: 'alert', id: 'notice' }, h('p', {}, state.notice.text));
    if (state.notice.findings?.length) {
      n.append(h('ul', { class: 'import-findings' }, state.notice.findings.map((f) =>
        h('li', { class: 'sev-' + f.severity }, h('span', { class: 'sev' }, t('sev_' + f.severity)), ' ', f.message, ' ', h('code', {}, f.path || '/')))));
    }
    out.push(n);
  }

  // a new bundle
  const form = h('form', { class: 'new-bundle', id: 'new-bundle' });
  const teryt = h('input', { id: 'new-teryt', inputmode: 'numeric', autocomplete: 'off', maxlength: 7 });
  const name = h('input', { id: 'new-name', autocomplete: 'off' });
  const pop = h('input', { id: 'new-population', type: 'number', min: 0 });
  const variant = h('select', { id: 'new-variant' }, enumOptions('variant').map((x) => h('option', { value: x.value }, x.label)));
  const hint = h('p', { id: 'new-hint', class: 'hint', 'aria-live': 'polite' });
  let touched = false;
  variant.addEventListener('change', () => { touched = true; });
  const suggest = () => {
    const s = suggestVariant(teryt.value.trim(), name.value.trim(), pop.value);
    hint.textContent = s.message;
    if (s.variant && !touched) variant.value = s.variant;
  };
  for (const el of [teryt, name, pop]) el.addEventListener('input', suggest);
  form.append(
    heading(3, t('newBundle'), null),
    h('div', { class: 'fields' },
      h('div', { class: 'field' }, h('label', { for: 'new-teryt' }, t('teryt')), teryt),
      h('div', { class: 'field' }, h('label', { for: 'new-name' }, t('municipalityName')), name),
      h('div', { class: 'field' }, h('label', { for: 'new-population' }, t('population')), pop),
      h('div', { class: 'field' }, h('label', { for: 'new-variant' }, t('suggested')), variant)),
    hint,
    h('button', { type: 'submit', id: 'create-bundle' }, t('create')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (state.bundle && !confirm(t('confirmReplace'))) return;
    const m = { teryt: teryt.value.trim(), name: name.value.trim() };
    if (pop.value !== '') m.population = Number(pop.value);
    replaceWork({ schemaVersion: '1', variant: variant.value, municipality: m, institutions: [], services: [], teams: [], agreements: [], ipws: [], stages: [] });
    state.notice = null;
    showView('institutions');
  });
  out.push(form);

  // open a file, restore earlier work
  const file = h('input', { type: 'file', id: 'open-file', accept: '.json,application/json' });
  file.addEventListener('change', () => { if (file.files[0]) importFile(file.files[0]); file.value = ''; });
  const files = h('section', { class: 'files' }, heading(3, t('openFile'), null),
    h('div', { class: 'field' }, h('label', { for: 'open-file' }, t('openFile')), file));
  if (hasPrevious()) {
    files.append(h('button', { type: 'button', id: 'restore-previous', onclick: restorePrevious }, t('restore')));
  }
  out.push(files);

  if (state.bundle) {
    out.push(h('section', { class: 'current' }, heading(3, t('currentBundle'), null),
      h('div', { class: 'fields' },
        field('/municipality/teryt', t('teryt')),
        field('/municipality/name', t('municipalityName')),
        field('/municipality/population', t('population'), { type: 'number' }),
        selectField('/variant', t('variant'), enumOptions('variant'), { empty: false }),
        field('/asOf', t('asOf'), { type: 'date' }))));
  }
  return out;
}

// suggestVariant asks the library which variant the TERYT code and
// population suggest: it checks a bundle that declares "rural" and reads the
// municipality.variant_mismatch finding (params.derived) if there is one.
function suggestVariant(teryt, name, population) {
  if (!/^\d{7}$/.test(teryt)) return { message: '' };
  const m = { teryt, name: name || '?' };
  if (population !== '') m.population = Number(population);
  const r = call('validate', { schemaVersion: '1', variant: 'rural', municipality: m }, opts());
  if (!r.ok) return { message: errorText(r.error) };
  const fs = findingsOf(r.result).filter((f) => f.path.startsWith('/municipality') || f.path === '/variant');
  const bad = fs.find((f) => f.code === 'id.teryt_invalid');
  if (bad) return { message: bad.message };
  const mm = fs.find((f) => f.code === 'municipality.variant_mismatch');
  const v = mm?.params?.derived || 'rural';
  return { variant: v, message: `${t('suggested')}: ${t.enum('variant', v)}` };
}

function importFile(f) {
  f.text().then((text) => importText(f.name, text), (e) => showNotice(t('error') + e.message));
}

// importText opens a file unless it cannot be read as a bundle at all (bad
// JSON, too large or deep, an unsupported version): then it shows the file's
// findings and leaves the current work as it was.
function importText(fileName, text) {
  let doc;
  try { doc = JSON.parse(text); } catch { doc = undefined; }
  const r = call('validate', doc !== undefined ? doc : text, opts());
  const fs = r.ok ? findingsOf(r.result) : failureFindings(r.error);
  const fatal = doc === undefined || typeof doc !== 'object' || doc === null || Array.isArray(doc) ||
    fs.some((x) => x.code.startsWith('document.') || x.code === 'planner.library_error');
  if (fatal) {
    state.notice = { text: t('importBroken', fileName), findings: fs.filter((x) => x.severity === 'error').length ? fs.filter((x) => x.severity === 'error') : fs };
    showView('start');
    document.getElementById('notice')?.focus();
    return;
  }
  replaceWork(doc);
  state.notice = { text: t('imported', fileName) };
  showView('start');
}

function restorePrevious() {
  try {
    if (!restoreSlot()) return;
    state.notice = { text: t('restored') };
    validateNow();
    showView('start');
  } catch (e) {
    showNotice(t('error') + e.message);
  }
}

// replaceWork puts b in place of the work and checks it.
function replaceWork(b) {
  replaceBundle(b);
  validateNow();
}
