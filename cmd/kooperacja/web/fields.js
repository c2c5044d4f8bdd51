// Form fields bound to the bundle by JSON Pointer: each one shows the value
// at its path, edits it through the store (one change per edit, typing in a
// field coalesced into one), and carries data-path so that a finding at
// that path can mark and focus it. Every input has its label, by default the
// one the library's glossary gives the property. Lists of items are cards
// that fold away, each new item comes from the library (newItem), and a
// card just added stays quiet about its empty fields until it is left.

import { h, ptr, parent } from './dom.js';
import { t } from './i18n.js';
import { get, set, remove, append, endTyping } from './store.js';
import { fieldLabel, options as setOptions, newItem, normalized } from './library.js';

export const fid = (p) => 'f' + p;

export function heading(level, text, p) {
  return h('h' + level, { tabindex: -1, 'data-path': p, id: p != null ? 'h' + p : undefined }, text);
}

// field is a text, date or number input for p; o.label replaces the
// glossary's label, o.hint adds a line under it.
export function field(p, o = {}) {
  const id = fid(p);
  const label = o.label ?? fieldLabel(p);
  const v = get(p);
  const hintId = o.hint ? id + '~hint' : undefined;
  const input = o.multiline
    ? h('textarea', { id, 'data-path': p, rows: o.rows || 2, 'aria-describedby': hintId })
    : h('input', {
      id, 'data-path': p, type: o.type || 'text', autocomplete: 'off', inputmode: o.type === 'number' ? 'numeric' : undefined,
      spellcheck: o.type ? undefined : 'true', min: o.min, max: o.max, placeholder: o.placeholder, 'aria-describedby': hintId,
    });
  input.value = v ?? '';
  input.addEventListener('blur', endTyping);
  input.addEventListener('input', () => {
    const raw = input.value;
    const meta = { label: t('editedField', label), coalesce: 'field' + p, structural: o.rerender };
    if (raw === '') remove(p, meta);
    else if (o.type === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n)) return;
      set(p, n, meta);
    } else set(p, raw, meta);
  });
  // leaving the field: an identifier typed with spaces, dashes or a prefix
  // is written as the bundle wants it, as the library reads it
  if (!o.type && !o.multiline) {
    input.addEventListener('change', () => {
      const v = normalized(p, input.value);
      if (v === input.value) return;
      input.value = v;
      set(p, v, { label: t('editedField', label), coalesce: 'field' + p });
    });
  }
  return h('div', { class: 'field' + (o.wide ? ' wide' : '') }, h('label', { for: id }, label), input,
    o.hint ? h('p', { class: 'hint', id: hintId }, o.hint) : null);
}

// selectField chooses the value at p among options: a glossary set's name
// ("kind", "area"…) or a list of {value, label}. Without a value the select
// shows "— wybierz —"; o.empty adds a "— brak —" choice that removes it.
export function selectField(p, options, o = {}) {
  const id = fid(p);
  const label = o.label ?? fieldLabel(p);
  const list = typeof options === 'string' ? setOptions(options) : options;
  const v = o.value !== undefined ? o.value : get(p);
  const sel = h('select', { id, 'data-path': p });
  const none = v == null || v === '';
  if (o.empty !== false) sel.append(h('option', { value: '' }, t('none')));
  else if (none) sel.append(h('option', { value: '', disabled: true }, t('choose')));
  const known = new Set();
  for (const opt of list) {
    known.add(opt.value);
    sel.append(h('option', { value: opt.value }, opt.label));
  }
  if (!none && !known.has(String(v))) sel.append(h('option', { value: String(v) }, String(v)));
  sel.value = none ? '' : String(v);
  sel.addEventListener('change', () => {
    const meta = { label: t('editedField', label), structural: o.rerender };
    if (o.onchange) o.onchange(sel.value, meta);
    else if (sel.value === '') remove(p, meta);
    else set(p, sel.value, meta);
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), sel);
}

// checks edits an array of strings as a group of checkboxes; options as for
// selectField.
export function checks(p, options, o = {}) {
  const legend = o.label ?? fieldLabel(p);
  const list = typeof options === 'string' ? setOptions(options) : options;
  const current = get(p) || [];
  const fs = h('fieldset', { class: 'checks', 'data-path': p, id: fid(p) }, h('legend', {}, legend));
  const boxes = [];
  for (const opt of list) {
    const id = `${fid(p)}~${opt.value}`;
    const box = h('input', { type: 'checkbox', id, value: opt.value });
    box.checked = current.includes(opt.value);
    boxes.push(box);
    box.addEventListener('change', () => {
      const was = get(p) || [];
      const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
      const offered = new Set(list.map((x) => x.value));
      const next = [...was.filter((x) => !offered.has(x)), ...list.map((x) => x.value).filter((x) => chosen.has(x))];
      const meta = { label: t('editedField', legend), structural: o.rerender };
      if (!next.length && o.dropEmpty) remove(p, meta);
      else set(p, next, meta);
    });
    fs.append(h('span', { class: 'check' }, box, h('label', { for: id }, opt.label)));
  }
  if (!list.length) fs.append(h('p', { class: 'hint' }, t('none')));
  return fs;
}

export function boolField(p, o = {}) {
  const id = fid(p);
  const label = o.label ?? fieldLabel(p);
  const box = h('input', { type: 'checkbox', id, 'data-path': p });
  box.checked = get(p) === true;
  box.addEventListener('change', () => set(p, box.checked, { label: t('editedField', label) }));
  return h('div', { class: 'field check' }, box, h('label', { for: id }, label));
}

// ---------- cards: folded away, named after their item, quiet while new ----------

const folded = new Set(); // pointers of the cards folded by the person
const unfolded = new Set(); // pointers of the cards opened that fold by default
const fresh = new Set(); // pointers of the items just added, not yet left
const titled = []; // [element, () => text]: headings that follow their item's name

// isFolded says whether the card at p is folded (byDefault: whether it
// starts folded).
export const isFolded = (p, byDefault = false) => folded.has(p) || (byDefault && !unfolded.has(p));

export function setFolded(p, yes) {
  if (yes) { folded.add(p); unfolded.delete(p); } else { folded.delete(p); unfolded.add(p); }
}

// reveal unfolds every card on the way to p, so that its field can be shown.
export function reveal(p) {
  for (let q = p; q !== ''; q = parent(q)) setFolded(q, false);
}

// isFresh says whether p lies in an item just added.
export const isFresh = (p) => [...fresh].some((q) => p === q || p.startsWith(q + '/'));
export const hasFresh = () => fresh.size > 0;

let onSettled = () => {};
// onFreshLeft registers fn() to run when an item stops being fresh (its card
// was left, or the person asked to check everything).
export function onFreshLeft(fn) {
  onSettled = fn;
}

export function forgetFresh() {
  if (!fresh.size) return;
  fresh.clear();
  onSettled();
}

// forgetFreshOnRemoval: a removal or an undo moves items, so the marks of
// the items just added no longer point at them.
export const clearFresh = () => fresh.clear();

// titled headings are drawn again with each view; refreshTitles brings them
// up to date with the data after an edit that does not redraw the view.
export function resetTitles() {
  titled.length = 0;
}

export function refreshTitles() {
  for (const [el, text] of titled) {
    const s = text();
    if (el.textContent !== s) el.textContent = s;
  }
}

// titledHeading is a heading whose text follows text() as the data change.
export function titledHeading(level, text, p) {
  const el = heading(level, text(), p);
  titled.push([el, text]);
  return el;
}

// card is one item of a list: its heading (following the item's name), a
// button that folds it, one that removes it, and its fields.
export function card(ip, level, title, body, o = {}) {
  const hid = 'h' + ip;
  const bodyId = 'body' + ip;
  const shut = isFolded(ip, o.folded);
  const head = titledHeading(level, title, ip);
  const toggle = h('button', {
    type: 'button', class: 'toggle', id: 'toggle' + ip, 'aria-expanded': String(!shut), 'aria-controls': bodyId,
    onclick: () => { setFolded(ip, !shut); o.redraw?.(); document.getElementById('toggle' + ip)?.focus(); },
  }, t(shut ? 'expand' : 'collapse'));
  const el = h('div', { class: 'item group card' + (shut ? ' folded' : ''), role: 'group', 'aria-labelledby': hid, 'data-item': ip },
    h('div', { class: 'item-head' }, head, o.extra ?? null, toggle, o.remove ?? null),
    shut ? null : h('div', { class: 'fields', id: bodyId }, body()));
  return holdsFresh(el, ip);
}

// holdsFresh marks el, the element that shows the item at ip, while the
// item is fresh: once focus leaves el, the item is fresh no more.
export function holdsFresh(el, ip) {
  el.dataset.item = ip;
  if (!fresh.has(ip)) return el;
  el.classList.add('fresh');
  el.addEventListener('focusout', (ev) => {
    if (ev.relatedTarget && el.contains(ev.relatedTarget)) return;
    if (!fresh.delete(ip)) return;
    el.classList.remove('fresh');
    onSettled();
  });
  return el;
}

// collection edits a list of objects at p: one card per item, a button that
// adds an item (the library's newItem, o.what naming its kind) and one per
// card that removes it. o.itemTitle(item, i) names a card; o.render(ip,
// item, i) draws its fields; o.add is the key of the add button's words;
// o.foldFrom folds the cards by default when the list is longer; o.head(ip,
// item, i) gives a button for a card's head (card's o.extra), seen folded too.
export function collection(p, o) {
  const items = get(p) || [];
  const level = o.level || 3;
  const sec = h('section', { class: 'collection', 'data-section': o.section ? 'true' : undefined },
    heading(level, o.title ?? fieldLabel(p), p));
  const byDefault = o.foldFrom !== undefined && items.length > o.foldFrom;
  items.forEach((item, i) => {
    const ip = ptr(p, i);
    const title = () => o.itemTitle(get(ip) ?? item, i);
    sec.append(card(ip, level + 1, title, () => o.render(ip, item, i), {
      folded: byDefault,
      redraw: o.redraw,
      extra: o.head?.(ip, item, i),
      remove: h('button', {
        type: 'button', class: 'remove', id: 'remove' + ip, 'aria-label': `${t('remove')}: ${title()}`,
        onclick: () => {
          remove(ip, { label: t('removedItem', title()), structural: true, announce: true });
          document.getElementById('h' + p)?.focus();
        },
      }, t('remove')),
    }));
  });
  const adders = o.adders ?? [{ what: o.what, key: o.add }];
  for (const a of adders) {
    sec.append(h('button', {
      type: 'button', class: 'add', 'data-add': p, 'data-what': a.what || undefined, id: 'add' + p + (a.what ? '~' + a.what : ''),
      onclick: () => addItem(p, a.what, t(a.key)),
    }, t(a.key)));
  }
  return sec;
}

// addItem adds the library's new item to the list at p, marks it fresh and
// puts the person in its first field.
export function addItem(p, what, label) {
  const item = newItem(p, what);
  if (item == null) return null;
  const n = (get(p) || []).length;
  const ip = ptr(p, n);
  fresh.add(ip);
  reveal(ip);
  append(p, item, { label: t('addedItem', label) });
  const first = document.querySelector(`#view [data-path^="${CSS.escape(ip)}/"]:is(input, select, textarea, fieldset input)`) ??
    document.querySelector(`#view [id^="${CSS.escape(fid(ip))}/"]`);
  (first || document.getElementById('h' + ip))?.focus();
  return ip;
}

export function focusHeading(p) {
  const el = document.getElementById('h' + p);
  if (el) el.focus();
}
