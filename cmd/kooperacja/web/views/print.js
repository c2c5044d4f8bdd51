// Print view: the IPW as the library writes it (package ipw/document), an
// A4 document with signature lines for the family's adults and each
// institution owning an action, to print or download to edit.

import { t } from '../i18n.js';
import { state } from '../store.js';
import { heading } from '../fields.js';
import { h } from '../dom.js';
import { ipws } from '../names.js';
import { documentPanel } from '../document.js';
import { ipwPicker } from './picker.js';

export function viewPrint() {
  const out = [h('div', { class: 'no-print' }, heading(2, t('v_print'), null), h('p', { class: 'hint' }, t('printHint')), ipwPicker())];
  if (!ipws()[state.ipw]) return out;
  out.push(documentPanel([`/ipws/${state.ipw}`], { prefix: 'print', frameId: 'print-doc', printId: 'print' }));
  return out;
}
