import { toBase64 } from '../exchange/encoding';
import { signingPublicKeyOf } from '../exchange/keys';
import type { MemberContent, MemberRole } from '../model/member';
import { streamOf, type DemoContext, type MemberPlan } from './context';
import { createRandom, demoUuid, randomBytes } from './random';
import { DAY_MS, demoRecord } from './stamps';

/**
 * The members of the demo round table. Their names say what they are ("Demo-Caritas"),
 * never a person: the demo must not look like anybody's real data. Only the
 * moderation has a signing key, the one the demo file is signed with, so the app
 * names the signer "Demo-Moderation". Nobody has an age recipient: nobody can
 * receive files as a demo member.
 */

/** The name the demo's signer (and the exporting member of a demo file) carries. */
export const DEMO_MODERATION_NAME = 'Demo-Moderation';

const SPECS: readonly (readonly [name: string, organisation: string, role: MemberRole, caseWeight: number, active?: boolean])[] = [
  [DEMO_MODERATION_NAME, 'Runder Tisch, Moderation', 'moderation', 1],
  ['Demo-Protokoll', 'Runder Tisch, Protokoll', 'minutes', 1],
  ['Demo-Caritas', 'Caritasverband, Migrationsberatung', 'member', 5],
  ['Demo-Diakonie', 'Diakonisches Werk, Flüchtlingssozialarbeit', 'member', 5],
  ['Demo-AWO', 'Arbeiterwohlfahrt, Jugendmigrationsdienst', 'member', 4],
  ['Demo-Kath. Gemeinde', 'Katholische Kirchengemeinde', 'member', 3],
  ['Demo-Ev. Gemeinde', 'Evangelische Kirchengemeinde', 'member', 3],
  ['Demo-Islamische Gemeinde', 'Islamische Gemeinde', 'member', 2],
  ['Demo-Fraktion A', 'Gemeinderat, Fraktion A', 'member', 1],
  ['Demo-Fraktion B', 'Gemeinderat, Fraktion B', 'member', 1],
  ['Demo-Fraktion C', 'Gemeinderat, Fraktion C', 'member', 1],
  ['Demo-Begegnungscafé', 'Begegnungscafé, Ehrenamt', 'member', 3],
  ['Demo-Helferkreis', 'Helferkreis der Unterkunft, Ehrenamt', 'member', 3],
  ['Demo-Ehrenamt', 'Einzelmitglied', 'member', 2, false],
  ['Demo-Integrationsmanagement', 'Integrationsmanagement der Stadt', 'guest', 0],
  ['Demo-Sozialamt', 'Sozialamt', 'guest', 0],
];

/** The demo's Ed25519 signing key: derived from the seed alone, so every file of a seed has the same signer. */
export function demoSigningKey(seed: number): { readonly secretKey: string; readonly publicKey: string } {
  const secretKey = toBase64(randomBytes(createRandom(seed, 'signing-key'), 32));
  // 32 bytes always make a valid Ed25519 seed, so the public key is never null here.
  return { secretKey, publicKey: signingPublicKeyOf(secretKey) as string };
}

/** The demo members, written at the start of the story (the moderation first). */
export function generateMembers(ctx: DemoContext, signingPublicKey: string): MemberPlan[] {
  const random = streamOf(ctx, 'members');
  return SPECS.map(([name, organisation, role, caseWeight, active = true], index) => {
    const createdMs = ctx.startMs - 30 * DAY_MS + index * 3_600_000;
    const content: MemberContent = {
      name,
      organisation,
      role,
      active,
      recipient: null,
      signingKey: index === 0 ? signingPublicKey : null,
    };
    return { record: demoRecord(ctx.clock, demoUuid(random, createdMs), content, createdMs), caseWeight };
  });
}
