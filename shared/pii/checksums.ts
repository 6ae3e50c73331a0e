/**
 * Check digits of the numbers the guard looks for. A number that fails its check is far
 * more likely an unrelated figure than a mistyped identifier, so checks keep findings precise.
 */

// ISO 13616 lengths of the countries a Konstanz case is likely to meet (EU, neighbours, origin).
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IQ: 23, IT: 27, JO: 30, LB: 28, LI: 21, LT: 20, LU: 20,
  LV: 21, MT: 31, NL: 18, NO: 15, PL: 28, PS: 29, PT: 25, RO: 24, RS: 22, SE: 24, SI: 19, SK: 24,
  TR: 26, UA: 29,
};

const DIGIT = /^\d$/;

/** ISO 7064 MOD 97-10 over an IBAN with its first four characters moved to the end. */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = DIGIT.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** Removes the spaces people put into IBANs and upper-cases them. */
export function compactIban(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** True for a well-formed IBAN of a known country whose mod-97 check holds (spaces allowed). */
export function isValidIban(text: string): boolean {
  const iban = compactIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  return length === iban.length && ibanRemainder(iban) === 1;
}

/** The ISO 7064 MOD 11,10 check digit the Steuer-ID uses, over its first ten digits. */
export function steuerIdCheckDigit(firstTen: string): number {
  let product = 10;
  for (const ch of firstTen) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

// Since 2016: in the first ten digits exactly one digit occurs twice or three times, the others
// at most once, and a digit occurring three times never stands three times in a row.
function hasSteuerIdDigitPattern(firstTen: string): boolean {
  const counts = new Map<string, number>();
  for (const ch of firstTen) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, n]) => n > 1);
  if (repeated.length !== 1) return false;
  const [digit, times] = repeated[0] ?? ['', 0];
  if (times > 3) return false;
  return times === 2 || !firstTen.includes(digit.repeat(3));
}

/** True for an 11-digit Steuer-Identifikationsnummer (spaces allowed): no leading 0, digit pattern, check digit. */
export function isValidSteuerId(text: string): boolean {
  const digits = text.replace(/\s+/g, '');
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const firstTen = digits.slice(0, 10);
  return hasSteuerIdDigitPattern(firstTen) && steuerIdCheckDigit(firstTen) === Number(digits[10]);
}

/**
 * The check digit of a Krankenversichertennummer: the letter as two digits (A = 01), then the
 * first eight digits, weighted 1-2-1-2…, two-digit products replaced by their digit sum, mod 10.
 */
export function kvnrCheckDigit(letter: string, firstEight: string): number {
  const digits = String(letter.toUpperCase().charCodeAt(0) - 64).padStart(2, '0') + firstEight;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10;
}

/** True for a 10-character KVNR (letter + 9 digits) whose check digit holds. */
export function isValidKvnr(text: string): boolean {
  const kvnr = text.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]\d{9}$/.test(kvnr)) return false;
  return kvnrCheckDigit(kvnr.slice(0, 1), kvnr.slice(1, 9)) === Number(kvnr[9]);
}
