// The planner's state: the bundle being edited (the JSON document of the model), the
// interface's preferences, and the findings the library last gave. Every
// edit goes through set/del and ends with changed(), which tells the
// listeners (save, check, draw) once per edit.

import { getAt, setAt, deleteAt } from './dom.js';

export const STORE = 'kooperacja-planner:bundle';
export const PREVIOUS = 'kooperacja-planner:previous';
export const PREFS = 'kooperacja-planner:prefs';
export const VIEWS = ['start', 'institutions', 'teams', 'agreements', 'ipw', 'stage', 'timeline', 'whatif', 'indicators', 'print'];

export const state = {
  bundle: null,
  lang: 'pl',
  view: 'start',
  ipw: 0,
  findings: [],
  validateMs: null,
  notice: null, // {text, findings?}
  whatif: null,
  firstFindingsShown: false,
};

// The starting value of an object created on the way to a field.
const TEMPLATES = [
  [/^\/ipws\/\d+\/consent$/, () => ({ givenBy: [], scope: [] })],
  [/^\/ipws\/\d+\/diagnosis$/, () => ({ areas: [] })],
];
const init = (p) => (TEMPLATES.find(([re]) => re.test(p))?.[1] ?? (() => ({})))();

export const get = (p) => getAt(state.bundle, p);
export const set = (p, v) => setAt(state.bundle, p, v, init);
export const del = (p) => deleteAt(state.bundle, p);

const listeners = [];

// onChange registers fn({structural}) to run after every edit.
export function onChange(fn) {
  listeners.push(fn);
}

// changed is called after every edit. structural says that the edit changed
// the shape of the view (an item added or removed, a choice that shows other
// fields); typing in a field is not structural, so focus stays put.
export function changed(structural = false) {
  for (const fn of listeners) fn({ structural });
}

// save writes the bundle and the preferences to localStorage; a refusal is
// handed to onError.
let onSaveError = () => {};
export function onStorageError(fn) {
  onSaveError = fn;
}

export function save() {
  try {
    if (state.bundle) localStorage.setItem(STORE, JSON.stringify(state.bundle));
    localStorage.setItem(PREFS, JSON.stringify({ lang: state.lang, view: state.view, ipw: state.ipw }));
  } catch (e) {
    onSaveError(e);
  }
}

// replaceBundle puts b in place of the work, keeping the work in the one
// restore slot.
export function replaceBundle(b) {
  if (state.bundle) {
    try { localStorage.setItem(PREVIOUS, JSON.stringify(state.bundle)); } catch { /* full storage: keep going */ }
  }
  state.bundle = b;
  state.ipw = 0;
  state.whatif = null;
  save();
}

export const hasPrevious = () => localStorage.getItem(PREVIOUS) !== null;

// restorePrevious swaps the work with the one in the restore slot.
export function restorePrevious() {
  const prev = localStorage.getItem(PREVIOUS);
  if (!prev) return false;
  const cur = state.bundle;
  state.bundle = JSON.parse(prev);
  if (cur) localStorage.setItem(PREVIOUS, JSON.stringify(cur));
  save();
  return true;
}

// loadPrefs reads the interface preferences and the autosaved work; it
// reports whether work was restored.
export function loadPrefs() {
  try {
    const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}');
    if (prefs.lang === 'en' || prefs.lang === 'pl') state.lang = prefs.lang;
    if (VIEWS.includes(prefs.view)) state.view = prefs.view;
    if (Number.isInteger(prefs.ipw)) state.ipw = prefs.ipw;
  } catch { /* ignore broken preferences */ }
}

export function loadWork() {
  const saved = localStorage.getItem(STORE);
  if (!saved) return false;
  try {
    state.bundle = JSON.parse(saved);
    return true;
  } catch {
    return false; // unreadable autosave: start empty
  }
}
