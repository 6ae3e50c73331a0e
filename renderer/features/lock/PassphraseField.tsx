import { FieldError, Input, Text, TextField } from 'react-aria-components';
import { FieldLabel } from '../../components/FieldLabel';

export interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  errorMessage?: string | null;
  autoFocus?: boolean;
  /** 'current-password' to unlock, 'new-password' when choosing one (password managers tell them apart). */
  autoComplete: 'current-password' | 'new-password';
}

/** A passphrase input with a real label, a hint and its message; the text is never shown. */
export function PassphraseField({ label, value, onChange, description, errorMessage, autoFocus, autoComplete }: PassphraseFieldProps) {
  return (
    <TextField className="field" type="password" value={value} onChange={onChange} isInvalid={Boolean(errorMessage)} autoFocus={autoFocus} autoComplete={autoComplete}>
      <FieldLabel isRequired={false}>{label}</FieldLabel>
      <Input className="input" spellCheck={false} />
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
