import { describe, expect, it } from 'vitest';
import { computeLight, daysBetween, isOverdue } from '../../shared/followUps/trafficLight';
import type { FollowUpContent } from '../../shared/model/followUp';

type Input = Pick<FollowUpContent, 'status' | 'dueOn' | 'waitingOnThirdParty' | 'lightOverride'>;
const base: Input = { status: 'open', dueOn: null, waitingOnThirdParty: false, lightOverride: null };
const today = '2026-11-21';

// The Ampel rules as a table: state, today, expected colour and reason.
const cases: [string, Partial<Input>, string, string][] = [
  ['no due date is on track', {}, 'green', 'on_track'],
  ['due in 8 days is on track', { dueOn: '2026-11-29' }, 'green', 'on_track'],
  ['due in exactly 7 days is due soon', { dueOn: '2026-11-28' }, 'yellow', 'due_soon'],
  ['due today is due soon, not overdue', { dueOn: today }, 'yellow', 'due_soon'],
  ['due yesterday is overdue', { dueOn: '2026-11-20' }, 'red', 'overdue'],
  ['in progress and overdue is red', { status: 'in_progress', dueOn: '2026-01-01' }, 'red', 'overdue'],
  ['blocked is red even when far from due', { status: 'blocked', dueOn: '2027-06-01' }, 'red', 'blocked'],
  ['waiting on third parties is yellow', { waitingOnThirdParty: true, dueOn: '2027-06-01' }, 'yellow', 'waiting'],
  ['overdue beats waiting', { waitingOnThirdParty: true, dueOn: '2026-11-01' }, 'red', 'overdue'],
  ['done is green even when the date passed', { status: 'done', dueOn: '2026-01-01' }, 'green', 'done'],
  ['a manual override wins over overdue', { dueOn: '2026-01-01', lightOverride: { light: 'yellow', reason: 'Termin steht' } }, 'yellow', 'override'],
  ['a manual override wins over done', { status: 'done', lightOverride: { light: 'red', reason: 'Bescheid fehlerhaft' } }, 'red', 'override'],
];

describe('traffic light', () => {
  it.each(cases)('%s', (_name, patch, light, reason) => {
    expect(computeLight({ ...base, ...patch }, today)).toEqual({ light, reason });
  });

  it('honours a configured yellow window', () => {
    expect(computeLight({ ...base, dueOn: '2026-12-01' }, today, 14).light).toBe('yellow');
    expect(computeLight({ ...base, dueOn: '2026-12-01' }, today, 3).light).toBe('green');
  });

  it('turns yellow and then red as time moves on', () => {
    const f = { ...base, dueOn: '2026-12-10' };
    expect(computeLight(f, '2026-11-21').light).toBe('green');
    expect(computeLight(f, '2026-12-03').light).toBe('yellow');
    expect(computeLight(f, '2026-12-11').light).toBe('red');
  });

  it('counts days across month and year ends and daylight saving', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-21', '2026-11-20')).toBe(-1);
  });

  it('never calls a finished follow-up overdue', () => {
    expect(isOverdue({ status: 'done', dueOn: '2020-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: '2020-01-01' }, today)).toBe(true);
  });
});
