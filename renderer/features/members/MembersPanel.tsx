import './members.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { listMembers } from '../../db/queries/members';
import { readSetting } from '../../db/repositories/settings';
import { MemberFormDialog } from './MemberFormDialog';

/** Einstellungen → Mitglieder: who takes part in the round table, with add and edit. */
export function MembersPanel() {
  const { t } = useTranslation();
  const members = useLiveQuery(listMembers);
  const me = useLiveQuery(() => readSetting('currentMemberId'));
  // undefined: no dialog; null: a new member; a string: that member.
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  return (
    <section className="panel" aria-labelledby="settings-members">
      <div className="toolbar">
        <h2 id="settings-members" className="panel-title">
          {t('members.title')}
        </h2>
        <Button className="button" onPress={() => setEditing(null)}>
          {t('members.add')}
        </Button>
      </div>
      <p className="field-hint">{t('members.hint')}</p>
      {members === undefined ? (
        <LoadingState />
      ) : (
        // Its own sideways scrolling when the columns do not fit (a zoomed or narrow window), not the page's.
        <div className="table-scroll">
          <Table aria-label={t('members.title')} className="table" onRowAction={(key) => setEditing(String(key))}>
            <TableHeader className="table-header">
              <Column isRowHeader className="column">
                {t('members.fields.name')}
              </Column>
              <Column className="column">{t('members.fields.organisation')}</Column>
              <Column className="column">{t('members.fields.role')}</Column>
              <Column className="column">{t('members.fields.state')}</Column>
              <Column className="column column-actions">{t('members.actions')}</Column>
            </TableHeader>
            <TableBody className="table-body" items={members} renderEmptyState={() => <p className="muted">{t('members.empty')}</p>}>
              {(member) => (
                <Row id={member.id} className="row">
                  <Cell className="cell">
                    {member.name}
                    {member.id === me && <span className="tag">{t('members.isMe')}</span>}
                  </Cell>
                  <Cell className="cell">{member.organisation || '–'}</Cell>
                  <Cell className="cell">{t(`members.role.${member.role}`)}</Cell>
                  <Cell className="cell">{member.active ? t('members.active') : t('members.inactive')}</Cell>
                  <Cell className="cell cell-actions">
                    <div className="row-actions">
                      <Button className="button button-small" aria-label={t('members.editNamed', { name: member.name })} onPress={() => setEditing(member.id)}>
                        {t('members.edit')}
                      </Button>
                    </div>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      )}
      {editing !== undefined && <MemberFormDialog memberId={editing} onClose={() => setEditing(undefined)} />}
    </section>
  );
}
