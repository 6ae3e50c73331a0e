import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMinutes, type MinutesInput, type MinutesItem, type MinutesLabels } from '../../shared/meetings/minutes';
import { parseInline, parseMarkdownBlocks } from '../../shared/meetings/markdown';

const labels: MinutesLabels = {
  title: 'Protokoll der Sitzung am',
  place: 'Ort',
  start: 'Beginn',
  moderation: 'Moderation',
  minuteTaker: 'Protokoll',
  attendance: 'Anwesenheit',
  presence: { present: 'Anwesend', excused: 'Entschuldigt', absent: 'Abwesend' },
  notRecorded: 'Nicht erfasst',
  arrived: 'ab',
  left: 'bis',
  guests: 'Gäste',
  item: 'TOP',
  nonPublic: 'nichtöffentlich',
  cases: 'Fälle',
  presenter: 'Vortrag',
  guest: 'Gast',
  interpreter: 'Dolmetschung',
  planned: 'geplant',
  actual: 'tatsächlich',
  minutes: 'Min.',
  outcome: 'Ergebnis',
  noOutcome: 'Kein Ergebnis festgehalten.',
  result: 'Stand',
  results: { open: 'offen', done: 'erledigt', adjourned: 'vertagt' },
  newFollowUps: 'Neue Aufgaben',
  due: 'bis',
};

function item(id: string, over: Partial<MinutesItem> = {}): MinutesItem {
  return {
    id,
    parentId: null,
    position: 1,
    title: `Titel ${id}`,
    isPublic: true,
    caseCodes: [],
    presenter: '',
    guest: '',
    interpreterLanguage: null,
    plannedMinutes: 10,
    elapsedSeconds: 0,
    outcome: '',
    result: 'open',
    followUps: [],
    ...over,
  };
}

const base: MinutesInput = {
  dateText: '14.04.2026',
  startTime: '18:00',
  place: 'Rathaus, Raum 2',
  moderator: 'M. K.',
  minuteTaker: 'S. T.',
  attendees: [
    { name: 'M. K.', presence: 'present', arrivedAt: null, leftAt: null },
    { name: 'S. T.', presence: 'present', arrivedAt: '18:20', leftAt: '19:30' },
    { name: 'A. B.', presence: 'excused', arrivedAt: null, leftAt: null },
  ],
  guests: [{ name: 'Jobcenter Konstanz, Teamleitung', agendaItemId: 'b', presence: 'present' }],
  items: [
    item('a', { position: 1, title: 'Begrüßung', result: 'done' }),
    item('b', {
      position: 2,
      title: 'RT-2026-014 – Wohnung',
      isPublic: false,
      caseCodes: ['RT-2026-014'],
      outcome: 'Frau K. fragt beim Sozialamt nach.',
      result: 'done',
      elapsedSeconds: 17 * 60,
      followUps: [{ title: 'Sozialamt anrufen', owner: 'M. K.', due: '11.05.2026' }],
    }),
    item('c', { position: 3, title: 'Nachzug', result: 'adjourned' }),
  ],
};

/** The sections of the minutes by their "## TOP n" heading. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const heading = part.slice(0, part.indexOf('\n'));
    const match = /^TOP ([\d.]+):/.exec(heading);
    if (match?.[1]) out.set(match[1], part);
  }
  return out;
}

describe('Protokoll generator', () => {
  it('records attendance with arrival and leaving, guests with their item, and each item with outcome, result and new follow-ups', () => {
    const md = buildMinutes(base, { showDurations: true, showPresenters: true }, labels);
    expect(md).toContain('# Protokoll der Sitzung am 14.04.2026');
    expect(md).toContain('- **Anwesend:** M. K.; S. T. (ab 18:20, bis 19:30)');
    expect(md).toContain('- **Entschuldigt:** A. B.');
    expect(md).toContain('- Jobcenter Konstanz, Teamleitung (TOP 2) – Anwesend');
    const byNumber = sections(md);
    expect([...byNumber.keys()]).toEqual(['1', '2', '3']);
    expect(byNumber.get('2')).toContain('RT-2026-014');
    expect(byNumber.get('2')).toContain('geplant 10 Min., tatsächlich 17 Min.');
    expect(byNumber.get('2')).toContain('Frau K. fragt beim Sozialamt nach.');
    expect(byNumber.get('2')).toContain('- Sozialamt anrufen – M. K., bis 11.05.2026');
    expect(byNumber.get('3')).toContain('**Stand:** vertagt');
    expect(byNumber.get('1')).toContain('*Kein Ergebnis festgehalten.*');
  });

  it('leaves out durations when the print dialog says so', () => {
    expect(buildMinutes(base, { showDurations: false, showPresenters: true }, labels)).not.toContain('geplant');
  });

  it('keeps a typed line that looks like a heading inside its own item', () => {
    const tricky = { ...base, items: [item('x', { position: 1, outcome: '## TOP 7: erfunden\n# Neu' }), item('y', { position: 2 })] };
    const md = buildMinutes(tricky, { showDurations: false, showPresenters: false }, labels);
    expect([...sections(md).keys()]).toEqual(['1', '2']);
    const paragraph = parseMarkdownBlocks(md).find((b) => b.kind === 'paragraph' && b.lines.some((l) => l.includes('erfunden')));
    expect(paragraph).toEqual({ kind: 'paragraph', lines: ['## TOP 7: erfunden', '# Neu'] });
  });

  it('never puts an outcome or follow-up under another item (random nested agendas)', () => {
    const token = fc.string({ minLength: 4, maxLength: 8, unit: fc.constantFrom(...'QXZJVW') });
    const noise = fc.constantFrom('', '\n## TOP 1: x', '\n# x', '\n- y', '\n\n');
    const arbItems = fc.array(fc.record({ parentIndex: fc.nat(), position: fc.nat({ max: 20 }), follow: fc.nat({ max: 2 }), noise, result: fc.constantFrom('open', 'done', 'adjourned') as fc.Arbitrary<'open' | 'done' | 'adjourned'> }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(arbItems, token, (specs, salt) => {
        const items = specs.map((spec, index) => {
          const parentId = index > 0 && spec.parentIndex % 3 === 0 ? `i${spec.parentIndex % index}` : null;
          const followUps = Array.from({ length: spec.follow }, (_, k) => ({ title: `F${index}-${k}${salt}`, owner: '', due: '' }));
          return item(`i${index}`, { parentId, position: spec.position, outcome: `O${index}${salt}${spec.noise}`, result: spec.result, followUps });
        });
        const md = buildMinutes({ ...base, guests: [], items }, { showDurations: true, showPresenters: true }, labels);
        const byNumber = sections(md);
        expect(byNumber.size).toBe(items.length);
        for (const section of byNumber.values()) {
          const outcomes = section.match(new RegExp(`O\\d+${salt}`, 'g')) ?? [];
          expect(outcomes).toHaveLength(1);
          const own = outcomes[0]?.slice(1, -salt.length);
          const follows = section.match(new RegExp(`F\\d+-\\d${salt}`, 'g')) ?? [];
          expect(follows.every((f) => f.startsWith(`F${own}-`))).toBe(true);
          expect(follows).toHaveLength(items[Number(own)]?.followUps.length ?? -1);
        }
      }),
    );
  });
});

describe('Markdown for the print view', () => {
  it('reads headings, nested bullets and paragraphs, and bold and italic parts', () => {
    expect(parseMarkdownBlocks('# A\n\ntext\nmore\n- one\n  - two\n\n## B')).toEqual([
      { kind: 'heading', level: 1, text: 'A' },
      { kind: 'paragraph', lines: ['text', 'more'] },
      { kind: 'list', items: [{ depth: 0, text: 'one' }, { depth: 1, text: 'two' }] },
      { kind: 'heading', level: 2, text: 'B' },
    ]);
    expect(parseInline('**TOP 1** Begrüßung *nichtöffentlich*')).toEqual([
      { text: 'TOP 1', strong: true, emphasis: false },
      { text: ' Begrüßung ', strong: false, emphasis: false },
      { text: 'nichtöffentlich', strong: false, emphasis: true },
    ]);
  });
});
