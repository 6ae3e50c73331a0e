import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyCaseContent } from '../../shared/model/case';
import { db } from '../../renderer/db/database';
import { listCases } from '../../renderer/db/queries/cases';
import { addCaseNote, correctCaseNote } from '../../renderer/db/repositories/caseNotes';
import { createCase, updateCase } from '../../renderer/db/repositories/cases';
import { createMember, setCurrentMember } from '../../renderer/db/repositories/members';
import { holdNoteFeed, indexCases, resetCaseSearch, searchCases, searchStatus } from '../../renderer/features/cases/search/client';
import { createSearchHost } from '../../renderer/features/cases/search/handler';
import type { SearchAnswer } from '../../renderer/features/cases/search/protocol';
import { enableAppLock, lockApp } from '../../renderer/security/appLock';
import { keyState, setUnprotected } from '../../renderer/security/keyState';
import { rawDatabaseText, TEST_KDF } from './appLock.support';

// The case list's search as the list uses it (here without a Worker, so the same handler runs in this thread).

function must<T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
  return result.data;
}

async function found(query: string): Promise<string[] | null> {
  return (await searchCases(query)).ids;
}

beforeEach(async () => {
  resetCaseSearch();
  setUnprotected();
  await Promise.all(db.tables.map((table) => table.clear()));
  must(await setCurrentMember(must(await createMember({ name: 'Anna K.', organisation: 'Caritas', role: 'member', active: true }))));
});

afterEach(() => {
  resetCaseSearch();
  setUnprotected();
});

describe('the case list search', () => {
  test('finds words from notes once the notes are indexed, and a note added later too', async () => {
    const a = must(await createCase({ ...emptyCaseContent('RT-2026-001', '2026-03-01'), title: 'Wohnungssuche', topics: ['housing'] }));
    const b = must(await createCase({ ...emptyCaseContent('RT-2026-002', '2026-03-01'), title: 'Sprachkurs', topics: ['language'] }));
    must(await addCaseNote(b, { date: '2026-03-02', text: 'Termin bei der Ausländerbehörde' }));
    indexCases(await listCases());
    await vi.waitFor(() => expect(searchStatus().notesComplete).toBe(true));
    expect(await found('auslanderbehorde')).toEqual([b]);
    expect(await found('wohnung')).toEqual([a]);
    expect(await found('')).toBeNull();

    const note = must(await addCaseNote(a, { date: '2026-03-03', text: 'Besichtigung in Petershausen' }));
    await vi.waitFor(async () => expect(await found('petershausen')).toEqual([a]));
    must(await correctCaseNote(note, 'Besichtigung in Wollmatingen'));
    await vi.waitFor(async () => expect(await found('wollmatingen')).toEqual([a]));
  });

  test('finds a case under its new title after the list hands over the changed cases', async () => {
    const a = must(await createCase({ ...emptyCaseContent('RT-2026-001', '2026-03-01'), title: 'Wohnungssuche', topics: ['housing'] }));
    indexCases(await listCases());
    expect(await found('kita')).toEqual([]);
    must(await updateCase(a, { title: 'Kita-Platz' }));
    indexCases(await listCases());
    expect(await found('kita')).toEqual([a]);
  });

  test('reads no notes while a case page holds the feed, and catches up once it is let go', async () => {
    const a = must(await createCase({ ...emptyCaseContent('RT-2026-001', '2026-03-01'), title: 'Wohnungssuche', topics: ['housing'] }));
    must(await addCaseNote(a, { date: '2026-03-02', text: 'Termin beim Jobcenter' }));
    const release = holdNoteFeed();
    indexCases(await listCases());
    // Long enough for an unheld feed to finish (the first test waits for that); held, it has not begun.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(searchStatus().notesComplete).toBe(false);
    expect(await found('jobcenter')).toEqual([]);
    release();
    await vi.waitFor(() => expect(searchStatus().notesComplete).toBe(true));
    expect(await found('jobcenter')).toEqual([a]);
  });

  test('with the app passphrase on, finds a word that is stored only encrypted in a note', async () => {
    must(await enableAppLock('Kaffee am Bodensee 2026', { params: TEST_KDF }));
    const a = must(await createCase({ ...emptyCaseContent('RT-2026-001', '2026-03-01'), title: 'Wohnungssuche', topics: ['housing'] }));
    must(await addCaseNote(a, { date: '2026-03-02', text: 'Vorsprache bei der Härtefallkommission' }));
    expect((await rawDatabaseText()).toLowerCase()).not.toContain('härtefall');
    indexCases(await listCases());
    await vi.waitFor(() => expect(searchStatus().notesComplete).toBe(true));
    expect(await found('hartefallkommission')).toEqual([a]);
  });
});

describe('the search host as the Worker runs it (its own lock state, set from the posted key)', () => {
  test('reads and decrypts the notes only with the posted key, and answers searches meanwhile', async () => {
    must(await enableAppLock('Kaffee am Bodensee 2026', { params: TEST_KDF }));
    const a = must(await createCase({ ...emptyCaseContent('RT-2026-001', '2026-03-01'), title: 'Wohnungssuche', topics: ['housing'] }));
    must(await addCaseNote(a, { date: '2026-03-02', text: 'Vorsprache bei der Härtefallkommission' }));
    const dataKey = keyState().key;
    // Locked, this thread's state has no key: only the one posted to the host can decrypt.
    lockApp();
    const answers: SearchAnswer[] = [];
    const host = createSearchHost((answer) => answers.push(answer), { ownLockState: true });
    const search = async (query: string, id: number) => {
      host({ type: 'search', id, query });
      return answers.find((answer) => answer.type === 'result' && answer.id === id);
    };
    host({ type: 'heads', heads: [[a, 'wohnungssuche']] });
    host({ type: 'notesChanged' });
    // Without the key the build cannot read the encrypted note; it never completes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answers).not.toContainEqual({ type: 'changed', notesComplete: true });
    expect(await search('wohnung', 1)).toMatchObject({ ids: [a], notesComplete: false });

    host({ type: 'key', dataKey });
    host({ type: 'notesChanged' });
    await vi.waitFor(() => expect(answers).toContainEqual({ type: 'changed', notesComplete: true }));
    expect(await search('hartefallkommission', 2)).toMatchObject({ ids: [a], notesComplete: true });
  });
});
