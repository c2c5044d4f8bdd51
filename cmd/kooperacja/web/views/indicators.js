// Indicators view: the library's report of the bundle, labelled.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { call, opts, errorText } from '../library.js';
import { heading } from '../fields.js';
import { instName, serviceName } from '../names.js';

export function viewIndicators() {
  const out = [heading(2, t('indicatorsTitle'), null)];
  const r = call('report', state.bundle, opts());
  if (!r.ok) {
    out.push(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
    return out;
  }
  const ind = r.result?.indicators ?? r.result;
  out.push(h('div', { id: 'indicators' }, showValue(ind)));
  return out;
}

// showValue renders an indicators value: objects as definition lists,
// arrays of objects as tables, rates as percentages; every key is labelled
// in the interface language (indicator keys are the library's JSON names).
function showValue(v, key = '') {
  if (v === null || v === undefined) return h('span', { class: 'null' }, '—');
  if (typeof v === 'number') {
    if (key.endsWith('Rate')) return `${Math.round(v * 1000) / 10} %`;
    return String(Number.isInteger(v) ? v : Math.round(v * 10) / 10);
  }
  if (typeof v !== 'object') return String(v);
  const label = (k) => t('ind_' + k) === 'ind_' + k ? k : t('ind_' + k);
  if (Array.isArray(v)) {
    if (!v.length) return h('span', { class: 'null' }, '—');
    if (typeof v[0] !== 'object') return v.join(', ');
    const keys = [...new Set(v.flatMap(Object.keys))];
    const cell = (row, k) => (k === 'institution' ? instName(row[k]) : k === 'service' ? serviceName(row[k]) : showValue(row[k], k));
    return h('table', {}, h('thead', {}, h('tr', {}, keys.map((k) => h('th', { scope: 'col' }, label(k))))),
      h('tbody', {}, v.map((row) => h('tr', {}, keys.map((k) => h('td', {}, cell(row, k)))))));
  }
  return h('dl', { class: 'values' }, Object.entries(v).flatMap(([k, x]) => [h('dt', {}, label(k)), h('dd', {}, showValue(x, k))]));
}

