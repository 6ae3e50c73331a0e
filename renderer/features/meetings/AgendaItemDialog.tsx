import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '../../../shared/model/agendaItem';
import { FreeTextField } from '../../components/FreeTextField';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import { listConcernChoices } from '../../db/queries/cases';
import { addAgendaItem, updateAgendaItem, type AgendaItemDraft } from '../../db/repositories/agendaItems';
import { MeetingCheckbox } from './MeetingCheckbox';
import { MeetingError } from './MeetingError';
import type { MeetingData } from './useMeetingData';

interface Values {
  title: string;
  kind: AgendaItemKind;
  caseIds: string[];
  concernId: string;
  presenterId: string;
  plannedMinutes: string;
  isPublic: boolean;
  interpreter: boolean;
  interpreterLanguage: string;
  affectedPersonSpeaks: boolean;
  guestOrganisation: string;
  guestRole: string;
  moderationNotes: string;
}

function initialValues(data: MeetingData, itemId: string | null): Values {
  const item = data.items.find((i) => i.id === itemId);
  const guest = data.meeting.guests.find((g) => g.agendaItemId === itemId);
  return {
    title: item?.title ?? '',
    kind: item?.kind ?? 'report',
    caseIds: [...(item?.caseIds ?? [])],
    concernId: item?.concernId ?? '',
    presenterId: item?.presenterId ?? '',
    plannedMinutes: String(item?.plannedMinutes ?? 10),
    isPublic: item?.isPublic ?? true,
    interpreter: Boolean(item?.interpreterLanguage),
    interpreterLanguage: item?.interpreterLanguage ?? '',
    affectedPersonSpeaks: item?.affectedPersonSpeaks ?? false,
    guestOrganisation: guest?.organisation ?? (item?.guest ?? ''),
    guestRole: guest?.role ?? '',
    moderationNotes: item?.moderationNotes ?? '',
  };
}

/** Adds or edits a TOP with every field the agenda knows; a Fallbesprechung cannot be made public. */
export function AgendaItemDialog({ data, itemId, onClose }: { data: MeetingData; itemId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const concerns = useLiveQuery(listConcernChoices);
  const [values, setValues] = useState<Values>(() => initialValues(data, itemId));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const minutes = /^\d{1,3}$/.test(values.plannedMinutes.trim()) ? Number(values.plannedMinutes) : NaN;
  const isCase = values.kind === 'case';
  const titleError = tried && values.title.trim() === '' ? t('validation.required') : null;
  const minutesError = tried && !(minutes >= 0 && minutes <= 600) ? t('validation.invalid') : null;
  const languageError = tried && values.interpreter && values.interpreterLanguage.trim() === '' ? t('validation.required') : null;
  const linkable = [...data.cases.values()].filter((c) => !values.caseIds.includes(c.id) && c.status !== 'closed');
  const members = [{ id: '', label: t('meetingForm.nobody') }, ...data.members.filter((m) => m.active || m.id === values.presenterId).map((m) => ({ id: m.id, label: m.name }))];

  const submit = () => {
    setTried(true);
    if (values.title.trim() === '' || !(minutes >= 0 && minutes <= 600) || (values.interpreter && values.interpreterLanguage.trim() === '')) return;
    const draft: AgendaItemDraft = {
      title: values.title,
      kind: values.kind,
      caseIds: values.caseIds,
      concernId: values.concernId || null,
      presenterId: values.presenterId || null,
      plannedMinutes: minutes,
      isPublic: isCase ? false : values.isPublic,
      interpreterLanguage: values.interpreter ? values.interpreterLanguage.trim() : null,
      affectedPersonSpeaks: values.affectedPersonSpeaks,
      moderationNotes: values.moderationNotes,
    };
    const guest = values.guestOrganisation.trim() === '' ? null : { organisation: values.guestOrganisation, role: values.guestRole };
    const saved = itemId === null ? addAgendaItem(data.meeting.id, draft, guest) : updateAgendaItem(itemId, draft, guest);
    void saved.then((r) => (r.ok ? onClose() : setError(r.error)));
  };

  return (
    <ModalDialog title={itemId === null ? t('agendaItem.createTitle') : t('agendaItem.editTitle')} onClose={onClose}>
      <Form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextInputField label={t('agendaItem.title')} value={values.title} onChange={(title) => set({ title })} isRequired maxLength={300} errorMessage={titleError} autoFocus />
        <div className="form-row">
          <SelectField
            label={t('agendaItem.kind')}
            options={AGENDA_ITEM_KINDS.map((id) => ({ id, label: t(`agendaKind.${id}`) }))}
            value={values.kind}
            onChange={(kind) => set({ kind })}
          />
          <TextInputField label={t('agendaItem.plannedMinutes')} value={values.plannedMinutes} onChange={(plannedMinutes) => set({ plannedMinutes })} isRequired errorMessage={minutesError} />
          <SelectField label={t('agendaItem.presenter')} options={members} value={values.presenterId} onChange={(presenterId) => set({ presenterId })} />
        </div>
        <MeetingCheckbox label={t('agendaItem.public')} value={isCase ? false : values.isPublic} onChange={(isPublic) => set({ isPublic })} isDisabled={isCase} describedBy="agenda-item-public-hint" />
        <p id="agenda-item-public-hint" className="field-hint">
          {isCase ? t('agendaItem.caseNeverPublic') : t('agendaItem.publicHint')}
        </p>
        <fieldset className="mt-fieldset">
          <legend>{t('agendaItem.cases')}</legend>
          {values.caseIds.length > 0 && (
            <ul className="mt-chips">
              {values.caseIds.map((id) => {
                const c = data.cases.get(id);
                const label = c ? `${c.code} – ${c.title}` : id;
                return (
                  <li key={id} className="mt-chip">
                    {label}
                    <Button className="button button-small button-quiet" aria-label={t('agendaItem.unlinkCase', { label })} onPress={() => set({ caseIds: values.caseIds.filter((x) => x !== id) })}>
                      {t('agendaItem.unlink')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
          {linkable.length > 0 && (
            <SelectField
              label={t('agendaItem.linkCase')}
              options={[{ id: '', label: t('agendaItem.chooseCase') }, ...linkable.map((c) => ({ id: c.id, label: `${c.code} – ${c.title}` }))]}
              value=""
              onChange={(id) => {
                if (id) set({ caseIds: [...values.caseIds, id] });
              }}
            />
          )}
          {concerns && concerns.length > 0 && (
            <SelectField
              label={t('agendaItem.concern')}
              options={[{ id: '', label: t('agendaItem.noConcern') }, ...concerns.map((c) => ({ id: c.id, label: c.title }))]}
              value={values.concernId}
              onChange={(concernId) => set({ concernId })}
            />
          )}
        </fieldset>
        <fieldset className="mt-fieldset">
          <legend>{t('agendaItem.languageAndGuests')}</legend>
          <MeetingCheckbox label={t('agendaItem.interpreterNeeded')} value={values.interpreter} onChange={(interpreter) => set({ interpreter })} />
          {values.interpreter && (
            <TextInputField label={t('agendaItem.interpreterLanguage')} value={values.interpreterLanguage} onChange={(interpreterLanguage) => set({ interpreterLanguage })} isRequired maxLength={60} errorMessage={languageError} />
          )}
          <MeetingCheckbox label={t('agendaItem.affectedPersonSpeaks')} value={values.affectedPersonSpeaks} onChange={(affectedPersonSpeaks) => set({ affectedPersonSpeaks })} />
          <div className="form-row">
            <TextInputField label={t('agendaItem.guestOrganisation')} value={values.guestOrganisation} onChange={(guestOrganisation) => set({ guestOrganisation })} maxLength={200} description={t('agendaItem.guestHint')} />
            <TextInputField label={t('agendaItem.guestRole')} value={values.guestRole} onChange={(guestRole) => set({ guestRole })} maxLength={200} />
          </div>
        </fieldset>
        <FreeTextField label={t('agendaItem.moderationNotes')} value={values.moderationNotes} onChange={(moderationNotes) => set({ moderationNotes })} rows={3} description={t('agendaItem.moderationNotesHint')} />
        {error && <MeetingError error={error} />}
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button className="button button-primary" type="submit">
            {itemId === null ? t('agendaItem.create') : t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
