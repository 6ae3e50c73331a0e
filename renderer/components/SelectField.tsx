import { Button, FieldError, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { FieldLabel } from './FieldLabel';

export interface Choice<T extends string> {
  readonly id: T;
  readonly label: string;
}

export interface SelectFieldProps<T extends string> {
  label: string;
  options: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
  errorMessage?: string | null;
  isRequired?: boolean;
}

/** A drop-down choice of one option, keyboard and screen-reader friendly (react-aria Select). */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, options, value, onChange, errorMessage, isRequired = false } = props;
  return (
    <Select
      className="field"
      value={value}
      onChange={(key) => {
        const chosen = options.find((option) => option.id === key);
        if (chosen) onChange(chosen.id);
      }}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <Button className="input select-button">
        <SelectValue className="select-value" />
        <span className="chevron" aria-hidden="true" />
      </Button>
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox-item" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
