import { useId, type ReactNode } from 'react';
import { RequiredMark } from './FieldLabel';

/**
 * The frame of a field drawn with a native control (input, select): its label, optional hint and
 * validation message, tied to the control as react-aria's fields tie them. The form checks on
 * its own, so required and invalid are told with aria attributes; the field carries data-invalid,
 * so a form can find and focus its first invalid control.
 */

export interface NativeFieldText {
  description?: string | undefined;
  errorMessage?: string | null | undefined;
  isRequired?: boolean | undefined;
}

/** The ids and the aria attributes to spread on the field's control. */
export function useNativeField({ description, errorMessage, isRequired = false }: NativeFieldText) {
  const id = useId();
  const invalid = Boolean(errorMessage);
  const describedBy = [description ? `${id}-description` : null, invalid ? `${id}-error` : null].filter((part) => part !== null).join(' ');
  return {
    id,
    invalid,
    controlProps: {
      id,
      'aria-required': isRequired || undefined,
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

/** The message under a field, with the id its control's aria-describedby names. */
export function FieldMessage({ fieldId, errorMessage }: { fieldId: string; errorMessage?: string | null | undefined }) {
  if (!errorMessage) return null;
  return (
    <div id={`${fieldId}-error`} className="field-error">
      {errorMessage}
    </div>
  );
}

/** Label, control (the children, given useNativeField's controlProps), hint and message. */
export function NativeField(props: NativeFieldText & { label: string; fieldId: string; children: ReactNode }) {
  const { label, fieldId, description, errorMessage, isRequired = false, children } = props;
  return (
    <div className="field" data-invalid={Boolean(errorMessage) || undefined}>
      <label className="field-label" htmlFor={fieldId}>
        {label}
        {isRequired && <RequiredMark />}
      </label>
      {children}
      {description && (
        <div id={`${fieldId}-description`} className="field-hint">
          {description}
        </div>
      )}
      <FieldMessage fieldId={fieldId} errorMessage={errorMessage} />
    </div>
  );
}
