import { NativeField, useNativeField } from './NativeField';
import type { SelectFieldProps } from './SelectField';

/**
 * A drop-down choice of one option drawn with the browser's own <select>, styled like SelectField.
 *
 * For forms that draw many choices at once: the case page has five, and each react-aria Select
 * (its button, hidden list and popover state) made up a good part of the time to open a case.
 * The native control brings the label, the combobox role and the system's own keyboard (arrow
 * keys, typing a letter, opening the list) and is read out by every screen reader; required and
 * invalid are told with aria attributes (NativeField), as in CheckboxGroupField.
 */
export function NativeSelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, options, value, onChange, errorMessage, isRequired = false } = props;
  const { id, controlProps } = useNativeField({ errorMessage, isRequired });
  return (
    <NativeField label={label} fieldId={id} errorMessage={errorMessage} isRequired={isRequired}>
      <div className="native-select">
        <select
          {...controlProps}
          className="input"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.id === event.currentTarget.value);
            if (chosen) onChange(chosen.id);
          }}
        >
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <span className="chevron" aria-hidden="true" />
      </div>
    </NativeField>
  );
}
