import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type UnsignedEnvelope } from '../../shared/exchange';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { importBytes, runCase } from '../fuzz/harness';
import { createFuzzWorld, databaseChecksum, restoreDump, sealFor, type FuzzWorld } from '../fuzz/world';

// Every finding of the import fuzzer (tests/fuzz) stays here as a regression test:
// the case replayed by its seed, and the same fault written out by hand.

let world: FuzzWorld;
beforeAll(async () => {
  world = await createFuzzWorld();
});
beforeEach(async () => {
  await restoreDump(world.base);
});
afterAll(() => {
  setClock();
  setSecretProtector();
});

function withoutClockEntry(field: string): UnsignedEnvelope {
  const envelope = structuredClone(world.envelope);
  // The fourth case is anna's concurrent edit of ben's case: its vv has seen ben's title.
  const edited = envelope.records.cases.find((record) => record.title === 'Von Anna geändert');
  if (!edited) throw new Error('the base envelope lost its concurrent edit');
  const { [field]: _dropped, ...clock } = edited.clock;
  Object.assign(edited, { clock });
  return envelope;
}

describe('finding 1: a signed record whose clock lacks a content field', () => {
  test('is refused as invalid content, instead of erasing that field in the local record', async () => {
    const before = await databaseChecksum();
    const result = await importBytes(await sealFor(world, withoutClockEntry('title')));
    expect(result.ok ? 'accepted' : result.error.code).toBe('exchange/invalid-content');
    expect(await databaseChecksum()).toBe(before);
  });

  test.each([20260606, 20260762, 194])('fuzz seed %i no longer breaks an invariant', async (seed) => {
    const outcome = await runCase(world, seed);
    expect(outcome.problems).toEqual([]);
  });
});

describe('finding 2: a merged record that the file\'s vv says was seen but the file does not hold', () => {
  test('is refused before anything is written, instead of storing a record without the field', async () => {
    const envelope = structuredClone(world.envelope);
    const edited = envelope.records.cases.find((record) => record.title === 'Von Anna geändert');
    if (!edited) throw new Error('the base envelope lost its concurrent edit');
    // Ben's stamp for this field, moved back to 1970: ben "has seen" it but never held it.
    const device = (edited.clock.interpreterNeeded ?? '').split('.')[2] as string;
    Object.assign(edited, { clock: { ...edited.clock, interpreterNeeded: `${'0'.repeat(15)}.000001.${device}` } });
    const before = await databaseChecksum();
    const result = await importBytes(await sealFor(world, envelope));
    expect(result.ok ? 'accepted' : result.error.code).toBe('exchange/invalid-content');
    expect(await databaseChecksum()).toBe(before);
  });
});

describe('finding 3: a "__proto__" key, which zod\'s record schemas skip unchecked', () => {
  test.each(['conflicts', 'clock', 'vv'])('in a record\'s %s is refused as invalid content', async (map) => {
    const envelope = structuredClone(world.envelope);
    const record = envelope.records.history[0] as unknown as Record<string, Record<string, unknown>>;
    Object.defineProperty(record[map], '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
    const before = await databaseChecksum();
    const result = await importBytes(await sealFor(world, envelope));
    expect(result.ok ? 'accepted' : result.error.code).toBe('exchange/invalid-content');
    expect(await databaseChecksum()).toBe(before);
  });

  test('fuzz seed 477 no longer breaks an invariant', async () => {
    expect((await runCase(world, 477)).problems).toEqual([]);
  });
});

describe('finding 4: two copies of one new record in the file that do not merge into a valid record', () => {
  test('are refused before anything is written', async () => {
    const envelope = structuredClone(world.envelope);
    const concern = envelope.records.concerns[0];
    if (!concern) throw new Error('the base envelope has no concern');
    const device = (concern.clock.publicStatement ?? '').split('.')[2] as string;
    // The copy "has seen" the original's stamp for publicStatement but holds an older one.
    const copy = { ...structuredClone(concern), clock: { ...concern.clock, publicStatement: `${'0'.repeat(15)}.000001.${device}` } };
    envelope.records.concerns.push(copy);
    envelope.counts.concerns += 1;
    const before = await databaseChecksum();
    const result = await importBytes(await sealFor(world, envelope));
    expect(result.ok ? 'accepted' : result.error.code).toBe('exchange/invalid-content');
    expect(await databaseChecksum()).toBe(before);
  });

  test('fuzz seed 4790 (run from seed 1) no longer breaks an invariant', async () => {
    expect((await runCase(world, 4790)).problems).toEqual([]);
  });
});
