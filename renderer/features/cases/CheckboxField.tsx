import { Checkbox } from 'react-aria-components';

/** One labelled checkbox (a yes/no field), drawn like the boxes of CheckboxGroupField. */
export function CheckboxField({ label, value, onChange }: { label: string; value: boolean; onChange(value: boolean): void }) {
  return (
    <Checkbox className="checkbox checkbox-field" isSelected={value} onChange={onChange}>
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 16 16" focusable="false">
          <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" />
        </svg>
      </span>
      {label}
    </Checkbox>
  );
}
