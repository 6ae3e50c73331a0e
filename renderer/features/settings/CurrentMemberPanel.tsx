import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { SelectField } from '../../components/SelectField';
import { listMembers } from '../../db/queries/members';
import { setCurrentMember } from '../../db/repositories/members';
import { readSetting } from '../../db/repositories/settings';
import { selectShowNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { NONE } from '../followUps/choices';

/** "Ich bin …": the member this device speaks for (author of notes, "Meine Aufgaben"), changeable at any time. */
export function CurrentMemberPanel() {
  const { t } = useTranslation();
  const showNotice = useAppStore(selectShowNotice);
  const members = useLiveQuery(listMembers);
  const me = useLiveQuery(() => readSetting('currentMemberId'));
  if (members === undefined || me === undefined)
    return (
      <section className="panel">
        <LoadingState />
      </section>
    );
  const choices = members.filter((m) => m.active || m.id === me).map((m) => ({ id: m.id, label: m.organisation ? `${m.name} (${m.organisation})` : m.name }));
  const known = choices.some((choice) => choice.id === me);
  return (
    <section className="panel" aria-labelledby="settings-me">
      <h2 id="settings-me" className="panel-title">
        {t('members.me.title')}
      </h2>
      <p className="field-hint">{t('members.me.hint')}</p>
      <SelectField
        label={t('members.me.label')}
        options={known ? choices : [{ id: NONE, label: t('members.me.nobody') }, ...choices]}
        value={known && me ? me : NONE}
        onChange={(id) => {
          if (id === NONE) return;
          void setCurrentMember(id).then((saved) => showNotice(saved.ok ? null : saved.error));
        }}
      />
    </section>
  );
}
