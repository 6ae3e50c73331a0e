import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { Concern } from '../../../shared/model/concern';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { ModalDialog } from '../../components/ModalDialog';
import { dismissFinding, readDismissals } from '../../components/pii/dismissals';
import { PiiFindingsList } from '../../components/pii/PiiFindingsList';
import { redactFinding } from '../../components/pii/redactFinding';
import { openFindings } from '../../components/pii/usePiiFindings';
import { approveStatement, updateConcern } from '../../db/repositories/concerns';
import { formatDay } from '../../i18n/format';

function statementScope(concernId: string): string {
  return `concern:${concernId}:publicStatement`;
}

/**
 * "Aussage freigeben": the scan's findings of the saved statement come first; each must be
 * replaced (which saves the statement) or dismissed before the approval can be given.
 */
function ApproveStatementDialog({ concern, onClose }: { concern: Concern; onClose(): void }) {
  const { t } = useTranslation();
  const scope = statementScope(concern.id);
  const dismissals = useLiveQuery(readDismissals);
  const [error, setError] = useState<AppError | null>(null);
  const findings = dismissals ? openFindings(concern.publicStatement, scope, dismissals) : undefined;

  async function approve(): Promise<void> {
    const approved = await approveStatement(concern.id);
    if (approved.ok) onClose();
    else setError(approved.error);
  }

  return (
    <ModalDialog title={t('concerns.approveTitle')} onClose={onClose} size="small">
      <p>{t('concerns.approveIntro')}</p>
      <blockquote className="concern-statement-quote">{concern.publicStatement}</blockquote>
      {findings && findings.length === 0 && <p role="status">{t('concerns.approveClean')}</p>}
      {findings && findings.length > 0 && (
        <>
          <p role="status">{t('concerns.approveOpen', { count: findings.length })}</p>
          <PiiFindingsList
            id="approve-findings"
            field={t('concerns.fields.statement')}
            findings={findings}
            onRedact={(finding) => void updateConcern(concern.id, { publicStatement: redactFinding(concern.publicStatement, finding) })}
            onDismiss={(finding) => void dismissFinding(scope, finding.text)}
          />
        </>
      )}
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" isDisabled={findings === undefined || findings.length > 0} onPress={() => void approve()}>
          {t('concerns.approveConfirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}

/** The public statement: edited and saved on its own, approved after the personal-data scan. */
export function StatementSection({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(concern.publicStatement);
  // A redaction in the approval dialog saves the statement; the field then shows the saved text.
  const [lastSaved, setLastSaved] = useState(concern.publicStatement);
  if (lastSaved !== concern.publicStatement) {
    setLastSaved(concern.publicStatement);
    setDraft(concern.publicStatement);
  }
  const [isApproving, setApproving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const isDirty = draft !== concern.publicStatement;

  async function save(): Promise<void> {
    const saved = await updateConcern(concern.id, { publicStatement: draft });
    if (!saved.ok) {
      setError(saved.error);
      return;
    }
    setError(null);
    setNotice(t('concerns.statementSaved'));
  }

  return (
    <section className="panel concern-statement" aria-labelledby="concern-statement-title">
      <h3 id="concern-statement-title" className="panel-title">
        {t('concerns.fields.statement')}
      </h3>
      <FreeTextField
        label={t('concerns.fields.statement')}
        description={t('concerns.fields.statementHint')}
        value={draft}
        onChange={(value) => {
          setDraft(value);
          setNotice('');
        }}
        guardScope={statementScope(concern.id)}
      />
      <p className="field-hint" data-testid="statement-approval">
        {concern.statementApprovedAt
          ? t('concerns.statementApprovedAt', { date: formatDay(concern.statementApprovedAt.slice(0, 10)) })
          : t('concerns.statementNotApproved')}
      </p>
      {isDirty && <p className="field-hint">{t('concerns.statementUnsaved')}</p>}
      <p role="status" className="field-hint">
        {notice}
      </p>
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      <div className="inline-actions">
        <Button className="button" isDisabled={!isDirty} onPress={() => void save()}>
          {t('concerns.saveStatement')}
        </Button>
        <Button
          className="button button-primary"
          isDisabled={isDirty || concern.publicStatement.trim() === '' || concern.statementApprovedAt !== null}
          onPress={() => setApproving(true)}
        >
          {t('concerns.approve')}
        </Button>
      </div>
      {isApproving && <ApproveStatementDialog concern={concern} onClose={() => setApproving(false)} />}
    </section>
  );
}
