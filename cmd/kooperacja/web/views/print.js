// Print view: one IPW laid out as an A4 document with signature lines.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { heading } from '../fields.js';
import { instName, ipws, memberLabel, plannedEnd } from '../names.js';
import { ipwPicker } from './picker.js';

export function viewPrint() {
  const out = [h('div', { class: 'no-print' }, heading(2, t('v_print'), null), h('p', { class: 'hint' }, t('printHint')), ipwPicker(),
    h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print')))];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const b = state.bundle;
  const members = x.beneficiary?.members || [];
  const who = (r) => (r?.institution !== undefined ? instName(r.institution) : r?.member !== undefined ? memberLabel(members.find((m) => m.id === r.member) || { id: r.member }) : '');
  const table = (heads, rows) => h('table', {}, h('thead', {}, h('tr', {}, heads.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c ?? ''))))));
  const teamName = (b.teams || []).find((tm) => tm.id === x.team)?.name || x.team;
  const doc = h('article', { class: 'print-doc', id: 'print-doc' },
    h('h1', {}, t('printTitle')),
    h('p', {}, `${t('municipality')}: ${b.municipality?.name ?? ''} (TERYT ${b.municipality?.teryt ?? ''}) · IPW ${x.id} · ${t('team')}: ${teamName}`),
    h('p', {}, `${t('caseWorker')}: ${x.caseWorker?.name ?? ''}, ${instName(x.caseWorker?.institution)}`),
    h('p', {}, `${t('period')}: ${x.period?.start ?? ''} – ${plannedEnd(x) ?? ''}`),
    h('h2', {}, `${t('beneficiary')}: ${x.beneficiary?.pseudonym ?? ''} (${t.enum('beneficiaryKind', x.beneficiary?.kind)})`),
    table([t('id'), t('role'), t('birthYear')], members.map((m) => [m.id, t.enum('memberRole', m.role), m.birthYear])),
    x.qualification ? h('p', {}, `${t('qualification')}: ${x.qualification.date ?? ''}, ${instName(x.qualification.referredBy) ?? ''}; ${(x.qualification.reasons || []).map((r) => t.enum('qualificationReason', r)).join(', ')}`) : null,
    x.consent ? h('p', {}, `${t('consent')}: ${x.consent.date ?? ''}; ${t('consentScope')}: ${(x.consent.scope || []).map(instName).join(', ')}`) : null,
    x.diagnosis ? [h('h2', {}, `${t('diagnosis')} (${x.diagnosis.date ?? ''})`),
      table([t('area'), t('causes'), `${t('strengths')} / ${t('weaknesses')}`, `${t('resources')} / ${t('deficits')}`, `${t('expectations')} / ${t('needs')}`],
        (x.diagnosis.areas || []).map((a) => [t.enum('diagnosisArea', a.area) + (a.problem ? ' *' : ''), a.causes, [a.strengths, a.weaknesses].filter(Boolean).join(' / '),
          [a.resources, a.deficits].filter(Boolean).join(' / '), [a.expectations, a.needs].filter(Boolean).join(' / ')]))] : null,
    h('h2', {}, t('goals')),
    table([t('goal'), t('areas'), t('measure'), t('target'), t('targetDate')],
      (x.goals || []).map((g) => [g.title, (g.areas || []).map((a) => t.enum('diagnosisArea', a)).join(', '), g.measure, g.target, g.targetDate])),
    h('h2', {}, t('actions')),
    table([t('action'), t('goal'), t('responsible'), t('start'), t('due'), t('status')],
      (x.actions || []).map((a) => [a.title, (x.goals || []).find((g) => g.id === a.goal)?.title ?? a.goal, who(a.responsible), a.start, a.due, t.enum('actionStatus', a.status)])),
    (x.reviews || []).length ? [h('h2', {}, t('reviews')), table([t('date'), t('decision'), t('notes')], x.reviews.map((r) => [r.date, t.enum('reviewDecision', r.decision), r.notes]))] : null,
    h('h2', {}, t('ipwSignatures')),
    h('div', { class: 'sig-lines' },
      [...members.map((m) => memberLabel(m)), `${x.caseWorker?.name ?? ''} — ${instName(x.caseWorker?.institution)}`,
        ...[...new Set((x.actions || []).map((a) => a.responsible?.institution).filter((id) => id && id !== x.caseWorker?.institution))].map(instName)]
        .map((name) => h('div', { class: 'sig' }, h('div', { class: 'line' }), h('div', {}, `${name} — ${t('sigLine')}`), h('div', { class: 'line short' }), h('div', {}, t('sigDate'))))));
  out.push(doc);
  return out;
}

