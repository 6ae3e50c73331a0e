import { useState } from 'react';
import { Button, Label, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ModalDialog } from '../../components/ModalDialog';
import { updateMeeting } from '../../db/repositories/meetings';
import { getPlatform } from '../../platform';
import { DEFAULT_PRINT_CHOICE, invitationMarkdown, minutesDocument, type PrintChoice } from './documents';
import { MeetingCheckbox } from './MeetingCheckbox';
import { MeetingError } from './MeetingError';
import { PrintDocument, PrintOnlyCopy } from './PrintDocument';
import type { MeetingData } from './useMeetingData';
import { ChoiceRadio } from '../../components/ChoiceRadio';

const DOCUMENTS = ['public', 'internal', 'minutes'] as const;

/**
 * Drucken und exportieren: Einladung (public or internal) or Protokoll, with what to
 * include; as PDF (desktop: printToPDF; browser: its print dialog), or as Markdown
 * text to copy into an e-mail or save as a file.
 */
export function PrintDialog({ data, initial, onClose }: { data: MeetingData; initial: PrintChoice['document']; onClose(): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PrintChoice>({ ...DEFAULT_PRINT_CHOICE, document: initial });
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');
  const set = (patch: Partial<PrintChoice>) => setChoice((c) => ({ ...c, ...patch }));
  // Written minutes are printed as written: the choices only shape a generated draft.
  const fixedText = choice.document === 'minutes' && data.meeting.minutes.trim() !== '';
  const text = choice.document === 'minutes' ? minutesDocument(data, choice, t) : invitationMarkdown(data, choice, t);
  const baseName = `${t(`meetingPrint.fileName.${choice.document}`)}-${data.meeting.date}`;

  const print = () =>
    void getPlatform()
      .printToPdf({ suggestedName: baseName, landscape: false })
      .then((r) => {
        if (r.ok) setStatus(r.data.saved ? t('meetingPrint.saved', { name: r.data.fileName ?? baseName }) : '');
        else if (r.error.code !== 'file/cancelled') setError(r.error);
      });
  const copy = () => {
    // The clipboard may be refused (permissions, an old browser); the text field below is always there to select by hand.
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setStatus(t('meetingPrint.copyByHand'));
      return;
    }
    void clipboard.writeText(text).then(
      () => setStatus(t('meetingPrint.copied')),
      () => setStatus(t('meetingPrint.copyByHand')),
    );
  };
  const save = () =>
    void getPlatform()
      .saveFile({ suggestedName: baseName, kind: 'markdown', data: new TextEncoder().encode(text) })
      .then((r) => {
        if (r.ok) setStatus(r.data.saved ? t('meetingPrint.saved', { name: r.data.fileName ?? baseName }) : '');
        else if (r.error.code !== 'file/cancelled') setError(r.error);
      });

  return (
    <ModalDialog title={t('meetingPrint.title')} onClose={onClose}>
      <div className="mt-print-dialog">
        <div className="mt-print-options">
          <RadioGroup className="field" value={choice.document} onChange={(value) => set({ document: DOCUMENTS.find((d) => d === value) ?? 'public' })}>
            <Label className="field-label">{t('meetingPrint.document')}</Label>
            <div className="radio-list">
              {DOCUMENTS.map((d) => (
                <ChoiceRadio key={d} value={d}>
                  {t(`meetingPrint.documents.${d}`)}
                </ChoiceRadio>
              ))}
            </div>
          </RadioGroup>
          <fieldset className="mt-fieldset">
            <legend>{t('meetingPrint.include')}</legend>
            <MeetingCheckbox label={t('meetingPrint.showTimes')} value={choice.showTimes} onChange={(showTimes) => set({ showTimes })} isDisabled={fixedText} />
            <MeetingCheckbox label={t('meetingPrint.showPresenters')} value={choice.showPresenters} onChange={(showPresenters) => set({ showPresenters })} isDisabled={fixedText} />
            <MeetingCheckbox
              label={t('meetingPrint.showModerationNotes')}
              value={choice.document === 'internal' && choice.showModerationNotes}
              isDisabled={choice.document !== 'internal'}
              onChange={(showModerationNotes) => set({ showModerationNotes })}
              describedBy="print-notes-hint"
            />
            <p id="print-notes-hint" className="field-hint">
              {t('meetingPrint.notesHint')}
            </p>
            {fixedText && <p className="field-hint">{t('meetingPrint.minutesAsWritten')}</p>}
          </fieldset>
          {choice.document === 'public' && <p className="form-note">{t('meetingPrint.publicNote')}</p>}
          <div className="mt-print-buttons">
            <Button className="button button-primary" onPress={print}>
              {t('meetingPrint.pdf')}
            </Button>
            <Button className="button" onPress={copy}>
              {t('meetingPrint.copy')}
            </Button>
            <Button className="button" onPress={save}>
              {t('meetingPrint.saveMarkdown')}
            </Button>
          </div>
          {choice.document !== 'minutes' && data.meeting.state === 'planned' && (
            <Button
              className="button button-quiet"
              onPress={() => void updateMeeting(data.meeting.id, { state: 'invited' }).then((r) => (r.ok ? setStatus(t('meetingPrint.markedInvited')) : setError(r.error)))}
            >
              {t('meetingPrint.markInvited')}
            </Button>
          )}
          <p role="status" className="field-hint">
            {status}
          </p>
          {error && <MeetingError error={error} onDismiss={() => setError(null)} />}
          <TextField className="field" value={text} isReadOnly>
            <Label className="field-label">{t('meetingPrint.text')}</Label>
            <TextArea className="input textarea mt-print-text" rows={6} onFocus={(event) => event.currentTarget.select()} />
          </TextField>
        </div>
        <section className="mt-print-preview" aria-label={t('meetingPrint.preview')}>
          <PrintDocument data={data} choice={choice} />
        </section>
      </div>
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.close')}
        </Button>
      </div>
      <PrintOnlyCopy data={data} choice={choice} />
    </ModalDialog>
  );
}
