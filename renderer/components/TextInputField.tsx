import { NativeField, useNativeField } from './NativeField';

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
 * added up when a case opens. NativeField ties label, hint and message to it as TextField did.
 */
export function TextInputField(props: TextInputFieldProps) {
  const { label, value, onChange, description, errorMessage, isRequired = false, maxLength, name, autoFocus } = props;
  const { id, controlProps } = useNativeField({ description, errorMessage, isRequired });
  return (
    <NativeField label={label} fieldId={id} description={description} errorMessage={errorMessage} isRequired={isRequired}>
      <input
        {...controlProps}
        className="input"
        type="text"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        maxLength={maxLength}
        name={name}
        autoFocus={autoFocus}
      />
    </NativeField>
  );
}
