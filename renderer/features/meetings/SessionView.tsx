import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TimePlan } from '../../../shared/agenda/timePlan';
import type { AgendaItem, AgendaItemResult } from '../../../shared/model/agendaItem';
import { FreeTextField } from '../../components/FreeTextField';
import { recordOutcome, setItemResult } from '../../db/repositories/agendaItems';
import { updateMeeting } from '../../db/repositories/meetings';
import { formatDay } from '../../i18n/format';
import { AttendancePanel } from './AttendancePanel';
import { formatLongDay } from './documents';
import { InlineFollowUpForm } from './InlineFollowUpForm';
import { isMinutesApprovalItem, PreviousMinutesBox } from './PreviousMinutesBox';
import { caseCodesOf, type MeetingData } from './useMeetingData';
import { formatDuration, useItemTimer } from './useItemTimer';

interface SessionViewProps {
  data: MeetingData;
  plan: TimePlan<AgendaItem>;
  index: number;
  onGoTo(index: number): void;
  onClose(ended: boolean): void;
}

const OUTCOME_SAVE_DELAY_MS = 1200;

function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable);
}

/** One item of the session, with the whole session around it; remounted for each item. */
export function SessionView({ data, plan, index, onGoTo, onClose }: SessionViewProps) {
  const { t } = useTranslation();
  const { meeting, names, cases } = data;
  const row = plan.items[index] as (typeof plan.items)[number];
  const item = row.item;
  const timer = useItemTimer(item);
  const [outcome, setOutcome] = useState(item.outcome);
  const [panel, setPanel] = useState<'none' | 'attendance' | 'followUp'>('none');
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addFollowUpRef = useRef<HTMLButtonElement>(null);
  const followUps = data.followUps.get(item.id) ?? [];
  const planned = item.plannedMinutes * 60;
  const over = planned > 0 && timer.seconds > planned;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Typing is saved on its own shortly after a pause, so nothing is lost if the laptop sleeps.
  useEffect(() => {
    if (outcome === item.outcome) return;
    const timeout = window.setTimeout(() => void recordOutcome(item.id, outcome), OUTCOME_SAVE_DELAY_MS);
    return () => window.clearTimeout(timeout);
  }, [outcome, item.id, item.outcome]);

  const saveAll = () => {
    timer.save();
    if (outcome !== item.outcome) void recordOutcome(item.id, outcome);
  };
  const goTo = (target: number) => {
    if (target < 0 || target >= plan.items.length || target === index) return;
    saveAll();
    onGoTo(target);
  };
  const mark = (result: AgendaItemResult) => {
    saveAll();
    timer.pause();
    void setItemResult(item.id, result).then((r) => {
      if (r.ok) setAnnouncement(t(`meetingSession.marked.${result}`, { number: row.number }));
    });
  };
  const end = () => {
    saveAll();
    timer.pause();
    void updateMeeting(meeting.id, { state: 'held' }).then((r) => r.ok && onClose(true));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const typing = isTextEntry(event.target);
    const key = event.altKey ? `Alt+${event.code}` : event.key;
    const actions: Record<string, () => void> = {
      'Alt+ArrowRight': () => goTo(index + 1),
      'Alt+ArrowLeft': () => goTo(index - 1),
      'Alt+KeyE': () => mark('done'),
      'Alt+KeyV': () => mark('adjourned'),
      'Alt+KeyT': () => timer.toggle(),
      'Alt+KeyA': () => setPanel('followUp'),
      'Alt+KeyP': () => setPanel((p) => (p === 'attendance' ? 'none' : 'attendance')),
      ...(typing ? {} : { PageDown: () => goTo(index + 1), PageUp: () => goTo(index - 1) }),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const facts = [
    caseCodesOf(item, cases).join(', '),
    item.presenterId ? t('agenda.presenter', { name: names.get(item.presenterId) ?? '' }) : '',
    item.guest ? t('agenda.guest', { guest: item.guest }) : '',
    item.interpreterLanguage ? t('agenda.interpreter', { language: item.interpreterLanguage }) : '',
    item.affectedPersonSpeaks ? t('agenda.speaks') : '',
    item.isPublic ? '' : t('agenda.nonPublic'),
  ].filter(Boolean);

  return (
    <div className="mt-session-layout" onKeyDown={onKeyDown}>
      <header className="mt-session-header">
        <p className="mt-session-meeting">
          {t('meetings.detailTitle', { date: formatLongDay(meeting.date) })} · {meeting.startTime}
        </p>
        <div className="mt-session-tools">
          <Button className="button" aria-keyshortcuts="Alt+P" onPress={() => setPanel(panel === 'attendance' ? 'none' : 'attendance')}>
            {panel === 'attendance' ? t('meetingSession.hideAttendance') : t('meetingSession.attendance')}
          </Button>
          <Button className="button" onPress={end}>
            {t('meetingSession.end')}
          </Button>
          <Button
            className="button"
            onPress={() => {
              saveAll();
              onClose(false);
            }}
          >
            {t('meetingSession.leave')}
          </Button>
        </div>
      </header>
      <nav className="mt-session-agenda" aria-label={t('meetingSession.agenda')}>
        <ol>
          {plan.items.map((r, i) => (
            <li key={r.item.id}>
              <button type="button" className={`mt-session-step mt-depth-${Math.min(r.depth, 4)}`} aria-current={i === index ? 'step' : undefined} onClick={() => goTo(i)}>
                <span className="mt-session-step-number">{r.number}</span> {r.item.title}
                {r.item.result !== 'open' && <span className={`mt-tag mt-result-${r.item.result}`}>{t(`agendaResult.${r.item.result}`)}</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="mt-session-main" aria-labelledby="session-item-title">
        <p className="mt-visually-hidden" role="status">
          {announcement}
        </p>
        <p className="mt-session-position">{t('meetingSession.position', { n: index + 1, total: plan.items.length, start: row.start })}</p>
        <h2 id="session-item-title" ref={headingRef} tabIndex={-1} className="mt-session-title">
          {t('agenda.top', { number: row.number })}: {item.title}
        </h2>
        {facts.length > 0 && <p className="mt-session-facts">{facts.join(' · ')}</p>}
        {item.result !== 'open' && <p className={`mt-session-result mt-result-${item.result}`}>{t(`agendaResult.${item.result}`)}</p>}
        {item.moderationNotes && (
          <aside className="mt-session-notes" aria-label={t('agendaItem.moderationNotes')}>
            {item.moderationNotes}
          </aside>
        )}
        {item.standing && isMinutesApprovalItem(item.title) && <PreviousMinutesBox meeting={meeting} />}
        <div className={`mt-timer${over ? ' mt-timer-over' : ''}`} role="timer" aria-label={t('meetingSession.timerLabel')}>
          <span className="mt-timer-value">{formatDuration(timer.seconds)}</span>
          <span className="mt-timer-plan">/ {formatDuration(planned)}</span>
          <Button className="button" aria-keyshortcuts="Alt+T" onPress={timer.toggle}>
            {timer.running ? t('meetingSession.pause') : t('meetingSession.resume')}
          </Button>
        </div>
        {panel === 'attendance' && <AttendancePanel data={data} />}
        <FreeTextField label={t('meetingSession.outcome')} value={outcome} onChange={setOutcome} rows={5} description={t('meetingSession.outcomeHint')} />
        <div className="mt-session-actions">
          <Button className="button button-primary" aria-keyshortcuts="Alt+E" onPress={() => mark('done')}>
            {t('meetingSession.markDone')}
          </Button>
          <Button className="button" aria-keyshortcuts="Alt+V" onPress={() => mark('adjourned')}>
            {t('meetingSession.markAdjourned')}
          </Button>
          <Button ref={addFollowUpRef} className="button" aria-keyshortcuts="Alt+A" onPress={() => setPanel('followUp')}>
            {t('meetingSession.addFollowUp')}
          </Button>
        </div>
        {panel === 'followUp' && (
          <InlineFollowUpForm
            data={data}
            item={item}
            onDone={(created) => {
              setPanel('none');
              // The form goes away with the focus in it: give the focus back to the button that opened it.
              addFollowUpRef.current?.focus();
              if (created) setAnnouncement(t('meetingSession.followUpCreated', { title: created }));
            }}
          />
        )}
        {followUps.length > 0 && (
          <section aria-labelledby="session-followups">
            <h3 id="session-followups" className="mt-subtitle">
              {t('meetingSession.followUps')}
            </h3>
            <ul className="mt-session-followups">
              {followUps.map((f) => (
                <li key={f.id}>
                  {f.title}
                  {f.ownerId && ` – ${names.get(f.ownerId) ?? ''}`}
                  {f.dueOn && `, ${t('meetingDocs.due')} ${formatDay(f.dueOn)}`}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="mt-session-keys">{t('meetingSession.keys')}</p>
      </section>
      <footer className="mt-session-footer">
        <Button className="button mt-session-nav" aria-keyshortcuts="PageUp Alt+ArrowLeft" isDisabled={index === 0} onPress={() => goTo(index - 1)}>
          {t('meetingSession.previous')}
        </Button>
        {index < plan.items.length - 1 ? (
          <Button className="button button-primary mt-session-nav" aria-keyshortcuts="PageDown Alt+ArrowRight" onPress={() => goTo(index + 1)}>
            {t('meetingSession.next')}
          </Button>
        ) : (
          <Button className="button button-primary mt-session-nav" onPress={end}>
            {t('meetingSession.end')}
          </Button>
        )}
      </footer>
    </div>
  );
}
