// The question asked before a file (or a new bundle) replaces the work: what
// it holds, its findings, how it differs from the current work, and two
// answers. Cancel (or Escape) keeps the work untouched.

import { h } from './dom.js';
import { t } from './i18n.js';
import { changeText } from './library.js';

const SHOWN_CHANGES = 50;

function summaryList(s, id) {
  const place = [s.municipality, s.teryt ? `TERYT ${s.teryt}` : ''].filter(Boolean).join(', ');
  return h('dl', { class: 'values', id },
    h('dt', {}, t('municipality')), h('dd', { 'data-field': 'municipality' }, place || '—'),
    h('dt', {}, t('variant')), h('dd', { 'data-field': 'variant' }, s.variant ? t.enum('variant', s.variant) : '—'),
    ['institutions', 'teams', 'agreements', 'ipws'].map((k) => [
      h('dt', {}, t(k + 'Count')), h('dd', { 'data-count': k }, String(s.counts[k]))]));
}

// askReplace shows p ({title, summary, current, findings, counts, diff})
// and resolves with true when the person chooses to replace the work.
export function askReplace(p) {
  return new Promise((resolve) => {
    const dlg = h('dialog', { class: 'preview', id: 'preview', 'aria-labelledby': 'preview-h' });
    const body = [
      h('h2', { id: 'preview-h' }, p.title),
      h('p', {}, t('previewIntro')),
      h('h3', {}, t('previewFile')),
      summaryList(p.summary, 'preview-summary'),
    ];
    if (p.findings) {
      body.push(h('h3', {}, t('previewFindings')), h('p', { id: 'preview-counts' }, t('summary', p.counts.error, p.counts.warning, p.counts.info)));
      const shown = p.findings.filter((f) => f.severity === 'error').slice(0, 10);
      if (!p.findings.length) body.push(h('p', {}, t('previewNoFindings')));
      else if (shown.length) body.push(h('ul', { class: 'preview-findings' }, shown.map((f) => h('li', {}, h('span', { class: 'sev' }, t('sev_' + f.severity)), ' ', f.message))));
    }
    if (p.current) {
      body.push(h('h3', {}, t('previewCurrent')), summaryList(p.current, 'preview-current'));
    }
    if (p.diff) {
      body.push(h('h3', {}, t('previewDiff')));
      if (!p.diff.ok) body.push(h('p', { id: 'preview-diff', class: 'hint' }, t('diffUnavailable') + p.diff.error));
      else if (!p.diff.changes.length) body.push(h('p', { id: 'preview-diff' }, t('previewSame')));
      else {
        const more = p.diff.changes.length - SHOWN_CHANGES;
        body.push(h('ul', { id: 'preview-diff', class: 'diff-list' },
          p.diff.changes.slice(0, SHOWN_CHANGES).map((c) => h('li', {}, changeText(c))),
          more > 0 ? h('li', {}, t('moreChanges', more)) : null));
      }
    }
    const done = (answer) => {
      dlg.close();
      dlg.remove();
      resolve(answer);
    };
    const accept = h('button', { type: 'button', id: 'preview-replace', onclick: () => done(true) }, t('replace'));
    const cancel = h('button', { type: 'button', id: 'preview-cancel', onclick: () => done(false) }, t('cancel'));
    body.push(h('div', { class: 'buttons' }, cancel, accept));
    dlg.append(...body);
    dlg.addEventListener('cancel', (ev) => { ev.preventDefault(); done(false); });
    document.body.append(dlg);
    dlg.showModal();
    cancel.focus();
  });
}
