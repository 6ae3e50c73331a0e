import { z } from 'zod';
import { AppFailure, type Result } from '../../../shared/errors/result';
import { DEFAULT_YELLOW_DAYS } from '../../../shared/followUps/trafficLight';
import { LANGUAGES, type Language } from '../../../shared/ipc/contract';
import { remoteSkewNoteSchema } from '../../../shared/clock/skew';
import { meetingRuleSchema } from '../../../shared/meetings/rule';
import { db } from '../database';
import { asResult, writeTransaction } from '../write';

/**
 * This device's preferences in the settings table. They are local to the
 * installation and never exchanged, so they carry no merge stamps. The device id
 * and clock rows in the same table belong to ../device.ts and cannot be written here.
 */

/** Every preference key, with the schema its stored value must satisfy. */
export const USER_SETTINGS = {
  language: z.enum(LANGUAGES),
  /** The member this device speaks for ("Wer bin ich?"): note author, "Meine Aufgaben". */
  currentMemberId: z.string().min(1).max(64),
  /** Days before the due date at which a follow-up's light turns yellow. */
  yellowDays: z.number().int().min(1).max(90),
  /** Set once the first-start questions were answered on this device. */
  firstStartCompletedAt: z.string().max(40),
  /** When this device last imported or exported an exchange file (written by the exchange feature). */
  lastExchangeAt: z.string().max(40),
  /** The rule for the next meeting ("2. Dienstag im Monat, 18:00"), its length, place and standing items. */
  meetingRule: meetingRuleSchema,
  /** The last import's clock check: whose clock ran ahead of ours (written by the import, read by ClockSkewWarning). */
  clockSkew: remoteSkewNoteSchema,
} as const;

export type UserSettingKey = keyof typeof USER_SETTINGS;
export type UserSettingValue<K extends UserSettingKey> = z.infer<(typeof USER_SETTINGS)[K]>;

/** A preference's value, or null when it was never set or what is stored is not valid any more. */
export async function readSetting<K extends UserSettingKey>(key: K): Promise<UserSettingValue<K> | null> {
  const row = await db.settings.get(key);
  if (!row) return null;
  const parsed = USER_SETTINGS[key].safeParse(row.value);
  return parsed.success ? (parsed.data as UserSettingValue<K>) : null;
}

/** Stores a preference after checking it against its schema. */
export function writeSetting<K extends UserSettingKey>(key: K, value: UserSettingValue<K>): Promise<Result<void>> {
  return asResult(() =>
    writeTransaction([], async () => {
      const parsed = USER_SETTINGS[key].safeParse(value);
      if (!parsed.success) throw new AppFailure('validation/invalid', `${key}: validation.invalid`);
      await db.settings.put({ key, value: parsed.data });
    }),
  );
}

/** The yellow window of the Ampel in days: the stored choice, or the default of 7. */
export async function readYellowDays(): Promise<number> {
  return (await readSetting('yellowDays')) ?? DEFAULT_YELLOW_DAYS;
}

/** The UI language chosen on this device, or null before the first choice. */
export function readLanguage(): Promise<Language | null> {
  return readSetting('language');
}

/** Remembers the UI language for the next start. */
export function saveLanguage(language: Language): Promise<Result<void>> {
  return writeSetting('language', language);
}
