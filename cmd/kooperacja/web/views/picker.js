// The IPW picker shared by the IPW editor, the timeline and the print view:
// choose one IPW of the bundle, or add a new one.

import { h, nextId } from '../dom.js';
import { t } from '../i18n.js';
import { state, append } from '../store.js';
import { fid } from '../fields.js';
import { renderView, savePrefs } from '../nav.js';
import { institutions, ipws, ipwLabel, asOfDate } from '../names.js';

export function ipwPicker() {
  const list = ipws();
  if (state.ipw >= list.length) state.ipw = Math.max(0, list.length - 1);
  const sel = h('select', { id: 'ipw-picker' }, list.map((x, i) => h('option', { value: String(i) }, ipwLabel(x, i))));
  sel.value = String(state.ipw);
  sel.addEventListener('change', () => { state.ipw = Number(sel.value); savePrefs(); renderView(); document.getElementById('ipw-picker')?.focus(); });
  const add = h('button', {
    type: 'button', id: 'add-ipw',
    onclick: () => {
      const arr = state.bundle.ipws || [];
      const cw = institutions().find((x) => x.kind === 'ops' || x.kind === 'cus');
      const team = (state.bundle.teams || []).find((x) => x.kind === 'pzk');
      state.ipw = arr.length;
      append('/ipws', {
        id: nextId('ipw', arr), team: team?.id ?? '',
        caseWorker: { institution: cw?.id ?? '', name: '' },
        beneficiary: { kind: 'family', pseudonym: '', members: [{ id: 'm1', role: 'applicant', birthYear: 1985 }] },
        period: { start: asOfDate(), end: asOfDate() },
        goals: [], actions: [],
      }, { label: t('addedItem', t('ipw')) });
      document.getElementById(fid(`/ipws/${state.ipw}/beneficiary/pseudonym`))?.focus();
    },
  }, t('newIpw'));
  return h('div', { class: 'picker' },
    list.length ? h('div', { class: 'field' }, h('label', { for: 'ipw-picker' }, t('chooseIpw')), sel) : h('p', {}, t('noIpw')),
    add);
}
