import Dexie, { type Table } from 'dexie';
import type { AgendaItem } from '../../shared/model/agendaItem';
import type { Case } from '../../shared/model/case';
import type { CaseNote } from '../../shared/model/caseNote';
import type { Concern } from '../../shared/model/concern';
import type { FollowUp } from '../../shared/model/followUp';
import type { Meeting } from '../../shared/model/meeting';
import type { HistoryEntry } from '../../shared/model/historyEntry';
import type { Member } from '../../shared/model/member';
import { encryptionMiddleware } from '../security/middleware';
import { clockPackingMiddleware } from './clockMiddleware';

/** One row of the key/value settings table (device id, clock, preferences). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/**
 * A backup snapshot of every synchronised table, taken automatically before an
 * import (so "Import rückgängig machen" can restore it) and on demand. Local only.
 */
export interface SnapshotRow {
  readonly id: string;
  readonly createdAt: string;
  readonly reason: 'before-import' | 'manual' | 'before-restore';
  /** The import this snapshot precedes, so the import can be undone. */
  readonly importId: string | null;
  readonly label: string;
  readonly counts: Readonly<Record<string, number>>;
  /** The tables' records as gzip-compressed JSON bytes; rows from before issue 7 hold prefixed text (renderer/exchange/snapshotData.ts). */
  readonly data: string | Uint8Array;
}

export type RtDatabase = Dexie & {
  cases: Table<Case, string>;
  caseNotes: Table<CaseNote, string>;
  meetings: Table<Meeting, string>;
  agendaItems: Table<AgendaItem, string>;
  followUps: Table<FollowUp, string>;
  members: Table<Member, string>;
  concerns: Table<Concern, string>;
  history: Table<HistoryEntry, string>;
  settings: Table<SettingRow, string>;
  snapshots: Table<SnapshotRow, string>;
};

export const DB_NAME = 'runder-tisch';

/**
 * Every schema version ever released, oldest first. Never edit a released entry:
 * add a new version (with an upgrade function where data must move) and a fixture
 * for it. Indexes serve the list filters; `deleted` tombstones are not indexed
 * because null is not a valid IndexedDB key.
 */
export const SCHEMA_VERSIONS: readonly { readonly version: number; readonly stores: Readonly<Record<string, string>> }[] = [
  {
    version: 1,
    stores: {
      cases: 'id, code, status, urgency, openedOn, resubmissionOn, trashedAt, updatedAt, *topics, *responsibleIds',
      caseNotes: 'id, caseId, [caseId+date], updatedAt',
      meetings: 'id, date, state, updatedAt',
      agendaItems: 'id, meetingId, *caseIds, concernId, updatedAt',
      followUps: 'id, caseId, agendaItemId, ownerId, dueOn, status, updatedAt',
      members: 'id, updatedAt',
      concerns: 'id, status, updatedAt',
      history: 'id, entityId, caseId, at',
      settings: 'key',
      snapshots: 'id, createdAt, importId',
    },
  },
  {
    // "Tagesordnung vorbereiten" reads only the unfinished follow-ups due by the meeting ([status+dueOn])
    // and only the adjourned items and the items that took them up (result, carriedFromId). Indexes only:
    // IndexedDB fills them from the stored records, nothing moves.
    version: 2,
    stores: {
      cases: 'id, code, status, urgency, openedOn, resubmissionOn, trashedAt, updatedAt, *topics, *responsibleIds',
      caseNotes: 'id, caseId, [caseId+date], updatedAt',
      meetings: 'id, date, state, updatedAt',
      agendaItems: 'id, meetingId, *caseIds, concernId, result, carriedFromId, updatedAt',
      followUps: 'id, caseId, agendaItemId, ownerId, dueOn, status, [status+dueOn], updatedAt',
      members: 'id, updatedAt',
      concerns: 'id, status, updatedAt',
      history: 'id, entityId, caseId, at',
      settings: 'key',
      snapshots: 'id, createdAt, importId',
    },
  },
];

/** The names of the tables whose records carry merge metadata. */
export const SYNC_TABLES = ['cases', 'caseNotes', 'meetings', 'agendaItems', 'followUps', 'members', 'concerns', 'history'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/** Opens (lazily) the app's database under the given name with every schema version. */
export function createDatabase(name: string = DB_NAME): RtDatabase {
  // No query cache: in its default mode Dexie deep-clones every live query's result (10,000
  // cases on each read of the list, ~100 ms and as much again in garbage collection) and
  // copies each record of a bulk write into its optimistic-update list. Live queries still
  // re-run on every committed change, which is all the screens rely on.
  const database = new Dexie(name, { cache: 'disabled' }) as RtDatabase;
  for (const { version, stores } of SCHEMA_VERSIONS) database.version(version).stores(stores);
  // Registered first, so it sits below the encryption: it packs and unpacks the clocks of what IndexedDB holds.
  database.use(clockPackingMiddleware(SYNC_TABLES));
  database.use(encryptionMiddleware);
  return database;
}

/** The app's one database. */
export const db: RtDatabase = createDatabase();

