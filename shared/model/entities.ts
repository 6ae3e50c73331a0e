import type { z } from 'zod';
import { agendaItemContentSchema } from './agendaItem';
import { caseContentSchema } from './case';
import { caseNoteContentSchema } from './caseNote';
import { concernContentSchema } from './concern';
import { followUpContentSchema } from './followUp';
import { historyEntryContentSchema } from './historyEntry';
import { meetingContentSchema } from './meeting';
import { memberContentSchema } from './member';

/** Every synchronised entity, by the name of its table, with its content schema. */
export const ENTITY_SCHEMAS = {
  cases: caseContentSchema,
  caseNotes: caseNoteContentSchema,
  meetings: meetingContentSchema,
  agendaItems: agendaItemContentSchema,
  followUps: followUpContentSchema,
  members: memberContentSchema,
  concerns: concernContentSchema,
  history: historyEntryContentSchema,
} as const satisfies Record<string, z.ZodObject>;

export type EntityName = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];
