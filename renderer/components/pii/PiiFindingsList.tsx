import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PII_PLACEHOLDERS, PII_TYPE_LABELS } from '../../../shared/pii';
import type { PiiFinding } from './usePiiFindings';

/** The guard's findings under a free-text field: what each looks like, and "replace" or "kein Personenbezug". */
export function PiiFindingsList(props: {
  id: string;
  field: string;
  findings: readonly PiiFinding[];
  onRedact(finding: PiiFinding): void;
  onDismiss(finding: PiiFinding): void;
}) {
  const { id, field, findings, onRedact, onDismiss } = props;
  const { t, i18n } = useTranslation();
  const labels = PII_TYPE_LABELS[i18n.language === 'en' ? 'en' : 'de'];
  return (
    <div id={id} className="pii-findings">
      {/* Announced politely, so typing is not interrupted. The list's name leaves out the field's
          label on purpose: a label lookup of the field must find the field only. */}
      <p className="pii-findings-summary" role="status" aria-live="polite">
        {findings.length > 0 ? t('pii.found', { count: findings.length, field }) : ''}
      </p>
      {findings.length > 0 && (
        <ul className="pii-findings-list" aria-label={t('pii.listLabel')}>
          {findings.map((finding) => {
            const placeholder = PII_PLACEHOLDERS[finding.type];
            return (
              <li key={`${finding.start}-${finding.type}`} className="pii-finding" data-pii-type={finding.type}>
                <mark className="pii-finding-text">{finding.text}</mark>
                <span className="pii-finding-type">{labels[finding.type]}</span>
                <span className="pii-finding-actions">
                  <Button
                    className="button button-small"
                    aria-label={t('pii.redactLabel', { text: finding.text, placeholder })}
                    onPress={() => onRedact(finding)}
                  >
                    {t('pii.redact', { placeholder })}
                  </Button>
                  <Button className="button button-small button-quiet" aria-label={t('pii.dismissLabel', { text: finding.text })} onPress={() => onDismiss(finding)}>
                    {t('pii.dismiss')}
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
