import { useId } from 'react';
import { RequiredMark } from './FieldLabel';

export interface TextInputFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  /** The translated message to show under the field; the field is marked invalid while there is one. */
  errorMessage?: string | null;
  isRequired?: boolean;
  maxLength?: number;
  name?: string;
  autoFocus?: boolean;
}

/**
 * A one-line text input with a real label, an optional hint and its validation message.
 *
 * A plain <input> wired by hand rather than react-aria's TextField: a text box needs nothing
 * the browser lacks, and a form like the case page's draws several, whose react-aria hooks
 * added up when a case opens. Label, hint and message are tied to it as TextField did
 * (htmlFor, aria-describedby, aria-invalid, aria-required; the form checks on its own), and
 * the field carries data-invalid, so a form can find and focus its first invalid control.
 */
export function TextInputField(props: TextInputFieldProps) {
  const { label, value, onChange, description, errorMessage, isRequired = false, maxLength, name, autoFocus } = props;
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errorMessage);
  const describedBy = [description ? descriptionId : null, invalid ? errorId : null].filter((part) => part !== null).join(' ');
  return (
    <div className="field" data-invalid={invalid || undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
        {isRequired && <RequiredMark />}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        maxLength={maxLength}
        name={name}
        autoFocus={autoFocus}
        aria-required={isRequired || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
      />
      {description && (
        <div id={descriptionId} className="field-hint">
          {description}
        </div>
      )}
      {invalid && (
        <div id={errorId} className="field-error">
          {errorMessage}
        </div>
      )}
    </div>
  );
}
