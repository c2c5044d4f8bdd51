// Indicators view: the library's report of the bundle as charts (IPWs by
// status and outcome, actions on time and late, the workload of each
// institution against the places of its services, the use of each
// service, the stages over time) and, under them, as tables.

import { h, dayNumber, isDate } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { call, opts, errorText, label, values, dateText, monthText, intText, percentText, decimalText, plans } from '../library.js';
import { heading } from '../fields.js';
import { currentStage } from '../findings.js';
import { bars, spans } from '../charts.js';
import { instName, serviceName } from '../names.js';

// camel writes a value of a closed set as the report's keys are written
// ("in_progress" → "inProgress").
const camel = (v) => v.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

export function viewIndicators() {
  const out = [heading(2, t('indicatorsTitle'), null)];
  const r = call('report', JSON.stringify(state.bundle), opts());
  if (!r.ok) {
    out.push(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
    return out;
  }
  const ind = r.result?.indicators ?? r.result;
  out.push(h('p', { class: 'hint' }, t('chartsNote')), h('div', { id: 'charts', class: 'charts' }, charts(ind)));
  out.push(h('div', { id: 'indicators' }, showValue(ind)));
  return out;
}

function charts(ind) {
  const out = [];
  out.push(bars(values('status').map((v) => ({ label: label('status', v), value: ind.ipw?.[camel(v)] ?? 0, key: v })),
    { id: 'chart-status', caption: t('ch_status') }));
  const closed = ind.ipw?.closed ?? 0;
  const won = ind.ipw?.succeeded ?? 0;
  out.push(bars([{ label: t('ch_succeeded'), value: won }, { label: t('ch_notSucceeded'), value: closed - won, cls: 'muted' }],
    { id: 'chart-outcome', caption: t('ch_outcome') }));
  const a = ind.actions ?? {};
  out.push(bars([
    { label: t('ch_onTime'), value: a.doneOnTime ?? 0 },
    { label: t('ch_late'), value: (a.done ?? 0) - (a.doneOnTime ?? 0), cls: 'late' },
    { label: t('ch_open'), value: (a.total ?? 0) - (a.done ?? 0), cls: 'muted' },
  ], { id: 'chart-actions', caption: t('ch_actions') }));

  // the workload: each institution's busiest month, against the places its
  // services offer in a month (the report's capacity)
  const peak = new Map();
  const places = new Map();
  for (const w of ind.workload ?? []) {
    peak.set(w.institution, Math.max(peak.get(w.institution) ?? 0, w.open));
    if (w.capacity != null) places.set(w.institution, w.capacity);
  }
  if (peak.size) {
    out.push(bars([...peak].map(([id, n]) => ({ label: instName(id), value: n, limit: places.get(id) })),
      { id: 'chart-workload', caption: t('ch_workload'), limitLabel: t('ch_capacity'), legend: `▮ ${t('ch_peak')} · ┃ ${t('ch_capacity')}` }));
  }
  const use = new Map();
  for (const u of ind.serviceUse ?? []) {
    const cur = use.get(u.service) ?? { used: 0, capacity: u.capacity };
    use.set(u.service, { used: Math.max(cur.used, u.used), capacity: u.capacity ?? cur.capacity });
  }
  if (use.size) {
    out.push(bars([...use].map(([id, u]) => ({ label: serviceName(id), value: u.used, limit: u.capacity ?? undefined })),
      { id: 'chart-services', caption: t('ch_service'), limitLabel: t('ch_serviceCapacity'), legend: `▮ ${t('ch_used')} · ┃ ${t('ch_serviceCapacity')}` }));
  }
  out.push(stagesChart());
  return out;
}

// stagesChart draws the recorded stages on a calendar, in the order of the
// variant's stages: from the start to the completion, or to the day
// evaluated at while a stage goes on.
function stagesChart() {
  const order = currentStage()?.stages ?? [];
  const day = plans().day;
  const rows = [];
  for (const st of order) {
    const rec = (state.bundle.stages ?? []).find((x) => x.stage === st && (isDate(x.started) || isDate(x.completed)));
    if (!rec) continue;
    const from = isDate(rec.started) ? rec.started : rec.completed;
    const to = isDate(rec.completed) ? rec.completed : day;
    if (!isDate(to) || dayNumber(to) < dayNumber(from)) continue;
    rows.push({
      label: label('stage', st), from: dayNumber(from), to: dayNumber(to), open: !isDate(rec.completed),
      text: `${dateText(from)} – ${isDate(rec.completed) ? dateText(rec.completed) : '…'}`, fromDate: from, toDate: to,
    });
  }
  if (!rows.length) return h('figure', { class: 'chart-figure', id: 'chart-stages' }, h('figcaption', {}, t('ch_stages')), h('p', {}, t('ch_noStages')));
  const first = rows.reduce((m, r) => (r.from < m.from ? r : m), rows[0]);
  const last = rows.reduce((m, r) => (r.to > m.to ? r : m), rows[0]);
  return spans(rows, { id: 'chart-stages', caption: t('ch_stages'), fromText: dateText(first.fromDate), toText: dateText(last.toDate) });
}

// showValue renders an indicators value: objects as definition lists,
// arrays of objects as tables, rates as percentages; every key is labelled
// in the interface language (indicator keys are the library's JSON names;
// the IPWs' statuses by the glossary).
function showValue(v, key = '') {
  if (v === null || v === undefined) return h('span', { class: 'null' }, '—');
  if (typeof v === 'number') {
    if (key.endsWith('Rate')) return percentText(v);
    return Number.isInteger(v) ? intText(v) : decimalText(v);
  }
  if (typeof v !== 'object') return String(v);
  const statusOf = new Map(values('status').map((s) => [camel(s), s]));
  const name = (k) => (statusOf.has(k) ? label('status', statusOf.get(k)) : t('ind_' + k) === 'ind_' + k ? k : t('ind_' + k));
  if (Array.isArray(v)) {
    if (!v.length) return h('span', { class: 'null' }, '—');
    if (typeof v[0] !== 'object') return v.join(', ');
    const keys = [...new Set(v.flatMap(Object.keys))];
    const cell = (row, k) => (k === 'institution' ? instName(row[k]) : k === 'service' ? serviceName(row[k]) : k === 'month' ? monthText(row[k]) : showValue(row[k], k));
    return h('table', {}, h('thead', {}, h('tr', {}, keys.map((k) => h('th', { scope: 'col' }, name(k))))),
      h('tbody', {}, v.map((row) => h('tr', {}, keys.map((k) => h('td', {}, cell(row, k)))))));
  }
  return h('dl', { class: 'values' }, Object.entries(v).flatMap(([k, x]) => [h('dt', {}, name(k)), h('dd', {}, showValue(x, k))]));
}
