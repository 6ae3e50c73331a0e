import { Checkbox } from 'react-aria-components';

export interface MeetingCheckboxProps {
  label: string;
  value: boolean;
  onChange(value: boolean): void;
  isDisabled?: boolean;
  /** Id of a hint that explains the box (e.g. why it cannot be changed). */
  describedBy?: string;
}

/** One labelled yes/no box, drawn like the app's other checkboxes. */
export function MeetingCheckbox({ label, value, onChange, isDisabled = false, describedBy }: MeetingCheckboxProps) {
  return (
    <Checkbox className="checkbox mt-checkbox" isSelected={value} onChange={onChange} isDisabled={isDisabled} aria-describedby={describedBy}>
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 16 16" focusable="false">
          <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" />
        </svg>
      </span>
      {label}
    </Checkbox>
  );
}
