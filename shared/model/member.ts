import { z } from 'zod';
import type { Stored } from './sync';

/** A Mitglied of the round table. Name or initials only; keys for the exchange. */

export const MEMBER_ROLES = ['moderation', 'minutes', 'member', 'guest'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const memberContentSchema = z.object({
  name: z.string().trim().min(1, { message: 'validation.required' }).max(80, { message: 'validation.tooLong' }),
  organisation: z.string().max(120, { message: 'validation.tooLong' }),
  role: z.enum(MEMBER_ROLES),
  active: z.boolean(),
  /** age X25519 recipient (`age1…`) for receiving exchange files. */
  recipient: z.string().max(200).nullable(),
  /** Ed25519 public key (base64) for verifying the member's signatures. */
  signingKey: z.string().max(200).nullable(),
});

export type MemberContent = z.infer<typeof memberContentSchema>;
export type Member = Stored<MemberContent>;
