import { beforeEach, describe, expect, test } from 'vitest';
import { emptyCaseContent, type CaseContent } from '../../shared/model/case';
import { db } from '../../renderer/db/database';
import { listCases } from '../../renderer/db/queries/cases';
import { createCase, eraseCase, suggestCaseCode, updateCase } from '../../renderer/db/repositories/cases';
import { changedFields, checkCaseForm, formValuesOf } from '../../renderer/features/cases/caseForm';
import { fieldErrorOf } from '../../renderer/i18n/errors';

function content(code: string, title = 'Wohnungssuche'): CaseContent {
  return { ...emptyCaseContent(code, '2026-03-15'), title, topics: ['housing'], summary: 'Familie sucht Wohnung.' };
}

async function created(code: string): Promise<string> {
  const result = await createCase(content(code));
  if (!result.ok) throw new Error(`create failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('case repository on IndexedDB', () => {
  test('a new case is stored with a clock stamp on every field, this device and no tombstone', async () => {
    const id = await created('RT-2026-001');
    const [stored] = await listCases();
    expect(stored).toMatchObject({ id, code: 'RT-2026-001', title: 'Wohnungssuche', deleted: null });
    const device = await db.settings.get('device');
    expect(stored?.deviceId).toBe((device?.value as { deviceId: string }).deviceId);
    expect(Object.keys(stored?.clock ?? {})).toEqual(expect.arrayContaining(['code', 'title', 'topics', 'summary']));
    expect(await suggestCaseCode(2026)).toBe('RT-2026-002');
  });

  test('a code another live case has is refused, and the form can place the message at the code field', async () => {
    await created('RT-2026-001');
    const second = await createCase(content('RT-2026-001', 'Anderer Fall'));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(fieldErrorOf(second.error)).toEqual({ field: 'code', key: 'validation.codeTaken' });
    expect(await db.cases.count()).toBe(1);
  });

  test('an update re-stamps only the fields whose value changed', async () => {
    const id = await created('RT-2026-001');
    const before = await db.cases.get(id);
    const result = await updateCase(id, { title: 'Wohnungssuche, Frist läuft', summary: 'Familie sucht Wohnung.' });
    expect(result.ok).toBe(true);
    const after = await db.cases.get(id);
    expect(after?.title).toBe('Wohnungssuche, Frist läuft');
    expect(after!.clock.title! > before!.clock.title!).toBe(true);
    expect(after?.clock.summary).toBe(before?.clock.summary);
    expect(after?.clock.code).toBe(before?.clock.code);
  });

  test('erasing leaves a tombstone without any of the content, and the case leaves the list', async () => {
    const id = await created('RT-2026-001');
    expect((await eraseCase(id)).ok).toBe(true);
    const tombstone = await db.cases.get(id);
    expect(tombstone?.deleted).not.toBeNull();
    expect(JSON.stringify(tombstone)).not.toMatch(/Wohnung|Familie|RT-2026-001/);
    expect(await listCases()).toEqual([]);
    // The code is free again for a new case.
    expect((await createCase(content('RT-2026-001'))).ok).toBe(true);
  });
});

describe('case form check', () => {
  test('names the message for each invalid field and trims what it keeps', () => {
    const base = emptyCaseContent('RT-2026-001', '2026-03-15');
    const invalid = checkCaseForm(base, { ...formValuesOf(base), code: 'rt 1', title: '  ', openedOn: '2026-02-30' });
    expect(invalid).toEqual({
      ok: false,
      errors: { code: 'validation.caseCode', title: 'validation.required', topics: 'validation.topicRequired', openedOn: 'validation.date' },
    });
    const valid = checkCaseForm(base, { ...formValuesOf(base), title: ' Arbeit gesucht ', topics: ['work'] });
    expect(valid.ok && valid.patch).toMatchObject({ title: 'Arbeit gesucht', topics: ['work'], code: 'RT-2026-001' });
  });
});

describe('case form: closing and languages', () => {
  test('a closed case needs a closing day and a reason; languages are read from one line', () => {
    const base = { ...emptyCaseContent('RT-2026-001', '2026-03-15'), title: 'Arbeit', topics: ['work'] };
    const closed = checkCaseForm(base, { ...formValuesOf(base), status: 'closed', closedOn: '', closingReason: ' ' });
    expect(closed).toEqual({ ok: false, errors: { closedOn: 'validation.required', closingReason: 'validation.required' } });
    const valid = checkCaseForm(base, { ...formValuesOf(base), languages: 'Arabisch, Französisch;arabisch, ', resubmissionOn: '2026-04-01' });
    expect(valid.ok && valid.patch).toMatchObject({ languages: ['Arabisch', 'Französisch'], resubmissionOn: '2026-04-01', closedOn: null });
  });
});

describe('saving a case form that was opened before an import', () => {
  test('sends only the fields the user changed, so fields changed meanwhile elsewhere are kept', () => {
    const base = { ...emptyCaseContent('RT-2026-001', '2026-01-01'), title: 'Alt', topics: ['housing'], summary: 'vorher' };
    const checked = checkCaseForm(base, { ...formValuesOf(base), title: 'Neu' });
    expect(checked.ok && changedFields(checked.patch, base)).toEqual({ title: 'Neu' });
  });
});
