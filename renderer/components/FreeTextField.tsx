import { FieldError, Text, TextArea, TextField } from 'react-aria-components';
import { FieldLabel } from './FieldLabel';

export interface FreeTextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  /** The translated message to show under the field; the field is marked invalid while there is one. */
  errorMessage?: string | null;
  isRequired?: boolean;
  rows?: number;
  name?: string;
}

/**
 * THE free-text input of the app: every summary, note, detail and outcome is typed
 * here. Free text is where personal data slips into anonymised cases, so the
 * personal-data guard (warn and offer to redact) will be added in this one place.
 */
export function FreeTextField(props: FreeTextFieldProps) {
  const { label, value, onChange, description, errorMessage, isRequired = false, rows = 5, name } = props;
  return (
    <TextField
      className="field"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      name={name}
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <TextArea className="input textarea" rows={rows} />
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
