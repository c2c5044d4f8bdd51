import { readFileSync, mkdtempSync } from 'node:fs';
import { startPlanner, launchProfile, root } from './harness.mjs';
const server = await startPlanner();
const context = await launchProfile(mkdtempSync('/tmp/prof-'));
const page = await context.newPage();
await page.goto(server.url + '/');
await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
await page.setInputFiles('#open-file', { name: 'u.json', mimeType: 'application/json', buffer: readFileSync(root + '/examples/urban.json') });
await page.waitForSelector('html[data-dirty="false"]', { state: 'attached' });
await page.waitForTimeout(500);
for (let i = 0; i < 6; i++) {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  const r = await page.evaluate(async () => {
    const o = {};
    const nav = performance.getEntriesByType('navigation')[0];
    o.dcl = Math.round(nav.domContentLoadedEventEnd);
    for (const m of performance.getEntriesByType('mark')) o[m.name.replace('planner:', '')] = Math.round(m.startTime);
    return o;
  });
  console.log(JSON.stringify(r));
}
await context.close(); server.stop();
