// The view area: which view is shown, drawing it, marking the fields that
// findings point at, and going to the field that edits a JSON Pointer.
// Views register themselves here (app.js) and never call one another.

import { h, parent, segments } from './dom.js';
import { t } from './i18n.js';
import { state, savePrefs as storePrefs, VIEWS } from './store.js';
import { heading, reveal, resetTitles, isFresh } from './fields.js';

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

// renderView draws the view again and keeps the person's place: the
// element with focus (found again by its id), the caret and selection in
// it, and the scroll position.
export function renderView() {
  const root = document.getElementById('view');
  const scroll = window.scrollY;
  const active = document.activeElement;
  const keep = active && active !== root && root.contains(active) && active.id ? {
    id: active.id,
    start: selectable(active) ? active.selectionStart : null,
    end: selectable(active) ? active.selectionEnd : null,
    dir: selectable(active) ? active.selectionDirection : null,
  } : null;
  resetTitles();
  root.replaceChildren();
  if (state.view !== 'start' && !state.bundle) root.append(heading(2, t('v_' + state.view), null), h('p', {}, t('noBundle')));
  else root.append(...[views[state.view]()].flat().filter(Boolean));
  root.dataset.view = state.view;
  addSectionMenu(root);
  if (state.readOnly) markReadOnly(root);
  markFields();
  if (keep) {
    const el = document.getElementById(keep.id);
    if (el && root.contains(el)) {
      el.focus({ preventScroll: true });
      if (keep.start != null && selectable(el)) {
        try { el.setSelectionRange(keep.start, keep.end, keep.dir); } catch { /* a field that has no caret */ }
      }
    }
  }
  window.scrollTo(0, scroll);
}

const selectable = (el) => el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && /^(text|search|url|tel|password)$/.test(el.type));

// addSectionMenu puts a menu of the view's sections under its heading when
// it has several: a button per section that goes to its heading.
function addSectionMenu(root) {
  const heads = [...root.querySelectorAll('[data-section]')].map((sec) => sec.querySelector('h3[id]')).filter(Boolean);
  if (heads.length < 3) return;
  const nav = h('nav', { class: 'section-menu no-print', 'aria-label': t('sections'), id: 'section-menu' },
    h('ul', {}, heads.map((el) => h('li', {}, h('button', {
      type: 'button', class: 'linklike', 'data-goto': el.id,
      onclick: () => { el.scrollIntoView({ block: 'start' }); el.focus({ preventScroll: true }); },
    }, el.textContent)))));
  const h2 = root.querySelector('h2');
  if (h2) h2.after(nav);
  else root.prepend(nav);
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

// markFields flags every field a finding points at; the empty fields of an
// item just added are flagged quietly (not as errors) until it is left.
export function markFields() {
  const root = document.getElementById('view');
  for (const el of root.querySelectorAll('[aria-invalid], .flag-error, .flag-warning, .flag-info, .flag-quiet')) {
    el.removeAttribute('aria-invalid');
    el.classList.remove('flag-error', 'flag-warning', 'flag-info', 'flag-quiet');
  }
  for (const f of state.findings) {
    const el = fieldFor(f.path);
    if (!el) continue;
    if (isQuiet(f)) {
      el.classList.add('flag-quiet');
      continue;
    }
    el.classList.add('flag-' + f.severity);
    if (f.severity === 'error' && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('aria-invalid', 'true');
  }
}

// isQuiet says whether a finding is an empty required field of an item
// just added (the library marks such findings: place.missing).
export const isQuiet = (f) => f.place?.missing === true && isFresh(f.path);

// viewOf says which view shows the element at p.
function viewOf(p) {
  const [top, i] = segments(p);
  switch (top) {
    case 'institutions': case 'services': return ['institutions'];
    case 'teams': return ['teams'];
    case 'agreements': return ['agreements'];
    case 'ipws': return ['ipw', i];
    case 'stages': return ['stage'];
    case 'profile': return ['profile'];
    default: return ['start'];
  }
}

// focusPath opens the view that edits p and focuses its field (or the
// nearest heading).
export function focusPath(p) {
  const [view, ipw] = viewOf(p);
  if (ipw !== undefined && /^\d+$/.test(ipw)) state.ipw = Number(ipw);
  reveal(p);
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
