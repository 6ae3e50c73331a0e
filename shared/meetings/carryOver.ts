import type { AgendaItemResult } from '../model/agendaItem';
import { numberAgenda, type AgendaNode } from '../agenda/numbering';

/**
 * Carry-over: what happens to agenda items that were not dealt with. A cancelled
 * meeting hands its open items to another meeting, and an item adjourned (vertagt)
 * comes back as a proposal until a later meeting takes it up. The new item points
 * to the old one (carriedFromId), so a case keeps its history across meetings.
 */

export interface CarryItem extends AgendaNode {
  readonly standing: boolean;
  readonly result: AgendaItemResult;
}

/** Where a carried item goes in the receiving meeting. */
export interface CarryPlacement {
  readonly sourceId: string;
  /** The carried parent's source id, or null for a top-level item. */
  readonly parentSourceId: string | null;
  readonly position: number;
}

/**
 * The items of a cancelled meeting to carry over, in reading order: every item that
 * is not standing (the receiving meeting has its own) and not done. Sub-items stay
 * under their parent when it travels too; top-level items go after `afterPosition`.
 */
export function planCarryOver(items: readonly CarryItem[], afterPosition: number): CarryPlacement[] {
  const carried = new Set(items.filter((i) => !i.standing && i.result !== 'done').map((i) => i.id));
  const childCount = new Map<string, number>();
  let top = afterPosition;
  const out: CarryPlacement[] = [];
  for (const { item } of numberAgenda(items)) {
    if (!carried.has(item.id)) continue;
    const parent = item.parentId !== null && carried.has(item.parentId) ? item.parentId : null;
    if (parent === null) {
      top += 1;
      out.push({ sourceId: item.id, parentSourceId: null, position: top });
    } else {
      const position = (childCount.get(parent) ?? 0) + 1;
      childCount.set(parent, position);
      out.push({ sourceId: item.id, parentSourceId: parent, position });
    }
  }
  return out;
}

export interface AdjournableItem {
  readonly id: string;
  readonly result: AgendaItemResult;
  readonly carriedFromId: string | null;
}

/** Adjourned items no later item has taken up yet: they are proposed for the next meeting. */
export function pendingAdjourned<T extends AdjournableItem>(items: readonly T[]): T[] {
  const takenUp = new Set(items.map((i) => i.carriedFromId).filter((id): id is string => id !== null));
  return items.filter((i) => i.result === 'adjourned' && !takenUp.has(i.id));
}
