import type { BlockCategory } from '../model/followUp';

/**
 * Which Anliegen a case probably belongs to: those whose linked cases share the case's topic
 * areas, or whose linked cases have follow-ups blocked in the same category as this case's.
 * Links are read from cases' concernIds (the one source of truth for case–concern links).
 */

export interface SuggestCase {
  readonly id: string;
  readonly topics: readonly string[];
  readonly concernIds: readonly string[];
}

export interface SuggestFollowUp {
  readonly caseId: string | null;
  readonly status: string;
  readonly blockedCategory: BlockCategory | null;
}

export interface SuggestConcern {
  readonly id: string;
  readonly status: string;
}

export interface ConcernSuggestion {
  readonly concernId: string;
  /** Topic areas this case shares with the concern's cases. */
  readonly sharedTopics: readonly string[];
  /** Block categories this case's blocked follow-ups share with the concern's cases'. */
  readonly sharedBlockCategories: readonly BlockCategory[];
  readonly score: number;
}

function blockedCategoriesByCase(followUps: readonly SuggestFollowUp[]): Map<string, Set<BlockCategory>> {
  const byCase = new Map<string, Set<BlockCategory>>();
  for (const followUp of followUps) {
    if (followUp.caseId === null || followUp.status !== 'blocked' || followUp.blockedCategory === null) continue;
    const set = byCase.get(followUp.caseId) ?? new Set<BlockCategory>();
    set.add(followUp.blockedCategory);
    byCase.set(followUp.caseId, set);
  }
  return byCase;
}

/** Concerns to suggest for a case, best first; concerns it is linked to already and finished ones ('done') are left out. */
export function suggestConcerns(
  target: SuggestCase,
  cases: readonly SuggestCase[],
  followUps: readonly SuggestFollowUp[],
  concerns: readonly SuggestConcern[],
): ConcernSuggestion[] {
  const blocked = blockedCategoriesByCase(followUps);
  const ownTopics = new Set(target.topics);
  const ownBlocked = blocked.get(target.id) ?? new Set<BlockCategory>();
  const suggestions: ConcernSuggestion[] = [];
  for (const concern of concerns) {
    if (concern.status === 'done' || target.concernIds.includes(concern.id)) continue;
    const topics = new Set<string>();
    const categories = new Set<BlockCategory>();
    for (const other of cases) {
      if (other.id === target.id || !other.concernIds.includes(concern.id)) continue;
      for (const topic of other.topics) if (ownTopics.has(topic)) topics.add(topic);
      for (const category of blocked.get(other.id) ?? []) if (ownBlocked.has(category)) categories.add(category);
    }
    const score = topics.size + 2 * categories.size;
    if (score === 0) continue;
    suggestions.push({ concernId: concern.id, sharedTopics: [...topics].sort(), sharedBlockCategories: [...categories].sort(), score });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.concernId.localeCompare(b.concernId));
}
