// Institutions and services view: the partners of the municipality and the
// basket of services they provide.

import { t } from '../i18n.js';
import { heading, field, selectField, collection } from '../fields.js';
import { renderView } from '../nav.js';
import { instOptions, nameOr } from '../names.js';

export function viewInstitutions() {
  return [
    heading(2, t('v_institutions'), null),
    collection('/institutions', {
      section: true, add: 'add_institutions', foldFrom: 12, redraw: renderView,
      itemTitle: (x, i) => nameOr(x.name, 'institution', i),
      render: (p) => [
        field(p + '/name', { wide: true }),
        field(p + '/id'),
        selectField(p + '/kind', 'kind', { empty: false }),
        selectField(p + '/level', 'level'),
        selectField(p + '/sector', 'sector'),
        field(p + '/teryt'),
        field(p + '/regon'),
        field(p + '/nip'),
      ],
    }),
    collection('/services', {
      section: true, add: 'add_services', foldFrom: 12, redraw: renderView,
      itemTitle: (x, i) => nameOr(x.name, 'service', i),
      render: (p) => [
        field(p + '/name', { wide: true }),
        field(p + '/id'),
        selectField(p + '/provider', instOptions(), { empty: false }),
        field(p + '/monthlyCapacity', { type: 'number', min: 0 }),
      ],
    }),
  ];
}
