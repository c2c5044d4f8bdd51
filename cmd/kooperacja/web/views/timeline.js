// Timeline view: an IPW's actions and reviews on a calendar, with today and
// the planned end.

import { h, ptr, dayNumber, isDate } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { heading } from '../fields.js';
import { focusPath } from '../nav.js';
import { instName, ipws, asOfDate, plannedEnd } from '../names.js';
import { ipwPicker } from './picker.js';

export function viewTimeline() {
  const out = [heading(2, t('timelineTitle'), null), ipwPicker()];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const p = `/ipws/${state.ipw}`;
  const now = asOfDate();
  const end = plannedEnd(x);
  const dates = [x.period?.start, end, now, ...(x.actions || []).flatMap((a) => [a.start, a.due, a.completed]), ...(x.reviews || []).map((r) => r.date)].filter(isDate);
  if (!isDate(x.period?.start) || !dates.length) return [...out, h('p', {}, t('noDates'))];
  const lo = Math.min(...dates.map(dayNumber));
  const hi = Math.max(...dates.map(dayNumber)) + 1;
  const pos = (d) => `${((dayNumber(d) - lo) / (hi - lo)) * 100}%`;
  const flagged = (code) => new Set(state.findings.filter((f) => f.code === code).map((f) => f.path));
  const overdue = flagged('ipw.action_overdue');
  const isOverdue = (ap) => [...overdue].some((fp) => fp === ap || fp.startsWith(ap + '/'));

  const marker = (d, cls, label) => {
    const m = h('span', { class: 'tl-marker ' + cls, title: `${label}: ${d}` }, h('span', { class: 'tl-marker-label' }, `${label} ${d}`));
    m.style.left = pos(d);
    return m;
  };
  // every track carries the today and planned-end lines; the scale row names them
  const lines = () => [marker(now, 'today', t('today')), isDate(end) ? marker(end, 'end', t('plannedEnd')) : null];
  const scale = h('div', { class: 'tl-track tl-scale' }, lines());
  const first = new Date(lo * 86400000);
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
    const ds = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    if (dayNumber(ds) >= hi) break;
    if (dayNumber(ds) >= lo) {
      const tick = h('span', { class: 'tl-tick', 'aria-hidden': 'true' }, ds.slice(0, 7));
      tick.style.left = pos(ds);
      scale.append(tick);
    }
  }
  const rows = h('ul', { class: 'tl-rows', id: 'timeline' },
    h('li', { class: 'tl-row tl-head' }, h('div', { class: 'tl-label' }, `${t('today')}: ${now} · ${t('plannedEnd')}: ${end || '?'}`), scale));
  (x.actions || []).forEach((a, i) => {
    const ap = ptr(p + '/actions', i);
    const late = isOverdue(ap);
    const track = h('div', { class: 'tl-track' }, lines());
    if (isDate(a.start) && isDate(a.due) && a.start <= a.due) {
      const bar = h('span', { class: `tl-bar status-${a.status}${late ? ' overdue' : ''}` });
      bar.style.left = pos(a.start);
      bar.style.width = `${((dayNumber(a.due) - dayNumber(a.start) + 1) / (hi - lo)) * 100}%`;
      track.append(bar);
    }
    const who = a.responsible?.institution !== undefined ? instName(a.responsible.institution) : a.responsible?.member ?? '';
    rows.append(h('li', { class: 'tl-row' + (late ? ' overdue' : ''), 'data-action': ap },
      h('div', { class: 'tl-label' },
        h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(ap + '/title') }, a.title || a.id),
        h('span', { class: 'tl-dates' }, ` ${a.start || '?'} – ${a.due || '?'} · ${who} · ${t.enum('actionStatus', a.status)}`),
        late ? h('strong', { class: 'tl-overdue' }, ` ${t('overdue')}`) : null),
      track));
  });
  const reviewTrack = h('div', { class: 'tl-track' }, lines());
  for (const r of x.reviews || []) if (isDate(r.date)) reviewTrack.append(marker(r.date, 'review', t('review')));
  rows.append(h('li', { class: 'tl-row' }, h('div', { class: 'tl-label' }, t('reviews'),
    h('span', { class: 'tl-dates' }, ' ' + (x.reviews || []).map((r) => r.date).join(', '))), reviewTrack));
  const frame = h('div', { class: 'tl-frame' }, rows);
  out.push(h('p', { class: 'hint' }, `${t('period')}: ${x.period?.start} – ${end || '?'} · ${t('today')}: ${now}`), frame);
  return out;
}

