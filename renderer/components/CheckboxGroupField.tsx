import { useId } from 'react';
import { RequiredMark } from './FieldLabel';
import { FieldMessage } from './NativeField';
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

/**
 * A labelled group of checkboxes for choosing several options.
 *
 * Drawn with native checkboxes (the input itself is the styled box) rather than react-aria's
 * Checkbox: the case page draws some forty of them at once, and react-aria's hooks per box
 * made up most of the time to open a case. The browser gives the same role, Space key,
 * label click and focus ring; required and invalid are told with aria attributes.
 */
export function CheckboxGroupField(props: CheckboxGroupFieldProps) {
  const { label, options, value, onChange, errorMessage, isRequired = false } = props;
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errorMessage);
  const chosen = new Set(value);
  const toggle = (optionId: string, checked: boolean) => {
    onChange(checked ? [...value.filter((v) => v !== optionId), optionId] : value.filter((v) => v !== optionId));
  };
  return (
    <div className="field" role="group" aria-labelledby={labelId} data-invalid={invalid || undefined}>
      <span id={labelId} className="field-label">
        {label}
        {isRequired && <RequiredMark />}
      </span>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.id} className="checkbox">
            <input
              type="checkbox"
              className="checkbox-box"
              checked={chosen.has(option.id)}
              onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              aria-required={isRequired || undefined}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? errorId : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessage fieldId={id} errorMessage={errorMessage} />
    </div>
  );
}
