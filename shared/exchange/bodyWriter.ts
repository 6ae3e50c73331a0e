import { fail, ok, type Result } from '../errors/result';
import { canonicalJson } from '../merge/canonical';
import { ENTITY_NAMES, type EntityName } from '../model/entities';
import { utf8 } from './encoding';
import type { UnsignedEnvelope } from './envelope';

/**
 * The canonical bytes of an unsigned envelope (what canonicalBody makes) written piece
 * by piece, so an export can serialise records page by page as it reads them instead
 * of holding every record and one 100 MB string at once. Same bytes: canonical JSON
 * writes an object as its keys in sorted order without whitespace, and a list as its
 * items joined by commas, so the envelope's canonical text is its frame's members
 * with the record lists spliced in item by item (tests/shared/exchange.bodyWriter.test.ts).
 */

/** The order in which entities must be added: the sorted keys of `records`. */
export const CANONICAL_ENTITY_ORDER: readonly EntityName[] = [...ENTITY_NAMES].sort();

/** Everything of an unsigned envelope but its records; `counts` must say how many will be added. */
export type EnvelopeFrame = Omit<UnsignedEnvelope, 'records'>;

export interface CanonicalBodyWriter {
  /** Appends records of one entity; entities come in CANONICAL_ENTITY_ORDER, each in as many calls as needed. */
  add(name: EntityName, records: readonly unknown[]): void;
  /** Writes the end; fails when a record was not plain JSON, or the records added do not match the frame's counts. */
  finish(): Result<void>;
}

const member = (key: string, value: unknown) => `${JSON.stringify(key)}:${canonicalJson(value)}`;

/**
 * Starts the canonical body of an envelope with this frame; its UTF-8 bytes go to `sink` in
 * order, a chunk per call of add (a failed body must not be used: finish says so).
 */
export function createCanonicalBodyWriter(frame: EnvelopeFrame, sink: (chunk: Uint8Array<ArrayBuffer>) => void): CanonicalBodyWriter {
  const added = new Map<EntityName, number>();
  let failure: string | null = null;
  let entity = -1;
  // The frame's members before `records` and after it, in sorted key order (undefined left out, as canonicalJson does).
  const keys = Object.keys(frame)
    .filter((key) => (frame as unknown as Record<string, unknown>)[key] !== undefined)
    .sort();
  const before = keys.filter((key) => key < 'records').map((key) => member(key, (frame as unknown as Record<string, unknown>)[key]));
  const after = keys.filter((key) => key > 'records').map((key) => member(key, (frame as unknown as Record<string, unknown>)[key]));
  if (keys.includes('records')) failure = 'the frame holds records';
  let text = `{${before.map((m) => `${m},`).join('')}"records":{`;

  function moveTo(index: number): void {
    while (entity < index) {
      if (entity >= 0) text += ']';
      entity++;
      if (entity < CANONICAL_ENTITY_ORDER.length) text += `${entity > 0 ? ',' : ''}${JSON.stringify(CANONICAL_ENTITY_ORDER[entity])}:[`;
    }
  }

  function flush(): void {
    if (text !== '') sink(utf8(text));
    text = '';
  }

  return {
    add(name, records) {
      if (failure !== null || records.length === 0) return;
      const index = CANONICAL_ENTITY_ORDER.indexOf(name);
      if (index < entity) {
        failure = `${name} added out of order`;
        return;
      }
      moveTo(index);
      const sofar = added.get(name) ?? 0;
      try {
        // One call for the page: a list's canonical text is its items' joined by commas, in brackets.
        text += (sofar > 0 ? ',' : '') + canonicalJson(records).slice(1, -1);
      } catch (thrown) {
        failure = `envelope is not plain JSON: ${String(thrown)}`;
        return;
      }
      added.set(name, sofar + records.length);
      flush();
    },
    finish() {
      moveTo(CANONICAL_ENTITY_ORDER.length);
      const wrong = CANONICAL_ENTITY_ORDER.find((name) => (added.get(name) ?? 0) !== frame.counts[name]);
      if (failure === null && wrong !== undefined) failure = `counts do not match the records (${wrong})`;
      if (failure !== null) return fail('validation/invalid', failure);
      text += `}${after.map((m) => `,${m}`).join('')}}`;
      flush();
      return ok(undefined);
    },
  };
}
