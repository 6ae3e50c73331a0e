import { z } from 'zod';
import { isHlc, type Hlc } from '../clock/hlc';

/**
 * Merge metadata every stored record carries, so that offline edits on several
 * laptops can be merged field by field without silently losing one:
 * - `clock`: for each content field, the HLC stamp of the write that set it;
 * - `vv`: a version vector, for each device the newest of its stamps this record
 *   state has incorporated. A remote field stamp the local vv already covers was
 *   seen before; one neither side's vv covers marks a concurrent edit (a conflict);
 * - `deleted`: the stamp of a deletion (a tombstone), or null;
 * - `conflicts`: for a field, the values of concurrent edits that lost the
 *   tie-break, kept until a person picks one in the "Konflikte" review.
 */
export interface SyncMeta {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deviceId: string;
  readonly clock: Readonly<Record<string, Hlc>>;
  readonly vv: Readonly<Record<string, Hlc>>;
  readonly deleted: Hlc | null;
  readonly conflicts: Readonly<Record<string, readonly ConflictVersion[]>>;
}

/** A concurrent edit that lost the tie-break: its value and the stamp it was written with. */
export interface ConflictVersion {
  readonly value: unknown;
  readonly stamp: Hlc;
}

/** A stored record: its content plus the merge metadata. */
export type Stored<T> = T & SyncMeta;

const hlcSchema = z.string().refine(isHlc, { message: 'invalid clock stamp' });
const isoDateTime = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), { message: 'invalid timestamp' });

/** Schema of the merge metadata, for validating records that arrive from elsewhere. */
export const syncMetaSchema = z.object({
  id: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deviceId: z.string().min(4).max(64).regex(/^[A-Za-z0-9_-]+$/),
  clock: z.record(z.string().max(64), hlcSchema),
  vv: z.record(z.string().max(64), hlcSchema),
  deleted: hlcSchema.nullable(),
  conflicts: z.record(z.string().max(64), z.array(z.object({ value: z.unknown(), stamp: hlcSchema })).max(64)),
});

/** Names of the metadata fields, which are never content and never stamped. */
export const SYNC_META_KEYS: readonly (keyof SyncMeta)[] = [
  'id',
  'createdAt',
  'updatedAt',
  'deviceId',
  'clock',
  'vv',
  'deleted',
  'conflicts',
];
