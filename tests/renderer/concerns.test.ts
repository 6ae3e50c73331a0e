import { beforeEach, describe, expect, test } from 'vitest';
import { suggestConcerns, type SuggestCase, type SuggestFollowUp } from '../../shared/concerns/suggest';
import { emptyCaseContent } from '../../shared/model/case';
import { db } from '../../renderer/db/database';
import { getConcern, listConcernCases, listConcernHistory, listConcernSuggestions } from '../../renderer/db/queries/concerns';
import { createCase, trashCase } from '../../renderer/db/repositories/cases';
import { approveStatement, createConcern, newConcernContent, setCaseConcernLink, updateConcern } from '../../renderer/db/repositories/concerns';

function must<T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
  return result.data;
}

async function newCase(code: string, topics: string[]): Promise<string> {
  return must(await createCase({ ...emptyCaseContent(code, '2026-03-01'), title: 'Fall', topics }));
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('concern repository', () => {
  test('approving stores statementApprovedAt; editing the statement afterwards clears it, other edits keep it', async () => {
    const id = must(await createConcern({ ...newConcernContent('Wohnungsmarkt'), publicStatement: 'Zu wenig Wohnraum für Familien.' }));
    must(await approveStatement(id));
    expect((await getConcern(id))?.statementApprovedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    must(await updateConcern(id, { description: 'Mehr Details' }));
    expect((await getConcern(id))?.statementApprovedAt).not.toBeNull();

    must(await updateConcern(id, { publicStatement: 'Zu wenig bezahlbarer Wohnraum.' }));
    expect((await getConcern(id))?.statementApprovedAt).toBeNull();
  });

  test('an empty statement cannot be approved', async () => {
    const id = must(await createConcern(newConcernContent('Leer')));
    const result = await approveStatement(id);
    expect(result.ok).toBe(false);
    expect((await getConcern(id))?.statementApprovedAt).toBeNull();
  });

  test('status changes and approvals are written to the concern history, in order', async () => {
    const id = must(await createConcern({ ...newConcernContent('Sprachkurse'), publicStatement: 'Es fehlen Kursplätze.' }));
    must(await updateConcern(id, { status: 'in_preparation' }));
    must(await updateConcern(id, { title: 'Sprachkurse B1' }));
    must(await updateConcern(id, { status: 'raised', raisedOn: '2026-04-02', addressees: ['Landratsamt', ' landratsamt ', 'Kreistag'] }));
    must(await approveStatement(id));
    const history = await listConcernHistory(id);
    expect(history.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['concern_status', 'collected', 'in_preparation'],
      ['concern_status', 'in_preparation', 'raised'],
      ['concern_statement_approved', null, null],
    ]);
    expect((await getConcern(id))?.addressees).toEqual(['Landratsamt', 'Kreistag']);
  });

  test('cases are linked through the case; the concern lists their codes, without cases in the recycle bin', async () => {
    const concern = must(await createConcern(newConcernContent('Kita-Plätze')));
    const a = await newCase('RT-2026-002', ['childcare']);
    const b = await newCase('RT-2026-001', ['childcare']);
    must(await setCaseConcernLink(a, concern, true));
    must(await setCaseConcernLink(b, concern, true));
    must(await setCaseConcernLink(b, concern, true));
    expect((await db.cases.get(b))?.concernIds).toEqual([concern]);
    expect((await listConcernCases(concern)).map((c) => c.code)).toEqual(['RT-2026-001', 'RT-2026-002']);
    must(await trashCase(a));
    expect((await listConcernCases(concern)).map((c) => c.code)).toEqual(['RT-2026-001']);
    must(await setCaseConcernLink(b, concern, false));
    expect(await listConcernCases(concern)).toEqual([]);
  });

  test('the case page suggests a concern whose cases share a topic area', async () => {
    const concern = must(await createConcern(newConcernContent('Wohnraum')));
    const linked = await newCase('RT-2026-001', ['housing']);
    const target = await newCase('RT-2026-002', ['housing', 'work']);
    must(await setCaseConcernLink(linked, concern, true));
    expect((await listConcernSuggestions(target)).map((s) => [s.title, s.sharedTopics])).toEqual([['Wohnraum', ['housing']]]);
    must(await setCaseConcernLink(target, concern, true));
    expect(await listConcernSuggestions(target)).toEqual([]);
  });
});

describe('suggestConcerns', () => {
  const c = (id: string, topics: string[], concernIds: string[] = []): SuggestCase => ({ id, topics, concernIds });
  const blocked = (caseId: string, category: SuggestFollowUp['blockedCategory']): SuggestFollowUp => ({ caseId, status: 'blocked', blockedCategory: category });
  const concerns = [
    { id: 'k-housing', status: 'collected' },
    { id: 'k-authority', status: 'raised' },
    { id: 'k-done', status: 'done' },
    { id: 'k-unrelated', status: 'collected' },
  ];
  const cases = [
    c('target', ['housing', 'residence']),
    c('h1', ['housing'], ['k-housing']),
    c('h2', ['housing', 'residence'], ['k-housing', 'k-done']),
    c('a1', ['health'], ['k-authority']),
    c('u1', ['school'], ['k-unrelated']),
  ];

  const table: { name: string; followUps: SuggestFollowUp[]; target: SuggestCase; expected: [string, string[], string[]][] }[] = [
    {
      name: 'shared topics only; finished concerns are not offered',
      followUps: [],
      target: cases[0]!,
      expected: [['k-housing', ['housing', 'residence'], []]],
    },
    {
      name: 'a shared block category weighs more than one shared topic',
      followUps: [blocked('target', 'authority'), blocked('a1', 'authority'), { caseId: 'u1', status: 'open', blockedCategory: 'authority' }],
      target: c('target', ['housing']),
      expected: [
        ['k-authority', [], ['authority']],
        ['k-housing', ['housing'], []],
      ],
    },
    {
      name: 'a concern the case is linked to already is left out',
      followUps: [],
      target: c('target', ['housing'], ['k-housing']),
      expected: [],
    },
    {
      name: 'different block categories suggest nothing',
      followUps: [blocked('target', 'funding'), blocked('a1', 'authority')],
      target: c('target', ['work']),
      expected: [],
    },
  ];

  test.each(table)('$name', ({ followUps, target, expected }) => {
    const others = cases.filter((x) => x.id !== 'target');
    const result = suggestConcerns(target, [target, ...others], followUps, concerns);
    expect(result.map((s) => [s.concernId, s.sharedTopics, s.sharedBlockCategories])).toEqual(expected);
  });
});
