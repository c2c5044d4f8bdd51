// What-if view: a partner gives notice on a date, and the library says
// which notice period applied to each of its agreements and which actions
// the leaving puts at risk, each once, with the reasons (partnerLeaves).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { call, opts, errorText, findingsOf, label, plans, dateText } from '../library.js';
import { heading } from '../fields.js';
import { renderView, focusPath } from '../nav.js';
import { instOptions } from '../names.js';

export function viewWhatIf() {
  const out = [heading(2, t('whatifTitle'), null), h('p', { class: 'hint' }, t('whatifHint'))];
  const inst = h('select', { id: 'whatif-institution' }, instOptions().map((o) => h('option', { value: o.value }, o.label)));
  const date = h('input', { type: 'date', id: 'whatif-date' });
  date.value = state.whatif?.date || plans().day || '';
  if (state.whatif?.institution) inst.value = state.whatif.institution;
  const form = h('form', { class: 'fields', id: 'whatif-form' },
    h('div', { class: 'field' }, h('label', { for: 'whatif-institution' }, t('whatifInst')), inst),
    h('div', { class: 'field' }, h('label', { for: 'whatif-date' }, t('whatifDate')), date),
    h('button', { type: 'submit', id: 'whatif-run' }, t('run')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const r = call('partnerLeaves', JSON.stringify(state.bundle), inst.value, date.value, opts());
    state.whatif = { institution: inst.value, date: date.value, lang: state.lang, result: r };
    renderView();
    document.getElementById('whatif-result')?.focus();
  });
  out.push(form);
  const w = state.whatif;
  if (w?.result && w.lang !== state.lang) {
    // the answer speaks one language: ask again in the other
    w.result = call('partnerLeaves', JSON.stringify(state.bundle), w.institution, w.date, opts());
    w.lang = state.lang;
  }
  if (w?.result) out.push(result(w.result));
  return out;
}

function result(r) {
  const box = h('section', { id: 'whatif-result', tabindex: -1, 'aria-live': 'polite' });
  if (!r.ok) {
    const fs = findingsOf(r.error);
    box.append(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
    if (fs.length) box.append(h('ul', {}, fs.map((f) => h('li', {}, f.message))));
    return box;
  }
  const w = r.result;
  box.append(heading(3, t('whatifNotices'), null));
  if (!w.notices.length) box.append(h('p', { id: 'whatif-no-notice' }, t('whatifNoNotice')));
  else box.append(h('ul', { id: 'whatif-notices' }, w.notices.map((n) => h('li', {}, n.text))));
  if (w.scenario?.length) box.append(h('ul', { class: 'error' }, w.scenario.map((f) => h('li', {}, f.message))));
  box.append(heading(3, t('whatifLost'), null));
  if (!w.affected.length) box.append(h('p', { id: 'whatif-none' }, t('whatifNone')));
  else {
    box.append(h('ul', { id: 'whatif-lost' }, w.affected.map((a) => h('li', {},
      h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(a.path) }, `${a.place.title}: ${a.place.item}`),
      h('ul', {}, a.reasons.map((f) => h('li', {}, `${dateText(f.date)}: ${f.message}`)))))));
  }
  box.append(h('details', { class: 'whatif-all' }, h('summary', {}, `${t('whatifAll')} ${t('count', w.appeared.length)}`),
    h('p', { class: 'hint' }, t('whatifHorizon', dateText(w.horizon))),
    h('ul', {}, w.appeared.map((f) => h('li', { class: 'sev-' + f.severity },
      h('span', { class: 'sev' }, label('severity', f.severity)), ` ${dateText(f.date)}: ${f.message}`)))));
  return box;
}
