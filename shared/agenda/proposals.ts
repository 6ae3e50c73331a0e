/**
 * "Tagesordnung vorbereiten": proposes agenda items for a meeting from what the
 * app already knows. Nothing is added by itself; the moderator accepts or rejects
 * each proposal. One proposal per case gathers every reason it should come up.
 */

export type ProposalReason = 'resubmission_due' | 'marked_for_meeting' | 'follow_up_due' | 'follow_up_overdue' | 'follow_up_blocked' | 'adjourned';

export interface ProposalCase {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly status: string;
  readonly resubmissionOn: string | null;
  readonly markedForNextMeeting: boolean;
}

export interface ProposalFollowUp {
  readonly id: string;
  readonly caseId: string | null;
  readonly status: string;
  readonly dueOn: string | null;
}

export interface AdjournedItem {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly caseIds: readonly string[];
}

export interface AgendaProposal {
  /** Stable key, so accept/reject choices survive a re-computation. */
  readonly key: string;
  readonly kind: 'case' | 'follow_ups' | 'adjourned';
  readonly title: string;
  readonly caseIds: readonly string[];
  readonly followUpIds: readonly string[];
  readonly reasons: readonly ProposalReason[];
  readonly carriedFromId: string | null;
}

export interface ProposalInput {
  readonly meetingDate: string;
  readonly today: string;
  readonly cases: readonly ProposalCase[];
  readonly followUps: readonly ProposalFollowUp[];
  /** Items adjourned (vertagt) in earlier meetings and not yet carried over. */
  readonly adjourned: readonly AdjournedItem[];
  /** Cases and carried items already on the meeting's agenda, which are not proposed again. */
  readonly alreadyOnAgenda: { readonly caseIds: ReadonlySet<string>; readonly carriedFromIds: ReadonlySet<string> };
}

function followUpReason(f: ProposalFollowUp, meetingDate: string, today: string): ProposalReason | null {
  if (f.status === 'done') return null;
  if (f.status === 'blocked') return 'follow_up_blocked';
  if (f.dueOn === null) return null;
  if (f.dueOn < today) return 'follow_up_overdue';
  if (f.dueOn <= meetingDate) return 'follow_up_due';
  return null;
}

// One collator for all comparisons: localeCompare with options builds a new one per call, which
// dominated the time for a thousand proposals.
const CODE_ORDER = new Intl.Collator('de', { numeric: true });

/** Computes the proposals for one meeting, adjourned items first, then cases by code. */
export function proposeAgenda(input: ProposalInput): AgendaProposal[] {
  const { meetingDate, today, alreadyOnAgenda } = input;
  const reasons = new Map<string, Set<ProposalReason>>();
  const followUpsByCase = new Map<string, string[]>();
  const add = (caseId: string, reason: ProposalReason) => {
    const set = reasons.get(caseId) ?? new Set<ProposalReason>();
    set.add(reason);
    reasons.set(caseId, set);
  };
  // One pass over the (ten thousand) cases, without intermediate arrays.
  const liveCases = new Map<string, ProposalCase>();
  for (const c of input.cases) {
    if (c.status === 'closed') continue;
    liveCases.set(c.id, c);
    if (c.resubmissionOn !== null && c.resubmissionOn <= meetingDate) add(c.id, 'resubmission_due');
    if (c.markedForNextMeeting) add(c.id, 'marked_for_meeting');
  }
  const loose: string[] = [];
  const looseReasons = new Set<ProposalReason>();
  for (const f of input.followUps) {
    const reason = followUpReason(f, meetingDate, today);
    if (!reason) continue;
    if (f.caseId !== null && liveCases.has(f.caseId)) {
      add(f.caseId, reason);
      const ids = followUpsByCase.get(f.caseId);
      if (ids) ids.push(f.id);
      else followUpsByCase.set(f.caseId, [f.id]);
    } else if (f.caseId === null) {
      loose.push(f.id);
      looseReasons.add(reason);
    }
  }

  const carried = input.adjourned
    .filter((a) => !alreadyOnAgenda.carriedFromIds.has(a.id))
    .map<AgendaProposal>((a) => ({
      key: `adjourned:${a.id}`,
      kind: 'adjourned',
      title: a.title,
      caseIds: a.caseIds,
      followUpIds: [],
      reasons: ['adjourned'],
      carriedFromId: a.id,
    }));
  const carriedCases = new Set(carried.flatMap((p) => p.caseIds));

  const perCase = [...reasons.entries()]
    .filter(([caseId]) => !alreadyOnAgenda.caseIds.has(caseId) && !carriedCases.has(caseId))
    .map(([caseId, set]) => ({ c: liveCases.get(caseId) as ProposalCase, set }))
    .sort((a, b) => CODE_ORDER.compare(a.c.code, b.c.code))
    .map<AgendaProposal>(({ c, set }) => ({
      key: `case:${c.id}`,
      kind: 'case',
      title: `${c.code} – ${c.title}`,
      caseIds: [c.id],
      followUpIds: followUpsByCase.get(c.id) ?? [],
      reasons: [...set].sort(),
      carriedFromId: null,
    }));

  const extra: AgendaProposal[] = loose.length
    ? [{ key: 'follow-ups:without-case', kind: 'follow_ups', title: '', caseIds: [], followUpIds: loose, reasons: [...looseReasons].sort(), carriedFromId: null }]
    : [];
  return [...carried, ...perCase, ...extra];
}
