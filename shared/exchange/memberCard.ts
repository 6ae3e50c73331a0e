import { z } from 'zod';
import { fail, ok, type Result } from '../errors/result';
import { canonicalJson } from '../merge/canonical';
import { memberContentSchema } from '../model/member';
import { syncMetaSchema } from '../model/sync';
import { crc32Hex, decodeUtf8Strict, fromBase64Url, toBase64Url, utf8 } from './encoding';
import { signingPublicKeySchema, x25519RecipientSchema } from './keys';

/**
 * The Mitgliedskarte: a member's public keys and who they are, as one line of text
 * that survives e-mail, chat and a text file:
 *
 *   RTCARD1:<base64url of the canonical JSON>.<CRC-32 of the base64url part, 8 hex>
 *
 * The checksum catches a mistyped or cut-off paste. It is no proof of origin: members
 * exchange cards in person or over a channel they trust.
 */

export const MEMBER_CARD_VERSION = 1;
const CARD_PREFIX = `RTCARD${MEMBER_CARD_VERSION}:`;
const ANY_CARD_PREFIX = /^RTCARD(\d+):/;
/** Real cards are ~400 characters; anything far beyond is not a card. */
const MAX_CARD_LENGTH = 4096;

export const memberCardSchema = z.strictObject({
  id: syncMetaSchema.shape.id,
  name: memberContentSchema.shape.name,
  organisation: memberContentSchema.shape.organisation,
  role: memberContentSchema.shape.role,
  recipient: x25519RecipientSchema,
  signingKey: signingPublicKeySchema,
});

export type MemberCard = z.infer<typeof memberCardSchema>;

/** Formats a member card as one line of text; fails when the card's fields are invalid. */
export function formatMemberCard(card: MemberCard): Result<string> {
  const parsed = memberCardSchema.safeParse(card);
  if (!parsed.success) return fail('exchange/invalid-card', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
  const payload = toBase64Url(utf8(canonicalJson(parsed.data)));
  return ok(`${CARD_PREFIX}${payload}.${crc32Hex(payload)}`);
}

/** Parses pasted card text (whitespace and line breaks from e-mail wrapping are ignored). */
export function parseMemberCard(text: string): Result<MemberCard> {
  const compact = text.replace(/\s+/g, '');
  if (compact.length > MAX_CARD_LENGTH) return fail('exchange/invalid-card', 'text is too long for a member card');
  const version = ANY_CARD_PREFIX.exec(compact);
  if (!version) return fail('exchange/invalid-card', 'not a member card (no RTCARD prefix)');
  if (Number(version[1]) > MEMBER_CARD_VERSION) {
    return fail('exchange/newer-version', `member card version ${version[1]} > ${MEMBER_CARD_VERSION}`);
  }
  if (!compact.startsWith(CARD_PREFIX)) return fail('exchange/invalid-card', `unknown card version ${version[1]}`);
  const body = compact.slice(CARD_PREFIX.length);
  const dot = body.lastIndexOf('.');
  if (dot < 0) return fail('exchange/invalid-card', 'checksum missing: the card was cut off');
  const payload = body.slice(0, dot);
  if (crc32Hex(payload) !== body.slice(dot + 1).toLowerCase()) {
    return fail('exchange/invalid-card', 'checksum mismatch: the card was changed or copied incompletely');
  }
  const bytes = fromBase64Url(payload);
  if (!bytes) return fail('exchange/invalid-card', 'card payload is not base64url');
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8Strict(bytes));
  } catch {
    return fail('exchange/invalid-card', 'card payload is not JSON');
  }
  const parsed = memberCardSchema.safeParse(json);
  if (!parsed.success) return fail('exchange/invalid-card', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
  return ok(parsed.data);
}
