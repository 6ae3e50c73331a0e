import { memo, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { localDay } from '../../../shared/model/dates';
import type { HistoryEntry } from '../../../shared/model/historyEntry';
import { DayField } from '../../components/DayField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { LoadingState } from '../../components/LoadingState';
import { addCaseNote, mayCorrectNote } from '../../db/repositories/caseNotes';
import { formatDay } from '../../i18n/format';
import { now } from '../../platform/clock';
import type { AgendaEntryForCase } from '../../db/queries/agendaItems';
import type { CaseTimelineData } from './casePageStore';
import { describeEvent } from './timeline';
import { TimelineNote } from './TimelineNote';

/** The form above the Verlauf: a dated note (today by default) by the member this device speaks for. */
function AddNoteForm({ caseId, authorName, onAdded }: { caseId: string; authorName: string | null; onAdded(): void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => localDay(now()));
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ date?: string; text?: string }>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function submit(): Promise<void> {
    if (isSaving) return;
    setFailure(null);
    const next = { date: date === '' ? t('validation.date') : undefined, text: text.trim() === '' ? t('validation.required') : undefined };
    if (next.date || next.text) {
      setErrors(next);
      formRef.current?.querySelector<HTMLElement>(next.date ? '[role="spinbutton"]' : 'textarea')?.focus();
      return;
    }
    setSaving(true);
    const added = await addCaseNote(caseId, { date, text: text.trim() });
    setSaving(false);
    if (!added.ok) {
      setFailure(added.error);
      return;
    }
    setText('');
    setDate(localDay(now()));
    onAdded();
    formRef.current?.querySelector('textarea')?.focus();
  }

  return (
    <Form
      ref={formRef}
      className="form form-compact note-form"
      validationBehavior="aria"
      aria-label={t('caseTimeline.newNote')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="field-hint">{authorName ? t('caseTimeline.writesAs', { name: authorName }) : t('caseTimeline.noIdentity')}</p>
      <FreeTextField
        label={t('caseTimeline.noteText')}
        description={t('caseTimeline.noteHint')}
        value={text}
        onChange={(value) => {
          setText(value);
          setErrors((current) => ({ ...current, text: undefined }));
        }}
        errorMessage={errors.text ?? null}
        isRequired
        rows={3}
      />
      <div className="note-form-row">
        <DayField
          label={t('caseTimeline.noteDate')}
          value={date}
          onChange={(value) => {
            setDate(value);
            setErrors((current) => ({ ...current, date: undefined }));
          }}
          errorMessage={errors.date ?? null}
          isRequired
        />
        <Button className="button button-primary" type="submit" isPending={isSaving}>
          {t('caseTimeline.addNote')}
        </Button>
      </div>
      {failure && <ErrorAlert error={failure} />}
    </Form>
  );
}

function TimelineEvent({ entry, title, memberName }: { entry: HistoryEntry; title: string | undefined; memberName: string | null }) {
  const { t } = useTranslation();
  const day = localDay(Date.parse(entry.at));
  const isFollowUp = entry.kind.startsWith('follow_up_');
  return (
    <div className="timeline-event">
      <p className="timeline-meta">
        <time dateTime={entry.at}>{formatDay(day)}</time>
        {memberName && <span>{t('caseTimeline.by', { name: memberName })}</span>}
        {isFollowUp && entry.light && (
          <span className={`light light-${entry.light}`}>{t('caseTimeline.lightNow', { light: t(`caseTimeline.lights.${entry.light}`) })}</span>
        )}
      </p>
      <p className="timeline-event-text">{describeEvent(t, entry, title)}</p>
      {entry.reason.trim() !== '' && (
        <p className="timeline-reason">{entry.kind === 'case_closed' ? t('caseTimeline.closedReason', { reason: entry.reason }) : entry.reason}</p>
      )}
    </div>
  );
}

function TimelineAgendaItem({ item }: { item: AgendaEntryForCase }) {
  const { t } = useTranslation();
  return (
    <div className="timeline-event">
      <p className="timeline-meta">
        <time dateTime={item.meetingDate}>{formatDay(item.meetingDate)}</time>
        <span>{t('caseTimeline.agendaResult', { context: item.result })}</span>
      </p>
      <p className="timeline-event-text">{t('caseTimeline.agendaItem', { number: item.itemNumber, title: item.title })}</p>
      {item.outcome.trim() !== '' && <p className="timeline-reason">{t('caseTimeline.agendaOutcome', { outcome: item.outcome })}</p>}
    </div>
  );
}

/** The Verlauf of a case: notes and automatic entries (status, closing, recycle bin, follow-ups), newest first. */
export const CaseTimeline = memo(function CaseTimeline({
  caseId,
  timeline,
  canAddNotes,
}: {
  caseId: string;
  /** Read with the rest of the case's page (casePageStore); undefined while it is read. */
  timeline: CaseTimelineData | undefined;
  canAddNotes: boolean;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const nameOf = (id: string | null) => (id === null ? null : (timeline?.names.get(id) ?? null));

  return (
    <section className="panel timeline" aria-labelledby="case-timeline-title">
      <h3 id="case-timeline-title" className="panel-title">
        {t('caseTimeline.title')}
      </h3>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {canAddNotes && timeline && (
        <AddNoteForm caseId={caseId} authorName={nameOf(timeline.meId)} onAdded={() => setAnnouncement(t('caseTimeline.noteAdded'))} />
      )}
      {timeline === undefined ? (
        <LoadingState />
      ) : timeline.entries.length === 0 ? (
        <p className="field-hint">{t('caseTimeline.empty')}</p>
      ) : (
        <ol className="timeline-list" aria-label={t('caseTimeline.listLabel')}>
          {timeline.entries.map((item) => (
            <li key={item.key} className={`timeline-item timeline-${item.kind}`}>
              {item.kind === 'note' ? (
                <TimelineNote
                  note={item.note}
                  authorName={nameOf(item.note.authorId)}
                  mayCorrect={mayCorrectNote(item.note, timeline.meId)}
                  onCorrected={() => setAnnouncement(t('caseTimeline.correctionSaved'))}
                />
              ) : item.kind === 'agenda' ? (
                <TimelineAgendaItem item={item.agenda} />
              ) : (
                <TimelineEvent entry={item.entry} title={timeline.followUpTitles.get(item.entry.entityId)} memberName={nameOf(item.entry.memberId)} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
