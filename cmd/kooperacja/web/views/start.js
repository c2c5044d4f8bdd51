// Start view: a new bundle (with the variant the library suggests), opening
// a file (after showing what it holds when work is open), and the current
// bundle's municipality. Earlier work is restored from the versions view.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { call, opts, options, label, diff } from '../library.js';
import { currentStage } from '../findings.js';
import { focusPath } from '../nav.js';
import { heading, field, selectField } from '../fields.js';
import { showView, showNotice } from '../nav.js';
import { previewFile } from '../preview.js';
import { replaceAsked, summarize } from '../work.js';

export function viewStart() {
  const out = [heading(2, t('startTitle'), '')];
  if (state.notice) {
    const n = h('div', { class: 'notice', role: 'alert', id: 'notice' }, h('p', {}, state.notice.text));
    if (state.notice.findings?.length) {
      n.append(h('ul', { class: 'import-findings' }, state.notice.findings.map((f) =>
        h('li', { class: 'sev-' + f.severity }, h('span', { class: 'sev' }, label('severity', f.severity)), ' ', f.message))));
    }
    out.push(n);
  }

  // a new bundle
  const form = h('form', { class: 'new-bundle', id: 'new-bundle' });
  const teryt = h('input', { id: 'new-teryt', inputmode: 'numeric', autocomplete: 'off', maxlength: 7 });
  const name = h('input', { id: 'new-name', autocomplete: 'off' });
  const pop = h('input', { id: 'new-population', type: 'number', min: 0 });
  const variant = h('select', { id: 'new-variant' }, options('variant').map((x) => h('option', { value: x.value }, `${x.label} — ${label('variantDescription', x.value)}`)));
  const hint = h('p', { id: 'new-hint', class: 'hint', 'aria-live': 'polite' });
  let touched = false;
  variant.addEventListener('change', () => { touched = true; });
  const suggest = () => {
    const s = suggestVariant(teryt.value.trim(), pop.value);
    hint.textContent = s.message;
    if (s.variant && !touched) variant.value = s.variant;
  };
  for (const el of [teryt, name, pop]) el.addEventListener('input', suggest);
  form.append(
    heading(3, t('newBundle'), null),
    h('div', { class: 'fields' },
      h('div', { class: 'field' }, h('label', { for: 'new-teryt' }, label('field', 'municipality.teryt')), teryt),
      h('div', { class: 'field' }, h('label', { for: 'new-name' }, label('field', 'municipality.name')), name),
      h('div', { class: 'field' }, h('label', { for: 'new-population' }, label('field', 'population')), pop),
      h('div', { class: 'field' }, h('label', { for: 'new-variant' }, t('suggested')), variant)),
    hint,
    h('button', { type: 'submit', id: 'create-bundle' }, t('create')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const m = { teryt: teryt.value.trim(), name: name.value.trim() };
    if (pop.value !== '') m.population = Number(pop.value);
    const doc = { schemaVersion: '1', variant: variant.value, municipality: m, institutions: [], services: [], teams: [], agreements: [], ipws: [], stages: [] };
    const p = { reason: 'new', title: t('previewNewTitle'), doc, summary: summarize(doc), current: state.bundle && summarize(state.bundle) };
    if (!(await replaceAsked(p, t('newBundleChange'), ''))) return;
    state.notice = null;
    showView('institutions');
  });
  out.push(form);

  // open a file, restore earlier work
  const file = h('input', { type: 'file', id: 'open-file', accept: '.json,application/json' });
  file.addEventListener('change', () => { if (file.files[0]) importFile(file.files[0]); file.value = ''; });
  const files = h('section', { class: 'files' }, heading(3, t('openFile'), null),
    h('div', { class: 'field' }, h('label', { for: 'open-file' }, t('openFile')), file));
  out.push(files);

  if (state.bundle) {
    out.push(nextSteps());
    out.push(h('section', { class: 'current' }, heading(3, t('currentBundle'), null),
      h('div', { class: 'fields' },
        field('/municipality/teryt'),
        field('/municipality/name'),
        field('/municipality/population', { type: 'number', min: 0 }),
        selectField('/variant', 'variant', { empty: false }),
        field('/asOf', { type: 'date', hint: t('asOfHint') }))));
  }
  return out;
}

// nextSteps says what to do next, in the order of the variant's
// implementation stages: what the current stage still lacks, from the
// library's checklist, then the stages after it.
function nextSteps() {
  const s = currentStage();
  const box = h('section', { class: 'next-steps', id: 'next-steps' }, heading(3, t('nextSteps'), null));
  if (!s) return box;
  if (!s.current) {
    box.append(h('p', {}, t('nextStepsDone')));
    return box;
  }
  box.append(h('p', {}, t('nextStepsIntro', label('stage', s.current))),
    h('ol', { class: 'checklist', id: 'next-steps-list' }, (s.missing || []).map((m) => {
      const text = state.lang === 'en' ? m.messageEn : m.messagePl;
      return h('li', {}, m.path ? h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(m.path) }, text) : text);
    })));
  const at = (s.stages || []).indexOf(s.current);
  const after = (s.stages || []).slice(at + 1);
  if (after.length) {
    box.append(h('p', {}, t('nextStepsAfter')),
      h('ol', { class: 'stages-after', start: at + 2 }, after.map((st) => h('li', {}, label('stage', st)))));
  }
  return box;
}

// suggestVariant asks the library which variant the TERYT code and
// population suggest, or what to do when they cannot tell.
function suggestVariant(teryt, population) {
  if (teryt === '') return { message: t('terytHint') };
  const m = { teryt };
  if (population !== '') m.population = Number(population);
  const r = call('variant', m, opts());
  if (!r.ok) return { message: t('unavailable') + (r.error?.message ?? '') };
  if (!r.result.variant) return { message: r.result.message ?? '' };
  return { variant: r.result.variant, message: t('suggestedIs', label('variant', r.result.variant)) };
}

function importFile(f) {
  f.text().then((text) => importText(f.name, text), (e) => showNotice(t('error') + e.message));
}

// importText opens a file unless it cannot be read as a bundle at all (bad
// JSON, too large or deep, an unsupported version): then it shows the file's
// findings and leaves the current work as it was. Over open work it first
// shows what the file holds and asks. Until it has finished (the work kept
// as a version, the start view drawn with its notice and focused) the view is
// aria-busy.
async function importText(fileName, text) {
  const view = document.getElementById('view');
  view.setAttribute('aria-busy', 'true');
  try {
    await openText(fileName, text);
  } finally {
    view.removeAttribute('aria-busy');
  }
}

async function openText(fileName, text) {
  const lib = { validate: (doc) => call('validate', doc, opts()), diff };
  const p = await previewFile(fileName, text, state.bundle, lib);
  if (p.fatal) {
    const errs = p.findings.filter((x) => x.severity === 'error');
    state.notice = { text: t('importBroken', fileName), findings: errs.length ? errs : p.findings };
    showView('start');
    document.getElementById('notice')?.focus();
    return;
  }
  if (!(await replaceAsked({ ...p, title: t('previewTitle', fileName) }, t('openedFile', fileName), fileName))) return;
  state.notice = { text: t('imported', fileName) };
  showView('start');
}
