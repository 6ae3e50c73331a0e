import { Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * The star after a required field's label; screen readers skip it (they hear aria-required).
 * Its own component, so only required fields pay for useTranslation: a form draws dozens of labels.
 */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="required-mark" aria-hidden="true" title={t('common.required')}>
      {' *'}
    </span>
  );
}

/** A field's visible label (react-aria's, tied to its field); required fields get a RequiredMark. */
export function FieldLabel({ children, isRequired = false }: { children: string; isRequired?: boolean }) {
  return (
    <Label className="field-label">
      {children}
      {isRequired && <RequiredMark />}
    </Label>
  );
}
