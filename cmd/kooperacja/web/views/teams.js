// Teams view: the PZK and its groups, their members and meetings.

import { nextId } from '../dom.js';
import { t } from '../i18n.js';
import { state } from '../store.js';
import { enumOptions } from '../library.js';
import { heading, field, selectField, checks, collection } from '../fields.js';
import { instName, instOptions, teamOptions, asOfDate } from '../names.js';

export function viewTeams() {
  return [
    heading(2, t('v_teams'), null),
    collection('/teams', t('teams'), {
      addLabel: t('team'),
      itemTitle: (x, i) => x.name || `${t('team')} ${i + 1}`,
      make: (arr) => ({ id: nextId('team', arr), kind: arr.some((x) => x.kind === 'pzk') ? (state.bundle.variant === 'urban' ? 'zzk' : 'ggk') : 'pzk', name: '', formed: asOfDate(), members: [] }),
      render: (p, team) => [
        field(p + '/name', t('name'), { wide: true }),
        field(p + '/id', t('id')),
        selectField(p + '/kind', t('kind'), enumOptions('teamKind'), { empty: false, rerender: true }),
        field(p + '/formed', t('formed'), { type: 'date' }),
        team.kind === 'ggk' || team.kind === 'zzk' ? selectField(p + '/parentTeam', t('parentTeam'), teamOptions(['pzk'])) : null,
        collection(p + '/members', t('members'), {
          level: 4,
          addLabel: t('member'),
          itemTitle: (m, i) => (m.institution ? instName(m.institution) : `${t('member')} ${i + 1}`),
          make: () => ({ institution: '', representative: '', roles: ['member'], joined: team.formed || asOfDate() }),
          render: (mp) => [
            selectField(mp + '/institution', t('institution'), instOptions()),
            field(mp + '/representative', t('representative')),
            checks(mp + '/roles', t('roles'), enumOptions('role')),
            field(mp + '/joined', t('joined'), { type: 'date' }),
            field(mp + '/left', t('left'), { type: 'date' }),
          ],
        }),
        collection(p + '/meetings', t('meetings'), {
          level: 4,
          addLabel: t('meeting'),
          itemTitle: (m, i) => `${t('meeting')} ${m.date || i + 1}`,
          make: () => ({ date: asOfDate(), attendees: [] }),
          render: (mp) => [
            field(mp + '/date', t('date'), { type: 'date' }),
            checks(mp + '/attendees', t('attendees'), (team.members || []).filter((m) => m.institution).map((m) => ({ value: m.institution, label: instName(m.institution) }))),
            field(mp + '/notes', t('notes'), { multiline: true, wide: true }),
          ],
        }),
      ],
    }),
  ];
}
