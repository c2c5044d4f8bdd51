// The planner's state in one store: the bundle being edited (the JSON
// document of the model), the interface's preferences, and the findings the
// library last gave. Every edit of the bundle is a change, a list of JSON
// Patch operations with its inverse (patch.js), committed here: the store
// applies it, keeps it in the history (past and future, as Redux's undo
// history does) and tells the listeners, which save, check and draw. Undo
// applies a change's inverse, redo the change again; typing in one field
// makes one change, not one per keystroke. No DOM and no storage here (the
// module runs under Node in the unit tests).

import { getAt } from './dom.js';
import { applyOps, setOps, removeOps, appendOps, samePlace } from './patch.js';

export const PREFS = 'kooperacja-planner:prefs';
export const VIEWS = ['start', 'institutions', 'teams', 'agreements', 'ipw', 'stage', 'timeline', 'whatif', 'indicators', 'print', 'versions'];

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
  readOnly: false, // another tab edits this work (tabs.js)
};

// HISTORY bounds the undo history (the oldest changes are forgotten first);
// COALESCE_MS is the pause that ends one change of typing in a field (so
// does leaving the field: endTyping).
export const HISTORY = 500;
export const COALESCE_MS = 3000;

const past = [];
const future = [];
let breakCoalescing = false;
let clock = () => Date.now();

// The starting value of an object created on the way to a field.
const TEMPLATES = [
  [/^\/ipws\/\d+\/consent$/, () => ({ givenBy: [], scope: [] })],
  [/^\/ipws\/\d+\/diagnosis$/, () => ({ areas: [] })],
];
const init = (p) => (TEMPLATES.find(([re]) => re.test(p))?.[1] ?? (() => ({})))();

export const get = (p) => getAt(state.bundle, p);

const listeners = [];

// onChange registers fn(event) to run after every change of the bundle.
// event is {type, change, structural}: type "edit" (a change committed),
// "undo", "redo", or "load" (a bundle put in place without history: the
// saved work, or the work another tab saved). structural says that the view
// must be drawn again (an item added or removed, a choice that shows other
// fields, any undo); typing in a field is not structural, so focus stays.
export function onChange(fn) {
  listeners.push(fn);
  return () => listeners.splice(listeners.indexOf(fn), 1);
}

function emit(event) {
  for (const fn of [...listeners]) fn(event);
}

let onRefused = () => {};
// onReadOnly registers fn() to run when an edit is refused because another
// tab edits the work.
export function onReadOnly(fn) {
  onRefused = fn;
}

// commit applies ops as one change and records it. meta: label (what a
// person would call the change: "Usunięto: Gmina Masłów"), structural,
// announce (say the change with a way to undo it: a removal), and
// coalesce, a key shared by the keystrokes of one field: a change with the
// same key as the previous one, within COALESCE_MS of it, joins it. Returns
// the change, or null when nothing was done (no operation, or read-only).
export function commit(ops, meta = {}) {
  if (state.readOnly) {
    onRefused();
    return null;
  }
  if (!ops.length) return null;
  const before = state.bundle;
  const { doc, inverse } = applyOps(state.bundle, ops);
  state.bundle = doc;
  const change = {
    ops, inverse, label: meta.label ?? '', structural: !!meta.structural, announce: !!meta.announce, coalesce: meta.coalesce ?? null,
    at: clock(), view: state.view, ipw: state.ipw, replaces: ops.some((o) => o.path === ''),
  };
  const last = past.at(-1);
  if (change.coalesce && !breakCoalescing && last?.coalesce === change.coalesce && change.at - last.at < COALESCE_MS) {
    const same = samePlace(doc, last.ops, ops);
    last.ops = same ? ops : [...last.ops, ...ops];
    if (!same) last.inverse = [...inverse, ...last.inverse];
    last.at = change.at;
  } else {
    past.push(change);
    if (past.length > HISTORY) past.splice(0, past.length - HISTORY);
  }
  breakCoalescing = false;
  future.length = 0;
  emit({ type: 'edit', change, structural: change.structural || before !== doc });
  return change;
}

// set stores value at p (creating the objects on the way); remove removes
// what is at p; append adds value at the end of the array at p. Each is one
// change; meta as for commit.
export const set = (p, value, meta) => commit(setOps(state.bundle, p, value, init), meta);
export const remove = (p, meta) => commit(removeOps(state.bundle, p), meta);
export const append = (p, value, meta) => commit(appendOps(state.bundle, p, value, init), { structural: true, ...meta });

// replaceWork puts bundle in place of the work as one change, so that it
// too can be undone.
export const replaceWork = (bundle, meta) => commit([{ op: 'replace', path: '', value: bundle }], { structural: true, ...meta });

// endTyping ends the change being typed: the next keystroke starts a new
// one (a field was left).
export function endTyping() {
  breakCoalescing = true;
}

export const canUndo = () => past.length > 0 && !state.readOnly;
export const canRedo = () => future.length > 0 && !state.readOnly;

// undo takes back the latest change and returns it (null when there is
// none); redo does it again.
export function undo() {
  if (!canUndo()) return null;
  const change = past.pop();
  state.bundle = applyOps(state.bundle, change.inverse).doc;
  future.push(change);
  breakCoalescing = true;
  emit({ type: 'undo', change, structural: true });
  return change;
}

export function redo() {
  if (!canRedo()) return null;
  const change = future.pop();
  state.bundle = applyOps(state.bundle, change.ops).doc;
  past.push(change);
  breakCoalescing = true;
  emit({ type: 'redo', change, structural: true });
  return change;
}

// load puts bundle in place without history (the saved work when the page
// starts, or the work another tab saved): the history of the old bundle no
// longer applies and is forgotten.
export function load(bundle) {
  state.bundle = bundle;
  past.length = 0;
  future.length = 0;
  emit({ type: 'load', change: null, structural: true });
}

// history is the undo history, for tests and the page's buttons.
export const history = () => ({ past: past.length, future: future.length });

// setClock replaces the clock (tests).
export function setClock(fn) {
  clock = fn;
}

// loadPrefs reads the interface preferences from storage (a Storage such as
// localStorage); savePrefs writes them.
export function loadPrefs(storage) {
  try {
    const prefs = JSON.parse(storage.getItem(PREFS) || '{}');
    if (prefs.lang === 'en' || prefs.lang === 'pl') state.lang = prefs.lang;
    if (VIEWS.includes(prefs.view)) state.view = prefs.view;
    if (Number.isInteger(prefs.ipw)) state.ipw = prefs.ipw;
  } catch { /* ignore broken preferences */ }
}

export function savePrefs(storage) {
  try {
    storage.setItem(PREFS, JSON.stringify({ lang: state.lang, view: state.view, ipw: state.ipw }));
  } catch { /* preferences are not work: nothing is lost */ }
}
