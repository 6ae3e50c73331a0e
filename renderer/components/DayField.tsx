import { parseDate, type CalendarDate } from '@internationalized/date';
import { memo, useRef, useState } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Popover,
} from 'react-aria-components';
import { FieldLabel } from './FieldLabel';

export interface DayFieldProps {
  label: string;
  /** A calendar day `YYYY-MM-DD`, or '' when none is entered. */
  value: string;
  onChange(value: string): void;
  errorMessage?: string | null;
  isRequired?: boolean;
}

/**
 * Loads the locale data behind the date segments' field names (Intl.DisplayNames) ahead of the first
 * date field: the first one built in a page costs ~30 ms here, every later one a tenth of a millisecond.
 * Called once the app is idle, so the first case page opened does not pay for it.
 */
export function warmDateFields(locale: string): void {
  try {
    new Intl.DisplayNames(locale, { type: 'dateTimeField' }).of('day');
  } catch {
    // An engine without dateTimeField names: react-aria falls back to its own strings.
  }
}

function toCalendarDate(isoDay: string): CalendarDate | null {
  try {
    return parseDate(isoDay);
  } catch {
    return null;
  }
}

/**
 * A calendar-day field: typed segment by segment in the UI's locale, or picked from a calendar.
 * Memoised: react-aria's date segments are the dearest part of a form to draw, so a form that
 * re-renders (a list it reads arrives, a keystroke elsewhere) skips them when given a stable onChange.
 */
export const DayField = memo(function DayField(props: DayFieldProps) {
  const { label, value, onChange, errorMessage, isRequired = false } = props;
  const groupRef = useRef<HTMLDivElement>(null);
  // react-aria shows a half-typed day (21.mm.2026) only while its value prop stays the same,
  // and meanwhile reports nothing. So when focus leaves a half-typed day, the form gets ''
  // (it must not save a date the user no longer sees) and the picker keeps its old value.
  const [held, setHeld] = useState<{ day: CalendarDate | null } | null>(null);
  const shown = held ? held.day : toCalendarDate(value);
  return (
    <DatePicker
      className="field"
      value={shown}
      onChange={(day) => {
        setHeld(null);
        onChange(day ? day.toString() : '');
      }}
      onBlur={() => {
        const segments = [...(groupRef.current?.querySelectorAll('[role="spinbutton"]') ?? [])];
        const blank = segments.filter((segment) => segment.hasAttribute('data-placeholder')).length;
        if (blank === 0 || blank === segments.length || held) return;
        setHeld({ day: shown });
        onChange('');
      }}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      granularity="day"
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <Group ref={groupRef} className="input date-group">
        <DateInput className="date-input">
          {(segment) =>
            // A separator (the dots of 21.03.2026) is hidden text that takes no input: react-aria's DateSegment would
            // run all its hooks (and build Intl display names) for it too, which made opening a case page slower.
            segment.type === 'literal' ? (
              <span className="date-segment" data-type="literal" data-placeholder={segment.isPlaceholder || undefined} aria-hidden="true">
                {segment.text}
              </span>
            ) : (
              <DateSegment className="date-segment" segment={segment} />
            )
          }
        </DateInput>
        <Button className="icon-button date-button">
          <span className="calendar-icon" aria-hidden="true" />
        </Button>
      </Group>
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
        <Dialog className="calendar-dialog">
          <Calendar className="calendar">
            <header className="calendar-header">
              <Button slot="previous" className="icon-button">
                <span aria-hidden="true">‹</span>
              </Button>
              <Heading className="calendar-heading" />
              <Button slot="next" className="icon-button">
                <span aria-hidden="true">›</span>
              </Button>
            </header>
            <CalendarGrid className="calendar-grid">{(day) => <CalendarCell className="calendar-cell" date={day} />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
});
