// What-if view: simulate a partner's leaving on a date and show the actions
// that lose their owner or their cover.

import { h, isDate } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { call, opts, errorText, findingsOf } from '../library.js';
import { heading } from '../fields.js';
import { renderView, focusPath } from '../nav.js';
import { instOptions, ipws, asOfDate, plannedEnd } from '../names.js';

export function viewWhatIf() {
  const out = [heading(2, t('whatifTitle'), null), h('p', { class: 'hint' }, t('whatifHint'))];
  const inst = h('select', { id: 'whatif-institution' }, instOptions().map((o) => h('option', { value: o.value }, o.label)));
  const date = h('input', { type: 'date', id: 'whatif-date' });
  date.value = state.whatif?.date || asOfDate();
  if (state.whatif?.institution) inst.value = state.whatif.institution;
  const form = h('form', { class: 'fields', id: 'whatif-form' },
    h('div', { class: 'field' }, h('label', { for: 'whatif-institution' }, t('whatifInst')), inst),
    h('div', { class: 'field' }, h('label', { for: 'whatif-date' }, t('whatifDate')), date),
    h('button', { type: 'submit', id: 'whatif-run' }, t('run')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    state.whatif = { institution: inst.value, date: date.value, result: runWhatIf(inst.value, date.value) };
    renderView();
    document.getElementById('whatif-result')?.focus();
  });
  out.push(form);
  if (state.whatif?.result) out.push(state.whatif.result());
  return out;
}

// LOSS are the findings by which an action loses its owner or its cover.
const LOSS = new Set(['ipw.action_not_covered_by_agreement', 'ipw.action_responsible_not_member']);

function runWhatIf(institution, date) {
  const ends = ipws().map(plannedEnd).filter(isDate);
  let horizon = [date, ...ends].sort().at(-1);
  if (horizon === date) horizon = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  // on_time: everything else goes to plan (actions done on their due dates,
  // reviews and PZK meetings on schedule), so what appears is what the
  // partner's leaving breaks.
  const scenario = { horizon, assume: 'on_time', events: [{ date, type: 'partner_withdraws', institution }] };
  const r = call('simulate', state.bundle, scenario, opts());
  return () => {
    const box = h('section', { id: 'whatif-result', tabindex: -1, 'aria-live': 'polite' });
    if (!r.ok) {
      const fs = findingsOf(r.error);
      box.append(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
      if (fs.length) box.append(h('ul', {}, fs.map((f) => h('li', {}, f.message, ' ', h('code', {}, f.path)))));
      return box;
    }
    const appeared = (r.result?.timeline || []).flatMap((day) => (day.appeared || []).map((f) => ({ ...f, date: day.date })));
    const lost = new Map();
    for (const f of appeared) {
      const m = /^\/ipws\/(\d+)\/actions\/(\d+)/.exec(f.path);
      if (!m || !LOSS.has(f.code)) continue;
      const key = m[0];
      if (!lost.has(key)) lost.set(key, { ipw: ipws()[m[1]], action: ipws()[m[1]]?.actions?.[m[2]], path: key, findings: [] });
      lost.get(key).findings.push(f);
    }
    box.append(heading(3, t('whatifLost'), null));
    if (!lost.size) box.append(h('p', { id: 'whatif-none' }, t('whatifNone')));
    else {
      box.append(h('ul', { id: 'whatif-lost' }, [...lost.values()].map((l) => h('li', {},
        h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(l.path) }, `${l.action?.title || l.path} (${l.ipw?.beneficiary?.pseudonym || l.ipw?.id})`),
        h('ul', {}, l.findings.map((f) => h('li', {}, `${f.date}: ${f.message}`)))))));
    }
    box.append(heading(3, t('whatifAll'), null), h('ul', {}, appeared.map((f) => h('li', { class: 'sev-' + f.severity },
      h('span', { class: 'sev' }, t('sev_' + f.severity)), ` ${f.date}: ${f.message} `, h('code', {}, f.path)))));
    return box;
  };
}

