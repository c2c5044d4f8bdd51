// Print view: one IPW laid out as an A4 document with signature lines.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { heading } from '../fields.js';
import { instName, ipws, memberLabel } from '../names.js';
import { label, plans, dateText } from '../library.js';
import { ipwPicker } from './picker.js';

export function viewPrint() {
  const out = [h('div', { class: 'no-print' }, heading(2, t('v_print'), null), h('p', { class: 'hint' }, t('printHint')), ipwPicker(),
    h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print')))];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const b = state.bundle;
  const members = x.beneficiary?.members || [];
  const who = (r) => (r?.institution !== undefined ? instName(r.institution) : r?.member !== undefined ? memberLabel(members.find((m) => m.id === r.member), members.findIndex((m) => m.id === r.member)) : '');
  const table = (heads, rows) => h('table', {}, h('thead', {}, h('tr', {}, heads.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c ?? ''))))));
  const teamName = (b.teams || []).find((tm) => tm.id === x.team)?.name || x.team;
  const doc = h('article', { class: 'print-doc', id: 'print-doc' },
    h('h1', {}, t('printTitle')),
    h('p', {}, `${label('field', 'municipality')}: ${b.municipality?.name ?? ''} (TERYT ${b.municipality?.teryt ?? ''}) · IPW ${x.id} · ${label('field', 'team')}: ${teamName}`),
    h('p', {}, `${label('field', 'caseWorker')}: ${x.caseWorker?.name ?? ''}, ${instName(x.caseWorker?.institution)}`),
    h('p', {}, `${label('field', 'period')}: ${x.period?.start ?? ''} – ${dateText(plans().plans?.[state.ipw]?.plannedEnd)}`),
    h('h2', {}, `${label('field', 'beneficiary')}: ${x.beneficiary?.pseudonym ?? ''} (${label('beneficiaryKind', x.beneficiary?.kind)})`),
    table([label('field', 'id'), label('field', 'role'), label('field', 'birthYear')], members.map((m) => [m.id, label('memberRole', m.role), m.birthYear])),
    x.qualification ? h('p', {}, `${label('field', 'qualification')}: ${x.qualification.date ?? ''}, ${instName(x.qualification.referredBy) ?? ''}; ${(x.qualification.reasons || []).map((r) => label('reason', r)).join(', ')}`) : null,
    x.consent ? h('p', {}, `${label('field', 'consent')}: ${x.consent.date ?? ''}; ${label('field', 'consent.scope')}: ${(x.consent.scope || []).map(instName).join(', ')}`) : null,
    x.diagnosis ? [h('h2', {}, `${label('field', 'diagnosis')} (${x.diagnosis.date ?? ''})`),
      table([label('field', 'area'), label('field', 'causes'), `${label('field', 'strengths')} / ${label('field', 'weaknesses')}`, `${label('field', 'resources')} / ${label('field', 'deficits')}`, `${label('field', 'expectations')} / ${label('field', 'needs')}`],
        (x.diagnosis.areas || []).map((a) => [label('area', a.area) + (a.problem ? ' *' : ''), a.causes, [a.strengths, a.weaknesses].filter(Boolean).join(' / '),
          [a.resources, a.deficits].filter(Boolean).join(' / '), [a.expectations, a.needs].filter(Boolean).join(' / ')]))] : null,
    h('h2', {}, label('field', 'goals')),
    table([label('field', 'goal'), label('field', 'areas'), label('field', 'measure'), label('field', 'target'), label('field', 'targetDate')],
      (x.goals || []).map((g) => [g.title, (g.areas || []).map((a) => label('area', a)).join(', '), g.measure, g.target, g.targetDate])),
    h('h2', {}, label('field', 'actions')),
    table([label('field', 'action'), label('field', 'goal'), label('field', 'responsible'), label('field', 'start'), label('field', 'due'), label('field', 'status')],
      (x.actions || []).map((a) => [a.title, (x.goals || []).find((g) => g.id === a.goal)?.title ?? a.goal, who(a.responsible), a.start, a.due, label('actionStatus', a.status)])),
    (x.reviews || []).length ? [h('h2', {}, label('field', 'reviews')), table([label('field', 'date'), label('field', 'decision'), label('field', 'notes')], x.reviews.map((r) => [r.date, label('decision', r.decision), r.notes]))] : null,
    h('h2', {}, t('signers')),
    h('div', { class: 'sig-lines' },
      [...members.map((m, i) => memberLabel(m, i)), `${x.caseWorker?.name ?? ''} — ${instName(x.caseWorker?.institution)}`,
        ...[...new Set((x.actions || []).map((a) => a.responsible?.institution).filter((id) => id && id !== x.caseWorker?.institution))].map(instName)]
        .map((name) => h('div', { class: 'sig' }, h('div', { class: 'line' }), h('div', {}, `${name} — ${t('sigLine')}`), h('div', { class: 'line short' }), h('div', {}, t('sigDate'))))));
  out.push(doc);
  return out;
}

