// The IPW editor: one individual cooperation programme with its family,
// qualification, consent, diagnosis, goals, actions, reviews, signatures
// and closure.

import { h, ptr, nextId } from '../dom.js';
import { t } from '../i18n.js';
import { state, get, set, remove } from '../store.js';
import { enumOptions, enumValues } from '../library.js';
import { fid, heading, field, selectField, checks, boolField, collection } from '../fields.js';
import { instName, instOptions, teamOptions, ipws, ipwLabel, memberLabel, asOfDate } from '../names.js';
import { ipwPicker } from './picker.js';

export function viewIpw() {
  const out = [heading(2, t('ipws'), '/ipws'), ipwPicker()];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const p = `/ipws/${state.ipw}`;
  const members = x.beneficiary?.members || [];
  const memberOpts = members.map((m) => ({ value: m.id, label: memberLabel(m) }));
  const goalOpts = (x.goals || []).map((g) => ({ value: g.id, label: g.title || g.id }));
  const team = (state.bundle.teams || []).find((tm) => tm.id === x.team);
  const teamInst = [...new Set((team?.members || []).map((m) => m.institution).filter(Boolean))];
  const teamInstOpts = teamInst.map((id) => ({ value: id, label: instName(id) }));
  const section = (title, sp, ...body) => h('section', { class: 'ipw-section' }, heading(3, title, sp), h('div', { class: 'fields' }, body));

  out.push(h('div', { class: 'ipw-editor' },
    h('div', { class: 'item-head' }, heading(3, ipwLabel(x, state.ipw), p),
      h('button', { type: 'button', class: 'remove', onclick: () => {
        const label = t('removedItem', ipwLabel(x, state.ipw));
        state.ipw = 0;
        remove(p, { label, structural: true, announce: true });
      } }, t('removeIpw'))),
    h('div', { class: 'fields' },
      field(p + '/id', t('id')),
      selectField(p + '/team', t('team'), teamOptions(), { rerender: true }),
      selectField(p + '/caseWorker/institution', t('cwInstitution'), instOptions()),
      field(p + '/caseWorker/name', t('cwName')),
      selectField(p + '/status', t('storedStatus'), enumOptions('ipwStatus'))),
    section(t('beneficiary'), p + '/beneficiary',
      selectField(p + '/beneficiary/kind', t('kind'), enumOptions('beneficiaryKind'), { empty: false }),
      field(p + '/beneficiary/pseudonym', t('pseudonym')),
      collection(p + '/beneficiary/members', t('household'), {
        level: 4,
        addLabel: t('hmember'),
        itemTitle: (m, i) => (m.id ? memberLabel(m) : `${t('hmember')} ${i + 1}`),
        make: (arr) => ({ id: nextId('m', arr), role: 'child', birthYear: Number(asOfDate().slice(0, 4)) - 10 }),
        render: (mp) => [
          field(mp + '/id', t('id')),
          selectField(mp + '/role', t('role'), enumOptions('memberRole'), { empty: false }),
          field(mp + '/birthYear', t('birthYear'), { type: 'number' }),
          field(mp + '/pesel', t('pesel')),
        ],
      })),
    section(t('qualification'), p + '/qualification',
      field(p + '/qualification/date', t('date'), { type: 'date' }),
      selectField(p + '/qualification/referredBy', t('referredBy'), instOptions()),
      checks(p + '/qualification/reasons', t('reasons'), enumOptions('qualificationReason'), { dropEmpty: true }),
      field(p + '/qualification/notes', t('notes'), { multiline: true, wide: true })),
    section(t('consent'), p + '/consent',
      field(p + '/consent/date', t('date'), { type: 'date' }),
      checks(p + '/consent/givenBy', t('givenBy'), memberOpts),
      checks(p + '/consent/scope', t('consentScope'), teamInstOpts),
      field(p + '/consent/withdrawn', t('withdrawn'), { type: 'date' })),
    section(t('diagnosis'), p + '/diagnosis',
      field(p + '/diagnosis/date', t('date'), { type: 'date' }),
      checks(p + '/diagnosis/methods', t('methods'), enumOptions('diagnosisMethod'), { dropEmpty: true }),
      collection(p + '/diagnosis/areas', t('areas'), {
        level: 4,
        addLabel: t('area'),
        itemTitle: (a, i) => (a.area ? t.enum('diagnosisArea', a.area) : `${t('area')} ${i + 1}`),
        make: (arr) => ({ area: enumValues('diagnosisArea').find((v) => !arr.some((a) => a.area === v)) || 'other', problem: true }),
        render: (ap) => [
          selectField(ap + '/area', t('area'), enumOptions('diagnosisArea'), { empty: false }),
          boolField(ap + '/problem', t('problem')),
          field(ap + '/causes', t('causes'), { multiline: true, wide: true }),
          field(ap + '/strengths', t('strengths'), { multiline: true }),
          field(ap + '/weaknesses', t('weaknesses'), { multiline: true }),
          field(ap + '/resources', t('resources'), { multiline: true }),
          field(ap + '/deficits', t('deficits'), { multiline: true }),
          field(ap + '/expectations', t('expectations'), { multiline: true }),
          field(ap + '/needs', t('needs'), { multiline: true }),
        ],
      })),
    section(t('period'), p + '/period',
      field(p + '/period/start', t('start'), { type: 'date' }),
      field(p + '/period/end', t('end'), { type: 'date' })),
    h('section', { class: 'ipw-section' },
      collection(p + '/goals', t('goals'), {
        level: 3,
        addLabel: t('goal'),
        itemTitle: (g, i) => g.title || `${t('goal')} ${i + 1}`,
        make: (arr) => ({ id: nextId('g', arr), title: '', areas: [] }),
        render: (gp) => [
          field(gp + '/title', t('goalTitle'), { wide: true }),
          field(gp + '/id', t('id')),
          checks(gp + '/areas', t('areas'), enumOptions('diagnosisArea')),
          field(gp + '/measure', t('measure')),
          field(gp + '/target', t('target')),
          field(gp + '/targetDate', t('targetDate'), { type: 'date' }),
          selectField(gp + '/outcome', t('outcome'), enumOptions('goalOutcome')),
        ],
      }),
      collection(p + '/deferredAreas', t('deferredAreas'), {
        level: 4,
        addLabel: t('deferred'),
        itemTitle: (d, i) => (d.area ? t.enum('diagnosisArea', d.area) : `${t('deferred')} ${i + 1}`),
        make: () => ({ area: 'other', reason: '' }),
        render: (dp) => [
          selectField(dp + '/area', t('area'), enumOptions('diagnosisArea'), { empty: false }),
          field(dp + '/reason', t('reason'), { wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section' },
      collection(p + '/actions', t('actions'), {
        level: 3,
        addLabel: t('action'),
        itemTitle: (a, i) => a.title || `${t('action')} ${i + 1}`,
        make: (arr) => ({
          id: nextId('a', arr), goal: x.goals?.[0]?.id ?? '', title: '',
          responsible: teamInst[0] ? { institution: teamInst[0] } : { member: members[0]?.id ?? '' },
          start: x.period?.start || asOfDate(), due: x.period?.end || asOfDate(), status: 'planned',
        }),
        render: (ap) => [
          field(ap + '/title', t('actionTitle'), { wide: true }),
          field(ap + '/id', t('id')),
          selectField(ap + '/goal', t('goal'), goalOpts),
          responsibleField(ap + '/responsible', teamInstOpts, memberOpts),
          selectField(ap + '/service', t('service'), (state.bundle.services || []).map((s) => ({ value: s.id, label: s.name || s.id }))),
          field(ap + '/start', t('start'), { type: 'date' }),
          field(ap + '/due', t('due'), { type: 'date' }),
          selectField(ap + '/status', t('status'), enumOptions('actionStatus'), { empty: false }),
          field(ap + '/completed', t('completed'), { type: 'date' }),
          field(ap + '/notes', t('notes'), { multiline: true, wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section' },
      collection(p + '/reviews', t('reviews'), {
        level: 3,
        addLabel: t('review'),
        itemTitle: (r, i) => `${t('review')} ${r.date || i + 1}`,
        make: () => ({ date: asOfDate(), participants: [], decision: 'continue' }),
        render: (rp, r) => [
          field(rp + '/date', t('date'), { type: 'date' }),
          selectField(rp + '/decision', t('decision'), enumOptions('reviewDecision'), { empty: false, rerender: true }),
          r.decision === 'extend' ? field(rp + '/newEnd', t('newEnd'), { type: 'date' }) : null,
          checks(rp + '/participants', t('participants'), teamInstOpts),
          field(rp + '/notes', t('notes'), { multiline: true, wide: true }),
        ],
      }),
      collection(p + '/suspensions', t('suspensions'), {
        level: 4,
        addLabel: t('suspension'),
        itemTitle: (s, i) => `${t('suspension')} ${s.from || i + 1}`,
        make: () => ({ from: asOfDate() }),
        render: (sp) => [
          field(sp + '/from', t('from'), { type: 'date' }),
          field(sp + '/to', t('to'), { type: 'date' }),
          field(sp + '/reason', t('reason'), { wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section' },
      collection(p + '/signatures', t('ipwSignatures'), {
        level: 3,
        addLabel: t('signature'),
        itemTitle: (s, i) => signerLabel(s.signer, members) || `${t('signature')} ${i + 1}`,
        make: () => ({ signer: { member: members[0]?.id ?? '' }, date: asOfDate() }),
        render: (sp, s) => [
          signerField(sp + '/signer', s.signer, instOptions(), memberOpts),
          s.signer?.institution !== undefined ? field(sp + '/signer/name', t('signerName')) : null,
          field(sp + '/date', t('date'), { type: 'date' }),
        ],
      })),
    section(t('closure'), p + '/closure',
      field(p + '/closure/date', t('date'), { type: 'date' }),
      selectField(p + '/closure/reason', t('reason'), enumOptions('closureReason')),
      h('fieldset', { class: 'checks group', 'data-path': p + '/closure/goalOutcomes' }, h('legend', {}, t('goalOutcomes')),
        (x.goals || []).map((g) => selectField(ptr(p + '/closure/goalOutcomes', g.id), g.title || g.id, enumOptions('goalOutcome')))),
      field(p + '/closure/summary', t('summaryText'), { multiline: true, wide: true }))));
  return out;
}

// responsibleField picks the owner of an action: an institution of the team
// or a member of the family ({"institution": id} or {"member": id}).
function responsibleField(p, instOpts, memberOpts) {
  const v = get(p);
  const cur = v?.institution !== undefined ? 'institution:' + v.institution : v?.member !== undefined ? 'member:' + v.member : '';
  const sel = h('select', { id: fid(p), 'data-path': p }, h('option', { value: '' }, t('none')),
    h('optgroup', { label: t('institutions') }, instOpts.map((o) => h('option', { value: 'institution:' + o.value }, o.label))),
    h('optgroup', { label: t('family') }, memberOpts.map((o) => h('option', { value: 'member:' + o.value }, o.label))));
  if (cur && ![...sel.options].some((o) => o.value === cur)) sel.append(h('option', { value: cur }, cur.split(':')[1]));
  sel.value = cur;
  sel.addEventListener('change', () => {
    const [kind, ...rest] = sel.value.split(':');
    const meta = { label: t('editedField', t('responsible')) };
    if (!sel.value) remove(p, meta);
    else set(p, { [kind]: rest.join(':') }, meta);
  });
  return h('div', { class: 'field' }, h('label', { for: fid(p) }, t('responsible')), sel);
}

function signerLabel(s, members) {
  if (!s) return '';
  if (s.member !== undefined) return memberLabel(members.find((m) => m.id === s.member) || { id: s.member });
  if (s.institution !== undefined) return `${instName(s.institution)}${s.name ? ' — ' + s.name : ''}`;
  return '';
}

function signerField(p, v, instOpts, memberOpts) {
  const cur = v?.institution !== undefined ? 'institution:' + v.institution : v?.member !== undefined ? 'member:' + v.member : '';
  const sel = h('select', { id: fid(p), 'data-path': p }, h('option', { value: '' }, t('none')),
    h('optgroup', { label: t('family') }, memberOpts.map((o) => h('option', { value: 'member:' + o.value }, o.label))),
    h('optgroup', { label: t('institutions') }, instOpts.map((o) => h('option', { value: 'institution:' + o.value }, o.label))));
  if (cur && ![...sel.options].some((o) => o.value === cur)) sel.append(h('option', { value: cur }, cur.split(':')[1]));
  sel.value = cur;
  sel.addEventListener('change', () => {
    const [kind, ...rest] = sel.value.split(':');
    const id = rest.join(':');
    const meta = { label: t('editedField', t('signer')), structural: true };
    if (!sel.value) remove(p, meta);
    else if (kind === 'member') set(p, { member: id }, meta);
    else set(p, { institution: id, name: get(p)?.name ?? '' }, meta);
  });
  return h('div', { class: 'field' }, h('label', { for: fid(p) }, t('signer')), sel);
}

