/**
 * Which stored values the app lock encrypts: the free text a person wrote (summaries,
 * notes, details, outcomes, minutes, statements), the text copies of all of it in the
 * backup snapshots, and the private exchange keys in the settings table. Ids, dates,
 * codes, states and titles stay plain: the indexes, filters and lists need them.
 * A conflict's kept values (`conflicts[field]`) are encrypted for the same fields.
 */
export const ENCRYPTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  cases: ['summary', 'closingReason'],
  caseNotes: ['text', 'revisions'],
  followUps: ['details', 'completionNote', 'blockedReason', 'lightOverride'],
  agendaItems: ['moderationNotes', 'outcome'],
  meetings: ['minutes', 'amendments'],
  concerns: ['description', 'publicStatement', 'answer'],
  history: ['reason'],
  snapshots: ['data'],
};

/** Settings rows whose `value` is encrypted as a whole (the private halves of the exchange keys). */
export const ENCRYPTED_SETTINGS: readonly string[] = ['memberKeys'];

/** The tables the migration walks when the passphrase is turned on or off. */
export const ENCRYPTED_TABLES: readonly string[] = [...Object.keys(ENCRYPTED_FIELDS), 'settings'];
