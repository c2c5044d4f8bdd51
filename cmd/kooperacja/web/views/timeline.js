// Timeline view: an IPW's actions and reviews on a calendar, with the day
// evaluated at and the planned end (both from the library). Labels never
// overlap: the markers' labels are laid out in lanes, the month ticks are
// thinned to fit, and an action's row shortens its title with the full
// text on hover and focus.

import { h, ptr, dayNumber, isDate } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { label, plans, dateText, monthText } from '../library.js';
import { heading } from '../fields.js';
import { focusPath } from '../nav.js';
import { instName, ipws, memberLabel, nameOr } from '../names.js';
import { ipwPicker } from './picker.js';

// The width of a label's character, in pixels, at the timeline's font size.
const CHAR_PX = 6.2;

export function viewTimeline() {
  const out = [heading(2, t('timelineTitle'), null), ipwPicker()];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const p = `/ipws/${state.ipw}`;
  const facts = plans();
  const now = facts.day;
  const end = facts.plans?.[state.ipw]?.plannedEnd || '';
  const dates = [x.period?.start, end, now, ...(x.actions || []).flatMap((a) => [a.start, a.due, a.completed]), ...(x.reviews || []).map((r) => r.date)].filter(isDate);
  if (!isDate(x.period?.start) || !dates.length) return [...out, h('p', {}, t('noDates'))];
  const lo = Math.min(...dates.map(dayNumber));
  const hi = Math.max(...dates.map(dayNumber)) + 1;
  const frac = (d) => (dayNumber(d) - lo) / (hi - lo);
  const pct = (f) => `${(f * 100).toFixed(3)}%`;
  // the track is about 60% of the view's width
  const trackPx = Math.max(300, (document.getElementById('view')?.clientWidth || 900) * 0.6 - 16);
  const widthOf = (text) => (text.length * CHAR_PX + 8) / trackPx;
  const overdue = new Set(state.findings.filter((f) => f.code === 'ipw.action_overdue').map((f) => f.path));
  const isOverdue = (ap) => [...overdue].some((fp) => fp === ap || fp.startsWith(ap + '/'));

  const line = (d, cls) => {
    const m = h('span', { class: 'tl-marker ' + cls, 'aria-hidden': 'true' });
    m.style.left = pct(frac(d));
    return m;
  };
  const lines = () => [isDate(now) ? line(now, 'today') : null, isDate(end) ? line(end, 'end') : null];

  // the scale: the month ticks thinned to fit, and the labels of the day and
  // the planned end in lanes
  const scaleLabels = [[now, 'today', `${t('today')}: ${dateText(now)}`], [end, 'end', `${t('plannedEnd')}: ${dateText(end)}`]].filter(([d]) => isDate(d));
  const scale = h('div', { class: 'tl-track tl-scale' }, lines());
  const lanes = layOut(scaleLabels.map(([d, cls, text]) => ({ at: frac(d), width: widthOf(text), cls, text })));
  for (const l of lanes.items) {
    const el = h('span', { class: 'tl-label-box ' + l.cls, title: l.text }, l.text);
    el.style.left = pct(l.left);
    el.style.top = `${l.lane * 1.1}rem`;
    scale.append(el);
  }
  const months = [];
  const first = new Date(lo * 86400000);
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
    const ds = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    if (dayNumber(ds) >= hi) break;
    if (dayNumber(ds) >= lo) months.push(ds);
  }
  const widest = Math.max(0, ...months.map((ds) => widthOf(monthText(ds.slice(0, 7)))));
  const monthWidth = 30.4 / (hi - lo);
  const every = Math.max(1, Math.ceil(widest / monthWidth));
  const ticks = h('div', { class: 'tl-ticks', 'aria-hidden': 'true' });
  months.forEach((ds, i) => {
    if (i % every || frac(ds) + widest > 1.001) return;
    const tick = h('span', { class: 'tl-tick' }, monthText(ds.slice(0, 7)));
    tick.style.left = pct(frac(ds));
    ticks.append(tick);
  });
  scale.style.height = `${lanes.count * 1.1 + 0.2}rem`;

  const rows = h('ul', { class: 'tl-rows', id: 'timeline' },
    h('li', { class: 'tl-row tl-head' }, h('div', { class: 'tl-label' }, t('periodIs', dateText(x.period?.start), dateText(end) || '—')),
      h('div', {}, scale, ticks)));
  const members = x.beneficiary?.members || [];
  (x.actions || []).forEach((a, i) => {
    const ap = ptr(p + '/actions', i);
    const late = isOverdue(ap);
    const track = h('div', { class: 'tl-track' }, lines());
    if (isDate(a.start) && isDate(a.due) && a.start <= a.due) {
      const bar = h('span', { class: `tl-bar${late ? ' overdue' : ''}` });
      bar.style.left = pct(frac(a.start));
      bar.style.width = `${((dayNumber(a.due) - dayNumber(a.start) + 1) / (hi - lo)) * 100}%`;
      track.append(bar);
    }
    const who = a.responsible?.institution !== undefined ? instName(a.responsible.institution)
      : a.responsible?.member !== undefined ? memberLabel(members.find((m) => m.id === a.responsible.member), members.findIndex((m) => m.id === a.responsible.member)) : '';
    const title = nameOr(a.title, 'action', i);
    const details = `${dateText(a.start) || '—'} – ${dateText(a.due) || '—'} · ${who} · ${a.status ? label('actionStatus', a.status) : ''}`;
    rows.append(h('li', { class: 'tl-row' + (late ? ' overdue' : ''), 'data-action': ap },
      h('div', { class: 'tl-label' },
        h('button', { type: 'button', class: 'linklike tl-title', title: title, onclick: () => focusPath(ap + '/title') }, title),
        h('span', { class: 'tl-dates', title: details }, details),
        late ? h('strong', { class: 'tl-overdue' }, ` ${t('overdue')}`) : null),
      track));
  });
  const reviewTrack = h('div', { class: 'tl-track' }, lines());
  for (const r of x.reviews || []) {
    if (!isDate(r.date)) continue;
    const m = h('span', { class: 'tl-marker review', title: t('reviewOf', dateText(r.date)), role: 'img', 'aria-label': t('reviewOf', dateText(r.date)) });
    m.style.left = pct(frac(r.date));
    reviewTrack.append(m);
  }
  rows.append(h('li', { class: 'tl-row' }, h('div', { class: 'tl-label' }, label('field', 'reviews'),
    h('span', { class: 'tl-dates' }, ' ' + (x.reviews || []).map((r) => dateText(r.date)).join(', '))), reviewTrack));
  out.push(h('div', { class: 'tl-frame' }, rows));
  return out;
}

// layOut places labels (at: where each belongs, width: how wide, both as
// fractions of the track) in lanes so that none overlaps another: a label
// starts at its mark, or ends at it when it would run past the track's
// end; each goes to the first lane where it fits.
export function layOut(labels) {
  const items = labels.map((l) => ({ ...l, left: l.at + l.width > 1 ? Math.max(0, l.at - l.width) : l.at }))
    .sort((a, b) => a.left - b.left);
  const ends = [];
  for (const l of items) {
    let lane = ends.findIndex((e) => e <= l.left);
    if (lane < 0) lane = ends.length;
    ends[lane] = l.left + l.width;
    l.lane = lane;
  }
  return { items, count: Math.max(1, ends.length) };
}
