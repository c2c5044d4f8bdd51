// Shared set-up for the browser tests: the real planner server (started the
// way the README says, through scripts/planner) and Debian's Chromium driven
// by playwright-core. Not a test file itself.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const artefacts = path.join(root, 'testresults', 'planner');
mkdirSync(artefacts, { recursive: true });

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// startPlanner runs scripts/planner on a free loopback port and resolves
// when the server prints its URL. It builds the wasm first when needed, so
// the first start may take a while.
export async function startPlanner() {
  const port = await freePort();
  const child = spawn(path.join(root, 'scripts', 'planner'), ['--addr', `127.0.0.1:${port}`], {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`planner did not start in 300 s:\n${log}`)), 300_000);
    const onData = (d) => {
      log += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`planner exited with ${code}:\n${log}`)); });
  });
  child.removeAllListeners('exit');
  return {
    url,
    log: () => log,
    stop() {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

// launchProfile starts Chromium with a profile kept in dir, as a person's
// browser is (a disk cache: a reload revalidates the WebAssembly and keeps
// its compiled code); it resolves with a context that records every
// request URL into requests, as newPage does.
export async function launchProfile(dir, requests = []) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 1000 },
  });
  context.on('request', (r) => requests.push(r.url()));
  return context;
}

// newPage opens a fresh context (empty localStorage) and records every
// request URL it makes into requests.
export async function newPage(browser, requests) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); d.accept(); });
  return { context, page, problems };
}

// storedWork reads the current work from the planner's IndexedDB in page.
export function storedWork(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('kooperacja-planner');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('work').objectStore('work').get('current');
      req.onsuccess = () => { open.result.close(); resolve(req.result?.bundle ?? null); };
      req.onerror = () => reject(req.error);
    };
  }));
}

// The page's own helpers, for every test: at is the selector of the field
// that edits JSON Pointer p; openView opens a view by its tab; ready waits
// until the page has started (the library loaded, the work shown); saved
// until the work in memory is in the browser's storage; shot keeps a
// screenshot of the whole page among the artefacts; axe runs axe-core in
// the page and returns its violations.
export const at = (p) => `[data-path="${p}"]`;
export const openView = (page, view) => page.click(`#tabs button[data-view="${view}"]`);
export const shot = (page, name) => page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: true });

export async function ready(page) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
}

export async function saved(page) {
  await page.waitForSelector('html[data-dirty="false"]', { state: 'attached' });
}

let axeSource = null;

export async function axe(page) {
  axeSource ??= readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

// openFile opens file ({name, buffer}, as for setInputFiles: a bundle) as
// the work in page, from the start view's file field, accepting the
// preview when there is work already, and resolves once the page has
// finished the import (the view no longer aria-busy: the work kept as a
// version, the start view drawn with its notice and focused), so that what
// a test does next (a key pressed, another view opened) is not undone by
// the import's last steps. timeout is for each wait, in ms.
export async function openFile(page, file, timeout = 30_000) {
  await openView(page, 'start');
  const work = await page.$('#view [data-path="/municipality/teryt"]');
  await page.setInputFiles('#open-file', { mimeType: 'application/json', ...file });
  if (work) {
    await page.waitForSelector('#preview[open]', { timeout });
    await page.click('#preview-replace');
  }
  const teryt = JSON.parse(file.buffer.toString('utf8')).municipality.teryt;
  await page.waitForFunction((v) => document.querySelector('#view [data-path="/municipality/teryt"]')?.value === v, teryt, { timeout });
  await page.waitForSelector('#view:not([aria-busy])', { state: 'attached', timeout });
}

// openExample opens examples/NAME.json as openFile does.
export const openExample = (page, name) =>
  openFile(page, { name: `${name}.json`, buffer: readFileSync(path.join(root, 'examples', `${name}.json`)) });
