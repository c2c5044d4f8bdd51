// The findings panel: the library checks the bundle after every edit and
// the panel lists what it found, each finding a button that goes to its
// field.

import { h } from './dom.js';
import { t } from './i18n.js';
import { state } from './store.js';
import { call, opts, ready, findingsOf, failureFindings } from './library.js';
import { focusPath, markFields } from './nav.js';

export function validateNow() {
  if (!state.bundle || !ready()) {
    state.findings = [];
    renderFindings();
    return;
  }
  const t0 = performance.now();
  // the JSON text crosses into WebAssembly faster than the object does
  const r = call('validate', JSON.stringify(state.bundle), opts());
  const ms = performance.now() - t0;
  document.documentElement.dataset.validateMs = ms.toFixed(2);
  state.findings = r.ok ? findingsOf(r.result) : failureFindings(r.error);
  state.validateMs = ms;
  renderFindings();
}

export function renderFindings() {
  const list = document.getElementById('findings-list');
  const summary = document.getElementById('findings-summary');
  list.replaceChildren();
  if (!state.bundle) {
    summary.textContent = t('noBundle');
    return;
  }
  const count = (s) => state.findings.filter((f) => f.severity === s).length;
  const e = count('error');
  summary.textContent = `${t('summary', e, count('warning'), count('info'))}. ${e === 0 ? t('validNoErrors') : ''}`;
  summary.dataset.errors = String(e);
  if (!state.findings.length) list.append(h('li', { class: 'none' }, t('noFindings')));
  for (const f of state.findings) {
    list.append(h('li', {},
      h('button', {
        type: 'button', class: `finding sev-${f.severity}`, 'data-finding-path': f.path, 'data-code': f.code,
        onclick: () => focusPath(f.path),
      },
      h('span', { class: 'sev' }, t('sev_' + f.severity)), ' ',
      h('span', { class: 'msg' }, f.message), ' ',
      h('code', { class: 'where' }, f.path || '/'))));
  }
  document.getElementById('timing').textContent = state.validateMs != null ? t('checkedIn', state.validateMs.toFixed(1)) : '';
  if (!state.firstFindingsShown) {
    state.firstFindingsShown = true;
    document.documentElement.dataset.firstFindingsMs = performance.now().toFixed(0);
  }
  markFields();
}
