// Small DOM and JSON Pointer helpers. Everything the user typed reaches the
// page through textContent or attribute values, never through innerHTML.

// h builds an element: h('label', {for: id}, 'text', child…). Strings become
// text nodes; attributes named on… become event listeners.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// RFC 6901 JSON Pointers.
export const escSeg = (s) => String(s).replaceAll('~', '~0').replaceAll('/', '~1');
const unescSeg = (s) => s.replaceAll('~1', '/').replaceAll('~0', '~');
export const segments = (p) => (p === '' ? [] : p.slice(1).split('/').map(unescSeg));
export const ptr = (base, ...segs) => base + segs.map((s) => '/' + escSeg(s)).join('');
export const parent = (p) => p.slice(0, Math.max(0, p.lastIndexOf('/')));

export function getAt(doc, p) {
  let v = doc;
  for (const s of segments(p)) {
    if (v == null || typeof v !== 'object') return undefined;
    v = v[s];
  }
  return v;
}

// setAt stores value at p, creating missing objects on the way; init(path)
// gives the starting value of an object it creates.
export function setAt(doc, p, value, init = () => ({})) {
  const segs = segments(p);
  let o = doc;
  let cur = '';
  for (let i = 0; i < segs.length - 1; i++) {
    cur = ptr(cur, segs[i]);
    if (o[segs[i]] == null || typeof o[segs[i]] !== 'object') o[segs[i]] = init(cur);
    o = o[segs[i]];
  }
  o[segs.at(-1)] = value;
}

// deleteAt removes the value at p (an array element is spliced out). An
// object property left empty is removed too, so that clearing every field of
// an optional section (a qualification, say) removes the section.
export function deleteAt(doc, p) {
  const segs = segments(p);
  if (!segs.length) return;
  const up = parent(p);
  const o = getAt(doc, up);
  if (o == null || typeof o !== 'object') return;
  const last = segs.at(-1);
  if (Array.isArray(o)) {
    o.splice(Number(last), 1);
    return;
  }
  delete o[last];
  const grand = getAt(doc, parent(up));
  if (up !== '' && Object.keys(o).length === 0 && grand && !Array.isArray(grand)) deleteAt(doc, up);
}

// saveFile offers blob to the person as a download named name.
export function saveFile(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// today is the local civil date YYYY-MM-DD.
export function today() {
  const d = new Date();
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// days between two civil dates (b − a), computed in UTC so that no time
// zone or daylight-saving change moves a day.
export function dayNumber(date) {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

export const isDate = (s) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
