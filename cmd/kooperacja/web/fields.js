// Form fields bound to the bundle by JSON Pointer: each one shows the value
// at its path, edits it through the store (one change per edit, typing in a
// field coalesced into one), and carries data-path so that a finding at
// that path can mark and focus it. Every input has its label.

import { h, ptr } from './dom.js';
import { t } from './i18n.js';
import { get, set, remove, append, endTyping } from './store.js';

export const fid = (p) => 'f' + p;

export function heading(level, text, p) {
  return h('h' + level, { tabindex: -1, 'data-path': p, id: p != null ? 'h' + p : undefined }, text);
}

export function field(p, label, o = {}) {
  const id = fid(p);
  const v = get(p);
  const input = o.multiline
    ? h('textarea', { id, 'data-path': p, rows: o.rows || 2 })
    : h('input', { id, 'data-path': p, type: o.type || 'text', autocomplete: 'off', inputmode: o.type === 'number' ? 'numeric' : undefined, spellcheck: o.type ? undefined : 'true' });
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
  return h('div', { class: 'field' + (o.wide ? ' wide' : '') }, h('label', { for: id }, label), input);
}

export function selectField(p, label, options, o = {}) {
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
    const meta = { label: t('editedField', label), structural: o.rerender };
    if (o.onchange) o.onchange(sel.value, meta);
    else if (sel.value === '') remove(p, meta);
    else set(p, sel.value, meta);
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), sel);
}

// checks edits an array of strings as a group of checkboxes.
export function checks(p, legend, options, o = {}) {
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
      const meta = { label: t('editedField', legend), structural: o.rerender };
      if (!next.length && o.dropEmpty) remove(p, meta);
      else set(p, next, meta);
    });
    fs.append(h('span', { class: 'check' }, box, h('label', { for: id }, opt.label)));
  }
  if (!options.length) fs.append(h('p', { class: 'hint' }, t('none')));
  return fs;
}

export function boolField(p, label) {
  const id = fid(p);
  const box = h('input', { type: 'checkbox', id, 'data-path': p });
  box.checked = get(p) === true;
  box.addEventListener('change', () => set(p, box.checked, { label: t('editedField', label) }));
  return h('div', { class: 'field check' }, box, h('label', { for: id }, label));
}

// collection edits an array of objects: one group per item, add and remove.
// Removing an item says which one, with a way to undo it.
export function collection(p, title, o) {
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
          onclick: () => {
            remove(ip, { label: t('removedItem', o.itemTitle(item, i)), structural: true, announce: true });
            focusHeading(p);
          },
        }, t('remove'))),
      h('div', { class: 'fields' }, o.render(ip, item, i))));
  });
  sec.append(h('button', {
    type: 'button', class: 'add', 'data-add': p,
    onclick: () => {
      const arr = get(p) || [];
      const n = arr.length;
      append(p, o.make(arr), { label: t('addedItem', o.addLabel) });
      const first = document.querySelector(`#view [data-path^="${CSS.escape(ptr(p, n))}/"]`);
      (first || document.getElementById('h' + ptr(p, n)))?.focus();
    },
  }, `${t('add')}: ${o.addLabel}`));
  return sec;
}

export function focusHeading(p) {
  const el = document.getElementById('h' + p);
  if (el) el.focus();
}
