// The page's frame around the views: the undo and redo buttons with their
// keys (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), the message line that says what an
// action did (with "Cofnij" after a removal), and the banner for a lasting
// condition (another tab edits the work; the browser refuses to store).

import { h } from './dom.js';
import { t } from './i18n.js';
import { undo, redo, canUndo, canRedo } from './store.js';

// showMessage says text in the message line; o.undo adds the undo button,
// o.action a button of its own ({label, run}).
export function showMessage(text, o = {}) {
  const box = document.getElementById('message');
  box.replaceChildren(h('span', { class: 'text' }, text));
  if (o.undo) {
    box.append(' ', h('button', { type: 'button', id: 'message-undo', onclick: () => { undo(); } }, t('undo')));
  }
  if (o.action) box.append(' ', h('button', { type: 'button', id: o.action.id, onclick: o.action.run }, o.action.label));
  box.append(' ', h('button', { type: 'button', class: 'dismiss', 'aria-label': t('dismiss'), onclick: () => box.replaceChildren() }, '×'));
  box.hidden = false;
}

export function clearMessage() {
  document.getElementById('message').replaceChildren();
}

// setBanner shows (or, with null, hides) the banner of one kind: "tabs" or
// "storage"; each kind has its own line.
export function setBanner(kind, text, action) {
  const box = document.getElementById('banner');
  let line = box.querySelector(`[data-kind="${kind}"]`);
  if (!text) {
    line?.remove();
  } else {
    const content = [h('span', {}, text), action ? h('button', { type: 'button', id: action.id, onclick: action.run }, action.label) : null];
    if (line) line.replaceChildren(...content.filter(Boolean));
    else box.append(h('p', { 'data-kind': kind, id: 'banner-' + kind }, content));
  }
  box.hidden = !box.children.length;
}

// updateUndoButtons enables the buttons when there is something to undo or
// redo.
export function updateUndoButtons() {
  document.getElementById('undo').disabled = !canUndo();
  document.getElementById('redo').disabled = !canRedo();
}

export function renderUndoButtons() {
  const u = document.getElementById('undo');
  const r = document.getElementById('redo');
  u.textContent = t('undo');
  u.title = t('undoTitle');
  r.textContent = t('redo');
  r.title = t('redoTitle');
  updateUndoButtons();
}

// bindUndoKeys makes Ctrl+Z (⌘Z) undo and Ctrl+Shift+Z or Ctrl+Y redo
// everywhere in the page, in a text field too: the store's history, not
// the field's own, so that undo goes back across fields and views.
export function bindUndoKeys() {
  document.getElementById('undo').addEventListener('click', () => undo());
  document.getElementById('redo').addEventListener('click', () => redo());
  document.addEventListener('keydown', (ev) => {
    if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return;
    if (document.querySelector('dialog[open]')) return; // a question is asked: answer it first
    const key = ev.key.toLowerCase();
    if (key === 'z' && !ev.shiftKey) {
      ev.preventDefault();
      if (!undo()) showMessage(t('nothingToUndo'));
    } else if ((key === 'z' && ev.shiftKey) || key === 'y') {
      ev.preventDefault();
      if (!redo()) showMessage(t('nothingToRedo'));
    }
  });
}
