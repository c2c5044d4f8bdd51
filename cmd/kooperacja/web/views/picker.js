// The IPW picker shared by the IPW editor, the timeline and the print view:
// choose one IPW of the bundle, or add a new one (the library prefills it).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { addItem } from '../fields.js';
import { renderView, savePrefs } from '../nav.js';
import { ipws, ipwLabel } from '../names.js';

export function ipwPicker() {
  const list = ipws();
  if (state.ipw >= list.length) state.ipw = Math.max(0, list.length - 1);
  const sel = h('select', { id: 'ipw-picker' }, list.map((x, i) => h('option', { value: String(i) }, ipwLabel(x, i))));
  sel.value = String(state.ipw);
  sel.addEventListener('change', () => { state.ipw = Number(sel.value); savePrefs(); renderView(); });
  const add = h('button', {
    type: 'button', id: 'add-ipw', 'data-add': '/ipws',
    onclick: () => {
      state.ipw = list.length;
      addItem('/ipws', null, t('ipw'));
    },
  }, t('newIpw'));
  return h('div', { class: 'picker' },
    list.length ? h('div', { class: 'field' }, h('label', { for: 'ipw-picker' }, t('chooseIpw')), sel) : h('p', {}, t('noIpw')),
    add);
}
