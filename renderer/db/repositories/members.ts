import { AppFailure, type Result } from '../../../shared/errors/result';
import type { Language } from '../../../shared/ipc/contract';
import { memberContentSchema, type Member, type MemberContent, type MemberRole } from '../../../shared/model/member';
import { now } from '../../platform/clock';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, writeTransaction } from '../write';
import { USER_SETTINGS } from './settings';

/** Repository of members (Mitglieder) and of "who am I" on this device. */

/** What a person enters about a member; keys for the exchange come later. */
export interface MemberInput {
  readonly name: string;
  readonly organisation: string;
  readonly role: MemberRole;
  readonly active: boolean;
}

/** A new member's content from what was entered, without exchange keys yet. */
export function memberContentOf(input: MemberInput): MemberContent {
  return { name: input.name.trim(), organisation: input.organisation.trim(), role: input.role, active: input.active, recipient: null, signingKey: null };
}

/** Adds a member to the round table's list. */
export function createMember(input: MemberInput): Promise<Result<string>> {
  return asResult(() => writeTransaction([db.members], () => insertRecord(db.members, memberContentSchema, memberContentOf(input))));
}

/** Changes a member's name, organisation, role or active flag. */
export function updateMember(id: string, patch: Partial<MemberInput>): Promise<Result<Member>> {
  const clean: Partial<MemberContent> = { ...patch };
  if (patch.name !== undefined) clean.name = patch.name.trim();
  if (patch.organisation !== undefined) clean.organisation = patch.organisation.trim();
  return asResult(() => writeTransaction([db.members], () => patchRecord(db.members, memberContentSchema, id, clean)));
}

async function assertLiveMember(id: string): Promise<void> {
  const found = await db.members.get(id);
  if (!found || found.deleted !== null) throw new AppFailure('db/not-found', `members/${id}`);
}

/** Makes a member the one this device speaks for ("Ich bin …"). */
export function setCurrentMember(id: string): Promise<Result<void>> {
  return asResult(() =>
    writeTransaction([db.members], async () => {
      await assertLiveMember(id);
      await db.settings.put({ key: 'currentMemberId', value: USER_SETTINGS.currentMemberId.parse(id) });
    }),
  );
}

/** The answer to the first start's "Wer bin ich?": a new member, or one already on the list. */
export type WhoAmI = { readonly kind: 'new'; readonly member: MemberInput } | { readonly kind: 'existing'; readonly memberId: string };

/**
 * Finishes the first start in one transaction: creates or picks this device's member,
 * remembers the language, and marks the first start done. Returns the member's id.
 */
export function completeFirstStart(choice: { readonly language: Language; readonly whoAmI: WhoAmI }): Promise<Result<string>> {
  return asResult(() =>
    writeTransaction([db.members], async () => {
      let memberId: string;
      if (choice.whoAmI.kind === 'new') memberId = await insertRecord(db.members, memberContentSchema, memberContentOf(choice.whoAmI.member));
      else {
        await assertLiveMember(choice.whoAmI.memberId);
        memberId = choice.whoAmI.memberId;
      }
      await db.settings.bulkPut([
        { key: 'currentMemberId', value: memberId },
        { key: 'language', value: USER_SETTINGS.language.parse(choice.language) },
        { key: 'firstStartCompletedAt', value: new Date(now()).toISOString() },
      ]);
      return memberId;
    }),
  );
}
