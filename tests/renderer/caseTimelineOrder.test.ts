import { expect, test } from 'vitest';
import type { CaseNote } from '../../shared/model/caseNote';
import type { HistoryEntry } from '../../shared/model/historyEntry';
import { mergeTimeline } from '../../renderer/features/cases/timeline';

function note(id: string, date: string, createdAt: string): CaseNote {
  return { id, date, createdAt, caseId: 'c1', authorId: null, text: id, revisions: [] } as unknown as CaseNote;
}

function event(id: string, at: string): HistoryEntry {
  return { id, at, kind: 'case_status', entityId: 'c1', caseId: 'c1' } as unknown as HistoryEntry;
}

test('the Verlauf lists notes and events newest first: by day, then by when they were written', () => {
  const entries = mergeTimeline(
    [
      note('note-backdated', '2026-03-01', '2026-03-16T12:00:00.000Z'),
      note('note-16-early', '2026-03-16', '2026-03-16T08:00:00.000Z'),
      note('note-16-late', '2026-03-16', '2026-03-16T15:00:00.000Z'),
    ],
    [event('status-10', '2026-03-10T12:00:00.000Z'), event('status-16', '2026-03-16T10:00:00.000Z')],
  );
  expect(entries.map((e) => e.key)).toEqual(['note-16-late', 'status-16', 'note-16-early', 'status-10', 'note-backdated']);
});

test('a case discussed in several meetings shows every meeting outcome in order among its notes', () => {
  const agenda = (itemId: string, meetingDate: string, itemNumber: string, outcome: string) => ({
    meetingId: `m-${meetingDate}`,
    meetingDate,
    meetingState: 'held' as const,
    itemId,
    itemNumber,
    title: 'Fallbesprechung',
    outcome,
    result: 'done' as const,
    carriedFromId: null,
  });
  const entries = mergeTimeline(
    [note('note-12', '2026-03-12', '2026-03-12T09:00:00.000Z')],
    [],
    [agenda('top-march', '2026-03-10', '3', 'Antrag stellen'), agenda('top-april', '2026-04-14', '2', 'Bescheid liegt vor')],
  );
  expect(entries.map((e) => e.key)).toEqual(['top-april', 'note-12', 'top-march']);
  const april = entries[0];
  expect(april?.kind === 'agenda' && april.agenda.outcome).toBe('Bescheid liegt vor');
});
