import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { numberAgenda } from '../../../shared/agenda/numbering';
import type { AppError } from '../../../shared/errors/result';
import { isMinutesLocked } from '../../../shared/model/meeting';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import { removeGuest, saveGuest } from '../../db/repositories/meetings';
import { MeetingCheckbox } from './MeetingCheckbox';
import { MeetingError } from './MeetingError';
import type { MeetingData } from './useMeetingData';

/** The invited guests: organisation and function, for which item, and whether the invitation went out. */
export function GuestsPanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const { meeting, items } = data;
  const editable = !isMinutesLocked(meeting) && meeting.state !== 'cancelled';
  const numbered = numberAgenda(items);
  const numberOf = new Map(numbered.map((n) => [n.item.id, n.number]));
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const [itemId, setItemId] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const done = (r: { ok: boolean; error?: AppError }) => setError(r.ok ? null : (r.error ?? null));

  return (
    <section className="panel mt-guests" aria-labelledby="guests-title">
      <h3 id="guests-title" className="panel-title">
        {t('meetingGuests.title')}
      </h3>
      {meeting.guests.length === 0 ? (
        <p className="mt-empty">{t('meetingGuests.none')}</p>
      ) : (
        <table className="mt-table">
          <thead>
            <tr>
              <th scope="col">{t('meetingGuests.organisation')}</th>
              <th scope="col">{t('meetingGuests.role')}</th>
              <th scope="col">{t('meetingGuests.item')}</th>
              <th scope="col">{t('meetingGuests.invited')}</th>
              {editable && <th scope="col">{t('meetingGuests.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {meeting.guests.map((guest) => {
              const number = guest.agendaItemId ? numberOf.get(guest.agendaItemId) : undefined;
              return (
                <tr key={guest.id}>
                  <td>{guest.organisation}</td>
                  <td>{guest.role}</td>
                  <td>{number ? t('agenda.top', { number }) : '—'}</td>
                  <td>
                    <MeetingCheckbox
                      label={t('meetingGuests.invitedFor', { name: guest.organisation })}
                      value={guest.invited}
                      isDisabled={!editable}
                      onChange={(invited) => void saveGuest(meeting.id, { ...guest, invited }).then(done)}
                    />
                  </td>
                  {editable && (
                    <td>
                      <Button className="button button-small button-quiet-danger" aria-label={t('meetingGuests.removeGuest', { name: guest.organisation })} onPress={() => void removeGuest(meeting.id, guest.id).then(done)}>
                        {t('meetingGuests.remove')}
                      </Button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editable && (
        <Form
          className="form mt-guest-form"
          aria-label={t('meetingGuests.add')}
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (organisation.trim() === '') return;
            void saveGuest(meeting.id, { organisation, role, agendaItemId: itemId || null, invited: false, presence: null, arrivedAt: null, leftAt: null }).then((r) => {
              done(r);
              if (r.ok) {
                setOrganisation('');
                setRole('');
                setItemId('');
                setTried(false);
              }
            });
          }}
        >
          <div className="form-row">
            <TextInputField label={t('meetingGuests.organisation')} value={organisation} onChange={setOrganisation} maxLength={200} errorMessage={tried && organisation.trim() === '' ? t('validation.required') : null} />
            <TextInputField label={t('meetingGuests.role')} value={role} onChange={setRole} maxLength={200} />
            <SelectField
              label={t('meetingGuests.item')}
              options={[{ id: '', label: t('meetingGuests.noItem') }, ...numbered.map((n) => ({ id: n.item.id, label: `${t('agenda.top', { number: n.number })} ${n.item.title}` }))]}
              value={itemId}
              onChange={setItemId}
            />
          </div>
          <Button className="button" type="submit">
            {t('meetingGuests.add')}
          </Button>
        </Form>
      )}
      {error && <MeetingError error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
