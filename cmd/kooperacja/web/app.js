// The offline IPW planner. It edits one bundle (the JSON document) held in
// memory and in the browser's storage, and asks the kooperacja WebAssembly
// library about it after every change: findings, stage, simulation,
// indicators. No rule of the model is written in the page: it shows what the
// library says and maps each finding's JSON Pointer to the field that edits
// it.
//
// The modules: store.js holds the state and every edit; library.js is the
// bridge to WebAssembly; findings.js the findings panel; nav.js the view
// area; fields.js the form fields; names.js the names drawn from the bundle;
// views/ one module per view. This file starts them and draws the shell.

import { h, today } from './dom.js';
import { t, setLang } from './i18n.js';
import { state, save, onChange, onStorageError, loadPrefs, loadWork, VIEWS } from './store.js';
import * as library from './library.js';
import { validateNow } from './findings.js';
import { registerViews, showView, renderView, markFields, showNotice } from './nav.js';
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

registerViews({
  start: viewStart, institutions: viewInstitutions, teams: viewTeams, agreements: viewAgreements, ipw: viewIpw,
  stage: viewStage, timeline: viewTimeline, whatif: viewWhatIf, indicators: viewIndicators, print: viewPrint,
});

// After every edit: save, check, and rebuild the view when the structure
// changed; typing in a field does not rebuild, so focus stays put.
onChange(({ structural }) => {
  save();
  validateNow();
  if (structural) renderView();
  else markFields();
});
onStorageError((e) => showNotice(t('error') + e.message));

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
  loadPrefs();
  setLang(state.lang);
  renderShell();
  document.getElementById('status').textContent = t('loading');
  document.getElementById('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'pl' ? 'en' : 'pl';
    setLang(state.lang);
    save();
    renderShell();
    validateNow();
    showView(state.view, false);
  });
  document.getElementById('export').addEventListener('click', exportFile);
  try {
    await library.start();
  } catch (e) {
    document.getElementById('status').textContent = t('loadFailed') + (e?.message ?? e);
    return;
  }
  if (loadWork()) state.notice = { text: t('restored') };
  const v = library.call('version');
  document.getElementById('status').textContent = v.ok && v.result?.version ? `kooperacja ${v.result.version}` : '';
  validateNow();
  showView(state.bundle ? state.view : 'start', false);
  document.documentElement.dataset.ready = 'true';
}

main();
