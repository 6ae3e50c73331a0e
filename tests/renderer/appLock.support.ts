import Dexie from 'dexie';
import { emptyCaseContent } from '../../shared/model/case';
import { caseNoteContentSchema } from '../../shared/model/caseNote';
import { DB_NAME, db } from '../../renderer/db/database';
import { addCaseNote } from '../../renderer/db/repositories/caseNotes';
import { createCase } from '../../renderer/db/repositories/cases';
import { createFollowUp } from '../../renderer/db/repositories/followUps';
import { insertRecord, writeTransaction } from '../../renderer/db/write';
import { APP_LOCK_SETTING } from '../../renderer/security/appLock';
import { must } from './exchange.support';

/** Cheap Argon2id parameters for unit tests (the real ones take about a second per derivation). */
export const TEST_KDF = { m: 64, t: 1, p: 1 } as const;

export const TEXTS = {
  summary: 'Familie Ößlingen sucht dringend eine Wohnung',
  note: 'Termin beim Ausländeramt am Donnerstag vereinbart',
  details: 'Unterlagen für die Krankenkasse zusammenstellen',
} as const;

/** Everything IndexedDB holds, read with a second connection that has no middleware: what a thief would see. */
export async function rawDatabaseText(): Promise<string> {
  const raw = new Dexie(DB_NAME);
  await raw.open();
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of raw.tables) out[table.name] = await table.toArray();
    return JSON.stringify(out);
  } finally {
    raw.close();
  }
}

/** Every table through the app's connection (plain text while unlocked), without the app-lock row. */
export async function appView(): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = table.name === 'settings' ? rows.filter((row) => (row as { key: string }).key !== APP_LOCK_SETTING) : rows;
  }
  return JSON.stringify(out);
}

/** A case with a summary, a note and a follow-up with details; returns the case id. */
export async function writeKnownTexts(): Promise<string> {
  const caseId = must(await createCase({ ...emptyCaseContent('2026-001', '2026-03-02'), title: 'Wohnung', topics: ['housing'], summary: TEXTS.summary }));
  must(await addCaseNote(caseId, { date: '2026-03-03', text: TEXTS.note }));
  must(
    await createFollowUp({
      title: 'Krankenkasse',
      details: TEXTS.details,
      caseId,
      agendaItemId: null,
      ownerId: null,
      dueOn: null,
      status: 'open',
      waitingOnThirdParty: false,
      blockedReason: '',
      blockedCategory: null,
      completionNote: '',
    }),
  );
  return caseId;
}

/** Many notes on one case, so a migration needs several batches. */
export async function writeManyNotes(caseId: string, count: number): Promise<void> {
  await writeTransaction([db.caseNotes], async () => {
    for (let i = 0; i < count; i += 1) {
      await insertRecord(db.caseNotes, caseNoteContentSchema, { caseId, date: '2026-03-04', authorId: null, text: `Notiz Nummer ${i}`, revisions: [] });
    }
  });
}
