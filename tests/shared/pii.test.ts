import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PII_PLACEHOLDERS,
  PII_TYPES,
  PII_TYPE_LABELS,
  detectPii,
  isValidIban,
  isValidKvnr,
  isValidSteuerId,
  kvnrCheckDigit,
  redact,
  steuerIdCheckDigit,
  type PiiType,
} from '../../shared/pii/index';

/** What the guard flags in `text`, as [type, flagged text] pairs in text order. */
function flagged(text: string): [PiiType, string][] {
  return detectPii(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

function expectFlags(cases: readonly (readonly [string, readonly [PiiType, string][]])[]): void {
  for (const [text, expected] of cases) expect({ text, flags: flagged(text) }).toEqual({ text, flags: expected });
}

function expectNothing(texts: readonly string[]): void {
  for (const text of texts) expect({ text, flags: flagged(text) }).toEqual({ text, flags: [] });
}

describe('checksums', () => {
  it('accepts IBANs whose mod-97 check holds, with and without spaces', () => {
    for (const iban of ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'GB82 WEST 1234 5698 7654 32', 'AT61 1904 3002 3457 3201', 'de89 3704 0044 0532 0130 00']) {
      expect({ iban, valid: isValidIban(iban) }).toEqual({ iban, valid: true });
    }
  });

  it('refuses IBANs with a wrong check, a wrong length or an unknown country', () => {
    for (const iban of ['DE89 3704 0044 0532 0130 01', 'DE88 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 0', 'XX89 3704 0044 0532 0130 00', 'DE89-3704']) {
      expect({ iban, valid: isValidIban(iban) }).toEqual({ iban, valid: false });
    }
  });

  it('computes the Steuer-ID check digit by ISO 7064 MOD 11,10', () => {
    expect(steuerIdCheckDigit('8609574271')).toBe(9);
    expect(steuerIdCheckDigit('4703689281')).toBe(6);
    for (const id of ['86095742719', '47036892816', '65 929 970 489', '57549285017', '25768131411']) {
      expect({ id, valid: isValidSteuerId(id) }).toEqual({ id, valid: true });
    }
  });

  it('refuses Steuer-IDs with a wrong check digit, a leading zero or the wrong digit pattern', () => {
    const allDistinct = '1234567890';
    const tripleInARow = '1112345678';
    const tripleApart = '1121345678';
    const cases: [string, boolean][] = [
      ['86095742718', false],
      ['06095742719', false],
      ['8609574271', false],
      [allDistinct + steuerIdCheckDigit(allDistinct), false],
      [tripleInARow + steuerIdCheckDigit(tripleInARow), false],
      [tripleApart + steuerIdCheckDigit(tripleApart), true],
    ];
    for (const [id, valid] of cases) expect({ id, valid: isValidSteuerId(id) }).toEqual({ id, valid });
  });

  it('checks the KVNR: letter as two digits, weights 1-2-1-2, digit sums, mod 10', () => {
    expect(kvnrCheckDigit('A', '12345678')).toBe(0);
    for (const kvnr of ['A123456780', 'M318740252', 'K902157487']) expect({ kvnr, valid: isValidKvnr(kvnr) }).toEqual({ kvnr, valid: true });
    for (const kvnr of ['A123456781', 'A12345678', '1123456780', 'AB23456780']) expect({ kvnr, valid: isValidKvnr(kvnr) }).toEqual({ kvnr, valid: false });
  });
});

describe('detectPii finds', () => {
  it('names after cues, without the cue itself', () => {
    expectFlags([
      ['Herr Rahimi kommt morgen.', [['PERSON', 'Rahimi']]],
      ['Frau Dr. med. Weber hat angerufen.', [['PERSON', 'Weber']]],
      ['Familie Haidari zieht um, RAin Brenninger ist informiert.', [['PERSON', 'Haidari'], ['PERSON', 'Brenninger']]],
      ['Name: Tarkan Özgürlü\nKind: Eden', [['PERSON', 'Tarkan Özgürlü'], ['PERSON', 'Eden']]],
      ['Sohn von Gebrezgi, Tochter von Leila', [['PERSON', 'Gebrezgi'], ['PERSON', 'Leila']]],
      ['Herr Wolf und Frau Koch', [['PERSON', 'Wolf'], ['PERSON', 'Koch']]],
      ['Hr. Amiri und Fr. Lindemann', [['PERSON', 'Amiri'], ['PERSON', 'Lindemann']]],
    ]);
  });

  it('names from the gazetteers in Latin, Arabic and Cyrillic script, with transliteration variants', () => {
    expectFlags([
      ['Muhammad, Mohamed, Mohammad und Mohammed sind Cousins.', [['PERSON', 'Muhammad'], ['PERSON', 'Mohamed'], ['PERSON', 'Mohammad'], ['PERSON', 'Mohammed']]],
      ['Ahmad und Ahmed', [['PERSON', 'Ahmad'], ['PERSON', 'Ahmed']]],
      ['Zahra Hosseini, Mustafa Öztürk, Rojhat Aslan, Yonas Tesfamichael', [['PERSON', 'Zahra Hosseini'], ['PERSON', 'Mustafa Öztürk'], ['PERSON', 'Rojhat Aslan'], ['PERSON', 'Yonas Tesfamichael']]],
      ['محمد الأحمد hat unterschrieben.', [['PERSON', 'محمد الأحمد']]],
      ['Олена Шевченко und Андрій', [['PERSON', 'Олена Шевченко'], ['PERSON', 'Андрій']]],
      ['Chaled, Schirin, Dschamal und Jusuf', [['PERSON', 'Chaled'], ['PERSON', 'Schirin'], ['PERSON', 'Dschamal'], ['PERSON', 'Jusuf']]],
      ['Naqibullah, Karimzada und Kovalchuk', [['PERSON', 'Naqibullah'], ['PERSON', 'Karimzada'], ['PERSON', 'Kovalchuk']]],
      ['Ahmeds Mutter war da.', [['PERSON', 'Ahmeds']]],
    ]);
  });

  it('lower-case names, kunya forms and nicknames', () => {
    expectFlags([
      ['heute mit mohammed und fatima beim amt', [['PERSON', 'mohammed'], ['PERSON', 'fatima']]],
      ['Abu Ahmad und Umm Ali kommen, abu khaled auch.', [['PERSON', 'Abu Ahmad'], ['PERSON', 'Umm Ali'], ['PERSON', 'abu khaled']]],
      ['Oum Karim und Abou Samir', [['PERSON', 'Oum Karim'], ['PERSON', 'Abou Samir']]],
      ['Er heißt Abdulrahman, alle sagen Abdo oder Hamoudi.', [['PERSON', 'Abdulrahman'], ['PERSON', 'Abdo'], ['PERSON', 'Hamoudi']]],
      ['Sascha und Dascha', [['PERSON', 'Sascha'], ['PERSON', 'Dascha']]],
    ]);
  });

  it('an unknown name joined to a known one by "und"', () => {
    expectFlags([['Yonas und Tarkan waren beim Amt.', [['PERSON', 'Yonas'], ['PERSON', 'Tarkan']]]]);
  });

  it('phone numbers in German and international formats', () => {
    expectFlags([
      ['Tel. +49 7531 123456', [['PHONE', '+49 7531 123456']]],
      ['0049 7531 12345 oder 07531 12345', [['PHONE', '0049 7531 12345'], ['PHONE', '07531 12345']]],
      ['Handy 0176-1234567, Festnetz (07531) 1234-56', [['PHONE', '0176-1234567'], ['PHONE', '(07531) 1234-56']]],
      ['Bruder in Damaskus: +963 944 123 456', [['PHONE', '+963 944 123 456']]],
      ['0176/2298 1140 und +49 (0) 176 1234 5678', [['PHONE', '0176/2298 1140'], ['PHONE', '+49 (0) 176 1234 5678']]],
      ['Telefon: 12 34 56', [['PHONE', '12 34 56']]],
      ['Am 12.03. 0176 1234567 angerufen', [['PHONE', '0176 1234567']]],
    ]);
  });

  it('e-mail addresses, links and handles that point to a person', () => {
    expectFlags([
      ['Mail: ahmad.k@gmx.de oder ahmad(at)web.de', [['EMAIL', 'ahmad.k@gmx.de'], ['EMAIL', 'ahmad(at)web.de']]],
      ['Mail an t.mueller@konstanz.de', [['EMAIL', 't.mueller@konstanz.de']]],
      ['facebook.com/ahmad.rahimi und https://www.instagram.com/leyla.k', [['URL', 'facebook.com/ahmad.rahimi'], ['URL', 'https://www.instagram.com/leyla.k']]],
      ['Instagram @leyla_k, Telegram t.me/olena_k, WhatsApp wa.me/4917612345678', [['URL', '@leyla_k'], ['URL', 't.me/olena_k'], ['URL', 'wa.me/4917612345678']]],
    ]);
  });

  it('street addresses with a house number, with postcode and town', () => {
    expectFlags([
      ['wohnt Bahnhofstraße 12, 78462 Konstanz', [['ADDRESS', 'Bahnhofstraße 12, 78462 Konstanz']]],
      ['Theodor-Heuss-Straße 12a und Konstanzer Str. 5', [['ADDRESS', 'Theodor-Heuss-Straße 12a'], ['ADDRESS', 'Konstanzer Str. 5']]],
      ['Am Briel 4 oder Im Tägermoos 8', [['ADDRESS', 'Am Briel 4'], ['ADDRESS', 'Im Tägermoos 8']]],
      ['neue adresse: bahnhofstr. 5a', [['ADDRESS', 'bahnhofstr. 5a']]],
      ['Schwedenschanze 14, 78462 Konstanz', [['ADDRESS', 'Schwedenschanze 14, 78462 Konstanz']]],
    ]);
  });

  it('dates of birth, only with their label', () => {
    expectFlags([
      ['geboren am 12.03.1985 in Aleppo', [['DATE_OF_BIRTH', '12.03.1985']]],
      ['Geb. 3. Mai 2015, Geburtsdatum: 1990-02-28', [['DATE_OF_BIRTH', '3. Mai 2015'], ['DATE_OF_BIRTH', '1990-02-28']]],
      ['Leyla (* 05.09.2012) und Petrenko *12.3.1958', [['PERSON', 'Leyla'], ['DATE_OF_BIRTH', '05.09.2012'], ['PERSON', 'Petrenko'], ['DATE_OF_BIRTH', '12.3.1958']]],
      ['Geburtsdatum lt. Ankunftsnachweis: 01.01.2006', [['DATE_OF_BIRTH', '01.01.2006']]],
    ]);
  });

  it('IBANs, Steuer-IDs, health insurance, passport and social insurance numbers', () => {
    expectFlags([
      ['IBAN DE89 3704 0044 0532 0130 00', [['IBAN', 'DE89 3704 0044 0532 0130 00']]],
      ['Steuer-ID 86095742719, Versichertennummer A123456780', [['TAX_ID', '86095742719'], ['HEALTH_INSURANCE_NO', 'A123456780']]],
      ['Reisepass Nr. C01X00T47, Passport No. N12345678', [['PASSPORT_NO', 'C01X00T47'], ['PASSPORT_NO', 'N12345678']]],
      ['Sozialversicherungsnummer 12 150385 M 123', [['OTHER', '12 150385 M 123']]],
    ]);
  });

  it('checksummed numbers without a label only when the check holds', () => {
    expectFlags([
      ['Nummer DE89370400440532013000 und 86095742719 und M318740252', [['IBAN', 'DE89370400440532013000'], ['TAX_ID', '86095742719'], ['HEALTH_INSURANCE_NO', 'M318740252']]],
      ['Nummer DE89370400440532013001 und 86095742718 und M318740253', []],
    ]);
  });

  it('file numbers of BAMF, AZR, Ausländerbehörde, Jobcenter and courts', () => {
    expectFlags([
      ['BAMF Aktenzeichen 1234567-475, AZR-Nummer 123456789012', [['FILE_NUMBER', '1234567-475'], ['FILE_NUMBER', '123456789012']]],
      ['BG-Nummer 12345BG0012345, Kundennummer 123A456789', [['FILE_NUMBER', '12345BG0012345'], ['FILE_NUMBER', '123A456789']]],
      ['VG Sigmaringen A 5 K 123/23, Az. 12 K 3456/24', [['FILE_NUMBER', 'A 5 K 123/23'], ['FILE_NUMBER', '12 K 3456/24']]],
      ['Ausländerbehörde Aktenzeichen 32.1-ABH-2241/25', [['FILE_NUMBER', '32.1-ABH-2241/25']]],
    ]);
  });

  it('German licence plates', () => {
    expectFlags([['Kennzeichen KN-AB 123, das andere KN AB 1234E', [['LICENSE_PLATE', 'KN-AB 123'], ['LICENSE_PLATE', 'KN AB 1234E']]]]);
  });
});

describe('detectPii leaves look-alikes alone', () => {
  it('meeting dates, deadlines, sums of money and § references', () => {
    expectNothing(['am 12.03. Termin um 14:30', 'Frist bis 30.06.2026', 'Nachzahlung 1.250,00 €, Miete 450 EUR', '§ 25 Abs. 5 AufenthG', 'Duldung nach § 60a AufenthG']);
  });

  it('course levels, federal roads and service numbers', () => {
    expectNothing(['Kurs A2, dann B1.2 und B2', 'Unterkunft an der B 33, Unfall auf der A 81', 'Notruf 110 und 112, Bereitschaftsdienst 116 117, Behördennummer 115', 'Hilfetelefon 116 016, Telefonseelsorge 0800 111 0 111', 'Zentrale 07531 800-0']);
  });

  it('organisations, schools and streets named after people', () => {
    expectNothing([
      'Caritas, Diakonie und AWO; Jobcenter Konstanz, Landratsamt, Ausländerbehörde, Sozialamt, BAMF, Amtsgericht',
      'Anne-Frank-Schule und Geschwister-Scholl-Schule, Sophie Scholl Schule',
      'Wohnung in der Theodor-Heuss-Straße', 'Gemeindehaus St. Gebhard, Sankt Martin', 'Mariä Himmelfahrt und Maria Himmelfahrt',
    ]);
  });

  it('public websites and functional mailboxes', () => {
    expectNothing(['www.konstanz.de/integration, bamf.de, https://caritas-konstanz.de', 'info@caritas.de, kontakt@awo-konstanz.de, beratung@diakonie.de, poststelle@bamf.bund.de']);
  });

  it('German words that are also names, without a cue', () => {
    expectNothing(['Der Richter hat entschieden.', 'Ausbildung als Koch.', 'Im Sommer und im Winter', 'Die Lage ist ernst.', 'max. 3 Personen', 'Nur noch zwei Plätze', 'Rose im Garten', 'nur 5 Mark']);
  });

  it('counts, rooms, case codes and places', () => {
    expectNothing(['Fall RT-2026-014', 'KW 12, Raum 2.14, TOP 3, SGB II, Linie 908', 'Am Montag 3 neue Fälle', 'Im Jahr 2020 eingereist', 'Arbeitsweg 45 Minuten, Kitaplatz 2026', 'Herat, Kabul, Aleppo, Asmara, Charkiw']);
  });

  it('a bullet star before a meeting date', () => {
    expectNothing(['* 04.05.2026 Sitzung im Pfarrsaal']);
  });
});

describe('detectPii output', () => {
  const fragments = ['Herr Rahimi', ' ', 'Tel. 0176 1234567', ', ', 'am 12.03.', ' Ahmad Al-Khatib', 'DE89 3704 0044 0532 0130 00', ' und ', 'Bahnhofstraße 12', '\n', 'abu khaled', '§ 25', 'Олена', 'محمد', ' geb. 1.2.1990'];

  it('is sorted, non-overlapping, inside the text, with the flagged text attached', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const spans = detectPii(text);
        spans.forEach((span, i) => {
          expect(span.start).toBeGreaterThanOrEqual(i === 0 ? 0 : (spans[i - 1]?.end ?? 0));
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.text).toBe(text.slice(span.start, span.end));
        });
      }),
    );
  });
});

describe('redact', () => {
  it('replaces findings with German placeholders', () => {
    const text = 'Herr Rahimi, Tel. 0176 1234567, wohnt Bahnhofstraße 12.';
    expect(redact(text, detectPii(text))).toBe('Herr [Name], Tel. [Telefon], wohnt [Adresse].');
  });

  it('keeps the text when nothing is found and clips overlapping spans', () => {
    expect(redact('nichts', [])).toBe('nichts');
    expect(redact('abcdefgh', [{ start: 0, end: 4, type: 'PERSON' }, { start: 2, end: 6, type: 'PHONE' }])).toBe('[Name][Telefon]gh');
  });
});

describe('labels', () => {
  it('names every type in German and English, with a placeholder', () => {
    for (const type of PII_TYPES) {
      expect(PII_TYPE_LABELS.de[type]).toMatch(/\?$/);
      expect(PII_TYPE_LABELS.en[type]).toMatch(/\?$/);
      expect(PII_PLACEHOLDERS[type]).toMatch(/^\[.+\]$/);
    }
    expect(PII_TYPE_LABELS.de.PHONE).toBe('Telefonnummer?');
    expect(PII_TYPE_LABELS.en.PHONE).toBe('Phone number?');
  });
});
