import { Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** A field's visible label; required fields get a star that screen readers skip (they hear aria-required). */
export function FieldLabel({ children, isRequired = false }: { children: string; isRequired?: boolean }) {
  const { t } = useTranslation();
  return (
    <Label className="field-label">
      {children}
      {isRequired && (
        <span className="required-mark" aria-hidden="true" title={t('common.required')}>
          {' *'}
        </span>
      )}
    </Label>
  );
}
