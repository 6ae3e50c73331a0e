import { useTranslation } from 'react-i18next';
import { checkAgenda } from '../../../shared/meetings/checks';
import type { MeetingData } from './useMeetingData';

/** The check of an agenda: time against the meeting's length, interpreters to book, guests to invite. */
export function AgendaChecks({ data, headingLevel = 3 }: { data: MeetingData; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const { meeting, items } = data;
  const check = checkAgenda(items, meeting.startTime, meeting.plannedMinutes, meeting.guests);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const allClear = check.overrunMinutes === 0 && check.interpreterLanguages.length === 0 && check.guestsToInvite.length === 0 && check.speakersWithoutInterpreter.length === 0;
  const tops = (numbers: readonly string[]) => numbers.map((n) => t('agenda.top', { number: n })).join(', ');
  return (
    <section className="panel mt-checks" aria-labelledby="agenda-checks-title">
      <Heading id="agenda-checks-title" className="panel-title">
        {t('agendaChecks.title')}
      </Heading>
      {allClear ? (
        <p>{t('agendaChecks.allClear', { end: check.end })}</p>
      ) : (
        <ul className="mt-check-list">
          {check.overrunMinutes > 0 && (
            <li className="mt-warning">
              {t('agendaChecks.overrun', { total: check.totalMinutes, length: meeting.plannedMinutes, over: check.overrunMinutes, end: check.end })}
            </li>
          )}
          {check.interpreterLanguages.map((entry) => (
            <li key={entry.language} className="mt-warning">
              {t('agendaChecks.interpreter', { language: entry.language, items: tops(entry.itemNumbers) })}
            </li>
          ))}
          {check.guestsToInvite.map((guest, index) => (
            <li key={`${guest.name}-${index}`} className="mt-warning">
              {guest.itemNumber ? t('agendaChecks.guestForItem', { name: guest.name, item: tops([guest.itemNumber]) }) : t('agendaChecks.guest', { name: guest.name })}
            </li>
          ))}
          {check.speakersWithoutInterpreter.length > 0 && <li className="mt-warning">{t('agendaChecks.speakers', { items: tops(check.speakersWithoutInterpreter) })}</li>}
        </ul>
      )}
    </section>
  );
}
