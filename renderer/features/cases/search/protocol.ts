import { z } from 'zod';

/**
 * The messages between the case list and its search Worker, which folds the cases' texts
 * and notes and answers each query with the matching case ids, so neither building the
 * index nor searching it ever holds up typing. Every message is checked on arrival.
 */

const textsSchema = z.array(z.tuple([z.string(), z.string()]));
const buildSchema = z.number().int().nonnegative();

export const searchMessageSchema = z.discriminatedUnion('type', [
  /** Every listed case: id and its own searchable text. */
  z.strictObject({ type: z.literal('heads'), heads: textsSchema }),
  z.strictObject({ type: z.literal('notesStart'), build: buildSchema }),
  /** One page of notes: case id and text. */
  z.strictObject({ type: z.literal('notes'), build: buildSchema, notes: textsSchema }),
  z.strictObject({ type: z.literal('notesDone'), build: buildSchema }),
  z.strictObject({ type: z.literal('search'), id: z.number().int().nonnegative(), query: z.string() }),
]);
export type SearchMessage = z.infer<typeof searchMessageSchema>;

export const searchAnswerSchema = z.discriminatedUnion('type', [
  /** The matching case ids, or null for a blank query. */
  z.strictObject({ type: z.literal('result'), id: z.number().int().nonnegative(), query: z.string(), ids: z.array(z.string()).nullable(), notesComplete: z.boolean() }),
  /** A page of notes is folded in: the next may come (so pages never queue up ahead of a search). */
  z.strictObject({ type: z.literal('notesAck'), build: buildSchema }),
  /** The index changed: a search may now answer differently. */
  z.strictObject({ type: z.literal('changed'), notesComplete: z.boolean() }),
]);
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
