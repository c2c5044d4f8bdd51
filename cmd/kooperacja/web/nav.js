// The view area: which view is shown, drawing it, marking the fields that
// findings point at, and going to the field that edits a JSON Pointer.
// Views register themselves here (app.js) and never call one another.

import { h, parent, segments } from './dom.js';
import { t } from './i18n.js';
import { state, savePrefs as storePrefs, VIEWS } from './store.js';
import { heading } from './fields.js';

const views = {};

// registerViews adds the views' render functions by name.
export function registerViews(fns) {
  Object.assign(views, fns);
}

// savePrefs keeps the language, the view and the IPW chosen for the next
// visit.
export const savePrefs = () => storePrefs(localStorage);

export function showView(name, focus = true) {
  state.view = VIEWS.includes(name) ? name : 'start';
  savePrefs();
  renderView();
  for (const b of document.querySelectorAll('#tabs button')) {
    if (b.dataset.view === state.view) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (focus) document.querySelector('#view h2')?.focus();
}

export function renderView() {
  const root = document.getElementById('view');
  const scroll = window.scrollY;
  root.replaceChildren();
  if (state.view !== 'start' && !state.bundle) root.append(heading(2, t('v_' + state.view), null), h('p', {}, t('noBundle')));
  else root.append(...[views[state.view]()].flat());
  root.dataset.view = state.view;
  if (state.readOnly) markReadOnly(root);
  markFields();
  window.scrollTo(0, scroll);
}

// markReadOnly lets a read-only tab show the work but not change it: text
// stays readable and selectable, choices and buttons that edit are off.
function markReadOnly(root) {
  for (const el of root.querySelectorAll('input[data-path]:not([type=checkbox]), textarea[data-path]')) el.readOnly = true;
  for (const el of root.querySelectorAll('select[data-path], input[type=checkbox], button.add, button.remove, #add-ipw, #create-bundle, #open-file, .restore-version')) el.disabled = true;
}

// fieldFor is the element in the view that edits p or its nearest ancestor.
export function fieldFor(p) {
  const root = document.getElementById('view');
  for (let q = p; ; q = parent(q)) {
    const el = root.querySelector(`[data-path="${CSS.escape(q)}"]`);
    if (el) return el;
    if (q === '') return null;
  }
}

// markFields flags every field a finding points at.
export function markFields() {
  const root = document.getElementById('view');
  for (const el of root.querySelectorAll('[aria-invalid], .flag-error, .flag-warning, .flag-info')) {
    el.removeAttribute('aria-invalid');
    el.classList.remove('flag-error', 'flag-warning', 'flag-info');
  }
  for (const f of state.findings) {
    const el = fieldFor(f.path);
    if (!el) continue;
    el.classList.add('flag-' + f.severity);
    if (f.severity === 'error' && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('aria-invalid', 'true');
  }
}

// viewOf says which view shows the element at p.
function viewOf(p) {
  const [top, i] = segments(p);
  switch (top) {
    case 'institutions': case 'services': return ['institutions'];
    case 'teams': return ['teams'];
    case 'agreements': return ['agreements'];
    case 'ipws': return ['ipw', i];
    case 'stages': return ['stage'];
    default: return ['start'];
  }
}

// focusPath opens the view that edits p and focuses its field (or the
// nearest heading).
export function focusPath(p) {
  const [view, ipw] = viewOf(p);
  if (ipw !== undefined && /^\d+$/.test(ipw)) state.ipw = Number(ipw);
  showView(view, false);
  let el = fieldFor(p);
  if (!el) el = document.querySelector('#view h2');
  if (!el) return;
  if (el.matches('fieldset, .group')) el = el.querySelector('input, select, textarea, button') || el;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  el.classList.add('focus-flash');
  setTimeout(() => el.classList.remove('focus-flash'), 1200);
}

// showNotice puts a message in the status line (and keeps it for the start
// view).
export function showNotice(text) {
  state.notice = { text };
  document.getElementById('status').textContent = text;
}
