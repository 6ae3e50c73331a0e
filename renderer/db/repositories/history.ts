import { historyEntryContentSchema, type HistoryEntryContent } from '../../../shared/model/historyEntry';
import { now } from '../../platform/clock';
import { db } from '../database';
import { insertRecord } from '../write';
import { readSetting } from './settings';

/**
 * The append-only history (status changes, closing, the recycle bin, follow-ups'
 * Ampel). Entries are never changed, only added, so two laptops never overwrite
 * each other's history. Call these inside a write transaction that includes db.history.
 */

export type NewHistoryEntry = Omit<HistoryEntryContent, 'at' | 'memberId' | 'light' | 'reason'> &
  Partial<Pick<HistoryEntryContent, 'light' | 'reason'>>;

/** Appends one entry, stamped with the injectable clock and the member this device speaks for. */
export async function appendHistoryEntry(entry: NewHistoryEntry): Promise<string> {
  const memberId = await readSetting('currentMemberId');
  const content: HistoryEntryContent = {
    light: null,
    reason: '',
    ...entry,
    at: new Date(now()).toISOString(),
    memberId,
  };
  return insertRecord(db.history, historyEntryContentSchema, content);
}
