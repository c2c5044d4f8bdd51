// Stage view: the municipality's implementation stage as the library
// derives it, its checklist, and the recorded stages.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { label } from '../library.js';
import { heading, field, selectField, collection } from '../fields.js';
import { focusPath, renderView } from '../nav.js';
import { currentStage } from '../findings.js';

export function viewStage() {
  const out = [heading(2, t('stageTitle'), null)];
  const s = currentStage();
  if (!s) {
    out.push(h('p', { class: 'error' }, t('unavailable')));
  } else {
    const done = new Set(s.completed || []);
    out.push(h('ol', { class: 'stages', id: 'stage-list' }, (s.stages || []).map((st) =>
      h('li', { class: done.has(st) ? 'stage-passed' : st === s.current ? 'stage-now' : 'stage-later', 'aria-current': st === s.current ? 'step' : undefined },
        label('stage', st), done.has(st) ? ` — ${t('stageDone')}` : st === s.current ? ` — ${t('stageNow')}` : ''))));
    if (s.current) {
      out.push(h('p', {}, `${t('stageCurrent')}: `, h('strong', { id: 'stage-current' }, label('stage', s.current)),
        s.next ? ` · ${t('stageNext')}: ${label('stage', s.next)}` : ''));
      out.push(heading(3, t('stageMissing'), null), h('ul', { class: 'checklist', id: 'stage-missing' }, (s.missing || []).map((m) => {
        const text = state.lang === 'en' ? m.messageEn : m.messagePl;
        return h('li', {}, m.path ? h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(m.path) }, text) : text);
      })));
    } else if ((s.stages || []).length) {
      out.push(h('p', {}, t('stageAllDone')));
    }
  }
  const stageOpts = (s?.stages || []).map((st) => ({ value: st, label: label('stage', st) }));
  out.push(collection('/stages', {
    title: t('stageRecords'), add: 'add_stages', foldFrom: 6, redraw: renderView,
    itemTitle: (x, i) => (x.stage ? label('stage', x.stage) : t('itemNo', t('stageRecord'), i + 1)),
    render: (p) => [
      selectField(p + '/stage', stageOpts.length ? stageOpts : 'stage', { empty: false }),
      field(p + '/started', { type: 'date' }),
      field(p + '/completed', { type: 'date' }),
      field(p + '/evidence', { multiline: true, wide: true }),
    ],
  }));
  return out;
}
