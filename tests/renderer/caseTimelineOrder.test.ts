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
