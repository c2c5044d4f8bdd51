// What a file would bring before it replaces the work: whether it can be
// read as a bundle at all, its findings, what it holds (summary.js), and
// how it differs from the current work in the model's words. Pure: the
// library is a parameter ({validate(doc), diff(old, new)}, as library.js
// gives them; diff answers with a promise), so that the unit tests run it
// under Node.

import { summarize } from './summary.js';
import { findingsOf, failureFindings } from './library.js';

// previewFile reads text (the file called name) against the current work
// (null when there is none). fatal says that the file is not a bundle the
// planner can open (bad JSON, too large or deep, an unsupported version):
// then only its findings matter. It answers with a promise.
export async function previewFile(name, text, current, lib) {
  let doc;
  try { doc = JSON.parse(text); } catch { doc = undefined; }
  const r = lib.validate(doc !== undefined ? doc : text);
  const findings = r.ok ? findingsOf(r.result) : failureFindings(r.error);
  const fatal = doc === undefined || typeof doc !== 'object' || doc === null || Array.isArray(doc) ||
    findings.some((x) => x.code.startsWith('document.') || x.code === 'planner.library_error');
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  const out = { name, fatal, findings, counts };
  if (fatal) return out;
  return {
    ...out,
    doc,
    summary: summarize(doc),
    current: current ? summarize(current) : null,
    diff: current ? await lib.diff(current, doc) : null,
  };
}
