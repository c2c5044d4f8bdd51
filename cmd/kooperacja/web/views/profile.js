// Profile view: the municipality's own settings (the bundle's "profile"):
// each number and switch with what it means and the variant's default
// beside it, and the severity of each rule. The library describes every
// setting (profile); a change is an edit of /profile like any other, so
// the findings follow it at once and it can be undone.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state, get, set, remove } from '../store.js';
import { call, opts, label, options, intText } from '../library.js';
import { heading, fid, card } from '../fields.js';
import { renderView } from '../nav.js';

export function viewProfile() {
  const out = [heading(2, t('profileTitle'), null), h('p', { class: 'hint' }, t('profileIntro'))];
  const r = call('profile', JSON.stringify(state.bundle), opts());
  if (!r.ok) {
    out.push(h('p', { class: 'error' }, t('unavailable') + (r.error?.message ?? '')));
    return out;
  }
  const v = r.result;
  const sections = new Map();
  for (const s of v.settings) {
    const sec = s.key.split('.')[0];
    if (!sections.has(sec)) sections.set(sec, []);
    sections.get(sec).push(s);
  }
  for (const [sec, list] of sections) {
    if (!list[0].key.includes('.')) { // a setting at the profile's top level (disclosureThreshold): no section of its own
      out.push(h('section', { class: 'profile-section', 'data-section': 'true' }, list.map(setting)));
      continue;
    }
    const p = `/profile/${sec}`;
    out.push(h('section', { class: 'profile-section', 'data-section': 'true' },
      card(p, 3, () => label('field', `profile.${sec}`), () => list.map(setting), { redraw: renderView })));
  }
  out.push(h('section', { class: 'profile-section', 'data-section': 'true' },
    card('/profile/severity', 3, () => t('profileSeverities'), () => [h('p', { class: 'hint' }, t('profileSeveritiesIntro')), severities(v.severities)],
      { folded: true, redraw: renderView })));
  return out;
}

// setting is one number or switch: empty (or "domyślnie") is the variant's
// default, shown beside it.
function setting(s) {
  const p = `/profile/${s.key.replace('.', '/')}`;
  const id = fid(p);
  const hintId = id + '~hint';
  const own = get(p);
  const shownDefault = s.kind === 'switch' ? t(s.default ? 'yes' : 'no')
    : s.kind === 'teamKind' ? label('teamKind', s.default)
      : `${intText(s.default)}${s.kind === 'days' || s.kind === 'months' ? ' ' + t('unit_' + s.kind) : ''}`;
  const meta = { label: t('editedField', s.label), coalesce: 'field' + p };
  let input;
  if (s.kind === 'switch' || s.kind === 'teamKind') {
    const choices = s.kind === 'switch' ? [{ value: 'true', label: t('yes') }, { value: 'false', label: t('no') }] : options('teamKind');
    input = h('select', { id, 'data-path': p, 'aria-describedby': hintId },
      h('option', { value: '' }, `${t('useDefault')} (${shownDefault})`), choices.map((c) => h('option', { value: c.value }, c.label)));
    input.value = own === undefined ? '' : String(own);
    input.addEventListener('change', () => {
      if (input.value === '') remove(p, meta);
      else set(p, s.kind === 'switch' ? input.value === 'true' : input.value, meta);
    });
  } else {
    input = h('input', {
      id, 'data-path': p, type: 'number', inputmode: 'numeric', min: s.min, max: s.max, step: 1, placeholder: String(s.default), 'aria-describedby': hintId,
    });
    input.value = own ?? '';
    input.addEventListener('input', () => {
      if (input.value === '') remove(p, meta);
      else if (Number.isInteger(Number(input.value))) set(p, Number(input.value), meta);
    });
  }
  return h('div', { class: 'field wide setting', 'data-setting': s.key },
    h('label', { for: id }, s.label), input,
    h('p', { class: 'hint', id: hintId }, s.help, ' ', h('span', { class: 'default' }, t('profileDefault', shownDefault))));
}

// severities lists every rule with its severity: "domyślnie" keeps the
// catalogue's, shown beside it.
function severities(list) {
  const sev = options('severity');
  return h('table', { class: 'severities' },
    h('thead', {}, h('tr', {}, [t('profileRule'), t('profileSeverity'), t('profileDefaultSeverity')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, list.map((r) => {
      const p = `/profile/severity/${r.code.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      const id = fid(p);
      const own = get(p);
      const sel = h('select', { id, 'data-path': p, 'aria-label': `${t('profileSeverity')}: ${r.description}` },
        h('option', { value: '' }, `${t('useDefault')} (${label('severity', r.default)})`), sev.map((c) => h('option', { value: c.value }, c.label)));
      sel.value = own ?? '';
      sel.addEventListener('change', () => {
        const meta = { label: t('editedField', r.description) };
        if (sel.value === '') remove(p, meta);
        else set(p, sel.value, meta);
      });
      return h('tr', { 'data-rule': r.code }, h('td', {}, r.description), h('td', {}, sel), h('td', {}, label('severity', r.default)));
    })));
}
