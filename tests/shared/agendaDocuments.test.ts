import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaRowsToMarkdown, buildAgendaDocument, type DocAgendaItem } from '../../shared/agenda/documents';

const labels = { nonPublicPart: 'Nichtöffentlicher Teil', presenter: 'Vortrag', guest: 'Gast', interpreter: 'Dolmetschung', minutes: 'Min.' };
const all = { showTimes: true, showPresenters: true, showModerationNotes: true };

function item(id: string, over: Partial<DocAgendaItem> = {}): DocAgendaItem {
  return { id, parentId: null, position: 1, plannedMinutes: 10, title: `Titel ${id}`, isPublic: true, caseCodes: [], presenter: '', guest: '', interpreterLanguage: null, moderationNotes: '', ...over };
}

describe('agenda document', () => {
  const items = [
    item('a', { position: 1, title: 'Begrüßung und Feststellung der Tagesordnung' }),
    item('b', { position: 2, title: 'Fallbesprechung Wohnung', isPublic: false, caseCodes: ['RT-2026-014'], presenter: 'M. K.', interpreterLanguage: 'Dari' }),
    item('c', { position: 3, title: 'Fallbesprechung Nachzug', isPublic: false, caseCodes: ['RT-2026-015'] }),
    item('d', { position: 4, title: 'Bericht Jobcenter', guest: 'Jobcenter Konstanz', presenter: 'A. B.' }),
  ];

  it('shows case codes and details in the internal variant', () => {
    const md = agendaRowsToMarkdown(buildAgendaDocument(items, '18:00', 120, { variant: 'internal', ...all }, labels), labels);
    expect(md).toContain('RT-2026-014');
    expect(md).toContain('Dolmetschung: Dari');
    expect(md).toContain('**TOP 2** Fallbesprechung Wohnung (18:10, 10 Min.)');
  });

  it('collapses non-public items into one "Nichtöffentlicher Teil" line in the public variant', () => {
    const rows = buildAgendaDocument(items, '18:00', 120, { variant: 'public', ...all }, labels);
    expect(rows.map((r) => (r.kind === 'item' ? r.number : 'NÖ'))).toEqual(['1', 'NÖ', '4']);
    const md = agendaRowsToMarkdown(rows, labels);
    expect(md).not.toContain('RT-2026-01');
    expect(md).not.toContain('Wohnung');
    expect(md).toContain('Jobcenter Konstanz');
  });

  it('leaves out durations and presenters when the print dialog says so', () => {
    const md = agendaRowsToMarkdown(buildAgendaDocument(items, '18:00', 120, { variant: 'internal', showTimes: false, showPresenters: false, showModerationNotes: false }, labels), labels);
    expect(md).not.toContain('18:10');
    expect(md).not.toContain('M. K.');
  });

  it('never lets a non-public item detail into the public variant (random agendas)', () => {
    const secret = fc.string({ minLength: 6, maxLength: 12, unit: fc.constantFrom(...'QXZJVW') });
    // Each text names its item and field, so a public item never shares a text with a hidden one by chance.
    const tag = (field: string, index: number, text: string): string => `§${field}${index}:${text}§`;
    const arbItem = fc.record({
      isPublic: fc.boolean(),
      title: secret,
      code: secret,
      presenter: secret,
      guest: secret,
      interpreter: fc.option(secret, { nil: null }),
      notes: secret,
      minutes: fc.integer({ min: 0, max: 90 }),
      parent: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { minLength: 1, maxLength: 14 }), fc.boolean(), fc.boolean(), (specs, showTimes, showPresenters) => {
        const built: DocAgendaItem[] = specs.map((s, index) => ({
          id: `i${index}`,
          // Some items nest under an earlier one: non-public parents hide their children.
          parentId: index > 0 && s.parent % 3 === 0 ? `i${s.parent % index}` : null,
          position: index,
          plannedMinutes: s.minutes,
          title: tag('t', index, s.title),
          isPublic: s.isPublic,
          caseCodes: [tag('c', index, s.code)],
          presenter: tag('p', index, s.presenter),
          guest: tag('g', index, s.guest),
          interpreterLanguage: s.interpreter === null ? null : tag('i', index, s.interpreter),
          moderationNotes: tag('n', index, s.notes),
        }));
        const md = agendaRowsToMarkdown(buildAgendaDocument(built, '18:00', 120, { variant: 'public', showTimes, showPresenters, showModerationNotes: true }, labels), labels);
        const byId = new Map(built.map((b) => [b.id, b]));
        const hiddenIds = new Set<string>();
        for (const b of built) {
          const parentHidden = b.parentId !== null && hiddenIds.has(b.parentId);
          if (!b.isPublic || parentHidden) hiddenIds.add(b.id);
        }
        for (const id of hiddenIds) {
          const b = byId.get(id) as DocAgendaItem;
          for (const secretText of [b.title, ...b.caseCodes, b.presenter, b.guest, b.interpreterLanguage, b.moderationNotes]) {
            if (secretText) expect(md).not.toContain(secretText);
          }
        }
        // Case codes and moderation notes never appear in the public variant at all.
        for (const b of built) {
          for (const code of b.caseCodes) expect(md).not.toContain(code);
          expect(md).not.toContain(b.moderationNotes);
        }
      }),
      { numRuns: 300 },
    );
  });
});
