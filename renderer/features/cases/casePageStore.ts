import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useSyncExternalStore } from 'react';
import type { FollowUp } from '../../../shared/model/followUp';
import { agendaEntriesForCase } from '../../db/queries/agendaItems';
import { listCaseNotes } from '../../db/queries/caseNotes';
import { casesWithIds, listMemberChoices } from '../../db/queries/cases';
import { listFollowUpsOfCase } from '../../db/queries/followUps';
import { listCaseEvents } from '../../db/queries/history';
import { readSetting, readYellowDays } from '../../db/repositories/settings';
import type { FollowUpLookups } from '../followUps/useFollowUpLookups';
import { mergeTimeline } from './timeline';

/**
 * What a case's page shows beside the case itself (the Verlauf, the follow-ups and what
 * they need), read in one live query: its reads go out side by side and answer as one,
 * so the page is drawn again once, not once per read. Opened from the list, the read
 * starts with the click, while the page's first frame is being drawn, instead of after it.
 * Held while the page is mounted; a read started for a page that never mounts ends on
 * its own, so no decrypted text outlives the page (or a lock, which unmounts it).
 */

export interface CaseTimelineData {
  readonly entries: ReturnType<typeof mergeTimeline>;
  readonly followUpTitles: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
  readonly meId: string | null;
}

export interface CasePageData {
  readonly timeline: CaseTimelineData;
  readonly followUps: readonly FollowUp[];
  readonly lookups: Omit<FollowUpLookups, 'today' | 'ready'>;
}

/** The page's reads as they come from the database. */
async function readCasePageRaw(caseId: string) {
  const [notes, events, agenda, members, meId, followUps, yellowDays, cases] = await Promise.all([
    listCaseNotes(caseId),
    listCaseEvents(caseId),
    agendaEntriesForCase(caseId),
    listMemberChoices(),
    readSetting('currentMemberId'),
    listFollowUpsOfCase(caseId),
    readYellowDays(),
    casesWithIds([caseId]),
  ]);
  return { notes, events, agenda, members, meId, followUps, yellowDays, cases };
}

type RawCasePage = Awaited<ReturnType<typeof readCasePageRaw>>;

/** The same text for the same records (stored records keep their keys sorted): tells a repeated read from a changed one. */
function fingerprint(raw: RawCasePage): string {
  const { notes, events, agenda, members, meId, followUps, yellowDays, cases } = raw;
  return JSON.stringify([notes, events.entries, [...events.followUpTitles], agenda, members, meId, followUps, yellowDays, [...cases.values()]]);
}

function toPageData(raw: RawCasePage): CasePageData {
  const names = new Map(raw.members.map((m) => [m.id, m.name]));
  return {
    timeline: { entries: mergeTimeline(raw.notes, raw.events.entries, raw.agenda), followUpTitles: raw.events.followUpTitles, names, meId: raw.meId },
    followUps: raw.followUps,
    lookups: { yellowDays: raw.yellowDays, names, cases: raw.cases, currentMemberId: raw.meId },
  };
}

interface Entry {
  readonly caseId: string;
  data: CasePageData | undefined;
  /** Of the reads behind `data`: a live read that brings the same records does not draw the page again. */
  shown: string | null;
  failure: { readonly error: unknown } | null;
  subscription: Subscription | null;
  holders: number;
}

/** A read started for a page that is not mounted by then is dropped. */
const UNCLAIMED_MS = 2000;
let current: Entry | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function stop(entry: Entry): void {
  entry.subscription?.unsubscribe();
  entry.subscription = null;
  if (current === entry) {
    current = null;
    notify();
  }
}

function show(entry: Entry, raw: RawCasePage): void {
  const seen = fingerprint(raw);
  if (seen === entry.shown) return;
  entry.shown = seen;
  entry.data = toPageData(raw);
  if (current === entry) notify();
}

/**
 * Starts reading a case's page (if not already): its live query, which follows changes, and with
 * `atOnce` (the click that opens the page) one plain read besides. The plain read's requests go
 * out before the click's first frame is drawn; the live query's first run may wait for that frame.
 */
export function startCasePage(caseId: string, options: { atOnce?: boolean } = {}): void {
  if (current?.caseId === caseId) return;
  if (current) stop(current);
  const entry: Entry = { caseId, data: undefined, shown: null, failure: null, subscription: null, holders: 0 };
  current = entry;
  if (options.atOnce) {
    readCasePageRaw(caseId).then(
      (raw) => {
        if (entry.data === undefined && entry.subscription !== null) show(entry, raw);
      },
      () => undefined, // the live query reads again and reports a failure itself
    );
  }
  entry.subscription = liveQuery(() => readCasePageRaw(caseId)).subscribe({
    next: (raw) => show(entry, raw),
    error: (error: unknown) => {
      entry.failure = { error };
      if (current === entry) notify();
    },
  });
  setTimeout(() => {
    if (entry.holders === 0) stop(entry);
  }, UNCLAIMED_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The page's data while the page is mounted; undefined until read. A failed read is thrown, for the screen's error boundary. */
export function useCasePageData(caseId: string): CasePageData | undefined {
  useEffect(() => {
    startCasePage(caseId);
    const entry = current;
    if (!entry) return;
    entry.holders++;
    return () => {
      entry.holders--;
      if (entry.holders === 0) stop(entry);
    };
  }, [caseId]);
  const data = useSyncExternalStore(subscribe, () => (current?.caseId === caseId ? current.data : undefined));
  if (current?.caseId === caseId && current.failure) throw current.failure.error;
  return data;
}
