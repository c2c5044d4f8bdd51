// The IPW editor: one individual cooperation programme with its family,
// qualification, consent, diagnosis, goals, actions, reviews, signatures
// and closure. Each section is a card that folds away, with a menu of the
// sections above them; the long lists (goals, actions, reviews) fold their
// cards when they grow.

import { h, ptr } from '../dom.js';
import { t } from '../i18n.js';
import { state, get, set, remove } from '../store.js';
import { label, plans, dateText } from '../library.js';
import { fid, heading, field, selectField, checks, boolField, collection, card, holdsFresh } from '../fields.js';
import { renderView } from '../nav.js';
import { instName, instOptions, teamOptions, ipws, ipwLabel, memberLabel, nameOr } from '../names.js';
import { ipwPicker } from './picker.js';
import { documentButton } from '../document.js';

export function viewIpw() {
  const out = [heading(2, t('ipws'), '/ipws'), ipwPicker()];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const p = `/ipws/${state.ipw}`;
  const members = x.beneficiary?.members || [];
  const memberOpts = members.map((m, i) => ({ value: m.id, label: memberLabel(m, i) }));
  const goalOpts = (x.goals || []).map((g, i) => ({ value: g.id, label: nameOr(g.title, 'goal', i) }));
  const team = (state.bundle.teams || []).find((tm) => tm.id === x.team);
  const teamInst = [...new Set((team?.members || []).map((m) => m.institution).filter(Boolean))];
  const teamInstOpts = teamInst.map((id) => ({ value: id, label: instName(id) }));
  const facts = plans();
  const fact = facts.plans?.[state.ipw];
  const section = (title, sp, body, extra) => h('section', { class: 'ipw-section', 'data-section': 'true' }, card(sp, 3, () => title, body, { redraw: renderView, extra }));

  out.push(holdsFresh(h('div', { class: 'ipw-editor card' },
    h('div', { class: 'item-head' }, heading(3, ipwLabel(x, state.ipw), p), documentButton(p),
      h('button', {
        type: 'button', class: 'remove', id: 'remove-ipw', onclick: () => {
          const what = t('removedItem', ipwLabel(x, state.ipw));
          state.ipw = 0;
          remove(p, { label: what, structural: true, announce: true });
        },
      }, t('removeIpw'))),
    fact ? h('p', { class: 'hint', id: 'ipw-status' }, t('ipwStatus', label('status', fact.status), dateText(fact.plannedEnd) || '—')) : null,
    section(t('ipwMain'), p + '/caseWorker', () => [
      field(p + '/id'),
      selectField(p + '/team', teamOptions(), { rerender: true }),
      selectField(p + '/caseWorker/institution', instOptions()),
      field(p + '/caseWorker/name'),
      selectField(p + '/status', 'status'),
    ]),
    section(label('field', 'beneficiary'), p + '/beneficiary', () => [
      selectField(p + '/beneficiary/kind', 'beneficiaryKind', { empty: false }),
      field(p + '/beneficiary/pseudonym'),
      collection(p + '/beneficiary/members', {
        level: 4, add: 'add_hmembers', foldFrom: 1, redraw: renderView,
        itemTitle: (m, i) => memberLabel(m, i),
        render: (mp) => [
          field(mp + '/id'),
          selectField(mp + '/role', 'memberRole', { empty: false }),
          field(mp + '/birthYear', { type: 'number', min: 1900 }),
          field(mp + '/pesel'),
        ],
      }),
    ]),
    section(label('field', 'qualification'), p + '/qualification', () => [
      field(p + '/qualification/date', { type: 'date' }),
      selectField(p + '/qualification/referredBy', instOptions()),
      checks(p + '/qualification/reasons', 'reason', { dropEmpty: true }),
      field(p + '/qualification/notes', { multiline: true, wide: true }),
    ], x.qualification && !x.diagnosis ? documentButton(p + '/qualification') : null),
    section(label('field', 'consent'), p + '/consent', () => [
      field(p + '/consent/date', { type: 'date' }),
      checks(p + '/consent/givenBy', memberOpts),
      checks(p + '/consent/scope', teamInstOpts),
      field(p + '/consent/withdrawn', { type: 'date' }),
    ], x.consent ? documentButton(p + '/consent') : null),
    section(label('field', 'diagnosis'), p + '/diagnosis', () => [
      field(p + '/diagnosis/date', { type: 'date' }),
      checks(p + '/diagnosis/methods', 'method', { dropEmpty: true }),
      collection(p + '/diagnosis/areas', {
        level: 4, add: 'add_areas', foldFrom: 2, redraw: renderView,
        itemTitle: (a, i) => (a.area ? label('area', a.area) : t('itemNo', t('area'), i + 1)),
        render: (ap) => [
          selectField(ap + '/area', 'area', { empty: false }),
          boolField(ap + '/problem'),
          field(ap + '/causes', { multiline: true, wide: true }),
          field(ap + '/strengths', { multiline: true }),
          field(ap + '/weaknesses', { multiline: true }),
          field(ap + '/resources', { multiline: true }),
          field(ap + '/deficits', { multiline: true }),
          field(ap + '/expectations', { multiline: true }),
          field(ap + '/needs', { multiline: true }),
        ],
      }),
    ], x.diagnosis ? documentButton(p + '/diagnosis') : null),
    section(label('field', 'period'), p + '/period', () => [
      field(p + '/period/start', { type: 'date' }),
      field(p + '/period/end', { type: 'date' }),
    ]),
    h('section', { class: 'ipw-section', 'data-section': 'true' },
      collection(p + '/goals', {
        add: 'add_goals', foldFrom: 2, redraw: renderView,
        itemTitle: (g, i) => nameOr(g.title, 'goal', i),
        render: (gp) => [
          field(gp + '/title', { wide: true }),
          field(gp + '/id'),
          checks(gp + '/areas', 'area'),
          field(gp + '/measure'),
          field(gp + '/target'),
          field(gp + '/targetDate', { type: 'date' }),
          selectField(gp + '/outcome', 'outcome'),
        ],
      }),
      collection(p + '/deferredAreas', {
        level: 4, add: 'add_deferredAreas', foldFrom: 1, redraw: renderView,
        itemTitle: (d, i) => (d.area ? label('area', d.area) : t('itemNo', t('deferred'), i + 1)),
        render: (dp) => [
          selectField(dp + '/area', 'area', { empty: false }),
          field(dp + '/reason', { wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section', 'data-section': 'true' },
      collection(p + '/actions', {
        add: 'add_actions', foldFrom: 2, redraw: renderView,
        itemTitle: (a, i) => nameOr(a.title, 'action', i),
        render: (ap) => [
          field(ap + '/title', { wide: true }),
          field(ap + '/id'),
          selectField(ap + '/goal', goalOpts, { empty: false }),
          ownerField(ap + '/responsible', t('responsibleWho'), [[t('institutionsGroup'), 'institution', teamInstOpts], [label('field', 'beneficiary.members'), 'member', memberOpts]]),
          selectField(ap + '/service', (state.bundle.services || []).map((s, i) => ({ value: s.id, label: nameOr(s.name, 'service', i) }))),
          field(ap + '/start', { type: 'date' }),
          field(ap + '/due', { type: 'date' }),
          selectField(ap + '/status', 'actionStatus', { empty: false }),
          field(ap + '/completed', { type: 'date' }),
          field(ap + '/notes', { multiline: true, wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section', 'data-section': 'true' },
      collection(p + '/reviews', {
        add: 'add_reviews', foldFrom: 2, redraw: renderView,
        itemTitle: (r, i) => (r.date ? t('reviewOf', dateText(r.date)) : t('itemNo', t('review'), i + 1)),
        head: (ip) => documentButton(ip),
        render: (rp) => [
          field(rp + '/date', { type: 'date' }),
          selectField(rp + '/decision', 'decision', { empty: false }),
          field(rp + '/newEnd', { type: 'date' }),
          checks(rp + '/participants', teamInstOpts),
          field(rp + '/notes', { multiline: true, wide: true }),
        ],
      }),
      collection(p + '/suspensions', {
        level: 4, add: 'add_suspensions', foldFrom: 1, redraw: renderView,
        itemTitle: (s, i) => (s.from ? t('suspensionFrom', dateText(s.from)) : t('itemNo', t('suspension'), i + 1)),
        render: (sp) => [
          field(sp + '/from', { type: 'date' }),
          field(sp + '/to', { type: 'date' }),
          field(sp + '/reason', { wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section', 'data-section': 'true' },
      collection(p + '/signatures', {
        title: t('signers'), add: 'add_ipwSignatures', foldFrom: 1, redraw: renderView,
        itemTitle: (s, i) => signerLabel(s.signer, members) || t('itemNo', t('signature'), i + 1),
        render: (sp, s) => [
          ownerField(sp + '/signer', t('signerWho'), [[label('field', 'beneficiary.members'), 'member', memberOpts], [t('institutionsGroup'), 'institution', instOptions()]], { keepName: true }),
          s.signer?.institution !== undefined ? field(sp + '/signer/name') : null,
          field(sp + '/date', { type: 'date' }),
        ],
      })),
    section(label('field', 'closure'), p + '/closure', () => [
      field(p + '/closure/date', { type: 'date' }),
      selectField(p + '/closure/reason', 'closureReason'),
      h('fieldset', { class: 'checks group', 'data-path': p + '/closure/goalOutcomes' }, h('legend', {}, label('field', 'goalOutcomes')),
        (x.goals || []).map((g, i) => selectField(ptr(p + '/closure/goalOutcomes', g.id), 'outcome', { label: nameOr(g.title, 'goal', i) }))),
      field(p + '/closure/summary', { multiline: true, wide: true }),
    ], x.closure ? documentButton(p + '/closure') : null)), p));
  return out;
}

// ownerField picks who an item belongs to among groups of choices, each
// [heading, the document's key for it, options]: an action's owner
// ({"institution": id} or {"member": id}) or an IPW's signer. keepName keeps
// a signer's name when the institution changes.
function ownerField(p, labelText, groups, o = {}) {
  const v = get(p) || {};
  const cur = groups.map(([, key]) => (v[key] !== undefined ? `${key}:${v[key]}` : '')).find(Boolean) ?? '';
  const sel = h('select', { id: fid(p), 'data-path': p }, h('option', { value: '' }, t('none')),
    groups.map(([title, key, opts]) => h('optgroup', { label: title }, opts.map((x) => h('option', { value: `${key}:${x.value}` }, x.label)))));
  if (cur && ![...sel.options].some((x) => x.value === cur)) sel.append(h('option', { value: cur }, cur.split(':').slice(1).join(':')));
  sel.value = cur;
  sel.addEventListener('change', () => {
    const [key, ...rest] = sel.value.split(':');
    const meta = { label: t('editedField', labelText), structural: true };
    if (!sel.value) {
      remove(p, meta);
      return;
    }
    const next = { [key]: rest.join(':') };
    if (o.keepName && key === groups[1][1] && get(p)?.name !== undefined) next.name = get(p).name;
    set(p, next, meta);
  });
  return h('div', { class: 'field' }, h('label', { for: fid(p) }, labelText), sel);
}

function signerLabel(s, members) {
  if (!s) return '';
  if (s.member !== undefined) {
    const i = members.findIndex((m) => m.id === s.member);
    return t('signatureOf', memberLabel(members[i], i));
  }
  if (s.institution !== undefined) return t('signatureOf', `${instName(s.institution)}${s.name ? ' — ' + s.name : ''}`);
  return '';
}
