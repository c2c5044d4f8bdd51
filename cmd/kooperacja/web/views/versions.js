// Versions view: the versions of the work kept in the browser, newest first,
// each restorable, and the differences between any two of them (or one and
// the current work) in the model's words, from the library.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { diff, changeText, label } from '../library.js';
import { heading } from '../fields.js';
import { versions, versionBundle, restoreVersion, policy, when } from '../work.js';

const CURRENT = 'current';

export function viewVersions() {
  const list = h('div', { id: 'versions-list', 'aria-busy': 'true' });
  const compare = h('section', { id: 'versions-compare' });
  const out = [heading(2, t('versionsTitle'), null)];
  const pol = policy();
  if (pol) out.push(h('p', { class: 'hint' }, t('versionsHint', pol.maxVersions, pol.maxAgeDays, Math.round(pol.editEveryMs / 60000))));
  out.push(list, compare);
  versions().then((vs) => {
    list.removeAttribute('aria-busy');
    if (vs === null) { list.append(h('p', {}, t('versionsUnavailable'))); return; }
    if (!vs.length) { list.append(h('p', {}, t('noVersions'))); return; }
    list.append(versionTable(vs));
    compare.append(...compareForm(vs));
  }, (e) => list.append(h('p', { class: 'error' }, t('error') + e.message)));
  return out;
}

const reasonText = (v) => t('reason_' + v.reason) + (v.note ? ` (${v.note})` : '');
const contents = (s) => [s.municipality, s.teryt && `TERYT ${s.teryt}`, s.variant && label('variant', s.variant),
  `${t('institutionsCount')}: ${s.counts.institutions}`, `${t('teamsCount')}: ${s.counts.teams}`,
  `${t('agreementsCount')}: ${s.counts.agreements}`, `${t('ipwsCount')}: ${s.counts.ipws}`].filter(Boolean).join(' · ');

function versionTable(vs) {
  return h('table', { class: 'versions' },
    h('thead', {}, h('tr', {}, [t('versionWhen'), t('versionWhy'), t('versionWhat'), t('versionActions')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, vs.map((v) => h('tr', { 'data-version': v.id, 'data-reason': v.reason },
      h('td', {}, when(v.at)), h('td', {}, reasonText(v)), h('td', {}, contents(v.summary)),
      h('td', {}, h('button', {
        type: 'button', class: 'restore-version', 'aria-label': t('restoreVersionOf', when(v.at)), disabled: state.readOnly,
        onclick: () => restoreVersion(v.id, v.at),
      }, t('restoreVersion')))))));
}

function compareForm(vs) {
  const label = (v) => `${when(v.at)} — ${reasonText(v)}`;
  const options = (sel) => [h('option', { value: CURRENT }, t('currentWork')), ...vs.map((v) => h('option', { value: String(v.id) }, label(v)))]
    .map((o) => { if (o.value === sel) o.selected = true; return o; });
  const older = h('select', { id: 'compare-old' }, options(String(vs[0].id)));
  const newer = h('select', { id: 'compare-new' }, options(CURRENT));
  const result = h('div', { id: 'compare-result', 'aria-live': 'polite' });
  const pick = async (value) => (value === CURRENT ? state.bundle : versionBundle(Number(value)));
  const name = (sel) => sel.selectedOptions[0]?.textContent ?? '';
  const form = h('form', { id: 'compare-form', class: 'fields' },
    h('div', { class: 'field' }, h('label', { for: 'compare-old' }, t('compareOld')), older),
    h('div', { class: 'field' }, h('label', { for: 'compare-new' }, t('compareNew')), newer),
    h('button', { type: 'submit', id: 'compare-run' }, t('compareRun')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const [a, b] = await Promise.all([pick(older.value), pick(newer.value)]);
    const d = await diff(a, b);
    result.replaceChildren(h('h4', {}, t('compareResult', name(older), name(newer))));
    if (!d.ok) result.append(h('p', { class: 'hint' }, t('diffUnavailable') + d.error));
    else if (!d.changes.length) result.append(h('p', {}, t('compareSame')));
    else result.append(h('ul', { class: 'diff-list' }, d.changes.map((c) => h('li', {}, changeText(c)))));
  });
  return [heading(3, t('compareTitle'), null), form, result];
}
