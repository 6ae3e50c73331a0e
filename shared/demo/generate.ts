import { z } from 'zod';
import { fail, ok, type Result } from '../errors/result';
import { buildEnvelope, type ExchangeRecords, type UnsignedEnvelope } from '../exchange/envelope';
import { generateCases } from './cases';
import { buildConcerns, planConcerns } from './concerns';
import type { DemoContext } from './context';
import { generateFollowUps } from './followUps';
import { planMeetings } from './meetings';
import { DEMO_MODERATION_NAME, demoSigningKey, generateMembers } from './members';
import { finishMeetings } from './minutes';
import { generateNotes } from './notes';
import { createRandom, demoUuid } from './random';
import { DAY_MS, createDemoClock, dayOf } from './stamps';

/**
 * Realistic, invented training data for the Runder Tisch: members, cases with their
 * Verlauf, follow-ups with the Ampel history, monthly meetings with agendas and
 * minutes, and concerns, as full stored records with merge metadata, ready to travel
 * in an exchange file. The same options give byte-identical data on every run and
 * every engine: all chance comes from the seed, all time from `now`.
 */

/** The `now` of the demo when none is given, so that output never depends on the clock. */
export const DEMO_DEFAULT_NOW = '2026-11-15T12:00:00.000Z';
export const DEMO_DEFAULT_YEARS = 10;
export const MAX_DEMO_CASES = 100_000;

export const demoOptionsSchema = z.strictObject({
  cases: z.number().int().min(0).max(MAX_DEMO_CASES),
  seed: z.number().int().min(0).max(0xffff_ffff),
  years: z.number().int().min(1).max(30).optional(),
  now: z.iso.datetime().optional(),
});
export type DemoOptions = z.input<typeof demoOptionsSchema>;

/** The demo member who signs demo files, with the signing key derived from the seed (public knowledge: demo only). */
export interface DemoSigner {
  readonly memberId: string;
  readonly name: string;
  readonly signingSecretKey: string;
  readonly signingPublicKey: string;
}

export interface DemoData {
  readonly records: ExchangeRecords;
  /** The synthetic device every demo record was written on. */
  readonly deviceId: string;
  /** The demo's `now`, also the export time of its file. */
  readonly createdAt: string;
  readonly exportId: string;
  readonly signer: DemoSigner;
}

/** The synthetic device of a seed: `demo` plus the seed in base 36. */
export function demoDeviceId(seed: number): string {
  return `demo${seed.toString(36)}`;
}

/** Generates the demo data set for the options; fails only for options out of range. */
export function generateDemoData(options: DemoOptions): Result<DemoData> {
  const parsed = demoOptionsSchema.safeParse(options);
  if (!parsed.success) return fail('validation/invalid', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const { cases: caseCount, seed, years = DEMO_DEFAULT_YEARS, now = DEMO_DEFAULT_NOW } = parsed.data;
  const nowMs = Date.parse(now);
  const deviceId = demoDeviceId(seed);
  const ctx: DemoContext = {
    seed,
    nowMs,
    today: dayOf(nowMs),
    startMs: Date.parse(`${dayOf(nowMs - years * 365 * DAY_MS)}T00:00:00.000Z`),
    clock: createDemoClock(deviceId),
  };

  const key = demoSigningKey(seed);
  const members = generateMembers(ctx, key.publicKey);
  const concernPlans = planConcerns(ctx);
  const { plans: cases, history: caseHistory } = generateCases(ctx, caseCount, members, concernPlans);
  const { meetings: meetingPlans, decisions } = planMeetings(ctx, members, cases, concernPlans);
  const { followUps, history: followUpHistory } = generateFollowUps(ctx, members, cases, decisions);
  const names = new Map(members.map((m) => [m.record.id, m.record.name]));
  const codes = new Map(cases.map((c) => [c.id, c.code]));
  const meetings = finishMeetings(ctx, meetingPlans, names, codes, followUps);
  const moderation = members[0]?.record;
  if (!moderation) return fail('unknown', 'the demo has no moderation member');
  const { concerns, history: concernHistory } = buildConcerns(ctx, concernPlans, cases, moderation.id);

  const records: ExchangeRecords = {
    cases: cases.map((c) => c.record),
    caseNotes: generateNotes(ctx, members, cases),
    meetings,
    agendaItems: meetingPlans.flatMap((m) => [...m.items]),
    followUps,
    members: members.map((m) => m.record),
    concerns,
    history: [...caseHistory, ...followUpHistory, ...concernHistory],
  };
  return ok({
    records,
    deviceId,
    createdAt: new Date(nowMs).toISOString(),
    exportId: demoUuid(createRandom(seed, `export:${caseCount}:${years}:${now}`), nowMs),
    signer: { memberId: moderation.id, name: DEMO_MODERATION_NAME, signingSecretKey: key.secretKey, signingPublicKey: key.publicKey },
  });
}

/** The unsigned exchange envelope of a demo data set (scope: everything), exported by the demo moderation. */
export function demoEnvelope(data: DemoData): UnsignedEnvelope {
  return buildEnvelope({
    deviceId: data.deviceId,
    member: { id: data.signer.memberId, name: data.signer.name },
    scope: { kind: 'all' },
    records: data.records,
    createdAt: new Date(data.createdAt),
    exportId: data.exportId,
  });
}
