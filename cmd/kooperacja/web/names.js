// Names and choices drawn from the bundle for the views: an institution's
// name for its id, the options of a select, the name of an IPW or of a
// household member. Labels of the model's values come from the library.

import { t } from './i18n.js';
import { state } from './store.js';
import { label } from './library.js';

export const institutions = () => state.bundle?.institutions || [];
export const instName = (id) => institutions().find((i) => i.id === id)?.name || id || '';

// nameOr is an item's name, or its kind and position when it has none yet.
export const nameOr = (name, what, i) => (name && String(name).trim()) || t('itemNo', t(what), i + 1);

export const instOptions = () => institutions().map((x, i) => ({ value: x.id, label: nameOr(x.name, 'institution', i) }));
export const teamOptions = () => (state.bundle?.teams || []).map((x, i) => ({ value: x.id, label: nameOr(x.name, 'team', i) }));

// serviceName is the name of a basket service, or its id.
export const serviceName = (id) => (state.bundle?.services || []).find((s) => s.id === id)?.name || id;

export const ipws = () => state.bundle?.ipws || [];
export const ipwLabel = (x, i) => (x?.beneficiary?.pseudonym?.trim() ? t('ipwNamed', x.beneficiary.pseudonym.trim()) : t('itemNo', t('ipw'), i + 1));

// memberLabel names a household member by role and birth year, never by
// the id the document gives them.
export function memberLabel(m, i) {
  const parts = [m?.role ? label('memberRole', m.role) : '', m?.birthYear ? t('bornIn', m.birthYear) : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : t('itemNo', t('hmember'), (i ?? 0) + 1);
}
