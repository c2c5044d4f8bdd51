// Print view: one IPW laid out as an A4 document with signature lines for
// the ones who sign it, as the library names them (the adults of the
// family, never a child, and the institutions of the programme). Dates are
// written as the library writes them and never wrap; each page has its
// number (style.css, @page), and a legend closes the document.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { heading } from '../fields.js';
import { instName, ipws, ipwLabel, memberLabel } from '../names.js';
import { label, plans, dateText } from '../library.js';
import { ipwPicker } from './picker.js';

// day is a date as the library writes it, kept on one line.
const day = (d) => (d ? h('span', { class: 'd' }, dateText(d)) : '');

export function viewPrint() {
  const out = [h('div', { class: 'no-print' }, heading(2, t('v_print'), null), h('p', { class: 'hint' }, t('printHint')), ipwPicker(),
    h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print')))];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const b = state.bundle;
  const facts = plans().plans?.[state.ipw] ?? {};
  const members = x.beneficiary?.members || [];
  const memberAt = (id) => members.findIndex((m) => m.id === id);
  const member = (id) => memberLabel(members[memberAt(id)], memberAt(id));
  const who = (r) => (r?.institution !== undefined ? instName(r.institution) : r?.member !== undefined ? `${t('familyOwns')}: ${member(r.member)}` : '');
  const table = (heads, rows) => h('table', {}, h('thead', {}, h('tr', {}, heads.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c ?? ''))))));
  const teamName = (b.teams || []).find((tm) => tm.id === x.team)?.name ?? '';
  const place = b.municipality?.name ?? '';
  const doc = h('article', { class: 'print-doc', id: 'print-doc' },
    h('h1', {}, t('printTitle')),
    h('p', { class: 'subtitle' }, ipwLabel(x, state.ipw)),
    h('p', {}, `${label('field', 'municipality')}: ${place} (TERYT ${b.municipality?.teryt ?? ''}) · ${label('field', 'team')}: ${teamName}`),
    h('p', {}, `${label('field', 'caseWorker')}: ${x.caseWorker?.name ?? ''}, ${instName(x.caseWorker?.institution)}`),
    h('p', {}, `${label('field', 'period')}: `, day(x.period?.start), ' – ', day(facts.plannedEnd)),
    h('h2', {}, `${label('field', 'beneficiary')}: ${x.beneficiary?.pseudonym ?? ''} (${label('beneficiaryKind', x.beneficiary?.kind)})`),
    table([t('no'), label('field', 'role'), label('field', 'birthYear')], members.map((m, i) => [String(i + 1), label('memberRole', m.role), m.birthYear])),
    x.qualification ? h('p', {}, `${label('field', 'qualification')}: `, day(x.qualification.date),
      `, ${instName(x.qualification.referredBy) ?? ''}; ${(x.qualification.reasons || []).map((r) => label('reason', r)).join(', ')}`) : null,
    x.consent ? h('p', {}, `${label('field', 'consent')}: `, day(x.consent.date), `; ${label('field', 'consent.scope')}: ${(x.consent.scope || []).map(instName).join(', ')}`) : null,
    x.diagnosis ? [h('h2', {}, `${label('field', 'diagnosis')} (`, day(x.diagnosis.date), ')'),
      table([label('field', 'area'), label('field', 'causes'), `${label('field', 'strengths')} / ${label('field', 'weaknesses')}`, `${label('field', 'resources')} / ${label('field', 'deficits')}`, `${label('field', 'expectations')} / ${label('field', 'needs')}`],
        (x.diagnosis.areas || []).map((a) => [label('area', a.area) + (a.problem ? ' *' : ''), a.causes, [a.strengths, a.weaknesses].filter(Boolean).join(' / '),
          [a.resources, a.deficits].filter(Boolean).join(' / '), [a.expectations, a.needs].filter(Boolean).join(' / ')]))] : null,
    h('h2', {}, label('field', 'goals')),
    table([label('field', 'goal'), label('field', 'areas'), label('field', 'measure'), label('field', 'target'), label('field', 'targetDate')],
      (x.goals || []).map((g) => [g.title, (g.areas || []).map((a) => label('area', a)).join(', '), g.measure, g.target, day(g.targetDate)])),
    h('h2', {}, label('field', 'actions')),
    table([label('field', 'action'), label('field', 'goal'), label('field', 'responsible'), label('field', 'start'), label('field', 'due'), label('field', 'status')],
      (x.actions || []).map((a) => [a.title, (x.goals || []).find((g) => g.id === a.goal)?.title ?? '', who(a.responsible), day(a.start), day(a.due), label('actionStatus', a.status)])),
    (x.reviews || []).length ? [h('h2', {}, label('field', 'reviews')),
      table([label('field', 'date'), label('field', 'decision'), label('field', 'notes')], x.reviews.map((r) => [day(r.date), label('decision', r.decision), r.notes]))] : null,
    h('h2', {}, t('signers')),
    h('div', { class: 'sig-lines' }, (facts.signers || []).map((s) => signatureLine(s, member, place))),
    h('h2', {}, t('legend')),
    h('ul', { class: 'legend' }, h('li', {}, t('legendProblem')), h('li', {}, t('legendSigners')), h('li', {}, t('legendIpw', label('field', 'responsible')))));
  out.push(doc);
  return out;
}

// signatureLine is the line one signer signs on: who, the line, and the
// place and date of signing (the date when the signature is recorded).
function signatureLine(s, member, place) {
  const sg = s.signer ?? {};
  const who = sg.member !== undefined ? `${t('familyOwns')}: ${member(sg.member)}`
    : [instName(sg.institution), sg.name].filter(Boolean).join(' — ');
  return h('div', { class: 'sig', 'data-signer': sg.member !== undefined ? 'member' : 'institution' },
    h('div', { class: 'who' }, who),
    h('div', { class: 'line' }), h('div', { class: 'cap' }, t('sigLine')),
    h('div', { class: 'line short' }, s.date ? [place, ', ', day(s.date)] : ''), h('div', { class: 'cap' }, t('sigPlaceDate')));
}
