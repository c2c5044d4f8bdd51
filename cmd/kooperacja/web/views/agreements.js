// Agreements view: the cooperation agreements and declarations of
// accession, their parties, signatures, annexes and withdrawals.

import { t } from '../i18n.js';
import { state } from '../store.js';
import { dateText } from '../library.js';
import { heading, field, selectField, checks, collection } from '../fields.js';
import { renderView } from '../nav.js';
import { instName, instOptions, teamOptions, nameOr } from '../names.js';
import { documentButton } from '../document.js';

function signatureList(p, parties) {
  return collection(p, {
    level: 4, add: 'add_signatures', foldFrom: 8, redraw: renderView,
    itemTitle: (s, i) => (s.party ? t('signatureOf', instName(s.party)) : t('itemNo', t('signature'), i + 1)),
    render: (sp) => [
      selectField(sp + '/party', parties.map((id) => ({ value: id, label: instName(id) })), { empty: false }),
      field(sp + '/signatory'),
      field(sp + '/function'),
      field(sp + '/date', { type: 'date' }),
    ],
  });
}

// shown says whether an optional field is shown: when it has a value or a
// finding points at it.
const shown = (p, v) => v !== undefined || state.findings.some((f) => f.path === p || f.path.startsWith(p + '/'));

export function viewAgreements() {
  return [
    heading(2, t('v_agreements'), null),
    collection('/agreements', {
      section: true, foldFrom: 3, redraw: renderView,
      adders: [{ key: 'add_agreements' }, { what: 'declaration', key: 'add_declaration' }],
      itemTitle: (x, i) => nameOr(x.title, 'agreement', i),
      head: (ip) => documentButton(ip),
      render: (p, a) => {
        const allParties = [...new Set([...(a.parties || []), ...(a.annexes || []).flatMap((x) => x.addParties || [])])];
        return [
          field(p + '/title', { wide: true }),
          field(p + '/id'),
          selectField(p + '/kind', 'agreementKind', { empty: false, rerender: true }),
          shown(p + '/team', a.team) ? selectField(p + '/team', teamOptions()) : null,
          field(p + '/scope', { multiline: true, wide: true }),
          checks(p + '/parties', instOptions(), { rerender: true }),
          field(p + '/effectiveFrom', { type: 'date' }),
          field(p + '/validUntil', { type: 'date' }),
          field(p + '/noticePeriodDays', { type: 'number', min: 0 }),
          signatureList(p + '/signatures', a.parties || []),
          collection(p + '/annexes', {
            level: 4, add: 'add_annexes', foldFrom: 3, redraw: renderView,
            itemTitle: (x, i) => (x.date ? t('annexOf', dateText(x.date)) : t('itemNo', t('annex'), i + 1)),
            head: (ip) => documentButton(ip),
            render: (ap, x) => [
              field(ap + '/id'),
              field(ap + '/date', { type: 'date' }),
              field(ap + '/effectiveFrom', { type: 'date' }),
              field(ap + '/validUntil', { type: 'date' }),
              checks(ap + '/addParties', instOptions(), { dropEmpty: true, rerender: true }),
              checks(ap + '/removeParties', allParties.map((id) => ({ value: id, label: instName(id) })), { dropEmpty: true }),
              signatureList(ap + '/signatures', [...new Set([...allParties, ...(x.addParties || [])])]),
            ],
          }),
          collection(p + '/withdrawals', {
            level: 4, add: 'add_withdrawals', foldFrom: 3, redraw: renderView,
            itemTitle: (x, i) => (x.party ? t('withdrawalOf', instName(x.party)) : t('itemNo', t('withdrawal'), i + 1)),
            head: (ip) => documentButton(ip),
            render: (wp) => [
              selectField(wp + '/party', allParties.map((id) => ({ value: id, label: instName(id) })), { empty: false }),
              field(wp + '/noticeDate', { type: 'date' }),
              field(wp + '/effectiveDate', { type: 'date' }),
            ],
          }),
        ];
      },
    }),
  ];
}
