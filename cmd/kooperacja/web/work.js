// Keeping the work: it joins the store to the browser's storage and to the
// other tabs. After every change the work is saved (one write at a time,
// the latest state last); a version is kept on export, open and restore and
// at most every few minutes of editing; a refused write raises the banner
// and keeps everything in memory until a later write succeeds; a read-only
// tab reloads the work when the editing tab has saved it.

import { t } from './i18n.js';
import { state, onChange, load, replaceWork } from './store.js';
import { openStorage, StorageRefused, LEGACY_WORK } from './storage.js';
import { startTabs } from './tabs.js';
import { showMessage, setBanner } from './shell.js';
import { askReplace } from './dialog.js';
import { summarize } from './summary.js';

let storage = null;
let tabs = null;
let saving = null; // the write in flight
let dirty = false; // a change not yet written
let refused = false;
let saves = 0;
let exportFile = () => {};

const html = () => document.documentElement;

// when is a version's time as a person reads it.
export const when = (ms) => new Intl.DateTimeFormat(state.lang === 'en' ? 'en-GB' : 'pl-PL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));

function refuse(e) {
  if (!(e instanceof StorageRefused)) throw e;
  refused = true;
  html().dataset.storage = 'refused';
  setBanner('storage', t('storageRefused'), { id: 'banner-export', label: t('exportFile'), run: () => exportFile() });
}

function accepted() {
  if (!refused) return;
  refused = false;
  html().dataset.storage = 'ok';
  setBanner('storage', null);
  showMessage(t('storageBack'));
}

// save writes the work unless a write is in flight, in which case the
// latest state is written when that one ends. It resolves when the work in
// memory is in storage (or storage refused it).
export function save() {
  dirty = true;
  html().dataset.dirty = 'true';
  if (!saving) saving = writeLoop().finally(() => { saving = null; });
  return saving;
}

async function writeLoop() {
  while (dirty && storage && !state.readOnly) {
    dirty = false;
    try {
      if (state.bundle) await storage.saveWork(state.bundle, shown());
      accepted();
      tabs?.saved();
      html().dataset.saved = String(++saves);
    } catch (e) {
      refuse(e);
      dirty = true;
      return; // tried again on the next change
    }
  }
  if (!dirty) html().dataset.dirty = 'false';
}

// shown is what the findings panel shows for the work: its findings in the
// interface language, with the labels of their severities (a reload shows
// them before the library has started).
let shown = () => null;

// keepVersion keeps bundle (the work by default) as a version; it resolves
// with the version's id, or null when storage refused it or there is none.
export async function keepVersion(reason, note = '', bundle = state.bundle) {
  if (!storage || !bundle) return null;
  try {
    const id = await storage.addVersion(bundle, reason, note);
    accepted();
    return id;
  } catch (e) {
    refuse(e);
    return null;
  }
}

export const versions = () => (storage ? storage.listVersions() : Promise.resolve(null));
export const versionBundle = (id) => storage.getVersion(id);
export const policy = () => storage?.policy;

// replaceAsked shows what p (a preview: previewFile's, or a new bundle's)
// would bring and replaces the work when the person accepts, keeping the
// previous work as a version first. With no work open it replaces at once.
export async function replaceAsked(p, label, note) {
  if (state.bundle) {
    const yes = await askReplace(p);
    if (!yes) {
      showMessage(t('replaceCancelled'));
      return false;
    }
    await keepVersion(p.reason === 'new' ? 'before-new' : 'before-open', note);
  }
  replaceWork(p.doc, { label });
  if (p.reason !== 'new') await keepVersion('open', note);
  return true;
}

// restoreVersion puts the version id in place of the work, keeping the
// work as a version first.
export async function restoreVersion(id, at) {
  const bundle = await storage.getVersion(id);
  if (!bundle) return false;
  await keepVersion('before-restore', when(at));
  replaceWork(bundle, { label: t('restoredChange', when(at)) });
  showMessage(t('restoredVersion', when(at)), { undo: true });
  return true;
}

// takeOver makes this tab the editing one.
export const takeOver = () => tabs?.takeOver();

// startWork opens the storage (moving earlier work there once), settles
// which tab edits, and loads the work. It resolves with true when saved
// work was restored. panel() is what the findings panel shows, saved with
// the work; onRestored(shown) gets what it showed for the work restored.
export async function startWork({ exporter, onRole, panel, onRestored }) {
  exportFile = exporter;
  if (panel) shown = panel;
  try {
    storage = await openStorage();
    if (await storage.migrate()) showMessage(t('migrated'));
  } catch (e) {
    refuse(e);
    // without storage the work an earlier release kept is still shown
    try {
      const legacy = localStorage.getItem(LEGACY_WORK);
      if (legacy) load(JSON.parse(legacy));
    } catch { /* nothing readable */ }
  }
  // The work is written after the frame that shows the change is painted
  // (writing copies the whole bundle, which would hold the keystroke's
  // findings back); the edits of one frame are written once.
  let edited = false;
  let pending = false;
  const afterPaint = () => {
    if (!pending) return;
    pending = false;
    save();
    if (edited && storage) storage.noteEdit(state.bundle).catch((e) => refuse(e));
    edited = false;
  };
  onChange((ev) => {
    if (ev.type !== 'load') {
      dirty = true;
      edited = edited || ev.type === 'edit';
      if (!pending) {
        pending = true;
        requestAnimationFrame(() => setTimeout(afterPaint, 0));
        setTimeout(afterPaint, 100); // a hidden page paints no frame
      }
    }
  });
  addEventListener('pagehide', () => { if (dirty) save(); });
  addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden' && dirty) save(); });

  // the work is read, and what the panel showed for it shown, before the
  // tabs settle which of them edits (a read-only tab shows the same work)
  const saved = storage ? await storage.loadWork().catch(() => null) : null;
  if (saved?.bundle) {
    load(saved.bundle);
    onRestored?.(saved.shown ?? null);
  }
  tabs = await startTabs({
    beforeRelease: async () => { await save(); },
    onSaved: () => reload(),
    onRole: async (role, reason) => {
      state.readOnly = role === 'readonly';
      html().dataset.role = role;
      if (role === 'readonly') {
        setBanner('tabs', t('readOnly'), { id: 'take-over', label: t('takeOver'), run: () => takeOver() });
        if (reason === 'lost') showMessage(t('lostEditing'));
      } else {
        setBanner('tabs', null);
        if (reason !== 'start') {
          await reload();
          showMessage(reason === 'taken' ? t('tookOver') : t('freed'));
        }
      }
      onRole(role, reason);
    },
  });
  if (!storage) return !!state.bundle;
  return !!saved?.bundle;
}

// reload puts the work as saved in storage in place (another tab saved it).
async function reload() {
  const saved = await storage?.loadWork().catch(() => null);
  if (saved?.bundle) load(saved.bundle);
}

export { summarize };
