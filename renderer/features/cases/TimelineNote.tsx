import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { CaseNote } from '../../../shared/model/caseNote';
import { localDay } from '../../../shared/model/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { correctCaseNote } from '../../db/repositories/caseNotes';
import { formatDay } from '../../i18n/format';

export interface TimelineNoteProps {
  note: CaseNote;
  authorName: string | null;
  /** True when the member this device speaks for wrote the note. */
  mayCorrect: boolean;
  /** Announces a saved correction (the timeline's status line). */
  onCorrected(): void;
}

/** One note of the Verlauf: date, author, text; "korrigiert" with the earlier wordings; the author's correction form. */
export function TimelineNote({ note, authorName, mayCorrect, onCorrected }: TimelineNoteProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const correctButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const date = formatDay(note.date);

  function stopEditing(): void {
    setDraft(null);
    setError(null);
    setFailure(null);
    // The form is gone after this render; give focus back to the button that opened it.
    requestAnimationFrame(() => correctButton.current?.focus());
  }

  async function save(): Promise<void> {
    if (draft === null || isSaving) return;
    if (draft.trim() === '') {
      setError(t('validation.required'));
      formRef.current?.querySelector('textarea')?.focus();
      return;
    }
    setSaving(true);
    const saved = await correctCaseNote(note.id, draft);
    setSaving(false);
    if (!saved.ok) {
      setFailure(saved.error);
      return;
    }
    stopEditing();
    onCorrected();
  }

  return (
    <article className="timeline-note" aria-label={`${t('caseTimeline.note')} ${date}`}>
      <header className="timeline-meta">
        <time dateTime={note.date}>{date}</time>
        <span className="timeline-kind">{t('caseTimeline.note')}</span>
        <span>{t('caseTimeline.by', { name: authorName ?? t('caseTimeline.unknownMember') })}</span>
        {note.revisions.length > 0 && <span className="badge badge-corrected">{t('caseTimeline.corrected')}</span>}
      </header>
      {draft === null ? (
        <p className="timeline-text">{note.text}</p>
      ) : (
        <Form
          ref={formRef}
          className="form form-compact"
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <FreeTextField
            label={t('caseTimeline.correctionLabel')}
            value={draft}
            onChange={(value) => {
              setDraft(value);
              setError(null);
            }}
            errorMessage={error}
            isRequired
            rows={3}
          />
          {failure && <ErrorAlert error={failure} />}
          <div className="inline-actions">
            <Button className="button" onPress={stopEditing}>
              {t('common.cancel')}
            </Button>
            <Button className="button button-primary" type="submit" isPending={isSaving}>
              {t('caseTimeline.saveCorrection')}
            </Button>
          </div>
        </Form>
      )}
      {note.revisions.length > 0 && (
        <details className="revisions">
          <summary>{t('caseTimeline.earlierVersions', { count: note.revisions.length })}</summary>
          <ol reversed>
            {[...note.revisions].reverse().map((revision, index) => (
              <li key={`${index}:${revision.replacedAt}`}>
                <p className="timeline-text">{revision.text}</p>
                <p className="revision-meta">{t('caseTimeline.replacedAt', { date: formatDay(localDay(Date.parse(revision.replacedAt))) })}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
      {mayCorrect && draft === null && (
        <Button
          ref={correctButton}
          className="button button-small button-quiet"
          aria-label={t('caseTimeline.correctNote', { date })}
          onPress={() => {
            setDraft(note.text);
            requestAnimationFrame(() => formRef.current?.querySelector('textarea')?.focus());
          }}
        >
          {t('caseTimeline.correct')}
        </Button>
      )}
    </article>
  );
}
