import { z } from 'zod';
import { isoDay } from './dates';
import type { Stored } from './sync';

/** An Anliegen: a systemic problem many cases share, the unit of political initiatives. */

export const CONCERN_STATUSES = ['collected', 'in_preparation', 'raised', 'answered', 'done'] as const;

export const concernContentSchema = z.object({
  title: z.string().trim().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' }),
  description: z.string().max(20000),
  publicStatement: z.string().max(20000),
  statementApprovedAt: z.string().max(40).nullable(),
  status: z.enum(CONCERN_STATUSES),
  addressees: z.array(z.string().max(200)).max(50),
  raisedOn: isoDay.nullable(),
  answeredOn: isoDay.nullable(),
  answer: z.string().max(20000),
  caseIds: z.array(z.string().max(64)).max(10000),
});

export type ConcernContent = z.infer<typeof concernContentSchema>;
export type Concern = Stored<ConcernContent>;
