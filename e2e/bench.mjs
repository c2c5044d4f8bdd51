// The planner's benchmark, in Chromium: the time from a keystroke to its
// findings painted, on the largest example and on kbench's 100-IPW
// reference bundle, and the time from navigation to the first findings on a
// reload; each beside the library's own WebAssembly validate time of the
// same bundle, measured in the same page. It asserts the targets and exits
// non-zero when one is missed:
//
//   keystroke → findings painted, largest example      median ≤ 16 ms
//   keystroke → findings painted, 100-IPW bundle        median ≤ 50 ms
//   navigation → first findings, a reload of the example median ≤ 400 ms
//
// Medians over many samples, so that a slow moment of a shared machine does
// not decide. Run: node e2e/bench.mjs [--keys N] [--reloads N]
// (not part of scripts/test: the figures depend on the machine's load).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPlanner, launchProfile, root, openFile } from './harness.mjs';

const { values: args } = parseArgs({ options: { keys: { type: 'string', default: '120' }, reloads: { type: 'string', default: '15' } } });
const KEYS = Number(args.keys);
const RELOADS = Number(args.reloads);
const TARGETS = { example: 16, reference: 50, first: 400 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => `${x.toFixed(2)} ms`;

// the bundles: the largest example, and kbench's reference bundle
const largest = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.json'))
  .map((f) => path.join(root, 'examples', f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
const reference = execFileSync('go', ['run', './cmd/kbench', 'gen', '-ipws', '100'], { cwd: root, maxBuffer: 64 << 20 });
const BUNDLES = [
  { key: 'example', name: path.basename(largest), bytes: readFileSync(largest) },
  { key: 'reference', name: 'kbench gen -ipws 100', bytes: reference },
];

const server = await startPlanner();
const profile = mkdtempSync(path.join(os.tmpdir(), 'kooperacja-bench-'));
const context = await launchProfile(profile);
const lines = [`load average ${os.loadavg().map((x) => x.toFixed(1)).join(', ')} on ${os.cpus().length} cores`];
const misses = [];
try {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(server.url + '/');
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  for (const b of BUNDLES) {
    await openBundle(page, b);
    const keys = await typing(page, b);
    const library = await libraryValidate(page, b.bytes.toString('utf8'));
    const m = median(keys.map((k) => k.keystroke));
    lines.push(`${b.name} (${(b.bytes.length / 1024).toFixed(0)} KiB): keystroke → findings painted ${ms(m)} median, target ≤ ${TARGETS[b.key]} ms ` +
      `(p90 ${ms(quantile(keys.map((k) => k.keystroke), 0.9))}, ${keys.length} keystrokes; the page's work before the frame ${ms(median(keys.map((k) => k.drawn)))}, ` +
      `of it the library's edit ${ms(median(keys.map((k) => k.library)))}); ` +
      `the library's validate of the whole bundle ${ms(library)}: keystroke / validate = ${(m / library).toFixed(2)}`);
    if (!(m <= TARGETS[b.key])) misses.push(`${b.name}: keystroke → findings ${ms(m)} > ${TARGETS[b.key]} ms`);
  }
  // navigation → first findings: the example saved as the work, reloaded
  await openBundle(page, BUNDLES[0]);
  await page.waitForSelector('html[data-dirty="false"]', { state: 'attached' });
  const firsts = [];
  const parts = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('html[data-first-findings-ms]', { state: 'attached' });
    firsts.push(Number(await page.getAttribute('html', 'data-first-findings-ms')));
    parts.push(await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('planner:')).map((m) => [m.name.slice(8), m.startTime]))));
  }
  const first = median(firsts);
  const at = (k) => median(parts.map((p) => p[k] ?? NaN)).toFixed(0);
  const library = await libraryValidate(page, BUNDLES[0].bytes.toString('utf8'));
  lines.push(`${BUNDLES[0].name}: navigation → first findings ${first.toFixed(0)} ms median over ${RELOADS} reloads, target ≤ ${TARGETS.first} ms ` +
    `(min ${Math.min(...firsts)}, max ${Math.max(...firsts)} ms; medians: the saved work and its findings shown at ${at('restored')} ms, the library started at ${at('library')} ms); ` +
    `the library's validate of the bundle ${ms(library)}: first findings / validate = ${(first / library).toFixed(1)}`);
  if (!(first <= TARGETS.first)) misses.push(`navigation → first findings ${first} ms > ${TARGETS.first} ms`);
  assert.deepEqual(problems, [], 'no page errors');
} finally {
  await context.close();
  server.stop();
  rmSync(profile, { recursive: true, force: true });
}
for (const l of lines) console.log(l);
assert.deepEqual(misses, [], 'every target is met');
console.log('every target met');

// openBundle opens b as the work (accepting the preview when there is work).
function openBundle(page, b) {
  return openFile(page, { name: `${b.key}.json`, buffer: b.bytes }, 60_000);
}

// typing types KEYS keystrokes into fields a person types in (an
// institution's name, an IPW's action title, a goal's measure) and returns
// the page's record of each: {keystroke, library} in ms.
async function typing(page, b) {
  const doc = JSON.parse(b.bytes.toString('utf8'));
  const fields = [['institutions', '/institutions/0/name']];
  if (doc.ipws?.length) fields.push(['ipw', '/ipws/0/goals/0/measure'], ['ipw', '/ipws/0/actions/0/title']);
  const per = Math.ceil(KEYS / fields.length);
  const out = [];
  for (const [view, p] of fields) {
    await page.click(`#tabs button[data-view="${view}"]`);
    if (view === 'ipw') await page.selectOption('#ipw-picker', '0');
    const toggle = page.locator(`[id="toggle${p.split('/').slice(0, -1).join('/')}"][aria-expanded="false"]`);
    if (await toggle.count()) await toggle.click();
    const input = page.locator(`[data-path="${p}"]`);
    await input.click();
    await page.keyboard.press('End');
    await page.evaluate(() => { window.__plannerTimings = []; });
    for (let i = 0; i < per; i++) {
      // a pause between keys, as a person's: each keystroke is measured alone
      await page.keyboard.type(i % 2 ? 'x' : 'y');
      await page.waitForFunction((n) => (window.__plannerTimings?.length ?? 0) >= n, i + 1);
      await page.waitForTimeout(30);
    }
    const times = await page.evaluate(() => window.__plannerTimings);
    out.push(...times.slice(5)); // the first keystrokes of a field tier the code up
  }
  return out;
}

// libraryValidate is the median time of the library's own validate of text
// in the page (the same WebAssembly module the page uses, a new instance),
// over a second of calls after a second of warming up (V8 tiers the code up
// as it runs).
async function libraryValidate(page, text) {
  return page.evaluate(async (text) => {
    const { load } = await import('./wasm/kooperacja.mjs');
    const k = await load();
    const times = [];
    const t0 = performance.now();
    while (performance.now() - t0 < 2000 || times.length < 10) {
      const t = performance.now();
      k.validate(text);
      times.push([t - t0, performance.now() - t]);
    }
    const s = times.filter(([at]) => at >= 1000).map(([, d]) => d).sort((a, b) => a - b);
    return s.length ? s[s.length >> 1] : times.at(-1)[1];
  }, text);
}
