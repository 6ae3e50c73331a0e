import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Button, Form, Label, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SelectField } from '../../components/SelectField';
import { markExchanged, planExport, runExport, type ExportPlan, type ExportScope } from '../../exchange/exportFile';
import { getMyKeysStatus } from '../../exchange/keys';
import { formatDay } from '../../i18n/format';
import { getPlatform } from '../../platform';
import { CasePicker } from './CasePicker';
import { ownBytes } from './labels';
import { listExportableCases, listMeetingChoices } from './exchangeQueries';
import { PiiFindingsSummary } from '../../components/pii/PiiFindingsSummary';
import { ExportSummary } from './ExportSummary';
import { Notice } from './Notice';
import { checkPassphrase, PassphraseFields, type PassphraseValues } from './PassphraseFields';
import { ChoiceRadio } from '../../components/ChoiceRadio';

type ScopeKind = ExportScope['kind'];
type Protection = 'members' | 'passphrase';
type Phase =
  | { readonly step: 'idle' }
  | { readonly step: 'exporting' }
  | { readonly step: 'saving' }
  | { readonly step: 'done'; readonly fileName: string; readonly count: number }
  | { readonly step: 'cancelled' };

const SCOPE_KINDS: readonly ScopeKind[] = ['all', 'cases', 'meeting'];

/** The scope the choices describe, or null while it is incomplete (no case chosen, no meeting there). */
function scopeOf(kind: ScopeKind, caseIds: ReadonlySet<string>, meetingId: string | null): ExportScope | null {
  if (kind === 'all') return { kind: 'all' };
  if (kind === 'cases') return caseIds.size > 0 ? { kind: 'cases', caseIds: [...caseIds].sort() } : null;
  return meetingId ? { kind: 'meeting', meetingId } : null;
}

function RadioChoice({ value, label, hint }: { value: string; label: string; hint: string }) {
  return (
    <ChoiceRadio value={value} className="ex-radio-described">
      <span className="ex-radio-text">
        <span>{label}</span>
        <span className="field-hint">{hint}</span>
      </span>
    </ChoiceRadio>
  );
}

/** Exportieren: choose what leaves and for whom, see the summary first, then sign, encrypt and save. */
export function ExportPanel() {
  const { t } = useTranslation();
  const keys = useLiveQuery(getMyKeysStatus);
  const cases = useLiveQuery(listExportableCases);
  const meetings = useLiveQuery(listMeetingChoices);
  const [scopeKind, setScopeKind] = useState<ScopeKind>('all');
  const [caseIds, setCaseIds] = useState<Set<string>>(() => new Set());
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [protection, setProtection] = useState<Protection>('members');
  const [passphrase, setPassphrase] = useState<PassphraseValues>({ passphrase: '', confirmation: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused submit, the first field with a message gets the focus.
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[data-invalid] input, [role="alert"]')?.focus();
  }, [focusRequest]);

  const chosenMeeting = meetingId ?? meetings?.[0]?.id ?? null;
  const scope = scopeOf(scopeKind, caseIds, chosenMeeting);
  const scopeKey = JSON.stringify(scope);
  // Recomputed whenever the data or the choice changes, so the summary never shows stale counts.
  const plan = useLiveQuery(async () => (scope ? planExport(scope) : null), [scopeKey]);

  const hasKeys = keys?.ok === true && keys.data.hasKeys;
  const myMemberId = keys?.ok ? keys.data.memberId : null;
  const isBusy = phase.step === 'exporting' || phase.step === 'saving';
  const passphraseProblems = checkPassphrase(passphrase);
  const passphraseOk = passphraseProblems.passphrase === null && passphraseProblems.confirmation === null;

  function changed(): void {
    setFailure(null);
    if (!isBusy) setPhase({ step: 'idle' });
  }

  async function exportNow(): Promise<void> {
    setShowErrors(true);
    setFailure(null);
    if (scope === null || (protection === 'passphrase' && !passphraseOk)) {
      setFocusRequest((n) => n + 1);
      return;
    }
    if (!plan?.ok || isBusy) return;
    setPhase({ step: 'exporting' });
    const sealed = await runExport(plan.data, protection === 'members' ? { mode: 'members' } : { mode: 'passphrase', passphrase: passphrase.passphrase });
    if (!sealed.ok) {
      setPhase({ step: 'idle' });
      setFailure(sealed.error);
      return;
    }
    setPhase({ step: 'saving' });
    const saved = await getPlatform().saveFile({ kind: 'exchange', suggestedName: sealed.data.suggestedName, data: ownBytes(sealed.data.bytes) });
    if (!saved.ok && saved.error.code !== 'file/cancelled') {
      setPhase({ step: 'idle' });
      setFailure(saved.error);
      return;
    }
    if (!saved.ok || !saved.data.saved) {
      setPhase({ step: 'cancelled' });
      return;
    }
    const marked = await markExchanged();
    if (!marked.ok) setFailure(marked.error);
    setPassphrase({ passphrase: '', confirmation: '' });
    setShowErrors(false);
    setPhase({ step: 'done', fileName: saved.data.fileName ?? sealed.data.suggestedName, count: plan.data.total });
  }

  if (keys === undefined || cases === undefined || meetings === undefined) return <LoadingState />;

  return (
    <section className="panel" aria-labelledby="exchange-export-title">
      <h2 id="exchange-export-title" className="panel-title">
        {t('exchange.export.title')}
      </h2>
      <p className="ex-intro">{t('exchange.export.intro')}</p>
      {!hasKeys && <p className="ex-warning">{t('exchange.export.needsKeys')}</p>}
      <Form
        ref={formRef}
        className="form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow();
        }}
      >
        <RadioGroup
          className="field"
          value={scopeKind}
          onChange={(value) => {
            const kind = SCOPE_KINDS.find((k) => k === value);
            if (kind) setScopeKind(kind);
            changed();
          }}
        >
          <Label className="field-label">{t('exchange.export.scopeLabel')}</Label>
          <div className="radio-list">
            <RadioChoice value="all" label={t('exchange.export.scopeAll')} hint={t('exchange.export.scopeAllHint')} />
            <RadioChoice value="cases" label={t('exchange.export.scopeCases')} hint={t('exchange.export.scopeCasesHint')} />
            <RadioChoice value="meeting" label={t('exchange.export.scopeMeeting')} hint={t('exchange.export.scopeMeetingHint')} />
          </div>
        </RadioGroup>
        {scopeKind === 'cases' && (
          <CasePicker
            cases={cases}
            chosen={caseIds}
            onChange={(next) => {
              setCaseIds(next);
              changed();
            }}
            errorMessage={showErrors && caseIds.size === 0 ? t('exchange.export.chooseCases') : null}
          />
        )}
        {scopeKind === 'meeting' &&
          (meetings.length === 0 ? (
            <p className="ex-note">{t('exchange.export.noMeetings')}</p>
          ) : (
            <SelectField
              label={t('exchange.export.meetingLabel')}
              options={meetings.map((m) => ({
                id: m.id,
                label: m.place
                  ? t('exchange.export.meetingOption', { date: formatDay(m.date), place: m.place })
                  : t('exchange.export.meetingOptionNoPlace', { date: formatDay(m.date) }),
              }))}
              value={chosenMeeting ?? ''}
              onChange={(id) => {
                setMeetingId(id);
                changed();
              }}
            />
          ))}

        <RadioGroup
          className="field"
          value={protection}
          onChange={(value) => {
            setProtection(value === 'passphrase' ? 'passphrase' : 'members');
            changed();
          }}
        >
          <Label className="field-label">{t('exchange.export.protectionLabel')}</Label>
          <div className="radio-list">
            <RadioChoice value="members" label={t('exchange.export.protectionMembers')} hint={t('exchange.export.protectionMembersHint')} />
            <RadioChoice value="passphrase" label={t('exchange.export.protectionPassphrase')} hint={t('exchange.export.protectionPassphraseHint')} />
          </div>
        </RadioGroup>

        {protection === 'members' && plan?.ok === true && (
          <Recipients plan={plan.data} myMemberId={myMemberId} />
        )}
        {protection === 'passphrase' && (
          <PassphraseFields
            values={passphrase}
            onChange={(values) => {
              setPassphrase(values);
              changed();
            }}
            showErrors={showErrors}
          />
        )}

        {scope !== null && plan === undefined && <p className="loading">{t('exchange.export.summaryLoading')}</p>}
        {plan?.ok === false && <ErrorAlert error={plan.error} />}
        {plan?.ok === true && <ExportSummary plan={plan.data} protection={protection} myMemberId={myMemberId} />}
        {plan?.ok === true && <PiiFindingsSummary scope={plan.data.scope} />}

        {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
        <div className="dialog-actions">
          <Button className="button button-primary" type="submit" isDisabled={!hasKeys} isPending={isBusy}>
            {t('exchange.export.export')}
          </Button>
        </div>
      </Form>
      <Notice tone={isBusy ? 'progress' : 'success'}>
        {phase.step === 'exporting' && t('exchange.export.exporting')}
        {phase.step === 'saving' && t('exchange.export.saving')}
        {phase.step === 'done' && t('exchange.export.success', { fileName: phase.fileName, count: phase.count })}
        {phase.step === 'cancelled' && t('exchange.export.cancelled')}
      </Notice>
    </section>
  );
}

function Recipients({ plan, myMemberId }: { plan: ExportPlan; myMemberId: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="ex-recipients">
      {plan.recipients.length === 0 ? (
        <p className="ex-warning">{t('exchange.export.noRecipients')}</p>
      ) : (
        <>
          <h3 className="ex-summary-title" id="export-recipients">
            {t('exchange.export.recipientsTitle')}
          </h3>
          <ul className="ex-name-list" aria-labelledby="export-recipients">
            {plan.recipients.map((r) => (
              <li key={r.memberId}>{r.memberId === myMemberId ? t('exchange.export.you', { name: r.name }) : r.name}</li>
            ))}
          </ul>
        </>
      )}
      {plan.membersWithoutKeys.length > 0 && (
        <div className="ex-warning" role="note">
          <p className="ex-warning-title" id="export-without-keys">
            {t('exchange.export.withoutKeysTitle')}
          </p>
          <ul className="ex-name-list" aria-labelledby="export-without-keys">
            {plan.membersWithoutKeys.map((m) => (
              <li key={m.memberId}>{m.name}</li>
            ))}
          </ul>
          <Text className="field-hint">{t('exchange.export.withoutKeysHint')}</Text>
        </div>
      )}
    </div>
  );
}
