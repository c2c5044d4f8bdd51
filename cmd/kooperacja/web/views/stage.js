// Stage view: the municipality's implementation stage as the library
// derives it, its checklist, and the recorded stages.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { call, opts, errorText, enumOptions, enumValues } from '../library.js';
import { heading, field, selectField, collection } from '../fields.js';
import { focusPath } from '../nav.js';

export function viewStage() {
  const out = [heading(2, t('stageTitle'), null)];
  const r = call('stage', state.bundle, opts());
  if (!r.ok) {
    out.push(h('p', { class: 'error' }, t('unavailable') + errorText(r.error)));
  } else {
    const s = r.result || {};
    const done = new Set(s.completed || []);
    out.push(h('ol', { class: 'stages', id: 'stage-list' }, (s.stages || []).map((st) =>
      h('li', { class: done.has(st) ? 'done' : st === s.current ? 'current' : 'todo', 'aria-current': st === s.current ? 'step' : undefined },
        t.enum('stageName', st), done.has(st) ? ` — ${t('stageDone')}` : st === s.current ? ` — ${t('stageNow')}` : ''))));
    if (s.current) {
      out.push(h('p', {}, `${t('stageCurrent')}: `, h('strong', { id: 'stage-current' }, t.enum('stageName', s.current)),
        s.next ? ` · ${t('stageNext')}: ${t.enum('stageName', s.next)}` : ''));
      out.push(heading(3, t('stageMissing'), null), h('ul', { class: 'checklist', id: 'stage-missing' }, (s.missing || []).map((m) => {
        const text = state.lang === 'pl' ? m.messagePl ?? m.message : m.messageEn ?? m.message;
        return h('li', {}, m.path ? h('button', { type: 'button', class: 'linklike', onclick: () => focusPath(m.path) }, text) : text);
      })));
    } else if ((s.stages || []).length) {
      out.push(h('p', {}, t('stageAllDone')));
    }
  }
  out.push(collection('/stages', t('stageRecords'), {
    addLabel: t('stageRecord'),
    itemTitle: (x, i) => (x.stage ? t.enum('stageName', x.stage) : `${t('stageRecord')} ${i + 1}`),
    make: () => ({ stage: (r.ok && r.result?.current) || enumValues('stageName')[0] }),
    render: (p) => [
      selectField(p + '/stage', t('stageName'), enumOptions('stageName'), { empty: false }),
      field(p + '/started', t('started'), { type: 'date' }),
      field(p + '/completed', t('completedOn'), { type: 'date' }),
      field(p + '/evidence', t('evidence'), { multiline: true, wide: true }),
    ],
  }));
  return out;
}

