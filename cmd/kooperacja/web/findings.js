// The findings panel: the library checks the bundle after every edit and
// names where each finding is (places: the part of the bundle, the item by
// its name, the field by its label). The panel groups them by severity,
// errors first, then by part in the order a person reads the bundle, with
// the count of each group; each finding is a button that goes to its field.
// No JSON Pointer and no internal id is shown. The empty fields of an item
// just added wait, quietly, in a group of their own. When there is no error
// the panel says what to do next, from the library's stage checklist.

import { h } from './dom.js';
import { t } from './i18n.js';
import { state } from './store.js';
import { call, opts, ready, findingsOf, failureFindings, label, decimalText, seedLabels } from './library.js';
import { focusPath, markFields, isQuiet } from './nav.js';
import { hasFresh, forgetFresh } from './fields.js';

const SEVERITIES = ['error', 'warning', 'info'];

// The library keeps the bundle open between edits (a session): an edit
// sends only its change, and the library checks again only what the change
// can touch. A new bundle, another language or a change the session cannot
// take opens it again.
let session = '';
let sessionLang = '';

// validateNow checks the bundle as it stands (opening it again) and draws
// the panel.
export function validateNow(ev) {
  if (!ready()) return; // the start checks once the library is there
  if (!state.bundle) {
    closeSession();
    state.findings = [];
    renderFindings();
    return;
  }
  const t0 = performance.now();
  closeSession();
  // the JSON text crosses into WebAssembly faster than the object does
  const r = call('open', JSON.stringify(state.bundle), { ...opts(), places: true });
  if (r.ok) {
    session = r.result.session;
    sessionLang = state.lang;
  }
  show(r.ok ? { ok: true, result: r.result.validation } : r, performance.now() - t0, ev);
}

// validateChange checks the bundle after a change of the store: only the
// change's operations cross into the library.
export function validateChange(ops, ev) {
  if (!session || sessionLang !== state.lang || !ready() || !state.bundle) {
    validateNow(ev);
    return;
  }
  const t0 = performance.now();
  const r = call('edit', session, JSON.stringify(ops));
  if (!r.ok) {
    session = ''; // the library closed it: check the whole bundle
    validateNow(ev);
    return;
  }
  show(r, performance.now() - t0, ev);
}

function closeSession() {
  if (session) call('release', session);
  session = '';
}

// show puts a validation's findings, with their places, in the panel. For
// the planner's benchmark it records how long the library took
// (data-validate-ms) and, when an input event started it, how long from the
// keystroke to the findings painted (data-keystroke-ms; every sample in
// window.__plannerTimings).
function show(r, ms, ev) {
  document.documentElement.dataset.validateMs = ms.toFixed(2);
  if (r.ok) {
    const places = r.result?.places ?? [];
    state.findings = findingsOf(r.result).map((f, i) => ({ ...f, place: places[i] }));
  } else {
    state.findings = failureFindings(r.error);
  }
  state.validateMs = ms;
  checked = state.bundle;
  renderFindings();
  nextStepSoon();
  if (ev?.timeStamp != null) painted(ev.timeStamp, ms);
}

// checked is the bundle the findings are of.
let checked = null;

// snapshot is what the panel shows, to be saved with the work: the
// findings of the work in the interface language with the labels of their
// severities; null when the findings are not of the work as it is.
export function snapshot() {
  if (!state.bundle || checked !== state.bundle) return null;
  return { lang: state.lang, findings: state.findings, severities: Object.fromEntries(SEVERITIES.map((s) => [s, label('severity', s)])) };
}

// showSaved draws what the panel showed for the work restored, while the
// library starts (it checks the work again once it is there, and the panel
// stays as it is when it finds the same).
export function showSaved(shown) {
  if (ready() || !shown || shown.lang !== state.lang || !Array.isArray(shown.findings)) return;
  seedLabels(state.lang, 'severity', shown.severities);
  state.findings = shown.findings;
  renderFindings();
}

// painted records the time from an input event to the next frame painted
// after the panel was drawn, and how much of it was the page's work before
// it waited for that frame (drawn).
function painted(since, libraryMs) {
  const drawn = performance.now() - since;
  requestAnimationFrame(() => setTimeout(() => {
    const ms = performance.now() - since;
    const list = (window.__plannerTimings ??= []);
    list.push({ keystroke: ms, library: libraryMs, drawn });
    document.documentElement.dataset.keystrokeMs = ms.toFixed(2);
  }, 0));
}

// drawn is what the panel shows: the findings and the language they were
// drawn for; a keystroke that changes neither leaves the panel as it is.
let drawn = '';

export function renderFindings() {
  const list = document.getElementById('findings-list');
  const summary = document.getElementById('findings-summary');
  const timing = document.getElementById('timing');
  const seen = `${state.lang}|${hasFresh()}|${state.findings.map((f) => `${f.severity} ${f.code} ${f.path} ${f.message} ${isQuiet(f)} ${f.place?.title}|${f.place?.item}`).join('\n')}`;
  if (state.bundle && seen === drawn && state.firstFindingsShown) {
    timing.textContent = state.validateMs != null ? t('checkedIn', decimalText(Math.round(state.validateMs * 10) / 10)) : '';
    return;
  }
  drawn = state.bundle ? seen : '';
  list.replaceChildren();
  if (!state.bundle) {
    summary.textContent = t('noBundle');
    return;
  }
  const loud = state.findings.filter((f) => !isQuiet(f));
  const quiet = state.findings.filter(isQuiet);
  const count = (s) => loud.filter((f) => f.severity === s).length;
  const e = count('error');
  summary.replaceChildren(t('summary', e, count('warning'), count('info')));
  summary.dataset.errors = String(e);
  if (e === 0) summary.append(' ', h('span', { id: 'next-step' }, nextStepText()));
  if (!state.findings.length) list.append(h('li', { class: 'none' }, t('noFindings')));
  for (const sev of SEVERITIES) {
    const of = loud.filter((f) => f.severity === sev);
    if (of.length) list.append(group(sev, t('sevGroup_' + sev), of, 'sev-group sev-' + sev));
  }
  if (quiet.length) {
    const g = group('quiet', t('quietGroup'), quiet, 'sev-group quiet');
    g.append(h('p', { class: 'hint' }, t('quietHint')));
    list.append(g);
  }
  const check = document.getElementById('check-all');
  if (hasFresh() && !check) {
    list.after(h('button', { type: 'button', id: 'check-all', onclick: () => forgetFresh() }, t('checkAll')));
  } else if (!hasFresh()) check?.remove();
  timing.textContent = state.validateMs != null ? t('checkedIn', decimalText(Math.round(state.validateMs * 10) / 10)) : '';
  if (!state.firstFindingsShown) {
    state.firstFindingsShown = true;
    performance.mark('planner:first-findings');
    document.documentElement.dataset.firstFindingsMs = performance.now().toFixed(0);
  }
  markFields();
}

// group is one severity's findings, by part.
function group(key, title, fs, cls) {
  const parts = new Map();
  for (const f of fs) {
    const k = f.place?.part ?? '';
    if (!parts.has(k)) parts.set(k, { place: f.place, list: [] });
    parts.get(k).list.push(f);
  }
  const ordered = [...parts.values()].sort((a, b) => (a.place?.order ?? 0) - (b.place?.order ?? 0));
  const hid = 'findings-' + key;
  return h('li', { class: cls, 'data-severity': key },
    h('h3', { id: hid }, `${title} `, h('span', { class: 'count' }, t('count', fs.length))),
    h('ul', { 'aria-labelledby': hid }, ordered.map(({ place, list }) => h('li', { class: 'part', 'data-part': place?.part ?? '' },
      h('h4', {}, `${place?.title ?? ''} `, h('span', { class: 'count' }, t('count', list.length))),
      h('ul', {}, list.map(findingItem))))));
}

function findingItem(f) {
  const where = [f.place?.item, f.place?.field].filter(Boolean).join(' · ');
  return h('li', {},
    h('button', {
      type: 'button', class: `finding sev-${f.severity}`, 'data-finding-path': f.path, 'data-code': f.code,
      onclick: () => focusPath(f.path),
    },
    h('span', { class: 'sev' }, label('severity', f.severity)), ' ',
    h('span', { class: 'msg' }, f.message),
    where ? h('span', { class: 'where' }, where) : null));
}

// ---------- the next step, from the library's stage checklist ----------

let stage = null; // the last stage report
let timer = 0;

// nextStepSoon asks the library for the stage a moment after the edits
// stop (the findings come first).
function nextStepSoon() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    stage = currentStage();
    const el = document.getElementById('next-step');
    if (el) el.replaceChildren(...[nextStepText()].flat());
  }, 250);
}

// currentStage is the library's stage report of the bundle, or null.
export function currentStage() {
  if (!state.bundle || !ready()) return null;
  const r = call('stage', JSON.stringify(state.bundle), opts());
  return r.ok ? r.result : null;
}

// nextStepText says what to do next when there is no error: the first gap
// of the current stage, or that everything is done.
function nextStepText() {
  if (!stage) return t('noErrors');
  const m = stage.missing?.[0];
  if (!stage.current || !m) return t('allDone');
  const text = state.lang === 'en' ? m.messageEn : m.messagePl;
  return [t('noErrors') + ' ' + t('nextStep') + ' ',
    h('button', { type: 'button', class: 'linklike', id: 'next-step-go', onclick: () => focusPath(m.path ?? '') }, text)];
}
