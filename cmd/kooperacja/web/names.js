// Names and choices drawn from the bundle for the views: an institution's
// name for its id, the options of a select, an IPW's label.

import { isDate, today } from './dom.js';
import { t } from './i18n.js';
import { state } from './store.js';

export const institutions = () => state.bundle?.institutions || [];
export const instName = (id) => institutions().find((i) => i.id === id)?.name || id;
export const instOptions = () => institutions().map((i) => ({ value: i.id, label: `${i.name || '?'} (${i.id})` }));
export const teamOptions = (kinds) => (state.bundle?.teams || []).filter((x) => !kinds || kinds.includes(x.kind)).map((x) => ({ value: x.id, label: `${x.name || '?'} (${x.id})` }));

// serviceName is the name of a basket service, or its id.
export const serviceName = (id) => (state.bundle.services || []).find((s) => s.id === id)?.name || id;

export const ipws = () => state.bundle?.ipws || [];
export const ipwLabel = (x, i) => `${x.beneficiary?.pseudonym || t('ipw') + ' ' + (i + 1)} (${x.id || '?'})`;
export const memberLabel = (m) => `${m.id} — ${t.enum('memberRole', m.role)}${m.birthYear ? ', ' + m.birthYear : ''}`;

// asOfDate is the bundle's assessment date, or today.
export const asOfDate = () => (isDate(state.bundle?.asOf) ? state.bundle.asOf : today());

// plannedEnd is the period's end as moved by the latest extend review
// (an extension moves the end); it only places the marker on the calendar.
export function plannedEnd(x) {
  let end = x.period?.end;
  const ext = (x.reviews || []).filter((r) => r.decision === 'extend' && isDate(r.newEnd) && isDate(r.date)).sort((a, b) => a.date.localeCompare(b.date));
  if (ext.length) end = ext.at(-1).newEnd;
  return end;
}
