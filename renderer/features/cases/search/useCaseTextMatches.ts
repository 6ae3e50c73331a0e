import { useEffect, useState, useSyncExternalStore } from 'react';
import { queryTerms } from '../../../../shared/cases/search';
import type { Case } from '../../../../shared/model/case';
import { indexCases, searchCases, searchStatus, subscribeSearchStatus } from './client';

export interface CaseTextMatches {
  /** Ids of the cases the search words match; null for a blank search (and until the first answer comes). */
  readonly matches: ReadonlySet<string> | null;
  /** True while there are search words and the notes are still being read into the index (a match in a note may still come). */
  readonly searchingNotes: boolean;
}

interface Answer {
  readonly query: string;
  readonly ids: ReadonlySet<string> | null;
}

function sameIds(shown: ReadonlySet<string> | null, ids: readonly string[] | null): boolean {
  if (shown === null || ids === null) return shown === ids;
  return shown.size === ids.length && ids.every((id) => shown.has(id));
}

/**
 * The full-text search of the case list, answered by the search Worker. Until the answer
 * for the words just typed arrives (a few milliseconds), the previous answer stays shown
 * (before the first one: every case, as before typing), so typing never waits for the list
 * and the list never gives way to a loading state under the search field.
 */
export function useCaseTextMatches(cases: readonly Case[] | undefined, query: string): CaseTextMatches {
  const status = useSyncExternalStore(subscribeSearchStatus, searchStatus);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const blank = queryTerms(query).length === 0;

  useEffect(() => {
    if (cases) indexCases(cases);
  }, [cases]);

  useEffect(() => {
    if (blank) return;
    let current = true;
    void searchCases(query).then(({ ids }) => {
      // A search asked again because the index changed (a status change) mostly answers the same:
      // keeping the shown answer then draws nothing, so the list does not redraw under a keystroke.
      if (current) setAnswer((shown) => (shown !== null && shown.query === query && sameIds(shown.ids, ids) ? shown : { query, ids: ids === null ? null : new Set(ids) }));
    });
    return () => {
      current = false;
    };
  }, [query, blank, status.version]);

  if (blank) return { matches: null, searchingNotes: false };
  return { matches: answer === null ? null : answer.ids, searchingNotes: !status.notesComplete };
}
