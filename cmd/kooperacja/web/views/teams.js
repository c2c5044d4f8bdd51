// Teams view: the PZK and its groups, their members and meetings.

import { t } from '../i18n.js';
import { heading, field, selectField, checks, collection } from '../fields.js';
import { renderView } from '../nav.js';
import { dateText } from '../library.js';
import { instName, instOptions, teamOptions, nameOr } from '../names.js';
import { documentButton } from '../document.js';

export function viewTeams() {
  return [
    heading(2, t('v_teams'), null),
    collection('/teams', {
      section: true, add: 'add_teams', foldFrom: 3, redraw: renderView,
      itemTitle: (x, i) => nameOr(x.name, 'team', i),
      head: (ip) => documentButton(ip),
      render: (p, team) => [
        field(p + '/name', { wide: true }),
        field(p + '/id'),
        selectField(p + '/kind', 'teamKind', { empty: false, rerender: true }),
        field(p + '/formed', { type: 'date' }),
        selectField(p + '/parentTeam', teamOptions().filter((o) => o.value !== team.id)),
        collection(p + '/members', {
          level: 4, add: 'add_members', foldFrom: 8, redraw: renderView,
          itemTitle: (m, i) => (m.institution ? t('memberOf', instName(m.institution)) : t('itemNo', t('member'), i + 1)),
          render: (mp) => [
            selectField(mp + '/institution', instOptions(), { empty: false }),
            field(mp + '/representative'),
            checks(mp + '/roles', 'role'),
            field(mp + '/joined', { type: 'date' }),
            field(mp + '/left', { type: 'date' }),
          ],
        }),
        collection(p + '/meetings', {
          level: 4, add: 'add_meetings', foldFrom: 4, redraw: renderView,
          itemTitle: (m, i) => (m.date ? t('meetingOf', dateText(m.date)) : t('itemNo', t('meeting'), i + 1)),
          render: (mp) => [
            field(mp + '/date', { type: 'date' }),
            checks(mp + '/attendees', (team.members || []).filter((m) => m.institution).map((m) => ({ value: m.institution, label: instName(m.institution) }))),
            field(mp + '/notes', { multiline: true, wide: true }),
          ],
        }),
      ],
    }),
  ];
}
