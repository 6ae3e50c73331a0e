import { z } from 'zod';

/**
 * The messages between the case list and its search Worker, which reads the notes itself
 * (page by page, through its own database connection), folds them with the cases' texts and
 * answers each query with the matching case ids, so neither reading, decrypting, building
 * nor searching ever holds up typing. Every message is checked on arrival.
 */

const textsSchema = z.array(z.tuple([z.string(), z.string()]));
/** The app lock's data key (non-extractable CryptoKeys are structured-cloneable), or null without a passphrase. */
const dataKeySchema = z.custom<CryptoKey>((value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey, { message: 'not a CryptoKey' }).nullable();

export const searchMessageSchema = z.discriminatedUnion('type', [
  /** Every listed case: id and its own searchable text. */
  z.strictObject({ type: z.literal('heads'), heads: textsSchema }),
  /** The key the Worker's database connection decrypts the notes with; sent when the Worker starts and when the lock state changes. */
  z.strictObject({ type: z.literal('key'), dataKey: dataKeySchema }),
  /** The notes changed (or are to be read the first time): a new build starts and stops any older one. */
  z.strictObject({ type: z.literal('notesChanged') }),
  /** A page that reads the database itself is open (held) or closed again: no note reads meanwhile. */
  z.strictObject({ type: z.literal('hold'), held: z.boolean() }),
  /** The person is working the list (typing, filtering, sorting): the feed pauses briefly. */
  z.strictObject({ type: z.literal('busy') }),
  z.strictObject({ type: z.literal('search'), id: z.number().int().nonnegative(), query: z.string() }),
]);
export type SearchMessage = z.infer<typeof searchMessageSchema>;

export const searchAnswerSchema = z.discriminatedUnion('type', [
  /** The matching case ids, or null for a blank query. */
  z.strictObject({ type: z.literal('result'), id: z.number().int().nonnegative(), query: z.string(), ids: z.array(z.string()).nullable(), notesComplete: z.boolean() }),
  /** The index changed: a search may now answer differently. */
  z.strictObject({ type: z.literal('changed'), notesComplete: z.boolean() }),
]);
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
