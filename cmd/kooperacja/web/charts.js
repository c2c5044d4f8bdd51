// Charts drawn by the page itself as inline SVG (nothing loaded from
// elsewhere): horizontal bars with their numbers written beside them, a
// mark for a limit (a capacity), and spans on a calendar. Every chart is a
// figure with a caption; the SVG is an image named by the caption, and the
// numbers are also in a table under the chart.

import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

const ROW = 26; // px per bar
const LABEL = 260; // px for the labels on the left
const WIDTH = 720;

// bars draws rows [{label, value, limit?, text?}] as horizontal bars on one
// scale; limit draws a mark (a capacity) on the bar's line; text replaces
// the number written after the bar. o: {id, caption, limitLabel}.
export function bars(rows, o) {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.value, r.limit ?? 0)));
  const plot = WIDTH - LABEL - 60;
  const x = (v) => LABEL + (v / max) * plot;
  const height = rows.length * ROW + 8;
  const capId = o.id + '-caption';
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-labelledby': capId, class: 'chart' },
    rows.map((r, i) => {
      const y = i * ROW + 4;
      return s('g', { class: 'bar-row', 'data-label': r.label, 'data-value': r.value, 'data-limit': r.limit },
        s('text', { x: LABEL - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', class: 'bar-label' }, clip(r.label, 34)),
        s('rect', { x: LABEL, y: y + 4, width: Math.max(r.value > 0 ? 2 : 0, x(r.value) - LABEL), height: ROW - 10, class: 'bar' + (r.cls ? ' ' + r.cls : '') },
          s('title', {}, `${r.label}: ${r.text ?? r.value}`)),
        s('text', { x: x(r.value) + 6, y: y + ROW / 2 + 4, class: 'bar-value' }, r.text ?? String(r.value)),
        r.limit != null ? s('line', { x1: x(r.limit), x2: x(r.limit), y1: y + 1, y2: y + ROW - 3, class: 'limit' },
          s('title', {}, `${o.limitLabel}: ${r.limit}`)) : null);
    }));
  return h('figure', { class: 'chart-figure', id: o.id },
    h('figcaption', { id: capId }, o.caption), svg,
    o.legend ? h('p', { class: 'legend' }, o.legend) : null);
}

// spans draws rows [{label, from, to, open}] as spans on a calendar of days
// (from and to are day numbers; open marks a span still going on).
export function spans(rows, o) {
  const lo = Math.min(...rows.map((r) => r.from));
  const hi = Math.max(...rows.map((r) => r.to)) + 1;
  const plot = WIDTH - LABEL - 20;
  const x = (d) => LABEL + ((d - lo) / Math.max(1, hi - lo)) * plot;
  const height = rows.length * ROW + 24;
  const capId = o.id + '-caption';
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-labelledby': capId, class: 'chart' },
    rows.map((r, i) => {
      const y = i * ROW + 4;
      return s('g', { class: 'span-row', 'data-label': r.label },
        s('text', { x: LABEL - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', class: 'bar-label' }, clip(r.label, 34)),
        s('rect', { x: x(r.from), y: y + 4, width: Math.max(3, x(r.to + 1) - x(r.from)), height: ROW - 10, class: 'bar' + (r.open ? ' open' : '') },
          s('title', {}, `${r.label}: ${r.text}`)));
    }),
    s('text', { x: LABEL, y: height - 6, class: 'axis' }, o.fromText),
    s('text', { x: WIDTH - 20, y: height - 6, 'text-anchor': 'end', class: 'axis' }, o.toText));
  return h('figure', { class: 'chart-figure', id: o.id }, h('figcaption', { id: capId }, o.caption), svg,
    o.legend ? h('p', { class: 'legend' }, o.legend) : null);
}

// clip shortens a label for the chart; the full text stays in the bar's
// title and in the table.
function clip(text, n) {
  const str = String(text);
  return str.length > n ? str.slice(0, n - 1) + '…' : str;
}
