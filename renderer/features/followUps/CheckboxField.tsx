import { useId } from 'react';
import { Checkbox } from 'react-aria-components';

export interface CheckboxFieldProps {
  label: string;
  value: boolean;
  onChange(value: boolean): void;
  description?: string;
}

/** One labelled yes/no checkbox (e.g. "wartet auf Dritte", "aktiv"), with an optional hint read out with it. */
export function CheckboxField({ label, value, onChange, description }: CheckboxFieldProps) {
  const hintId = useId();
  return (
    <div className="field">
      <Checkbox className="checkbox" isSelected={value} onChange={onChange} aria-describedby={description ? hintId : undefined}>
        <span className="checkbox-box" aria-hidden="true">
          <svg viewBox="0 0 16 16" focusable="false">
            <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" />
          </svg>
        </span>
        {label}
      </Checkbox>
      {description && (
        <span id={hintId} className="field-hint">
          {description}
        </span>
      )}
    </div>
  );
}
