// Agreements view: the cooperation agreements, their parties, signatures,
// annexes and withdrawals.

import { nextId } from '../dom.js';
import { t } from '../i18n.js';
import { enumOptions } from '../library.js';
import { heading, field, selectField, checks, collection } from '../fields.js';
import { instName, instOptions, teamOptions, asOfDate } from '../names.js';

function signatureList(p, title, parties) {
  return collection(p, title, {
    level: 4,
    addLabel: t('signature'),
    itemTitle: (s, i) => (s.party ? instName(s.party) : `${t('signature')} ${i + 1}`),
    make: (arr) => ({ party: parties.find((x) => !arr.some((s) => s.party === x)) ?? '', signatory: '', date: asOfDate() }),
    render: (sp) => [
      selectField(sp + '/party', t('party'), parties.map((id) => ({ value: id, label: instName(id) }))),
      field(sp + '/signatory', t('signatory')),
      field(sp + '/function', t('function')),
      field(sp + '/date', t('date'), { type: 'date' }),
    ],
  });
}

export function viewAgreements() {
  return [
    heading(2, t('v_agreements'), null),
    collection('/agreements', t('agreements'), {
      addLabel: t('agreement'),
      itemTitle: (x, i) => x.title || `${t('agreement')} ${i + 1}`,
      make: (arr) => ({ id: nextId('agr', arr), kind: 'local_cooperation', title: '', scope: '', parties: [], signatures: [] }),
      render: (p, a) => {
        const allParties = [...new Set([...(a.parties || []), ...(a.annexes || []).flatMap((x) => x.addParties || [])])];
        return [
          field(p + '/title', t('agreementTitle'), { wide: true }),
          field(p + '/id', t('id')),
          selectField(p + '/kind', t('kind'), enumOptions('agreementKind'), { empty: false, rerender: true }),
          a.kind === 'accession_declaration' ? selectField(p + '/team', t('declTeam'), teamOptions(['pzk'])) : null,
          field(p + '/scope', t('scope'), { multiline: true, wide: true }),
          checks(p + '/parties', t('parties'), instOptions(), { rerender: true }),
          field(p + '/effectiveFrom', t('effectiveFrom'), { type: 'date' }),
          field(p + '/validUntil', t('validUntil'), { type: 'date' }),
          field(p + '/noticePeriodDays', t('noticePeriodDays'), { type: 'number' }),
          signatureList(p + '/signatures', t('signatures'), a.parties || []),
          collection(p + '/annexes', t('annexes'), {
            level: 4,
            addLabel: t('annex'),
            itemTitle: (x, i) => `${t('annex')} ${x.id || i + 1}`,
            make: (arr) => ({ id: nextId('aneks', arr), date: asOfDate(), effectiveFrom: asOfDate(), signatures: [] }),
            render: (ap, x) => [
              field(ap + '/id', t('id')),
              field(ap + '/date', t('date'), { type: 'date' }),
              field(ap + '/effectiveFrom', t('effectiveFrom'), { type: 'date' }),
              field(ap + '/validUntil', t('validUntil'), { type: 'date' }),
              checks(ap + '/addParties', t('addParties'), instOptions(), { dropEmpty: true, rerender: true }),
              checks(ap + '/removeParties', t('removeParties'), allParties.map((id) => ({ value: id, label: instName(id) })), { dropEmpty: true }),
              signatureList(ap + '/signatures', t('signatures'), [...new Set([...allParties, ...(x.addParties || [])])]),
            ],
          }),
          collection(p + '/withdrawals', t('withdrawals'), {
            level: 4,
            addLabel: t('withdrawal'),
            itemTitle: (x, i) => (x.party ? `${t('withdrawal')}: ${instName(x.party)}` : `${t('withdrawal')} ${i + 1}`),
            make: () => ({ party: '', noticeDate: asOfDate() }),
            render: (wp) => [
              selectField(wp + '/party', t('party'), allParties.map((id) => ({ value: id, label: instName(id) }))),
              field(wp + '/noticeDate', t('noticeDate'), { type: 'date' }),
              field(wp + '/effectiveDate', t('effectiveDate'), { type: 'date' }),
            ],
          }),
        ];
      },
    }),
  ];
}
