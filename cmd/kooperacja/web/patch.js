// Changes to the bundle as data: lists of JSON Patch operations (RFC 6902:
// add, remove, replace at a JSON Pointer). Applying a list returns its
// inverse, the list that undoes it, so that a history of changes can go back
// and forth without keeping copies of the whole bundle. Pure functions: no
// DOM, no storage.

import { getAt, parent, segments, ptr } from './dom.js';

const isObject = (v) => v !== null && typeof v === 'object';
const clone = (v) => (isObject(v) ? structuredClone(v) : v);

// applyOps applies ops to doc in order and returns {doc, inverse}: the new
// root (an operation at "" replaces it) and the operations that undo the
// list, in the order they must run. A value put into the document is a copy
// of the operation's, so the history never shares an object with the
// document it edits. An operation whose target cannot be reached throws.
export function applyOps(doc, ops) {
  const inverse = [];
  for (const op of ops) {
    const r = applyOp(doc, op);
    doc = r.doc;
    inverse.push(r.inverse);
  }
  return { doc, inverse: inverse.reverse() };
}

function applyOp(doc, { op, path, value }) {
  if (path === '') {
    const inverse = doc == null ? { op: 'remove', path: '' } : { op: 'replace', path: '', value: doc };
    return { doc: op === 'remove' ? null : clone(value), inverse };
  }
  const segs = segments(path);
  const key = segs.at(-1);
  const box = getAt(doc, parent(path));
  if (!isObject(box)) throw new Error(`patch: no object at ${parent(path)} for ${op} ${path}`);
  if (Array.isArray(box)) {
    const i = key === '-' ? box.length : Number(key);
    if (!Number.isInteger(i) || i < 0 || i > box.length || (op !== 'add' && i >= box.length)) {
      throw new Error(`patch: index out of range: ${op} ${path}`);
    }
    const at = ptr(parent(path), i);
    if (op === 'add') {
      box.splice(i, 0, clone(value));
      return { doc, inverse: { op: 'remove', path: at } };
    }
    const old = box[i];
    if (op === 'remove') {
      box.splice(i, 1);
      return { doc, inverse: { op: 'add', path: at, value: old } };
    }
    box[i] = clone(value);
    return { doc, inverse: { op: 'replace', path: at, value: old } };
  }
  const had = Object.hasOwn(box, key);
  const old = box[key];
  if (op === 'remove') delete box[key];
  else box[key] = clone(value);
  return { doc, inverse: had ? { op: 'replace', path, value: old } : { op: 'remove', path } };
}

// setOps are the operations that store value at p, creating the objects
// missing on the way (init(path) gives the starting value of each, as the
// form fields expect: a consent starts with its empty lists).
export function setOps(doc, p, value, init = () => ({})) {
  if (p === '') return [{ op: 'replace', path: '', value }];
  const segs = segments(p);
  let cur = '';
  let o = doc;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = ptr(cur, segs[i]);
    const v = isObject(o) ? o[segs[i]] : undefined;
    if (!isObject(v)) {
      // build the missing part in one value, added at its top
      const top = init(next);
      let inner = top;
      let at = next;
      for (let j = i + 1; j < segs.length - 1; j++) {
        at = ptr(at, segs[j]);
        inner[segs[j]] = init(at);
        inner = inner[segs[j]];
      }
      inner[segs.at(-1)] = value;
      return [{ op: v === undefined ? 'add' : 'replace', path: next, value: top }];
    }
    cur = next;
    o = v;
  }
  const key = segs.at(-1);
  const exists = Array.isArray(o) ? Number(key) < o.length : Object.hasOwn(o, key);
  return [{ op: exists ? 'replace' : 'add', path: p, value }];
}

// removeOps are the operations that remove the value at p: an array element
// is spliced out; an object left empty by the removal goes too (clearing
// every field of an optional section removes the section), unless it is an
// element of an array or the bundle itself. Nothing there: no operation.
export function removeOps(doc, p) {
  if (p === '' || getAt(doc, p) === undefined) return [];
  let target = p;
  for (;;) {
    const up = parent(target);
    const box = getAt(doc, up);
    const grand = up === '' ? undefined : getAt(doc, parent(up));
    if (up === '' || Array.isArray(box) || Object.keys(box).length !== 1 || !isObject(grand) || Array.isArray(grand)) break;
    target = up;
  }
  return [{ op: 'remove', path: target }];
}

// appendOps are the operations that append value to the array at p,
// creating the array when there is none.
export function appendOps(doc, p, value, init) {
  const arr = getAt(doc, p);
  if (Array.isArray(arr)) return [{ op: 'add', path: ptr(p, arr.length), value }];
  return setOps(doc, p, [value], init);
}

// samePlace reports whether two single-operation changes set the same
// property of an object, so that the second may absorb the first (typing in
// one field): applying both is then the same as applying the second.
export function samePlace(doc, a, b) {
  if (a.length !== 1 || b.length !== 1 || a[0].path !== b[0].path || a[0].path === '') return false;
  return !Array.isArray(getAt(doc, parent(a[0].path)));
}
