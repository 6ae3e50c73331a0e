import { useState } from 'react';
import { Button, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ATTENDANCE, clockTime, isMinutesLocked, type Presence } from '../../../shared/model/meeting';
import { saveGuest, setAttendance } from '../../db/repositories/meetings';
import { now } from '../../platform/clock';
import { MeetingError } from './MeetingError';
import type { MeetingData } from './useMeetingData';

function clockNow(): string {
  const d = new Date(now());
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

interface RowProps {
  label: string;
  presence: Presence | null;
  arrivedAt: string | null;
  leftAt: string | null;
  editable: boolean;
  onChange(patch: { presence: Presence; arrivedAt: string | null; leftAt: string | null }): void;
}

/** A time that is saved when the field is left: empty clears it, an invalid one is not kept. */
function TimeInput({ label, value, onSave, isDisabled }: { label: string; value: string | null; onSave(value: string | null): void; isDisabled: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The stored time changed elsewhere (the "jetzt" button, another tab): show it.
    setShown(value);
    setText(value ?? '');
  }
  const invalid = text.trim() !== '' && !clockTime.safeParse(text.trim()).success;
  return (
    <TextField
      className="field mt-time-field"
      value={text}
      onChange={setText}
      isDisabled={isDisabled}
      isInvalid={invalid}
      onBlur={() => {
        if (invalid) return;
        const next = text.trim() === '' ? null : text.trim();
        if (next !== value) onSave(next);
      }}
    >
      <Label className="field-label">{label}</Label>
      <Input className="input" placeholder={t('meetingAttendance.timePlaceholder')} />
    </TextField>
  );
}

function AttendanceRow({ label, presence, arrivedAt, leftAt, editable, onChange }: RowProps) {
  const { t } = useTranslation();
  const base = { presence: presence ?? 'present', arrivedAt, leftAt };
  return (
    <li className="mt-attendance-row">
      <RadioGroup
        className="mt-presence"
        orientation="horizontal"
        value={presence}
        isDisabled={!editable}
        onChange={(value) => {
          const chosen = ATTENDANCE.find((p) => p === value);
          if (chosen) onChange({ ...base, presence: chosen });
        }}
      >
        <Label className="mt-attendance-name">{label}</Label>
        <div className="mt-segmented">
          {ATTENDANCE.map((p) => (
            <Radio key={p} value={p} className={`mt-segment mt-segment-${p}`}>
              {t(`meetingPresence.${p}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {presence === 'present' && (
        <div className="mt-attendance-times">
          <TimeInput label={t('meetingAttendance.arrived')} value={arrivedAt} isDisabled={!editable} onSave={(v) => onChange({ ...base, arrivedAt: v })} />
          <TimeInput label={t('meetingAttendance.left')} value={leftAt} isDisabled={!editable} onSave={(v) => onChange({ ...base, leftAt: v })} />
          {editable && (
            <Button className="button button-small" aria-label={t('meetingAttendance.leavesNow', { name: label })} onPress={() => onChange({ ...base, leftAt: clockNow() })}>
              {t('meetingAttendance.leftNow')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

/** Attendance: present, excused or absent for each member and guest; arrival and leaving are optional. */
export function AttendancePanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const { meeting, members } = data;
  const [error, setError] = useState<AppError | null>(null);
  const editable = !isMinutesLocked(meeting) && meeting.state !== 'cancelled';
  const recorded = new Map(meeting.attendance.map((a) => [a.memberId, a]));
  const shown = members.filter((m) => m.active || recorded.has(m.id));
  const done = (r: { ok: boolean; error?: AppError }) => setError(r.ok ? null : (r.error ?? null));
  const presentCount = meeting.attendance.filter((a) => a.presence === 'present').length;

  return (
    <section className="panel mt-attendance" aria-labelledby="attendance-title">
      <h3 id="attendance-title" className="panel-title">
        {t('meetingAttendance.title')}
      </h3>
      <p className="field-hint">{t('meetingAttendance.summary', { present: presentCount, total: shown.length })}</p>
      {shown.length === 0 ? (
        <p className="mt-empty">{t('meetingAttendance.noMembers')}</p>
      ) : (
        <ul className="mt-attendance-list">
          {shown.map((member) => {
            const entry = recorded.get(member.id);
            return (
              <AttendanceRow
                key={member.id}
                label={member.organisation ? `${member.name} (${member.organisation})` : member.name}
                presence={entry?.presence ?? null}
                arrivedAt={entry?.arrivedAt ?? null}
                leftAt={entry?.leftAt ?? null}
                editable={editable}
                onChange={(patch) => void setAttendance(meeting.id, { memberId: member.id, ...patch }).then(done)}
              />
            );
          })}
        </ul>
      )}
      {meeting.guests.length > 0 && (
        <>
          <h4 className="mt-subtitle">{t('meetingAttendance.guests')}</h4>
          <ul className="mt-attendance-list">
            {meeting.guests.map((guest) => (
              <AttendanceRow
                key={guest.id}
                label={[guest.organisation, guest.role].filter(Boolean).join(', ')}
                presence={guest.presence}
                arrivedAt={guest.arrivedAt}
                leftAt={guest.leftAt}
                editable={editable}
                onChange={(patch) => void saveGuest(meeting.id, { ...guest, ...patch }).then(done)}
              />
            ))}
          </ul>
        </>
      )}
      {error && <MeetingError error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
