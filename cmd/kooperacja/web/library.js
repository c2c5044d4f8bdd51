// The bridge to the kooperacja library (WebAssembly). Every question the
// page asks about the model — findings, stage, simulation, indicators, the
// closed sets of the schema — goes through call(); nothing here decides a
// rule of the model.

import { load } from './wasm/kooperacja.mjs';
import { t } from './i18n.js';
import { state } from './store.js';
import { segments } from './dom.js';

let k = null;
const enums = []; // the schema's closed sets, each a list of values in the model's order
const glossary = {}; // lang → set → value → label

// start loads the WebAssembly module; it rejects when the module cannot run.
export async function start() {
  // The module is fetched and compiled from here, once the page has
  // started to read the saved work: compiled earlier, side by side with
  // the page's own modules, it held them back on a busy machine, and with
  // them the findings saved with the work (e2e/bench.mjs).
  k = await load();
  loadEnums();
  for (const lang of ['pl', 'en']) {
    const r = call('labels', lang);
    glossary[lang] = r.ok ? r.result : {};
  }
}

export const ready = () => k !== null;

// seedLabels gives a set's labels before the library has started (those
// saved with the work); the library's own replace them when it starts.
export function seedLabels(lang, set, labels) {
  if (k || !labels) return;
  glossary[lang] ??= {};
  glossary[lang][set] = { ...labels };
}

// opts are the options every call passes: the language of the answers.
export const opts = () => ({ lang: state.lang });

// call runs one library function and returns {ok, result, error}, whatever
// the exact shape the wrapper hands back (a value, {ok, result}, or
// {ok:false, error}); a thrown exception becomes an error value too.
export function call(name, ...args) {
  try {
    const fn = k?.[name];
    if (typeof fn !== 'function') return { ok: false, error: { message: t('fnMissing', name) } };
    const r = fn.apply(k, args);
    if (typeof r?.then === 'function') {
      // A function of the library's second module: its answer comes later.
      r.catch(() => {});
      return { ok: false, error: { message: `${name}: the library answers it asynchronously; ask with callLater` } };
    }
    return answer(r);
  } catch (e) {
    return { ok: false, error: { message: String(e?.message ?? e) } };
  }
}

// callLater runs a library function that answers with a promise, as call
// runs the others: the documents, the differences and the monitoring
// record, which are in the library's second module, loaded the first time
// one is asked for (call refuses them).
export async function callLater(name, ...args) {
  try {
    const fn = k?.[name];
    if (typeof fn !== 'function') return { ok: false, error: { message: t('fnMissing', name) } };
    return answer(await fn.apply(k, args));
  } catch (e) {
    return { ok: false, error: { message: String(e?.message ?? e) } };
  }
}

// answer is a library function's answer as {ok, result, error}.
function answer(r) {
  if (typeof r === 'string') {
    try { r = JSON.parse(r); } catch { /* a plain string result */ }
  }
  if (r && typeof r === 'object' && 'ok' in r) {
    return r.ok ? { ok: true, result: r.result ?? r.value ?? r } : { ok: false, error: r.error ?? r, result: r.result };
  }
  return { ok: true, result: r };
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

// loadEnums reads the closed sets from the library's schemas: their values
// in the model's order (the glossary, a map, gives their labels).
function loadEnums() {
  for (const name of ['bundle', 'profile']) {
    const r = call('schema', name);
    let s = r.ok ? r.result : null;
    if (typeof s === 'string') s = JSON.parse(s);
    for (const def of Object.values(s?.$defs ?? {})) if (Array.isArray(def.enum)) enums.push(def.enum);
  }
}

// values are the values of the glossary's set (named as the glossary names
// it: "kind", "area", "stage"…), in the order of the schema's closed set
// that has the same values.
export function values(set) {
  const labels = glossary.pl?.[set] ?? {};
  const keys = Object.keys(labels);
  const same = enums.find((e) => e.length === keys.length && e.every((v) => Object.hasOwn(labels, v)));
  return same ?? keys;
}

// label is the label of a value of a glossary set in the interface language
// (the value itself when the library does not know it).
export const label = (set, value) => glossary[state.lang]?.[set]?.[value] ?? glossary.pl?.[set]?.[value] ?? String(value ?? '');

// options are a set's values with their labels, for a select or checkboxes.
export const options = (set) => values(set).map((v) => ({ value: v, label: label(set, v) }));

// fieldLabel is the label the library gives the property p points at
// ("Data przeglądu" for /ipws/0/reviews/1/date): the label of "parent.name"
// when the glossary has one, else of the name.
export function fieldLabel(p) {
  const names = segments(p).filter((s) => !/^\d+$/.test(s));
  const f = glossary[state.lang]?.field ?? {};
  const name = names.at(-1);
  const parentName = names.at(-2);
  return (parentName && f[`${parentName}.${name}`]) ?? f[name] ?? name ?? '';
}

// newItem asks the library for the item that starts a new element of the
// list at p (what: the kind of item where a list holds several), or null.
export function newItem(p, what) {
  const r = call('newItem', JSON.stringify(state.bundle), p, what ?? null, opts());
  return r.ok ? r.result : null;
}

// normalized is value, typed into the field at p, as the bundle wants it
// written (a REGON, NIP or PESEL as bare digits); anything else as typed.
export function normalized(p, value) {
  const r = call('normalize', p, value);
  return r.ok && typeof r.result?.value === 'string' ? r.result.value : value;
}

// The display forms of dates, months and numbers, written by the library as
// its messages write them ("16.11.2026 r.", "wrzesień 2026", "45 000",
// "81,4 %"), remembered per language.
const forms = { pl: new Map(), en: new Map() };

// format writes values ({date}, {month}, {int}, {decimal, digits},
// {percent, digits}) for people, in the interface language.
export function format(values) {
  const cache = forms[state.lang] ?? forms.pl;
  const key = (v) => JSON.stringify(v);
  const missing = values.filter((v) => !cache.has(key(v)));
  if (missing.length) {
    const r = call('format', missing, opts());
    missing.forEach((v, i) => cache.set(key(v), r.ok ? r.result[i] : Object.values(v)[0]));
  }
  return values.map((v) => cache.get(key(v)));
}

// dateText is a date (YYYY-MM-DD) for people; "" for none.
export const dateText = (d) => (d ? format([{ date: d }])[0] : '');
export const monthText = (m) => format([{ month: m }])[0];
export const intText = (n) => format([{ int: n }])[0];
export const percentText = (r, digits = 1) => format([{ percent: r, digits }])[0];
export const decimalText = (x, digits = 1) => format([{ decimal: x, digits }])[0];

// plans are the library's facts about the IPWs: {day, plans}, the date the
// bundle is evaluated at and, by index, each IPW's derived status and
// planned end.
export function plans() {
  if (!state.bundle) return { day: '', plans: [] };
  const r = call('plans', JSON.stringify(state.bundle), opts());
  return r.ok ? r.result : { day: '', plans: [] };
}

// changeText is a difference's message in the interface language.
export function changeText(c) {
  if (typeof c === 'string') return c;
  const m = c?.message;
  if (typeof m === 'string') return m;
  if (m && typeof m === 'object') return m[state.lang] ?? m.pl ?? JSON.stringify(m);
  return (state.lang === 'en' ? c?.messageEn : c?.messagePl) ?? JSON.stringify(c);
}

// diff asks the library for the differences between two bundles, in the
// model's words: a promise of {ok, changes} or {ok: false, error} (diff is
// in the library's second module, as the documents).
export async function diff(older, newer) {
  const r = await callLater('diff', older, newer, opts());
  if (!r.ok) return { ok: false, error: errorText(r.error) };
  const res = r.result;
  const changes = Array.isArray(res) ? res : res?.changes ?? res?.differences ?? [];
  return { ok: true, changes };
}
