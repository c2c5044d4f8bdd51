// The offline IPW planner. It edits one bundle (the JSON document) held in
// memory and in the browser's storage, and asks the kooperacja WebAssembly
// library about it after every change: findings, stage, simulation,
// indicators. No rule of the model is written in the page: it shows what the
// library says and maps each finding's JSON Pointer to the field that edits
// it.
//
// The modules: store.js holds the state and every edit as a change with its
// inverse (patch.js), and the undo history; work.js keeps the work in the
// browser (storage.js: IndexedDB, versions) and settles which tab edits
// (tabs.js); library.js is the bridge to WebAssembly; findings.js the
// findings panel; nav.js the view area; shell.js the undo buttons, messages
// and banner; dialog.js the question before a file replaces the work;
// fields.js the form fields; names.js the names drawn from the bundle;
// monitoring.js the export of the monitoring record for the region;
// region.js the regional report of many municipalities' records;
// views/ one module per view. This file starts them and draws the frame.

import { h, today, saveFile } from './dom.js';
import { t, setLang } from './i18n.js';
import { state, onChange, onReadOnly, loadPrefs, redo, setStarter, VIEWS } from './store.js';
import * as library from './library.js';
import { validateNow, validateChange, renderFindings, snapshot, showSaved } from './findings.js';
import { clearFresh, refreshTitles, onFreshLeft } from './fields.js';
import { registerViews, showView, renderView, focusPath, savePrefs } from './nav.js';
import { showMessage, renderUndoButtons, updateUndoButtons, bindUndoKeys } from './shell.js';
import { startWork, keepVersion } from './work.js';
import { openMonitoring } from './monitoring.js';
import { openRegion } from './region.js';
import { viewStart } from './views/start.js';
import { viewInstitutions } from './views/institutions.js';
import { viewTeams } from './views/teams.js';
import { viewAgreements } from './views/agreements.js';
import { viewIpw } from './views/ipw.js';
import { viewStage } from './views/stage.js';
import { viewTimeline } from './views/timeline.js';
import { viewWhatIf } from './views/whatif.js';
import { viewIndicators } from './views/indicators.js';
import { viewPrint } from './views/print.js';
import { viewVersions } from './views/versions.js';
import { viewProfile } from './views/profile.js';

registerViews({
  start: viewStart, institutions: viewInstitutions, teams: viewTeams, agreements: viewAgreements, ipw: viewIpw,
  stage: viewStage, timeline: viewTimeline, whatif: viewWhatIf, indicators: viewIndicators, print: viewPrint,
  versions: viewVersions, profile: viewProfile,
});

// After every change: check, and draw the view again when the structure
// changed; typing in a field does not redraw, so focus stays put. An undo
// or redo goes to the place it changed. (work.js saves.)
onChange(({ type, change, structural }) => {
  if (!library.ready()) return; // the start checks and draws once the library is there
  if (type !== 'edit' || change.ops.some((o) => o.op === 'remove' && /\/\d+$/.test(o.path))) clearFresh();
  // only the change crosses into the library (a whole new bundle is opened)
  const ops = type === 'undo' ? change?.inverse : change?.ops;
  if (type === 'load' || !ops || ops.some((o) => o.path === '')) validateNow(window.event);
  else validateChange(ops, window.event);
  if (type === 'undo' || type === 'redo') {
    const p = (type === 'undo' ? change.inverse : change.ops)[0]?.path ?? '';
    focusPath(p);
    showMessage(t(type === 'undo' ? 'undone' : 'redone', change.label || t('anEdit')),
      type === 'undo' ? { action: { id: 'message-redo', label: t('redo'), run: () => redo() } } : { undo: true });
  } else if (structural) renderView();
  else refreshTitles(); // the findings panel marked the fields if its findings changed
  if (type === 'edit' && change.announce) showMessage(change.label, { undo: true });
  updateUndoButtons();
});
onReadOnly(() => showMessage(t('readOnlyRefused')));
onFreshLeft(() => renderFindings());

// exportFile saves the work as a JSON file and keeps it as a version.
function exportFile() {
  if (!state.bundle) return;
  const name = `kooperacja-${state.bundle.municipality?.teryt || 'pakiet'}-${today()}.json`;
  keepVersion('export', name);
  saveFile(name, new Blob([JSON.stringify(state.bundle, null, 2) + '\n'], { type: 'application/json' }));
}

function renderShell() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  document.getElementById('app-title').textContent = t('title');
  const lang = document.getElementById('lang-toggle');
  lang.textContent = t('lang');
  lang.setAttribute('aria-label', t('langLabel'));
  document.getElementById('export').textContent = t('exportFile');
  document.getElementById('monitoring-open').textContent = t('monButton');
  document.getElementById('region-open').textContent = t('regButton');
  document.getElementById('findings-h').textContent = t('findings');
  document.getElementById('skip-findings').textContent = t('findings');
  const tabs = document.getElementById('tabs');
  tabs.setAttribute('aria-label', t('views'));
  renderUndoButtons();
  tabs.replaceChildren(...VIEWS.map((v) => h('button', { type: 'button', 'data-view': v, onclick: () => showView(v) }, t('v_' + v))));
}

async function main() {
  loadPrefs(localStorage);
  setLang(state.lang);
  renderShell();
  bindUndoKeys();
  document.getElementById('status').textContent = t('loading');
  document.getElementById('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'pl' ? 'en' : 'pl';
    setLang(state.lang);
    savePrefs();
    renderShell();
    validateNow();
    showView(state.view, false);
  });
  document.getElementById('export').addEventListener('click', exportFile);
  document.getElementById('monitoring-open').addEventListener('click', openMonitoring);
  document.getElementById('region-open').addEventListener('click', openRegion);
  // the library and the work saved in the browser load side by side
  const libraryReady = library.start();
  let started = false;
  const work = startWork({
    exporter: exportFile,
    panel: snapshot,
    onRestored: (shown) => {
      performance.mark('planner:restored');
      showSaved(shown);
    },
    onRole: () => {
      updateUndoButtons();
      if (started) renderView();
    },
  });
  try {
    await libraryReady;
    performance.mark('planner:library');
    setStarter((p) => library.newItem(p));
  } catch (e) {
    document.getElementById('status').textContent = t('loadFailed') + (e?.message ?? e);
    return;
  }
  const restored = await work;
  performance.mark('planner:work');
  if (restored) state.notice = { text: t('restored') };
  const v = library.call('version');
  document.getElementById('status').textContent = v.ok && v.result?.version ? `kooperacja ${v.result.version}` : '';
  validateNow();
  showView(state.bundle ? state.view : 'start', false);
  started = true;
  document.documentElement.dataset.ready = 'true';
}

main();
