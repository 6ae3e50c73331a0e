import type { AgendaNode } from './numbering';
import { numberAgenda } from './numbering';

/**
 * The time plan of a meeting: each item's start time from the meeting's start and
 * the planned minutes of the items before it, and whether the plan overruns.
 */

export interface TimedNode extends AgendaNode {
  readonly plannedMinutes: number;
}

export interface TimedItem<T extends TimedNode> {
  readonly item: T;
  readonly number: string;
  readonly depth: number;
  /** Start as `HH:MM` (may pass midnight as 24:10 and so on, which is never silently wrapped). */
  readonly start: string;
  readonly startMinutes: number;
}

export interface TimePlan<T extends TimedNode> {
  readonly items: TimedItem<T>[];
  readonly totalMinutes: number;
  readonly overrunMinutes: number;
  readonly end: string;
}

/** `HH:MM` to minutes after midnight. */
export function parseClockTime(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes after midnight to `HH:MM`. */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Start times in reading order. A parent item's own minutes come before its
 * sub-items (the introduction), and sub-items' minutes add up after it.
 */
export function computeTimePlan<T extends TimedNode>(items: readonly T[], meetingStart: string, meetingMinutes: number): TimePlan<T> {
  let cursor = parseClockTime(meetingStart);
  const start = cursor;
  const timed = numberAgenda(items).map(({ item, number, depth }) => {
    const row = { item, number, depth, start: formatClockTime(cursor), startMinutes: cursor };
    cursor += Math.max(0, item.plannedMinutes);
    return row;
  });
  const totalMinutes = cursor - start;
  return { items: timed, totalMinutes, overrunMinutes: Math.max(0, totalMinutes - meetingMinutes), end: formatClockTime(cursor) };
}
