import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { dismissalKey, dismissFinding, PII_DISMISSALS_KEY, readDismissals } from '../../renderer/components/pii/dismissals';
import { redactFinding } from '../../renderer/components/pii/redactFinding';
import { scanRecordsForPii } from '../../renderer/components/pii/scanRecords';
import { openFindings } from '../../renderer/components/pii/usePiiFindings';

const NOTE = 'Gespräch mit Herrn Haddad, erreichbar unter 0171 2345678. Termin beim Jobcenter am 12.05.';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('personal-data guard of the free-text field', () => {
  test('a phone number and a name are found with their text', () => {
    const findings = openFindings(NOTE, 'note', new Set());
    expect(findings.map((f) => f.type)).toEqual(expect.arrayContaining(['PERSON', 'PHONE']));
    const phone = findings.find((f) => f.type === 'PHONE');
    expect(phone?.text).toContain('2345678');
  });

  test('redacting one finding replaces just it with its placeholder, even after the text moved on', () => {
    const phone = openFindings(NOTE, 'note', new Set()).find((f) => f.type === 'PHONE');
    if (!phone) throw new Error('no phone finding');
    const typedOn = `Neu: ${NOTE}`;
    const redacted = redactFinding(typedOn, phone);
    expect(redacted).toContain('[Telefon]');
    expect(redacted).not.toContain('2345678');
    expect(redacted).toContain('Haddad');
  });

  test('a dismissal is remembered for that text in that scope, stored as a hash only, and survives a reopened database', async () => {
    const name = openFindings(NOTE, 'case:1:summary', new Set()).find((f) => f.type === 'PERSON');
    if (!name) throw new Error('no name finding');
    await dismissFinding('case:1:summary', name.text);
    await dismissFinding('case:1:summary', name.text);
    db.close();
    await db.open();
    const dismissals = await readDismissals();
    expect(dismissals.size).toBe(1);
    expect(openFindings(NOTE, 'case:1:summary', dismissals).some((f) => f.text === name.text)).toBe(false);
    expect(openFindings(NOTE, 'case:2:summary', dismissals).some((f) => f.text === name.text)).toBe(true);
    const stored = JSON.stringify((await db.settings.get(PII_DISMISSALS_KEY))?.value);
    expect(stored).not.toContain('Haddad');
    expect(dismissalKey('a', 'b')).not.toBe(dismissalKey('a', 'c'));
  });

  test('the export scan counts findings per type and names the records by case code', () => {
    const summary = scanRecordsForPii({
      cases: [{ id: 'c1', code: 'RT-2026-001', title: 'Wohnung', summary: 'Kontakt: 0171 2345678', closingReason: '', deleted: null }],
      caseNotes: [
        { id: 'n1', caseId: 'c1', text: 'Mail an max.mustermann@example.org', deleted: null },
        { id: 'n2', caseId: 'c1', text: 'Antrag gestellt.', deleted: null },
      ],
      concerns: [{ id: 'k1', title: 'Wohnraum', description: '', publicStatement: 'Zu wenig Wohnungen.', answer: '', deleted: null }],
    });
    expect(summary.byType).toEqual([
      { type: 'PHONE', count: 1 },
      { type: 'EMAIL', count: 1 },
    ]);
    expect(summary.records.map((r) => [r.entity, r.caseCode])).toEqual([
      ['cases', 'RT-2026-001'],
      ['caseNotes', 'RT-2026-001'],
    ]);
  });

  test('detection is fast enough to run on the UI thread with a debounce (typical notes far below 16 ms)', () => {
    const note = `${NOTE} `.repeat(6); // ~550 characters, a typical note
    openFindings(note, 'warm-up', new Set());
    const runs = 20;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) openFindings(note, 'bench', new Set());
    const perRun = (performance.now() - started) / runs;
    console.info(`pii detection: ${perRun.toFixed(2)} ms per ${note.length}-character note`);
    expect(perRun).toBeLessThan(16);
  });
});
