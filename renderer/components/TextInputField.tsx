import { FieldError, Input, Text, TextField } from 'react-aria-components';
import { FieldLabel } from './FieldLabel';

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

/** A one-line text input with a real label, an optional hint and its validation message. */
export function TextInputField(props: TextInputFieldProps) {
  const { label, value, onChange, description, errorMessage, isRequired = false, maxLength, name, autoFocus } = props;
  return (
    <TextField
      className="field"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      maxLength={maxLength}
      name={name}
      autoFocus={autoFocus}
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <Input className="input" />
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
