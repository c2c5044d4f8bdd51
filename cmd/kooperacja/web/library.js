// The bridge to the kooperacja library (WebAssembly). Every question the
// page asks about the model — findings, stage, simulation, indicators, the
// closed sets of the schema — goes through call(); nothing here decides a
// rule of the model.

import { load } from './wasm/kooperacja.mjs';
import { t } from './i18n.js';
import { state } from './store.js';

let k = null;
const enums = {};

// start loads the WebAssembly module; it rejects when the module cannot run.
export async function start() {
  k = await load();
  loadEnums();
}

export const ready = () => k !== null;

// opts are the options every call passes: the language of the answers.
export const opts = () => ({ lang: state.lang });

// call runs one library function and returns {ok, result, error}, whatever
// the exact shape the wrapper hands back (a value, {ok, result}, or
// {ok:false, error}); a thrown exception becomes an error value too.
export function call(name, ...args) {
  try {
    const fn = k?.[name];
    if (typeof fn !== 'function') return { ok: false, error: { message: t('fnMissing', name) } };
    let r = fn.apply(k, args);
    if (typeof r === 'string') {
      try { r = JSON.parse(r); } catch { /* a plain string result */ }
    }
    if (r && typeof r === 'object' && 'ok' in r) {
      return r.ok ? { ok: true, result: r.result ?? r.value ?? r } : { ok: false, error: r.error ?? r, result: r.result };
    }
    return { ok: true, result: r };
  } catch (e) {
    return { ok: false, error: { message: String(e?.message ?? e) } };
  }
}

// failureFindings turns a failed call into findings: the ones that stopped
// the document when there are any, else the failure's message.
export function failureFindings(err) {
  const fs = findingsOf(err);
  return fs.length ? fs : [{ code: 'planner.library_error', severity: 'error', path: '', message: errorText(err) }];
}

export const errorText = (e) => (typeof e === 'string' ? e : e?.message ?? JSON.stringify(e));

// findingsOf pulls the finding list out of a validate result.
export function findingsOf(r) {
  if (Array.isArray(r)) return r;
  if (Array.isArray(r?.findings)) return r.findings;
  if (Array.isArray(r?.documents?.[0]?.findings)) return r.documents[0].findings;
  return [];
}

// loadEnums reads the closed sets (variants, kinds, roles…) from the
// library's bundle schema.
function loadEnums() {
  const r = call('schema', 'bundle');
  let s = r.ok ? r.result : null;
  if (typeof s === 'string') s = JSON.parse(s);
  const defs = s?.$defs ?? {};
  for (const [name, def] of Object.entries(defs)) if (Array.isArray(def.enum)) enums[name] = def.enum;
}

// enumValues are the values of a closed set of the schema.
export const enumValues = (set) => enums[set] || [];

// enumOptions are a closed set's values with their labels in the interface
// language, for a select or a group of checkboxes.
export const enumOptions = (set) => enumValues(set).map((v) => ({ value: v, label: t.enum(set, v) }));

// changeText is a difference's message in the interface language.
export function changeText(c) {
  if (typeof c === 'string') return c;
  const m = c?.message;
  if (typeof m === 'string') return m;
  if (m && typeof m === 'object') return m[state.lang] ?? m.pl ?? JSON.stringify(m);
  return (state.lang === 'en' ? c?.messageEn : c?.messagePl) ?? JSON.stringify(c);
}

// diff asks the library for the differences between two bundles, in the
// model's words: {ok, changes} or {ok: false, error}.
export function diff(older, newer) {
  const r = call('diff', older, newer, opts());
  if (!r.ok) return { ok: false, error: errorText(r.error) };
  const res = r.result;
  const changes = Array.isArray(res) ? res : res?.changes ?? res?.differences ?? [];
  return { ok: true, changes };
}
