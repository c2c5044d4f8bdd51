// The offline IPW planner. It edits one bundle (DOMAIN.md §13) held in
// memory and in localStorage, and asks the kooperacja WebAssembly library
// about it after every change: findings, stage, simulation, indicators. No
// rule of the model is written here; this file only shows what the library
// says and maps each finding's JSON Pointer to the field that edits it.

import { h, ptr, parent, segments, getAt, setAt, deleteAt, nextId, today, dayNumber, isDate } from './dom.js';
import { makeT } from './i18n.js';
import { load } from './wasm/kooperacja.mjs';

const STORE = 'kooperacja-planner:bundle';
const PREVIOUS = 'kooperacja-planner:previous';
const PREFS = 'kooperacja-planner:prefs';
const VIEWS = ['start', 'institutions', 'teams', 'agreements', 'ipw', 'stage', 'timeline', 'whatif', 'indicators', 'print'];

const state = {
  k: null,
  bundle: null,
  lang: 'pl',
  view: 'start',
  ipw: 0,
  findings: [],
  enums: {},
  notice: null, // {text, findings?}
  whatif: null,
  firstFindingsShown: false,
};
let t = makeT('pl');

// ---------- the library ----------

// call runs one library function and returns {ok, result, error}, whatever
// the exact shape the wrapper hands back (a value, {ok, result}, or
// {ok:false, error}); a thrown exception becomes an error value too.
function call(name, ...args) {
  try {
    const fn = state.k?.[name];
    if (typeof fn !== 'function') return { ok: false, error: { message: `${name} is not available` } };
    let r = fn.apply(state.k, args);
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

const opts = () => ({ lang: state.lang });

// failureFindings turns a failed call into findings: the ones that stopped
// the document when there are any, else the failure's message.
function failureFindings(err) {
  const fs = findingsOf(err);
  return fs.length ? fs : [{ code: 'planner.library_error', severity: 'error', path: '', message: errorText(err) }];
}
const errorText = (e) => (typeof e === 'string' ? e : e?.message ?? JSON.stringify(e));

// findingsOf pulls the finding list out of a validate result.
function findingsOf(r) {
  if (Array.isArray(r)) return r;
  if (Array.isArray(r?.findings)) return r.findings;
  if (Array.isArray(r?.documents?.[0]?.findings)) return r.documents[0].findings;
  return [];
}

function loadEnums() {
  const r = call('schema', 'bundle');
  let s = r.ok ? r.result : null;
  if (typeof s === 'string') s = JSON.parse(s);
  const defs = s?.$defs ?? {};
  for (const [name, def] of Object.entries(defs)) if (Array.isArray(def.enum)) state.enums[name] = def.enum;
}

const enumOptions = (set) => (state.enums[set] || []).map((v) => ({ value: v, label: t.enum(set, v) }));

// ---------- the document ----------

const TEMPLATES = [
  [/^\/ipws\/\d+\/consent$/, () => ({ givenBy: [], scope: [] })],
  [/^\/ipws\/\d+\/diagnosis$/, () => ({ areas: [] })],
];
const init = (p) => (TEMPLATES.find(([re]) => re.test(p))?.[1] ?? (() => ({})))();

const get = (p) => getAt(state.bundle, p);
const set = (p, v) => setAt(state.bundle, p, v, init);
const del = (p) => deleteAt(state.bundle, p);

function save() {
  try {
    if (state.bundle) localStorage.setItem(STORE, JSON.stringify(state.bundle));
    localStorage.setItem(PREFS, JSON.stringify({ lang: state.lang, view: state.view, ipw: state.ipw }));
  } catch (e) {
    showNotice(t('error') + e.message);
  }
}

// changed is called after every edit: save, check, and rebuild the view when
// the structure changed (an item added or removed, a choice that shows other
// fields); typing in a field does not rebuild, so focus stays put.
function changed(structural = false) {
  save();
  validateNow();
  if (structural) renderView();
  else markFields();
}

function replaceBundle(b) {
  if (state.bundle) {
    try { localStorage.setItem(PREVIOUS, JSON.stringify(state.bundle)); } catch { /* full storage: keep going */ }
  }
  state.bundle = b;
  state.ipw = 0;
  state.whatif = null;
  save();
  validateNow();
}

// ---------- findings ----------

function validateNow() {
  if (!state.bundle || !state.k) {
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

function renderFindings() {
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

// fieldFor is the element in the view that edits p or its nearest ancestor.
function fieldFor(p) {
  const root = document.getElementById('view');
  for (let q = p; ; q = parent(q)) {
    const el = root.querySelector(`[data-path="${CSS.escape(q)}"]`);
    if (el) return el;
    if (q === '') return null;
  }
}

function markFields() {
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

function focusPath(p) {
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

// ---------- form fields ----------

const fid = (p) => 'f' + p;

function heading(level, text, p) {
  return h('h' + level, { tabindex: -1, 'data-path': p, id: p != null ? 'h' + p : undefined }, text);
}

function field(p, label, o = {}) {
  const id = fid(p);
  const v = get(p);
  const input = o.multiline
    ? h('textarea', { id, 'data-path': p, rows: o.rows || 2 })
    : h('input', { id, 'data-path': p, type: o.type || 'text', autocomplete: 'off', inputmode: o.type === 'number' ? 'numeric' : undefined, spellcheck: o.type ? undefined : 'true' });
  input.value = v ?? '';
  input.addEventListener('input', () => {
    const raw = input.value;
    if (raw === '') del(p);
    else if (o.type === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n)) return;
      set(p, n);
    } else set(p, raw);
    changed(o.rerender);
  });
  return h('div', { class: 'field' + (o.wide ? ' wide' : '') }, h('label', { for: id }, label), input);
}

function selectField(p, label, options, o = {}) {
  const id = fid(p);
  const v = o.value !== undefined ? o.value : get(p);
  const sel = h('select', { id, 'data-path': p });
  if (o.empty !== false) sel.append(h('option', { value: '' }, t('none')));
  const known = new Set();
  for (const opt of options) {
    known.add(opt.value);
    sel.append(h('option', { value: opt.value }, opt.label));
  }
  if (v != null && v !== '' && !known.has(String(v))) sel.append(h('option', { value: String(v) }, String(v)));
  sel.value = v == null ? '' : String(v);
  sel.addEventListener('change', () => {
    if (o.onchange) o.onchange(sel.value);
    else if (sel.value === '') del(p);
    else set(p, sel.value);
    changed(o.rerender);
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), sel);
}

// checks edits an array of strings as a group of checkboxes.
function checks(p, legend, options, o = {}) {
  const current = get(p) || [];
  const fs = h('fieldset', { class: 'checks', 'data-path': p, id: fid(p) }, h('legend', {}, legend));
  const boxes = [];
  for (const opt of options) {
    const id = `${fid(p)}~${opt.value}`;
    const box = h('input', { type: 'checkbox', id, value: opt.value });
    box.checked = current.includes(opt.value);
    boxes.push(box);
    box.addEventListener('change', () => {
      const was = get(p) || [];
      const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
      const offered = new Set(options.map((x) => x.value));
      const next = [...was.filter((x) => !offered.has(x)), ...options.map((x) => x.value).filter((x) => chosen.has(x))];
      if (!next.length && o.dropEmpty) del(p);
      else set(p, next);
      changed(o.rerender);
    });
    fs.append(h('span', { class: 'check' }, box, h('label', { for: id }, opt.label)));
  }
  if (!options.length) fs.append(h('p', { class: 'hint' }, t('none')));
  return fs;
}

function boolField(p, label) {
  const id = fid(p);
  const box = h('input', { type: 'checkbox', id, 'data-path': p });
  box.checked = get(p) === true;
  box.addEventListener('change', () => { set(p, box.checked); changed(); });
  return h('div', { class: 'field check' }, box, h('label', { for: id }, label));
}

// collection edits an array of objects: one group per item, add and remove.
function collection(p, title, o) {
  const items = get(p) || [];
  const sec = h('section', { class: 'collection' }, heading(o.level || 3, title, p));
  items.forEach((item, i) => {
    const ip = ptr(p, i);
    const hid = 'h' + ip;
    sec.append(h('div', { class: 'item group', role: 'group', 'aria-labelledby': hid },
      h('div', { class: 'item-head' },
        h('h' + ((o.level || 3) + 1), { tabindex: -1, 'data-path': ip, id: hid }, o.itemTitle(item, i)),
        h('button', {
          type: 'button', class: 'remove', 'aria-label': `${t('remove')}: ${o.itemTitle(item, i)}`,
          onclick: () => { del(ip); changed(true); focusHeading(p); },
        }, t('remove'))),
      h('div', { class: 'fields' }, o.render(ip, item, i))));
  });
  sec.append(h('button', {
    type: 'button', class: 'add', 'data-add': p,
    onclick: () => {
      const arr = get(p) || [];
      arr.push(o.make(arr));
      set(p, arr);
      changed(true);
      const first = document.querySelector(`#view [data-path^="${CSS.escape(ptr(p, arr.length - 1))}/"]`);
      (first || document.getElementById('h' + ptr(p, arr.length - 1)))?.focus();
    },
  }, `${t('add')}: ${o.addLabel}`));
  return sec;
}

function focusHeading(p) {
  const el = document.getElementById('h' + p);
  if (el) el.focus();
}

const institutions = () => state.bundle?.institutions || [];
const instName = (id) => institutions().find((i) => i.id === id)?.name || id;
const instOptions = () => institutions().map((i) => ({ value: i.id, label: `${i.name || '?'} (${i.id})` }));
const teamOptions = (kinds) => (state.bundle?.teams || []).filter((x) => !kinds || kinds.includes(x.kind)).map((x) => ({ value: x.id, label: `${x.name || '?'} (${x.id})` }));

// ---------- views ----------

function showView(name, focus = true) {
  state.view = VIEWS.includes(name) ? name : 'start';
  save();
  renderView();
  for (const b of document.querySelectorAll('#tabs button')) {
    if (b.dataset.view === state.view) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (focus) document.querySelector('#view h2')?.focus();
}

function renderView() {
  const root = document.getElementById('view');
  const scroll = window.scrollY;
  root.replaceChildren();
  const render = {
    start: viewStart, institutions: viewInstitutions, teams: viewTeams, agreements: viewAgreements, ipw: viewIpw,
    stage: viewStage, timeline: viewTimeline, whatif: viewWhatIf, indicators: viewIndicators, print: viewPrint,
  }[state.view];
  if (state.view !== 'start' && !state.bundle) root.append(heading(2, t('v_' + state.view), null), h('p', {}, t('noBundle')));
  else root.append(...[render()].flat());
  root.dataset.view = state.view;
  markFields();
  window.scrollTo(0, scroll);
}

function viewStart() {
  const out = [heading(2, t('startTitle'), '')];
  if (state.notice) {
    const n = h('div', { class: 'notice', role: 'alert', id: 'notice' }, h('p', {}, state.notice.text));
    if (state.notice.findings?.length) {
      n.append(h('ul', { class: 'import-findings' }, state.notice.findings.map((f) =>
        h('li', { class: 'sev-' + f.severity }, h('span', { class: 'sev' }, t('sev_' + f.severity)), ' ', f.message, ' ', h('code', {}, f.path || '/')))));
    }
    out.push(n);
  }

  // a new bundle
  const form = h('form', { class: 'new-bundle', id: 'new-bundle' });
  const teryt = h('input', { id: 'new-teryt', inputmode: 'numeric', autocomplete: 'off', maxlength: 7 });
  const name = h('input', { id: 'new-name', autocomplete: 'off' });
  const pop = h('input', { id: 'new-population', type: 'number', min: 0 });
  const variant = h('select', { id: 'new-variant' }, enumOptions('variant').map((x) => h('option', { value: x.value }, x.label)));
  const hint = h('p', { id: 'new-hint', class: 'hint', 'aria-live': 'polite' });
  let touched = false;
  variant.addEventListener('change', () => { touched = true; });
  const suggest = () => {
    const s = suggestVariant(teryt.value.trim(), name.value.trim(), pop.value);
    hint.textContent = s.message;
    if (s.variant && !touched) variant.value = s.variant;
  };
  for (const el of [teryt, name, pop]) el.addEventListener('input', suggest);
  form.append(
    heading(3, t('newBundle'), null),
    h('div', { class: 'fields' },
      h('div', { class: 'field' }, h('label', { for: 'new-teryt' }, t('teryt')), teryt),
      h('div', { class: 'field' }, h('label', { for: 'new-name' }, t('municipalityName')), name),
      h('div', { class: 'field' }, h('label', { for: 'new-population' }, t('population')), pop),
      h('div', { class: 'field' }, h('label', { for: 'new-variant' }, t('suggested')), variant)),
    hint,
    h('button', { type: 'submit', id: 'create-bundle' }, t('create')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (state.bundle && !confirm(t('confirmReplace'))) return;
    const m = { teryt: teryt.value.trim(), name: name.value.trim() };
    if (pop.value !== '') m.population = Number(pop.value);
    replaceBundle({ schemaVersion: '1', variant: variant.value, municipality: m, institutions: [], services: [], teams: [], agreements: [], ipws: [], stages: [] });
    state.notice = null;
    showView('institutions');
  });
  out.push(form);

  // open a file, restore earlier work
  const file = h('input', { type: 'file', id: 'open-file', accept: '.json,application/json' });
  file.addEventListener('change', () => { if (file.files[0]) importFile(file.files[0]); file.value = ''; });
  const files = h('section', { class: 'files' }, heading(3, t('openFile'), null),
    h('div', { class: 'field' }, h('label', { for: 'open-file' }, t('openFile')), file));
  if (localStorage.getItem(PREVIOUS)) {
    files.append(h('button', { type: 'button', id: 'restore-previous', onclick: restorePrevious }, t('restore')));
  }
  out.push(files);

  if (state.bundle) {
    out.push(h('section', { class: 'current' }, heading(3, t('currentBundle'), null),
      h('div', { class: 'fields' },
        field('/municipality/teryt', t('teryt')),
        field('/municipality/name', t('municipalityName')),
        field('/municipality/population', t('population'), { type: 'number' }),
        selectField('/variant', t('variant'), enumOptions('variant'), { empty: false }),
        field('/asOf', t('asOf'), { type: 'date' }))));
  }
  return out;
}

// suggestVariant asks the library which variant the TERYT code and
// population suggest: it checks a bundle that declares "rural" and reads the
// municipality.variant_mismatch finding (params.derived) if there is one.
function suggestVariant(teryt, name, population) {
  if (!/^\d{7}$/.test(teryt)) return { message: '' };
  const m = { teryt, name: name || '?' };
  if (population !== '') m.population = Number(population);
  const r = call('validate', { schemaVersion: '1', variant: 'rural', municipality: m }, opts());
  if (!r.ok) return { message: errorText(r.error) };
  const fs = findingsOf(r.result).filter((f) => f.path.startsWith('/municipality') || f.path === '/variant');
  const bad = fs.find((f) => f.code === 'id.teryt_invalid');
  if (bad) return { message: bad.message };
  const mm = fs.find((f) => f.code === 'municipality.variant_mismatch');
  const v = mm?.params?.derived || 'rural';
  return { variant: v, message: `${t('suggested')}: ${t.enum('variant', v)}` };
}

function importFile(f) {
  f.text().then((text) => importText(f.name, text), (e) => showNotice(t('error') + e.message));
}

// importText opens a file unless it cannot be read as a bundle at all (bad
// JSON, too large or deep, an unsupported version): then it shows the file's
// findings and leaves the current work as it was.
function importText(fileName, text) {
  let doc;
  try { doc = JSON.parse(text); } catch { doc = undefined; }
  const r = call('validate', doc !== undefined ? doc : text, opts());
  const fs = r.ok ? findingsOf(r.result) : failureFindings(r.error);
  const fatal = doc === undefined || typeof doc !== 'object' || doc === null || Array.isArray(doc) ||
    fs.some((x) => x.code.startsWith('document.') || x.code === 'planner.library_error');
  if (fatal) {
    state.notice = { text: t('importBroken', fileName), findings: fs.filter((x) => x.severity === 'error').length ? fs.filter((x) => x.severity === 'error') : fs };
    showView('start');
    document.getElementById('notice')?.focus();
    return;
  }
  replaceBundle(doc);
  state.notice = { text: t('imported', fileName) };
  showView('start');
}

function restorePrevious() {
  const prev = localStorage.getItem(PREVIOUS);
  if (!prev) return;
  try {
    const cur = state.bundle;
    state.bundle = JSON.parse(prev);
    if (cur) localStorage.setItem(PREVIOUS, JSON.stringify(cur));
    state.notice = { text: t('restored') };
    save();
    validateNow();
    showView('start');
  } catch (e) {
    showNotice(t('error') + e.message);
  }
}

function showNotice(text) {
  state.notice = { text };
  const s = document.getElementById('status');
  s.textContent = text;
}

function viewInstitutions() {
  return [
    heading(2, t('v_institutions'), null),
    collection('/institutions', t('institutions'), {
      addLabel: t('institution'),
      itemTitle: (x, i) => x.name || `${t('institution')} ${i + 1}`,
      make: (arr) => ({ id: nextId('inst', arr), name: '', kind: 'ops' }),
      render: (p) => [
        field(p + '/name', t('name'), { wide: true }),
        field(p + '/id', t('id')),
        selectField(p + '/kind', t('kind'), enumOptions('institutionKind'), { empty: false }),
        selectField(p + '/level', t('level'), enumOptions('level')),
        selectField(p + '/sector', t('sector'), enumOptions('sector')),
        field(p + '/teryt', 'TERYT'),
        field(p + '/regon', t('regon')),
        field(p + '/nip', t('nip')),
      ],
    }),
    collection('/services', t('services'), {
      addLabel: t('service'),
      itemTitle: (x, i) => x.name || `${t('service')} ${i + 1}`,
      make: (arr) => ({ id: nextId('svc', arr), name: '', provider: institutions()[0]?.id ?? '' }),
      render: (p) => [
        field(p + '/name', t('name'), { wide: true }),
        field(p + '/id', t('id')),
        selectField(p + '/provider', t('provider'), instOptions()),
        field(p + '/monthlyCapacity', t('monthlyCapacity'), { type: 'number' }),
      ],
    }),
  ];
}

const asOfDate = () => (isDate(state.bundle?.asOf) ? state.bundle.asOf : today());

function viewTeams() {
  return [
    heading(2, t('v_teams'), null),
    collection('/teams', t('teams'), {
      addLabel: t('team'),
      itemTitle: (x, i) => x.name || `${t('team')} ${i + 1}`,
      make: (arr) => ({ id: nextId('team', arr), kind: arr.some((x) => x.kind === 'pzk') ? (state.bundle.variant === 'urban' ? 'zzk' : 'ggk') : 'pzk', name: '', formed: asOfDate(), members: [] }),
      render: (p, team) => [
        field(p + '/name', t('name'), { wide: true }),
        field(p + '/id', t('id')),
        selectField(p + '/kind', t('kind'), enumOptions('teamKind'), { empty: false, rerender: true }),
        field(p + '/formed', t('formed'), { type: 'date' }),
        team.kind === 'ggk' || team.kind === 'zzk' ? selectField(p + '/parentTeam', t('parentTeam'), teamOptions(['pzk'])) : null,
        collection(p + '/members', t('members'), {
          level: 4,
          addLabel: t('member'),
          itemTitle: (m, i) => (m.institution ? instName(m.institution) : `${t('member')} ${i + 1}`),
          make: () => ({ institution: '', representative: '', roles: ['member'], joined: team.formed || asOfDate() }),
          render: (mp) => [
            selectField(mp + '/institution', t('institution'), instOptions()),
            field(mp + '/representative', t('representative')),
            checks(mp + '/roles', t('roles'), enumOptions('role')),
            field(mp + '/joined', t('joined'), { type: 'date' }),
            field(mp + '/left', t('left'), { type: 'date' }),
          ],
        }),
        collection(p + '/meetings', t('meetings'), {
          level: 4,
          addLabel: t('meeting'),
          itemTitle: (m, i) => `${t('meeting')} ${m.date || i + 1}`,
          make: () => ({ date: asOfDate(), attendees: [] }),
          render: (mp) => [
            field(mp + '/date', t('date'), { type: 'date' }),
            checks(mp + '/attendees', t('attendees'), (team.members || []).filter((m) => m.institution).map((m) => ({ value: m.institution, label: instName(m.institution) }))),
            field(mp + '/notes', t('notes'), { multiline: true, wide: true }),
          ],
        }),
      ],
    }),
  ];
}

function signatureList(p, title, parties) {
  return collection(p, title, {
    level: 4,
    addLabel: t('signature'),
    itemTitle: (s, i) => (s.party ? instName(s.party) : `${t('signature')} ${i + 1}`),
    make: (arr) => ({ party: parties.find((x) => !arr.some((s) => s.party === x)) ?? '', signatory: '', date: asOfDate() }),
    render: (sp) => [
      selectField(sp + '/party', t('party'), parties.map((id) => ({ value: id, label: instName(id) }))),
      field(sp + '/signatory', t('signatory')),
      field(sp + '/function', t('function')),
      field(sp + '/date', t('date'), { type: 'date' }),
    ],
  });
}

function viewAgreements() {
  return [
    heading(2, t('v_agreements'), null),
    collection('/agreements', t('agreements'), {
      addLabel: t('agreement'),
      itemTitle: (x, i) => x.title || `${t('agreement')} ${i + 1}`,
      make: (arr) => ({ id: nextId('agr', arr), kind: 'local_cooperation', title: '', scope: '', parties: [], signatures: [] }),
      render: (p, a) => {
        const allParties = [...new Set([...(a.parties || []), ...(a.annexes || []).flatMap((x) => x.addParties || [])])];
        return [
          field(p + '/title', t('agreementTitle'), { wide: true }),
          field(p + '/id', t('id')),
          selectField(p + '/kind', t('kind'), enumOptions('agreementKind'), { empty: false, rerender: true }),
          a.kind === 'accession_declaration' ? selectField(p + '/team', t('declTeam'), teamOptions(['pzk'])) : null,
          field(p + '/scope', t('scope'), { multiline: true, wide: true }),
          checks(p + '/parties', t('parties'), instOptions(), { rerender: true }),
          field(p + '/effectiveFrom', t('effectiveFrom'), { type: 'date' }),
          field(p + '/validUntil', t('validUntil'), { type: 'date' }),
          field(p + '/noticePeriodDays', t('noticePeriodDays'), { type: 'number' }),
          signatureList(p + '/signatures', t('signatures'), a.parties || []),
          collection(p + '/annexes', t('annexes'), {
            level: 4,
            addLabel: t('annex'),
            itemTitle: (x, i) => `${t('annex')} ${x.id || i + 1}`,
            make: (arr) => ({ id: nextId('aneks', arr), date: asOfDate(), effectiveFrom: asOfDate(), signatures: [] }),
            render: (ap, x) => [
              field(ap + '/id', t('id')),
              field(ap + '/date', t('date'), { type: 'date' }),
              field(ap + '/effectiveFrom', t('effectiveFrom'), { type: 'date' }),
              field(ap + '/validUntil', t('validUntil'), { type: 'date' }),
              checks(ap + '/addParties', t('addParties'), instOptions(), { dropEmpty: true, rerender: true }),
              checks(ap + '/removeParties', t('removeParties'), allParties.map((id) => ({ value: id, label: instName(id) })), { dropEmpty: true }),
              signatureList(ap + '/signatures', t('signatures'), [...new Set([...allParties, ...(x.addParties || [])])]),
            ],
          }),
          collection(p + '/withdrawals', t('withdrawals'), {
            level: 4,
            addLabel: t('withdrawal'),
            itemTitle: (x, i) => (x.party ? `${t('withdrawal')}: ${instName(x.party)}` : `${t('withdrawal')} ${i + 1}`),
            make: () => ({ party: '', noticeDate: asOfDate() }),
            render: (wp) => [
              selectField(wp + '/party', t('party'), allParties.map((id) => ({ value: id, label: instName(id) }))),
              field(wp + '/noticeDate', t('noticeDate'), { type: 'date' }),
              field(wp + '/effectiveDate', t('effectiveDate'), { type: 'date' }),
            ],
          }),
        ];
      },
    }),
  ];
}

// ---------- the IPW editor ----------

const ipws = () => state.bundle?.ipws || [];
const ipwLabel = (x, i) => `${x.beneficiary?.pseudonym || t('ipw') + ' ' + (i + 1)} (${x.id || '?'})`;
const memberLabel = (m) => `${m.id} — ${t.enum('memberRole', m.role)}${m.birthYear ? ', ' + m.birthYear : ''}`;

function ipwPicker() {
  const list = ipws();
  if (state.ipw >= list.length) state.ipw = Math.max(0, list.length - 1);
  const sel = h('select', { id: 'ipw-picker' }, list.map((x, i) => h('option', { value: String(i) }, ipwLabel(x, i))));
  sel.value = String(state.ipw);
  sel.addEventListener('change', () => { state.ipw = Number(sel.value); save(); renderView(); document.getElementById('ipw-picker')?.focus(); });
  const add = h('button', {
    type: 'button', id: 'add-ipw',
    onclick: () => {
      const arr = state.bundle.ipws || (state.bundle.ipws = []);
      const cw = institutions().find((x) => x.kind === 'ops' || x.kind === 'cus');
      const team = (state.bundle.teams || []).find((x) => x.kind === 'pzk');
      arr.push({
        id: nextId('ipw', arr), team: team?.id ?? '',
        caseWorker: { institution: cw?.id ?? '', name: '' },
        beneficiary: { kind: 'family', pseudonym: '', members: [{ id: 'm1', role: 'applicant', birthYear: 1985 }] },
        period: { start: asOfDate(), end: asOfDate() },
        goals: [], actions: [],
      });
      state.ipw = arr.length - 1;
      changed(true);
      document.getElementById(fid(`/ipws/${state.ipw}/beneficiary/pseudonym`))?.focus();
    },
  }, t('newIpw'));
  return h('div', { class: 'picker' },
    list.length ? h('div', { class: 'field' }, h('label', { for: 'ipw-picker' }, t('chooseIpw')), sel) : h('p', {}, t('noIpw')),
    add);
}

function viewIpw() {
  const out = [heading(2, t('ipws'), '/ipws'), ipwPicker()];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const p = `/ipws/${state.ipw}`;
  const members = x.beneficiary?.members || [];
  const memberOpts = members.map((m) => ({ value: m.id, label: memberLabel(m) }));
  const goalOpts = (x.goals || []).map((g) => ({ value: g.id, label: g.title || g.id }));
  const team = (state.bundle.teams || []).find((tm) => tm.id === x.team);
  const teamInst = [...new Set((team?.members || []).map((m) => m.institution).filter(Boolean))];
  const teamInstOpts = teamInst.map((id) => ({ value: id, label: instName(id) }));
  const section = (title, sp, ...body) => h('section', { class: 'ipw-section' }, heading(3, title, sp), h('div', { class: 'fields' }, body));

  out.push(h('div', { class: 'ipw-editor' },
    h('div', { class: 'item-head' }, heading(3, ipwLabel(x, state.ipw), p),
      h('button', { type: 'button', class: 'remove', onclick: () => { if (confirm(t('confirmRemove'))) { del(p); state.ipw = 0; changed(true); } } }, t('removeIpw'))),
    h('div', { class: 'fields' },
      field(p + '/id', t('id')),
      selectField(p + '/team', t('team'), teamOptions(), { rerender: true }),
      selectField(p + '/caseWorker/institution', t('cwInstitution'), instOptions()),
      field(p + '/caseWorker/name', t('cwName')),
      selectField(p + '/status', t('storedStatus'), enumOptions('ipwStatus'))),
    section(t('beneficiary'), p + '/beneficiary',
      selectField(p + '/beneficiary/kind', t('kind'), enumOptions('beneficiaryKind'), { empty: false }),
      field(p + '/beneficiary/pseudonym', t('pseudonym')),
      collection(p + '/beneficiary/members', t('household'), {
        level: 4,
        addLabel: t('hmember'),
        itemTitle: (m, i) => (m.id ? memberLabel(m) : `${t('hmember')} ${i + 1}`),
        make: (arr) => ({ id: nextId('m', arr), role: 'child', birthYear: Number(asOfDate().slice(0, 4)) - 10 }),
        render: (mp) => [
          field(mp + '/id', t('id')),
          selectField(mp + '/role', t('role'), enumOptions('memberRole'), { empty: false }),
          field(mp + '/birthYear', t('birthYear'), { type: 'number' }),
          field(mp + '/pesel', t('pesel')),
        ],
      })),
    section(t('qualification'), p + '/qualification',
      field(p + '/qualification/date', t('date'), { type: 'date' }),
      selectField(p + '/qualification/referredBy', t('referredBy'), instOptions()),
      checks(p + '/qualification/reasons', t('reasons'), enumOptions('qualificationReason'), { dropEmpty: true }),
      field(p + '/qualification/notes', t('notes'), { multiline: true, wide: true })),
    section(t('consent'), p + '/consent',
      field(p + '/consent/date', t('date'), { type: 'date' }),
      checks(p + '/consent/givenBy', t('givenBy'), memberOpts),
      checks(p + '/consent/scope', t('consentScope'), teamInstOpts),
      field(p + '/consent/withdrawn', t('withdrawn'), { type: 'date' })),
    section(t('diagnosis'), p + '/diagnosis',
      field(p + '/diagnosis/date', t('date'), { type: 'date' }),
      checks(p + '/diagnosis/methods', t('methods'), enumOptions('diagnosisMethod'), { dropEmpty: true }),
      collection(p + '/diagnosis/areas', t('areas'), {
        level: 4,
        addLabel: t('area'),
        itemTitle: (a, i) => (a.area ? t.enum('diagnosisArea', a.area) : `${t('area')} ${i + 1}`),
        make: (arr) => ({ area: (state.enums.diagnosisArea || ['other']).find((v) => !arr.some((a) => a.area === v)) || 'other', problem: true }),
        render: (ap) => [
          selectField(ap + '/area', t('area'), enumOptions('diagnosisArea'), { empty: false }),
          boolField(ap + '/problem', t('problem')),
          field(ap + '/causes', t('causes'), { multiline: true, wide: true }),
          field(ap + '/strengths', t('strengths'), { multiline: true }),
          field(ap + '/weaknesses', t('weaknesses'), { multiline: true }),
          field(ap + '/resources', t('resources'), { multiline: true }),
          field(ap + '/deficits', t('deficits'), { multiline: true }),
          field(ap + '/expectations', t('expectations'), { multiline: true }),
          field(ap + '/needs', t('needs'), { multiline: true }),
        ],
      })),
    section(t('period'), p + '/period',
      field(p + '/period/start', t('start'), { type: 'date' }),
      field(p + '/period/end', t('end'), { type: 'date' })),
    h('section', { class: 'ipw-section' },
      collection(p + '/goals', t('goals'), {
        level: 3,
        addLabel: t('goal'),
        itemTitle: (g, i) => g.title || `${t('goal')} ${i + 1}`,
        make: (arr) => ({ id: nextId('g', arr), title: '', areas: [] }),
        render: (gp) => [
          field(gp + '/title', t('goalTitle'), { wide: true }),
          field(gp + '/id', t('id')),
          checks(gp + '/areas', t('areas'), enumOptions('diagnosisArea')),
          field(gp + '/measure', t('measure')),
          field(gp + '/target', t('target')),
          field(gp + '/targetDate', t('targetDate'), { type: 'date' }),
          selectField(gp + '/outcome', t('outcome'), enumOptions('goalOutcome')),
        ],
      }),
      collection(p + '/deferredAreas', t('deferredAreas'), {
        level: 4,
        addLabel: t('deferred'),
        itemTitle: (d, i) => (d.area ? t.enum('diagnosisArea', d.area) : `${t('deferred')} ${i + 1}`),
        make: () => ({ area: 'other', reason: '' }),
        render: (dp) => [
          selectField(dp + '/area', t('area'), enumOptions('diagnosisArea'), { empty: false }),
          field(dp + '/reason', t('reason'), { wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section' },
      collection(p + '/actions', t('actions'), {
        level: 3,
        addLabel: t('action'),
        itemTitle: (a, i) => a.title || `${t('action')} ${i + 1}`,
        make: (arr) => ({
          id: nextId('a', arr), goal: x.goals?.[0]?.id ?? '', title: '',
          responsible: teamInst[0] ? { institution: teamInst[0] } : { member: members[0]?.id ?? '' },
          start: x.period?.start || asOfDate(), due: x.period?.end || asOfDate(), status: 'planned',
        }),
        render: (ap) => [
          field(ap + '/title', t('actionTitle'), { wide: true }),
          field(ap + '/id', t('id')),
          selectField(ap + '/goal', t('goal'), goalOpts),
          responsibleField(ap + '/responsible', teamInstOpts, memberOpts),
          selectField(ap + '/service', t('service'), (state.bundle.services || []).map((s) => ({ value: s.id, label: s.name || s.id }))),
          field(ap + '/start', t('start'), { type: 'date' }),
          field(ap + '/due', t('due'), { type: 'date' }),
          selectField(ap + '/status', t('status'), enumOptions('actionStatus'), { empty: false }),
          field(ap + '/completed', t('completed'), { type: 'date' }),
          field(ap + '/notes', t('notes'), { multiline: true, wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section' },
      collection(p + '/reviews', t('reviews'), {
        level: 3,
        addLabel: t('review'),
        itemTitle: (r, i) => `${t('review')} ${r.date || i + 1}`,
        make: () => ({ date: asOfDate(), participants: [], decision: 'continue' }),
        render: (rp, r) => [
          field(rp + '/date', t('date'), { type: 'date' }),
          selectField(rp + '/decision', t('decision'), enumOptions('reviewDecision'), { empty: false, rerender: true }),
          r.decision === 'extend' ? field(rp + '/newEnd', t('newEnd'), { type: 'date' }) : null,
          checks(rp + '/participants', t('participants'), teamInstOpts),
          field(rp + '/notes', t('notes'), { multiline: true, wide: true }),
        ],
      }),
      collection(p + '/suspensions', t('suspensions'), {
        level: 4,
        addLabel: t('suspension'),
        itemTitle: (s, i) => `${t('suspension')} ${s.from || i + 1}`,
        make: () => ({ from: asOfDate() }),
        render: (sp) => [
          field(sp + '/from', t('from'), { type: 'date' }),
          field(sp + '/to', t('to'), { type: 'date' }),
          field(sp + '/reason', t('reason'), { wide: true }),
        ],
      })),
    h('section', { class: 'ipw-section' },
      collection(p + '/signatures', t('ipwSignatures'), {
        level: 3,
        addLabel: t('signature'),
        itemTitle: (s, i) => signerLabel(s.signer, members) || `${t('signature')} ${i + 1}`,
        make: () => ({ signer: { member: members[0]?.id ?? '' }, date: asOfDate() }),
        render: (sp, s) => [
          signerField(sp + '/signer', s.signer, instOptions(), memberOpts),
          s.signer?.institution !== undefined ? field(sp + '/signer/name', t('signerName')) : null,
          field(sp + '/date', t('date'), { type: 'date' }),
        ],
      })),
    section(t('closure'), p + '/closure',
      field(p + '/closure/date', t('date'), { type: 'date' }),
      selectField(p + '/closure/reason', t('reason'), enumOptions('closureReason')),
      h('fieldset', { class: 'checks group', 'data-path': p + '/closure/goalOutcomes' }, h('legend', {}, t('goalOutcomes')),
        (x.goals || []).map((g) => selectField(ptr(p + '/closure/goalOutcomes', g.id), g.title || g.id, enumOptions('goalOutcome')))),
      field(p + '/closure/summary', t('summaryText'), { multiline: true, wide: true }))));
  return out;
}

// responsibleField picks the owner of an action: an institution of the team
// or a member of the family ({"institution": id} or {"member": id}).
function responsibleField(p, instOpts, memberOpts) {
  const v = get(p);
  const cur = v?.institution !== undefined ? 'institution:' + v.institution : v?.member !== undefined ? 'member:' + v.member : '';
  const sel = h('select', { id: fid(p), 'data-path': p }, h('option', { value: '' }, t('none')),
    h('optgroup', { label: t('institutions') }, instOpts.map((o) => h('option', { value: 'institution:' + o.value }, o.label))),
    h('optgroup', { label: t('family') }, memberOpts.map((o) => h('option', { value: 'member:' + o.value }, o.label))));
  if (cur && ![...sel.options].some((o) => o.value === cur)) sel.append(h('option', { value: cur }, cur.split(':')[1]));
  sel.value = cur;
  sel.addEventListener('change', () => {
    const [kind, ...rest] = sel.value.split(':');
    if (!sel.value) del(p);
    else set(p, { [kind]: rest.join(':') });
    changed();
  });
  return h('div', { class: 'field' }, h('label', { for: fid(p) }, t('responsible')), sel);
}

function signerLabel(s, members) {
  if (!s) return '';
  if (s.member !== undefined) return memberLabel(members.find((m) => m.id === s.member) || { id: s.member });
  if (s.institution !== undefined) return `${instName(s.institution)}${s.name ? ' — ' + s.name : ''}`;
  return '';
}

function signerField(p, v, instOpts, memberOpts) {
  const cur = v?.institution !== undefined ? 'institution:' + v.institution : v?.member !== undefined ? 'member:' + v.member : '';
  const sel = h('select', { id: fid(p), 'data-path': p }, h('option', { value: '' }, t('none')),
    h('optgroup', { label: t('family') }, memberOpts.map((o) => h('option', { value: 'member:' + o.value }, o.label))),
    h('optgroup', { label: t('institutions') }, instOpts.map((o) => h('option', { value: 'institution:' + o.value }, o.label))));
  if (cur && ![...sel.options].some((o) => o.value === cur)) sel.append(h('option', { value: cur }, cur.split(':')[1]));
  sel.value = cur;
  sel.addEventListener('change', () => {
    const [kind, ...rest] = sel.value.split(':');
    const id = rest.join(':');
    if (!sel.value) del(p);
    else if (kind === 'member') set(p, { member: id });
    else set(p, { institution: id, name: get(p)?.name ?? '' });
    changed(true);
  });
  return h('div', { class: 'field' }, h('label', { for: fid(p) }, t('signer')), sel);
}

// ---------- stage ----------

function viewStage() {
  const out = [heading(2, t('stageTitle'), null)];
  const r = call('stage', state.bundle, opts());
  if (!r.ok) {
    out.push(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
  } else {
    const s = r.result || {};
    const done = new Set(s.completed || []);
    out.push(h('ol', { class: 'stages', id: 'stage-list' }, (s.stages || []).map((st) =>
      h('li', { class: done.has(st) ? 'done' : st === s.current ? 'current' : 'todo', 'aria-current': st === s.current ? 'step' : undefined },
        t.enum('stageName', st), done.has(st) ? ` — ${t('stageDone')}` : st === s.current ? ` — ${t('stageNow')}` : ''))));
    if (s.current) {
      out.push(h('p', {}, `${t('stageCurrent')}: `, h('strong', { id: 'stage-current' }, t.enum('stageName', s.current)),
        s.next ? ` · ${t('stageNext')}: ${t.enum('stageName', s.next)}` : ''));
      out.push(heading(3, t('stageMissing'), null), h('ul', { class: 'checklist', id: 'stage-missing' }, (s.missing || []).map((m) => {
        const text = state.lang === 'pl' ? m.messagePl ?? m.message : m.messageEn ?? m.message;
        return h('li', {}, m.path ? h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(m.path) }, text) : text);
      })));
    } else if ((s.stages || []).length) {
      out.push(h('p', {}, t('stageAllDone')));
    }
  }
  out.push(collection('/stages', t('stageRecords'), {
    addLabel: t('stageRecord'),
    itemTitle: (x, i) => (x.stage ? t.enum('stageName', x.stage) : `${t('stageRecord')} ${i + 1}`),
    make: () => ({ stage: (r.ok && r.result?.current) || (state.enums.stageName || [])[0] }),
    render: (p) => [
      selectField(p + '/stage', t('stageName'), enumOptions('stageName'), { empty: false }),
      field(p + '/started', t('started'), { type: 'date' }),
      field(p + '/completed', t('completedOn'), { type: 'date' }),
      field(p + '/evidence', t('evidence'), { multiline: true, wide: true }),
    ],
  }));
  return out;
}

// ---------- timeline ----------

// plannedEnd is the period's end as moved by the latest extend review
// (DOMAIN.md §10); it only places the marker on the calendar.
function plannedEnd(x) {
  let end = x.period?.end;
  const ext = (x.reviews || []).filter((r) => r.decision === 'extend' && isDate(r.newEnd) && isDate(r.date)).sort((a, b) => a.date.localeCompare(b.date));
  if (ext.length) end = ext.at(-1).newEnd;
  return end;
}

function viewTimeline() {
  const out = [heading(2, t('timelineTitle'), null), ipwPicker()];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const p = `/ipws/${state.ipw}`;
  const now = asOfDate();
  const end = plannedEnd(x);
  const dates = [x.period?.start, end, now, ...(x.actions || []).flatMap((a) => [a.start, a.due, a.completed]), ...(x.reviews || []).map((r) => r.date)].filter(isDate);
  if (!isDate(x.period?.start) || !dates.length) return [...out, h('p', {}, t('noDates'))];
  const lo = Math.min(...dates.map(dayNumber));
  const hi = Math.max(...dates.map(dayNumber)) + 1;
  const pos = (d) => `${((dayNumber(d) - lo) / (hi - lo)) * 100}%`;
  const flagged = (code) => new Set(state.findings.filter((f) => f.code === code).map((f) => f.path));
  const overdue = flagged('ipw.action_overdue');
  const isOverdue = (ap) => [...overdue].some((fp) => fp === ap || fp.startsWith(ap + '/'));

  const marker = (d, cls, label) => {
    const m = h('span', { class: 'tl-marker ' + cls, title: `${label}: ${d}` }, h('span', { class: 'tl-marker-label' }, `${label} ${d}`));
    m.style.left = pos(d);
    return m;
  };
  // every track carries the today and planned-end lines; the scale row names them
  const lines = () => [marker(now, 'today', t('today')), isDate(end) ? marker(end, 'end', t('plannedEnd')) : null];
  const scale = h('div', { class: 'tl-track tl-scale' }, lines());
  const first = new Date(lo * 86400000);
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
    const ds = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    if (dayNumber(ds) >= hi) break;
    if (dayNumber(ds) >= lo) {
      const tick = h('span', { class: 'tl-tick', 'aria-hidden': 'true' }, ds.slice(0, 7));
      tick.style.left = pos(ds);
      scale.append(tick);
    }
  }
  const rows = h('ul', { class: 'tl-rows', id: 'timeline' },
    h('li', { class: 'tl-row tl-head' }, h('div', { class: 'tl-label' }, `${t('today')}: ${now} · ${t('plannedEnd')}: ${end || '?'}`), scale));
  (x.actions || []).forEach((a, i) => {
    const ap = ptr(p + '/actions', i);
    const late = isOverdue(ap);
    const track = h('div', { class: 'tl-track' }, lines());
    if (isDate(a.start) && isDate(a.due) && a.start <= a.due) {
      const bar = h('span', { class: `tl-bar status-${a.status}${late ? ' overdue' : ''}` });
      bar.style.left = pos(a.start);
      bar.style.width = `${((dayNumber(a.due) - dayNumber(a.start) + 1) / (hi - lo)) * 100}%`;
      track.append(bar);
    }
    const who = a.responsible?.institution !== undefined ? instName(a.responsible.institution) : a.responsible?.member ?? '';
    rows.append(h('li', { class: 'tl-row' + (late ? ' overdue' : ''), 'data-action': ap },
      h('div', { class: 'tl-label' },
        h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(ap + '/title') }, a.title || a.id),
        h('span', { class: 'tl-dates' }, ` ${a.start || '?'} – ${a.due || '?'} · ${who} · ${t.enum('actionStatus', a.status)}`),
        late ? h('strong', { class: 'tl-overdue' }, ` ${t('overdue')}`) : null),
      track));
  });
  const reviewTrack = h('div', { class: 'tl-track' }, lines());
  for (const r of x.reviews || []) if (isDate(r.date)) reviewTrack.append(marker(r.date, 'review', t('review')));
  rows.append(h('li', { class: 'tl-row' }, h('div', { class: 'tl-label' }, t('reviews'),
    h('span', { class: 'tl-dates' }, ' ' + (x.reviews || []).map((r) => r.date).join(', '))), reviewTrack));
  const frame = h('div', { class: 'tl-frame' }, rows);
  out.push(h('p', { class: 'hint' }, `${t('period')}: ${x.period?.start} – ${end || '?'} · ${t('today')}: ${now}`), frame);
  return out;
}

// ---------- what if ----------

function viewWhatIf() {
  const out = [heading(2, t('whatifTitle'), null), h('p', { class: 'hint' }, t('whatifHint'))];
  const inst = h('select', { id: 'whatif-institution' }, instOptions().map((o) => h('option', { value: o.value }, o.label)));
  const date = h('input', { type: 'date', id: 'whatif-date' });
  date.value = state.whatif?.date || asOfDate();
  if (state.whatif?.institution) inst.value = state.whatif.institution;
  const form = h('form', { class: 'fields', id: 'whatif-form' },
    h('div', { class: 'field' }, h('label', { for: 'whatif-institution' }, t('whatifInst')), inst),
    h('div', { class: 'field' }, h('label', { for: 'whatif-date' }, t('whatifDate')), date),
    h('button', { type: 'submit', id: 'whatif-run' }, t('run')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    state.whatif = { institution: inst.value, date: date.value, result: runWhatIf(inst.value, date.value) };
    renderView();
    document.getElementById('whatif-result')?.focus();
  });
  out.push(form);
  if (state.whatif?.result) out.push(state.whatif.result());
  return out;
}

// LOSS are the findings by which an action loses its owner or its cover.
const LOSS = new Set(['ipw.action_not_covered_by_agreement', 'ipw.action_responsible_not_member']);

function runWhatIf(institution, date) {
  const ends = ipws().map(plannedEnd).filter(isDate);
  let horizon = [date, ...ends].sort().at(-1);
  if (horizon === date) horizon = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  // on_time: everything else goes to plan (actions done on their due dates,
  // reviews and PZK meetings on schedule), so what appears is what the
  // partner's leaving breaks.
  const scenario = { horizon, assume: 'on_time', events: [{ date, type: 'partner_withdraws', institution }] };
  const r = call('simulate', state.bundle, scenario, opts());
  return () => {
    const box = h('section', { id: 'whatif-result', tabindex: -1, 'aria-live': 'polite' });
    if (!r.ok) {
      const fs = findingsOf(r.error);
      box.append(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
      if (fs.length) box.append(h('ul', {}, fs.map((f) => h('li', {}, f.message, ' ', h('code', {}, f.path)))));
      return box;
    }
    const appeared = (r.result?.timeline || []).flatMap((day) => (day.appeared || []).map((f) => ({ ...f, date: day.date })));
    const lost = new Map();
    for (const f of appeared) {
      const m = /^\/ipws\/(\d+)\/actions\/(\d+)/.exec(f.path);
      if (!m || !LOSS.has(f.code)) continue;
      const key = m[0];
      if (!lost.has(key)) lost.set(key, { ipw: ipws()[m[1]], action: ipws()[m[1]]?.actions?.[m[2]], path: key, findings: [] });
      lost.get(key).findings.push(f);
    }
    box.append(heading(3, t('whatifLost'), null));
    if (!lost.size) box.append(h('p', { id: 'whatif-none' }, t('whatifNone')));
    else {
      box.append(h('ul', { id: 'whatif-lost' }, [...lost.values()].map((l) => h('li', {},
        h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(l.path) }, `${l.action?.title || l.path} (${l.ipw?.beneficiary?.pseudonym || l.ipw?.id})`),
        h('ul', {}, l.findings.map((f) => h('li', {}, `${f.date}: ${f.message}`)))))));
    }
    box.append(heading(3, t('whatifAll'), null), h('ul', {}, appeared.map((f) => h('li', { class: 'sev-' + f.severity },
      h('span', { class: 'sev' }, t('sev_' + f.severity)), ` ${f.date}: ${f.message} `, h('code', {}, f.path)))));
    return box;
  };
}

// ---------- indicators ----------

function viewIndicators() {
  const out = [heading(2, t('indicatorsTitle'), null)];
  const r = call('report', state.bundle, opts());
  if (!r.ok) {
    out.push(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
    return out;
  }
  const ind = r.result?.indicators ?? r.result;
  out.push(h('div', { id: 'indicators' }, showValue(ind)));
  return out;
}

// showValue renders an indicators value: objects as definition lists,
// arrays of objects as tables, rates as percentages; every key is labelled
// in the interface language (indicator keys are the library's JSON names).
function showValue(v, key = '') {
  if (v === null || v === undefined) return h('span', { class: 'null' }, '—');
  if (typeof v === 'number') {
    if (key.endsWith('Rate')) return `${Math.round(v * 1000) / 10} %`;
    return String(Number.isInteger(v) ? v : Math.round(v * 10) / 10);
  }
  if (typeof v !== 'object') return String(v);
  const label = (k) => t('ind_' + k) === 'ind_' + k ? k : t('ind_' + k);
  if (Array.isArray(v)) {
    if (!v.length) return h('span', { class: 'null' }, '—');
    if (typeof v[0] !== 'object') return v.join(', ');
    const keys = [...new Set(v.flatMap(Object.keys))];
    const cell = (row, k) => (k === 'institution' ? instName(row[k]) : k === 'service' ? serviceName(row[k]) : showValue(row[k], k));
    return h('table', {}, h('thead', {}, h('tr', {}, keys.map((k) => h('th', { scope: 'col' }, label(k))))),
      h('tbody', {}, v.map((row) => h('tr', {}, keys.map((k) => h('td', {}, cell(row, k)))))));
  }
  return h('dl', { class: 'values' }, Object.entries(v).flatMap(([k, x]) => [h('dt', {}, label(k)), h('dd', {}, showValue(x, k))]));
}

// serviceName is the name of a basket service, or its id.
function serviceName(id) {
  return (state.bundle.services || []).find((s) => s.id === id)?.name || id;
}

// ---------- print ----------

function viewPrint() {
  const out = [h('div', { class: 'no-print' }, heading(2, t('v_print'), null), h('p', { class: 'hint' }, t('printHint')), ipwPicker(),
    h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print')))];
  const x = ipws()[state.ipw];
  if (!x) return out;
  const b = state.bundle;
  const members = x.beneficiary?.members || [];
  const who = (r) => (r?.institution !== undefined ? instName(r.institution) : r?.member !== undefined ? memberLabel(members.find((m) => m.id === r.member) || { id: r.member }) : '');
  const table = (heads, rows) => h('table', {}, h('thead', {}, h('tr', {}, heads.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c ?? ''))))));
  const teamName = (b.teams || []).find((tm) => tm.id === x.team)?.name || x.team;
  const doc = h('article', { class: 'print-doc', id: 'print-doc' },
    h('h1', {}, t('printTitle')),
    h('p', {}, `${t('municipality')}: ${b.municipality?.name ?? ''} (TERYT ${b.municipality?.teryt ?? ''}) · IPW ${x.id} · ${t('team')}: ${teamName}`),
    h('p', {}, `${t('caseWorker')}: ${x.caseWorker?.name ?? ''}, ${instName(x.caseWorker?.institution)}`),
    h('p', {}, `${t('period')}: ${x.period?.start ?? ''} – ${plannedEnd(x) ?? ''}`),
    h('h2', {}, `${t('beneficiary')}: ${x.beneficiary?.pseudonym ?? ''} (${t.enum('beneficiaryKind', x.beneficiary?.kind)})`),
    table([t('id'), t('role'), t('birthYear')], members.map((m) => [m.id, t.enum('memberRole', m.role), m.birthYear])),
    x.qualification ? h('p', {}, `${t('qualification')}: ${x.qualification.date ?? ''}, ${instName(x.qualification.referredBy) ?? ''}; ${(x.qualification.reasons || []).map((r) => t.enum('qualificationReason', r)).join(', ')}`) : null,
    x.consent ? h('p', {}, `${t('consent')}: ${x.consent.date ?? ''}; ${t('consentScope')}: ${(x.consent.scope || []).map(instName).join(', ')}`) : null,
    x.diagnosis ? [h('h2', {}, `${t('diagnosis')} (${x.diagnosis.date ?? ''})`),
      table([t('area'), t('causes'), `${t('strengths')} / ${t('weaknesses')}`, `${t('resources')} / ${t('deficits')}`, `${t('expectations')} / ${t('needs')}`],
        (x.diagnosis.areas || []).map((a) => [t.enum('diagnosisArea', a.area) + (a.problem ? ' *' : ''), a.causes, [a.strengths, a.weaknesses].filter(Boolean).join(' / '),
          [a.resources, a.deficits].filter(Boolean).join(' / '), [a.expectations, a.needs].filter(Boolean).join(' / ')]))] : null,
    h('h2', {}, t('goals')),
    table([t('goal'), t('areas'), t('measure'), t('target'), t('targetDate')],
      (x.goals || []).map((g) => [g.title, (g.areas || []).map((a) => t.enum('diagnosisArea', a)).join(', '), g.measure, g.target, g.targetDate])),
    h('h2', {}, t('actions')),
    table([t('action'), t('goal'), t('responsible'), t('start'), t('due'), t('status')],
      (x.actions || []).map((a) => [a.title, (x.goals || []).find((g) => g.id === a.goal)?.title ?? a.goal, who(a.responsible), a.start, a.due, t.enum('actionStatus', a.status)])),
    (x.reviews || []).length ? [h('h2', {}, t('reviews')), table([t('date'), t('decision'), t('notes')], x.reviews.map((r) => [r.date, t.enum('reviewDecision', r.decision), r.notes]))] : null,
    h('h2', {}, t('ipwSignatures')),
    h('div', { class: 'sig-lines' },
      [...members.map((m) => memberLabel(m)), `${x.caseWorker?.name ?? ''} — ${instName(x.caseWorker?.institution)}`,
        ...[...new Set((x.actions || []).map((a) => a.responsible?.institution).filter((id) => id && id !== x.caseWorker?.institution))].map(instName)]
        .map((name) => h('div', { class: 'sig' }, h('div', { class: 'line' }), h('div', {}, `${name} — ${t('sigLine')}`), h('div', { class: 'line short' }), h('div', {}, t('sigDate'))))));
  out.push(doc);
  return out;
}

// ---------- shell ----------

function exportFile() {
  if (!state.bundle) return;
  const blob = new Blob([JSON.stringify(state.bundle, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: `kooperacja-${state.bundle.municipality?.teryt || 'pakiet'}-${today()}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function renderShell() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  document.getElementById('app-title').textContent = t('title');
  const lang = document.getElementById('lang-toggle');
  lang.textContent = t('lang');
  lang.setAttribute('aria-label', t('langLabel'));
  document.getElementById('export').textContent = t('exportFile');
  document.getElementById('findings-h').textContent = t('findings');
  document.getElementById('skip-findings').textContent = t('findings');
  const tabs = document.getElementById('tabs');
  tabs.setAttribute('aria-label', t('views'));
  tabs.replaceChildren(...VIEWS.map((v) => h('button', { type: 'button', 'data-view': v, onclick: () => showView(v) }, t('v_' + v))));
}

async function main() {
  try {
    const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}');
    if (prefs.lang === 'en' || prefs.lang === 'pl') state.lang = prefs.lang;
    if (VIEWS.includes(prefs.view)) state.view = prefs.view;
    if (Number.isInteger(prefs.ipw)) state.ipw = prefs.ipw;
  } catch { /* ignore broken preferences */ }
  t = makeT(state.lang);
  renderShell();
  document.getElementById('status').textContent = t('loading');
  document.getElementById('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'pl' ? 'en' : 'pl';
    t = makeT(state.lang);
    save();
    renderShell();
    validateNow();
    showView(state.view, false);
  });
  document.getElementById('export').addEventListener('click', exportFile);
  try {
    state.k = await load();
  } catch (e) {
    document.getElementById('status').textContent = t('loadFailed') + (e?.message ?? e);
    return;
  }
  loadEnums();
  const saved = localStorage.getItem(STORE);
  if (saved) {
    try {
      state.bundle = JSON.parse(saved);
      state.notice = { text: t('restored') };
    } catch { /* unreadable autosave: start empty */ }
  }
  const v = call('version');
  document.getElementById('status').textContent = v.ok && v.result?.version ? `kooperacja ${v.result.version}` : '';
  validateNow();
  showView(state.bundle ? state.view : 'start', false);
  document.documentElement.dataset.ready = 'true';
}

main();
