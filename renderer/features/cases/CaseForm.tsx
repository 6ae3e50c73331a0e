import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors/result';
import { CASE_STATUSES, URGENCIES, type CaseContent } from '../../../shared/model/case';
import { DayField } from '../../components/DayField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { NativeSelectField } from '../../components/NativeSelectField';
import { TextInputField } from '../../components/TextInputField';
import { listCustomTopics } from '../../db/queries/cases';
import { fieldErrorOf } from '../../i18n/errors';
import { canonicalEqual } from '../../../shared/merge/canonical';
import { changedFields, checkCaseForm, formValuesOf, isCaseFormField, type CaseFormErrors, type CaseFormValues } from './caseForm';
import { TopicsField } from './CaseFormFields';
import { AttributesSection, PlanningSection, Section, type ChangeField } from './CaseFormSections';

export interface CaseFormProps {
  /** The case's current content (or a blank one for a new case); live updates show while nothing is typed. */
  initial: CaseContent;
  /** 'create': the few fields a new case needs; 'detail': every field, in sections. */
  variant: 'create' | 'detail';
  submitLabel: string;
  /** Writes the checked content; the form shows a failure next to its field or as an alert. */
  onSubmit(content: CaseContent, patch: Partial<CaseContent>): Promise<Result<unknown>>;
  onCancel?: () => void;
}

// Fields mark themselves with data-invalid (react-aria and the native ones alike); this finds the control to focus inside one.
const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [role="spinbutton"], [tabindex="0"]';
const NO_TOPICS: readonly string[] = [];
const OPEN_STATUSES = CASE_STATUSES.filter((status) => status !== 'closed');

/** The form for creating a case and for editing one in place on its page. */
export function CaseForm({ initial, variant, submitLabel, onSubmit, onCancel }: CaseFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CaseFormValues>(() => formValuesOf(initial));
  const [shownInitial, setShownInitial] = useState(initial);
  // The stored values the user's edits started from: only fields that differ from it are saved,
  // so a change that arrives meanwhile (an import, another window) is not overwritten by stale values.
  const [baseline, setBaseline] = useState(initial);
  const [isDirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [savedNote, setSavedNote] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const customTopics = useLiveQuery(listCustomTopics) ?? NO_TOPICS;

  // A change made elsewhere (closing, another window) shows at once, unless the user is typing.
  // Compared by content: a live query hands over a new object for the same record, and
  // re-syncing then would wipe a date the user is half-way through typing.
  if (initial !== shownInitial && !canonicalEqual(formValuesOf(initial), formValuesOf(shownInitial))) {
    setShownInitial(initial);
    if (!isDirty) {
      setValues(formValuesOf(initial));
      setBaseline(initial);
    }
  }

  useEffect(() => {
    if (focusRequest === 0) return;
    const field = formRef.current?.querySelector('[data-invalid]');
    field?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [focusRequest]);

  // Stable, so the memoised sections re-render only when their own values change.
  const change: ChangeField = useCallback((field, value) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    setDirty(true);
    setSavedNote('');
  }, []);
  const changeTopics = useCallback((topics: string[]) => change('topics', topics), [change]);
  const changeOpenedOn = useCallback((day: string) => change('openedOn', day), [change]);

  function showErrors(next: CaseFormErrors): void {
    setErrors(next);
    setFocusRequest((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isSaving) return;
    setFailure(null);
    const checked = checkCaseForm(initial, values);
    if (!checked.ok) {
      if (Object.keys(checked.errors).length === 0) setFailure({ code: 'validation/invalid', message: 'case form' });
      showErrors(checked.errors);
      return;
    }
    setSaving(true);
    const saved = await onSubmit(checked.content, changedFields(checked.patch, baseline));
    setSaving(false);
    if (saved.ok) {
      setValues(formValuesOf(checked.content));
      setBaseline(checked.content);
      setDirty(false);
      setSavedNote(t('caseForm.saved'));
      return;
    }
    const fieldError = fieldErrorOf(saved.error);
    if (fieldError && isCaseFormField(fieldError.field)) showErrors({ [fieldError.field]: fieldError.key });
    else setFailure(saved.error);
  }

  const message = (field: keyof CaseFormErrors) => {
    const key = errors[field];
    return key ? t(key) : null;
  };
  const isClosed = values.status === 'closed';
  const isDetail = variant === 'detail';

  const codeAndOpened = (
    <div className="form-row">
      <TextInputField
        label={t('caseForm.code')}
        description={t('caseForm.codeHint')}
        value={values.code}
        onChange={(value) => change('code', value.toUpperCase())}
        errorMessage={message('code')}
        isRequired
        maxLength={32}
      />
      <DayField
        label={t('caseForm.openedOn')}
        value={values.openedOn}
        onChange={changeOpenedOn}
        errorMessage={message('openedOn')}
        isRequired
      />
    </div>
  );
  const title = (
    <TextInputField
      label={t('caseForm.title')}
      description={t('caseForm.titleHint')}
      value={values.title}
      onChange={(value) => change('title', value)}
      errorMessage={message('title')}
      isRequired
      maxLength={120}
      autoFocus={!isDetail}
    />
  );
  const topics = (
    <TopicsField value={values.topics} onChange={changeTopics} customTopics={customTopics} errorMessage={message('topics')} />
  );
  const statusAndUrgency = (
    <div className="form-row">
      {isClosed ? (
        <div className="field">
          <span className="field-label">{t('caseForm.status')}</span>
          <span className="status status-closed status-inline">{t('caseStatus.closed')}</span>
        </div>
      ) : (
        <NativeSelectField
          label={t('caseForm.status')}
          options={OPEN_STATUSES.map((id) => ({ id, label: t(`caseStatus.${id}`) }))}
          value={values.status}
          onChange={(value) => change('status', value)}
          errorMessage={message('status')}
        />
      )}
      <NativeSelectField
        label={t('caseForm.urgency')}
        options={URGENCIES.map((id) => ({ id, label: t(`urgency.${id}`) }))}
        value={values.urgency}
        onChange={(value) => change('urgency', value)}
        errorMessage={message('urgency')}
      />
    </div>
  );
  const summary = (
    <FreeTextField
      label={t('caseForm.summary')}
      description={t('caseForm.summaryHint')}
      value={values.summary}
      onChange={(value) => change('summary', value)}
      errorMessage={message('summary')}
      rows={isDetail ? 6 : 4}
    />
  );

  return (
    <Form ref={formRef} className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
      <p className="form-note">{t('caseForm.requiredNote')}</p>
      {!isDetail && (
        <>
          {codeAndOpened}
          {title}
          {topics}
          {statusAndUrgency}
          {summary}
        </>
      )}
      {isDetail && (
        <>
          <Section title={t('caseForm.basicsTitle')}>
            {title}
            {codeAndOpened}
            {statusAndUrgency}
            {isClosed && (
              <>
                <DayField
                  label={t('caseForm.closedOn')}
                  value={values.closedOn}
                  onChange={(value) => change('closedOn', value)}
                  errorMessage={message('closedOn')}
                  isRequired
                />
                <FreeTextField
                  label={t('caseForm.closingReason')}
                  value={values.closingReason}
                  onChange={(value) => change('closingReason', value)}
                  errorMessage={message('closingReason')}
                  isRequired
                  rows={2}
                />
              </>
            )}
            {topics}
            {summary}
          </Section>
          <PlanningSection
            responsibleIds={values.responsibleIds}
            resubmissionOn={values.resubmissionOn}
            markedForNextMeeting={values.markedForNextMeeting}
            concernIds={values.concernIds}
            resubmissionError={message('resubmissionOn')}
            change={change}
          />
          <AttributesSection
            ageBand={values.ageBand}
            householdSize={values.householdSize}
            regionOfOrigin={values.regionOfOrigin}
            residenceStatus={values.residenceStatus}
            languages={values.languages}
            interpreterNeeded={values.interpreterNeeded}
            householdSizeError={message('householdSize')}
            languagesError={message('languages')}
            change={change}
          />
        </>
      )}
      {failure && <ErrorAlert error={failure} />}
      <div className={isDetail ? 'form-actions' : 'dialog-actions'}>
        {isDetail && (
          <p className="form-state">
            <span role="status">{savedNote}</span>
            {isDirty && <span className="unsaved">{t('caseForm.unsaved')}</span>}
          </p>
        )}
        {onCancel && (
          <Button className="button" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button className="button button-primary" type="submit" isPending={isSaving}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
