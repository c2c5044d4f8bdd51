// Institutions and services view: the partners of the municipality and the
// basket of services they provide.

import { nextId } from '../dom.js';
import { t } from '../i18n.js';
import { enumOptions } from '../library.js';
import { heading, field, selectField, collection } from '../fields.js';
import { institutions, instOptions } from '../names.js';

export function viewInstitutions() {
  return [
    heading(2, t('v_institutions'), null),
    collection('/institutions', t('institutions'), {
      addLabel: t('institution'),
      itemTitle: (x, i) => x.name || `${t('institution')} ${i + 1}`,
      make: (arr) => ({ id: nextId('inst', arr), name: '', kind: 'ops' }),
      render: (p) => [
        field(p + '/name', t('name'), { wide: true }),
        field(p + '/id', t('id')),
        selectField(p + '/kind', t('kind'), enumOptions('institutionKind'), { empty: false }),
        selectField(p + '/level', t('level'), enumOptions('level')),
        selectField(p + '/sector', t('sector'), enumOptions('sector')),
        field(p + '/teryt', 'TERYT'),
        field(p + '/regon', t('regon')),
        field(p + '/nip', t('nip')),
      ],
    }),
    collection('/services', t('services'), {
      addLabel: t('service'),
      itemTitle: (x, i) => x.name || `${t('service')} ${i + 1}`,
      make: (arr) => ({ id: nextId('svc', arr), name: '', provider: institutions()[0]?.id ?? '' }),
      render: (p) => [
        field(p + '/name', t('name'), { wide: true }),
        field(p + '/id', t('id')),
        selectField(p + '/provider', t('provider'), instOptions()),
        field(p + '/monthlyCapacity', t('monthlyCapacity'), { type: 'number' }),
      ],
    }),
  ];
}
