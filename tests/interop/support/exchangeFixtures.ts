import { formatHlc } from '../../../shared/clock/hlc';
import { buildEnvelope, type UnsignedEnvelope } from '../../../shared/exchange';
import type { MemberKeys } from '../../../shared/exchange';
import { emptyCaseContent, type Case } from '../../../shared/model/case';
import type { CaseNote } from '../../../shared/model/caseNote';
import type { Member } from '../../../shared/model/member';
import { stampNew } from '../../../shared/model/stamp';

/** Stored records and envelopes as an exporting laptop would produce them, shared by the exchange tests. */

export const DEVICE_ID = 'laptop-anna';
export const ANNA_ID = '0197a000-0000-7000-8000-00000000a001';
const CASE_1 = '0197a000-0000-7000-8000-00000000c001';
const CASE_2 = '0197a000-0000-7000-8000-00000000c002';
const NOTE_1 = '0197a000-0000-7000-8000-00000000n001';

const ctx = (ms: number) => ({
  stamp: formatHlc({ wallMs: ms, counter: 0, deviceId: DEVICE_ID }),
  deviceId: DEVICE_ID,
  nowIso: new Date(ms).toISOString(),
});

const T0 = Date.UTC(2026, 2, 3, 18, 0, 0);

export function memberRecord(keys: MemberKeys, id = ANNA_ID, name = 'Anna K.'): Member {
  return stampNew(
    id,
    {
      name,
      organisation: 'Café Mondial',
      role: 'member',
      active: true,
      recipient: keys.recipient,
      signingKey: keys.signingPublicKey,
    },
    ctx(T0),
  );
}

export function caseRecords(): Case[] {
  return [
    stampNew(CASE_1, { ...emptyCaseContent('RT-2026-001', '2026-03-01'), title: 'Wohnungssuche Familie', topics: ['housing'] }, ctx(T0 + 1)),
    stampNew(
      CASE_2,
      { ...emptyCaseContent('RT-2026-002', '2026-03-02'), title: 'Sprachkurs gesucht – Ümit', topics: ['language'], householdSize: 3 },
      ctx(T0 + 2),
    ),
  ];
}

export function noteRecords(): CaseNote[] {
  return [
    stampNew(
      NOTE_1,
      { caseId: CASE_1, date: '2026-03-03', authorId: ANNA_ID, text: 'Termin beim Amt am 12.3.', revisions: [] },
      ctx(T0 + 3),
    ),
  ];
}

/** An unsigned envelope of everything, exported by Anna. */
export function sampleEnvelope(keys: MemberKeys): UnsignedEnvelope {
  return buildEnvelope({
    deviceId: DEVICE_ID,
    member: { id: ANNA_ID, name: 'Anna K.' },
    scope: { kind: 'all' },
    createdAt: new Date(T0 + 60_000),
    records: { cases: caseRecords(), caseNotes: noteRecords(), members: [memberRecord(keys)] },
  });
}
