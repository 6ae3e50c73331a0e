import { z } from 'zod';
import { isoDay } from './dates';
import type { Stored } from './sync';

/**
 * A Verlauf entry: a dated note on a case. Notes are append-only records (one
 * record per note), so two members adding notes concurrently never conflict.
 * A correction by the author keeps the earlier wording in `revisions`.
 */
export const caseNoteContentSchema = z.object({
  caseId: z.string().min(1).max(64),
  date: isoDay,
  authorId: z.string().max(64).nullable(),
  text: z.string().trim().min(1, { message: 'validation.required' }).max(20000, { message: 'validation.tooLong' }),
  revisions: z.array(z.object({ text: z.string().max(20000), replacedAt: z.string().max(40) })).max(100),
});

export type CaseNoteContent = z.infer<typeof caseNoteContentSchema>;
export type CaseNote = Stored<CaseNoteContent>;

/** What an erased note keeps: its case link for the tombstone, nothing else. */
export function erasedCaseNoteContent(caseId: string): CaseNoteContent {
  return { caseId, date: '1970-01-01', authorId: null, text: '-', revisions: [] };
}
