import { Checkbox, CheckboxGroup, FieldError } from 'react-aria-components';
import { FieldLabel } from './FieldLabel';
import type { Choice } from './SelectField';

export interface CheckboxGroupFieldProps {
  label: string;
  options: readonly Choice<string>[];
  /** The chosen ids; ids without an option (e.g. user-defined topics) are kept as they are. */
  value: readonly string[];
  onChange(value: string[]): void;
  errorMessage?: string | null;
  isRequired?: boolean;
}

/** A labelled group of checkboxes for choosing several options. */
export function CheckboxGroupField(props: CheckboxGroupFieldProps) {
  const { label, options, value, onChange, errorMessage, isRequired = false } = props;
  return (
    <CheckboxGroup
      className="field"
      value={[...value]}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <div className="checkbox-grid">
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="checkbox">
            <span className="checkbox-box" aria-hidden="true">
              <svg viewBox="0 0 16 16" focusable="false">
                <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" />
              </svg>
            </span>
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{errorMessage}</FieldError>
    </CheckboxGroup>
  );
}
