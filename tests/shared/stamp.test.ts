import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/clock/hlc';
import { stampNew, stampPatch, stampTombstone, type WriteContext } from '../../shared/model/stamp';

interface Card {
  title: string;
  status: string;
  tags: string[];
}

const BLANK: Card = { title: '', status: 'closed', tags: [] };

function ctx(deviceId: string, wallMs: number, counter = 0): WriteContext {
  return {
    stamp: formatHlc({ wallMs, counter, deviceId }),
    deviceId,
    nowIso: new Date(wallMs).toISOString(),
  };
}

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

describe('stamping writes', () => {
  it('a new record stamps every field and knows only its own write', () => {
    const c = ctx('laptop1', T0);
    const card = stampNew('card00000001', { title: 'Wohnung', status: 'new', tags: ['housing'] }, c);
    expect(card.clock).toEqual({ title: c.stamp, status: c.stamp, tags: c.stamp });
    expect(card.vv).toEqual({ laptop1: c.stamp });
    expect(card.deleted).toBeNull();
    expect(card.conflicts).toEqual({});
    expect(card.createdAt).toBe(c.nowIso);
  });

  it('a patch stamps only the fields whose value really changes', () => {
    const first = ctx('laptop1', T0);
    const card = stampNew('card00000001', { title: 'Wohnung', status: 'new', tags: ['housing'] }, first);
    const second = ctx('laptop2', T0 + 1000);
    const next = stampPatch(card, { title: 'Wohnung', status: 'in_progress', tags: ['housing'] }, second);
    expect(next).not.toBeNull();
    expect(next?.status).toBe('in_progress');
    expect(next?.clock).toEqual({ title: first.stamp, status: second.stamp, tags: first.stamp });
    expect(next?.vv).toEqual({ laptop1: first.stamp, laptop2: second.stamp });
    expect(next?.updatedAt).toBe(second.nowIso);
  });

  it('a patch that changes nothing is no write at all', () => {
    const card = stampNew('card00000001', { title: 'Wohnung', status: 'new', tags: ['housing'] }, ctx('laptop1', T0));
    expect(stampPatch(card, { title: 'Wohnung', tags: ['housing'] }, ctx('laptop1', T0 + 1))).toBeNull();
    expect(stampPatch(card, {}, ctx('laptop1', T0 + 1))).toBeNull();
    expect(stampPatch(card, { title: undefined }, ctx('laptop1', T0 + 1))).toBeNull();
  });

  it('writing a field settles its conflict and leaves the others alone', () => {
    const base = stampNew('card00000001', { title: 'A', status: 'new', tags: [] }, ctx('laptop1', T0));
    const losing = { value: 'B', stamp: formatHlc({ wallMs: T0 - 5, counter: 0, deviceId: 'laptop2' }) };
    const withConflicts = { ...base, conflicts: { title: [losing], status: [{ value: 'waiting', stamp: losing.stamp }] } };
    const next = stampPatch(withConflicts, { title: 'C' }, ctx('laptop1', T0 + 1));
    expect(next?.conflicts).toEqual({ status: [{ value: 'waiting', stamp: losing.stamp }] });
  });

  it('a tombstone blanks the content, stamps every field with the erasure and keeps the id', () => {
    const card = stampNew('card00000001', { title: 'Familie K., Wohnung', status: 'new', tags: ['housing'] }, ctx('laptop1', T0));
    const erase = ctx('laptop2', T0 + 5000);
    const tomb = stampTombstone(card, BLANK, erase);
    expect({ title: tomb.title, status: tomb.status, tags: tomb.tags }).toEqual(BLANK);
    expect(JSON.stringify(tomb)).not.toContain('Familie');
    expect(tomb.deleted).toBe(erase.stamp);
    expect(tomb.clock).toEqual({ title: erase.stamp, status: erase.stamp, tags: erase.stamp });
    expect(tomb.vv).toEqual({ laptop1: card.vv.laptop1, laptop2: erase.stamp });
    expect(tomb.conflicts).toEqual({});
    expect(tomb.id).toBe(card.id);
    expect(tomb.createdAt).toBe(card.createdAt);
  });
});
