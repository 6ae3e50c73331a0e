import { describe, expect, it } from 'vitest';
import { pendingAdjourned, planCarryOver, type CarryItem } from '../../shared/meetings/carryOver';
import { checkAgenda, type CheckedItem } from '../../shared/meetings/checks';

function checked(id: string, position: number, over: Partial<CheckedItem> = {}): CheckedItem {
  return { id, parentId: null, position, plannedMinutes: 30, title: id, interpreterLanguage: null, affectedPersonSpeaks: false, guest: '', ...over };
}

describe('agenda check', () => {
  it('warns about an overrun, lists each interpreter language once and the guests still to invite', () => {
    const items = [
      checked('a', 1, { interpreterLanguage: 'Dari' }),
      checked('b', 2, { interpreterLanguage: ' dari ', guest: 'Jobcenter, Teamleitung' }),
      checked('c', 3, { interpreterLanguage: 'Tigrinya', affectedPersonSpeaks: true }),
      checked('d', 4, { affectedPersonSpeaks: true, guest: 'Ausländerbehörde' }),
    ];
    const guests = [
      { id: 'g1', organisation: 'Jobcenter', role: 'Teamleitung', agendaItemId: 'b', invited: false },
      { id: 'g2', organisation: 'Caritas', role: '', agendaItemId: null, invited: true },
    ];
    const check = checkAgenda(items, '18:00', 90, guests);
    expect(check).toMatchObject({ totalMinutes: 120, overrunMinutes: 30, end: '20:00' });
    expect(check.interpreterLanguages).toEqual([
      { language: 'Dari', itemNumbers: ['1', '2'] },
      { language: 'Tigrinya', itemNumbers: ['3'] },
    ]);
    expect(check.guestsToInvite).toEqual([
      { name: 'Jobcenter, Teamleitung', itemNumber: '2' },
      { name: 'Ausländerbehörde', itemNumber: '4' },
    ]);
    expect(check.speakersWithoutInterpreter).toEqual(['4']);
  });

  it('has nothing to warn about when the plan fits and nobody needs booking', () => {
    const check = checkAgenda([checked('a', 1)], '18:00', 120, []);
    expect(check).toMatchObject({ overrunMinutes: 0, interpreterLanguages: [], guestsToInvite: [], speakersWithoutInterpreter: [] });
  });
});

describe('carry-over', () => {
  const item = (id: string, parentId: string | null, position: number, over: Partial<CarryItem> = {}): CarryItem => ({ id, parentId, position, standing: false, result: 'open', ...over });

  it('carries every item not done and not standing, keeping sub-items under a carried parent, after the target items', () => {
    const items = [
      item('welcome', null, 1, { standing: true }),
      item('a', null, 2),
      item('a1', 'a', 1),
      item('done', null, 3, { result: 'done' }),
      item('d1', 'done', 1),
      item('adj', null, 4, { result: 'adjourned' }),
    ];
    expect(planCarryOver(items, 2)).toEqual([
      { sourceId: 'a', parentSourceId: null, position: 3 },
      { sourceId: 'a1', parentSourceId: 'a', position: 1 },
      { sourceId: 'd1', parentSourceId: null, position: 4 },
      { sourceId: 'adj', parentSourceId: null, position: 5 },
    ]);
  });

  it('proposes an adjourned item until a later item takes it up', () => {
    const items = [
      { id: 'x', result: 'adjourned' as const, carriedFromId: null },
      { id: 'y', result: 'adjourned' as const, carriedFromId: null },
      { id: 'y2', result: 'open' as const, carriedFromId: 'y' },
      { id: 'z', result: 'done' as const, carriedFromId: null },
    ];
    expect(pendingAdjourned(items).map((i) => i.id)).toEqual(['x']);
  });
});
