/**
 * Agenda numbering (1, 2, 2.1) and reordering. Items store a parent and a
 * position among siblings; the visible number is always derived, so moving an
 * item renumbers everything after it and two laptops never fight over numbers.
 */

export interface AgendaNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly position: number;
}

export interface NumberedItem<T extends AgendaNode> {
  readonly item: T;
  readonly number: string;
  readonly depth: number;
}

function siblingsOf<T extends AgendaNode>(items: readonly T[], parentId: string | null): T[] {
  return items
    .filter((i) => i.parentId === parentId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The items in reading order (depth first) with their numbers; orphans count as top level. */
export function numberAgenda<T extends AgendaNode>(items: readonly T[]): NumberedItem<T>[] {
  const ids = new Set(items.map((i) => i.id));
  const normalised = items.map((i) => (i.parentId !== null && !ids.has(i.parentId) ? { ...i, parentId: null } : i));
  const out: NumberedItem<T>[] = [];
  const visit = (parentId: string | null, prefix: string, depth: number) => {
    siblingsOf(normalised, parentId).forEach((node, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      const original = items.find((i) => i.id === node.id) as T;
      out.push({ item: original, number, depth });
      if (depth < 4) visit(node.id, number, depth + 1);
    });
  };
  visit(null, '', 0);
  return out;
}

export type AgendaMove = 'up' | 'down' | 'indent' | 'outdent';

/** A change of parent and position for one item. */
export interface PositionPatch {
  readonly id: string;
  readonly parentId: string | null;
  readonly position: number;
}

/** Positions 1..n for a list of siblings in the given order. */
function respace(ids: readonly string[], parentId: string | null): PositionPatch[] {
  return ids.map((id, index) => ({ id, parentId, position: index + 1 }));
}

/**
 * Moves an item one step (keyboard reordering): up/down among its siblings,
 * indent under the previous sibling, outdent to after its parent. Returns the
 * patches to store (empty when the move is impossible).
 */
export function moveAgendaItem<T extends AgendaNode>(items: readonly T[], id: string, move: AgendaMove): PositionPatch[] {
  const item = items.find((i) => i.id === id);
  if (!item) return [];
  const siblings = siblingsOf(items, item.parentId).map((i) => i.id);
  const index = siblings.indexOf(id);
  switch (move) {
    case 'up':
    case 'down': {
      const target = move === 'up' ? index - 1 : index + 1;
      if (target < 0 || target >= siblings.length) return [];
      const order = [...siblings];
      [order[index], order[target]] = [order[target] as string, order[index] as string];
      return respace(order, item.parentId);
    }
    case 'indent': {
      const newParent = siblings[index - 1];
      if (newParent === undefined) return [];
      const children = siblingsOf(items, newParent).map((i) => i.id);
      return [...respace(siblings.filter((s) => s !== id), item.parentId), ...respace([...children, id], newParent)];
    }
    case 'outdent': {
      if (item.parentId === null) return [];
      const parent = items.find((i) => i.id === item.parentId);
      const parentSiblings = siblingsOf(items, parent?.parentId ?? null).map((i) => i.id);
      const at = parentSiblings.indexOf(item.parentId) + 1;
      const order = [...parentSiblings.slice(0, at), id, ...parentSiblings.slice(at)];
      return [...respace(siblings.filter((s) => s !== id), item.parentId), ...respace(order, parent?.parentId ?? null)];
    }
  }
}

/** Places an item at a new index among the siblings of a parent (drag and drop). */
export function placeAgendaItem<T extends AgendaNode>(items: readonly T[], id: string, parentId: string | null, index: number): PositionPatch[] {
  const others = siblingsOf(items, parentId).map((i) => i.id).filter((s) => s !== id);
  const at = Math.max(0, Math.min(index, others.length));
  const item = items.find((i) => i.id === id);
  const patches = respace([...others.slice(0, at), id, ...others.slice(at)], parentId);
  if (item && item.parentId !== parentId) {
    patches.push(...respace(siblingsOf(items, item.parentId).map((i) => i.id).filter((s) => s !== id), item.parentId));
  }
  return patches;
}
