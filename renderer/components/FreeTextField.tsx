import { useId } from 'react';
import { FieldError, Text, TextArea, TextField } from 'react-aria-components';
import { FieldLabel } from './FieldLabel';
import { dismissFinding } from './pii/dismissals';
import { PiiFindingsList } from './pii/PiiFindingsList';
import { redactFinding } from './pii/redactFinding';
import { usePiiFindings } from './pii/usePiiFindings';
import './pii/pii.css';

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
  /**
   * What "kein Personenbezug" is remembered for: the record (and field) the text belongs to.
   * Without it, the field's name or label is used, so a dismissal holds for that kind of field.
   */
  guardScope?: string;
}

/**
 * THE free-text input of the app: every summary, note, detail and outcome is typed
 * here. Free text is where personal data slips into anonymised cases, so the
 * personal-data guard lives in this one place: findings are listed under the field
 * as the user types, each with one-click redaction and "kein Personenbezug".
 */
export function FreeTextField(props: FreeTextFieldProps) {
  const { label, value, onChange, description, errorMessage, isRequired = false, rows = 5, name, guardScope } = props;
  const scope = guardScope ?? name ?? label;
  const findings = usePiiFindings(value, scope);
  const findingsId = useId();
  return (
    <div className="free-text">
      <TextField
        className="field"
        value={value}
        onChange={onChange}
        isInvalid={Boolean(errorMessage)}
        isRequired={isRequired}
        name={name}
        aria-describedby={findings.length > 0 ? findingsId : undefined}
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
      <PiiFindingsList
        id={findingsId}
        field={label}
        findings={findings}
        onRedact={(finding) => onChange(redactFinding(value, finding))}
        onDismiss={(finding) => void dismissFinding(scope, finding.text)}
      />
    </div>
  );
}
