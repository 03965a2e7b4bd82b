/**
 * Residents appear only as pseudonymous references. These checks refuse what looks like a
 * direct identifier: a BSN (nine digits passing the eleven-test), an e-mail address, or a
 * reference that reads like a name.
 */

/** The BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zero). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** True when the text holds a BSN-like number, also written with dots, spaces or dashes (1234.56.782). */
export function containsBsnLike(text: string): boolean {
  const candidates = text.match(/\d[\d .-]{7,13}\d/g) ?? [];
  return candidates.some((candidate) => {
    const digits = candidate.replace(/[ .-]/g, "");
    if (digits.length === 9) return passesElevenTest(digits);
    // a longer run: any nine consecutive digits
    for (let i = 0; i + 9 <= digits.length; i++)
      if (passesElevenTest(digits.slice(i, i + 9))) return true;
    return false;
  });
}

export function containsEmail(text: string): boolean {
  return /[^\s@]+@[^\s@]+\.[^\s@]{2,}/.test(text);
}

/** Why free text may not be stored, or null when it may (no BSN-like numbers, no e-mail addresses). */
export function freeTextProblem(text: string): string | null {
  if (containsBsnLike(text))
    return "must not contain a BSN-like number (nine digits passing the eleven-test)";
  if (containsEmail(text)) return "must not contain an e-mail address";
  return null;
}

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/-]{2,39}$/;

/**
 * Why a case reference is refused, or null: a reference is a code (3–40 letters, digits, . _ / -,
 * with at least one digit), never a BSN, e-mail address or name.
 */
export function caseReferenceProblem(reference: string): string | null {
  const text = reference.trim();
  if (containsBsnLike(text))
    return "looks like a BSN (nine digits passing the eleven-test); use a pseudonymous case number";
  if (containsEmail(text)) return "looks like an e-mail address; use a pseudonymous case number";
  if (!REFERENCE.test(text) || !/\d/.test(text)) {
    return "must be a pseudonymous code of 3–40 letters, digits, '.', '_', '/' or '-' with at least one digit (no names or spaces), e.g. ZW-2025-0042";
  }
  return null;
}

/** Column headers that would carry a direct identifier; an import that has one is refused. */
const IDENTIFYING_HEADERS = new Set([
  "naam",
  "name",
  "voornaam",
  "achternaam",
  "firstname",
  "lastname",
  "fullname",
  "volledigenaam",
  "bsn",
  "burgerservicenummer",
  "geboortedatum",
  "dateofbirth",
  "birthdate",
  "adres",
  "address",
  "email",
  "emailadres",
  "telefoon",
  "telefoonnummer",
  "phone",
]);

export function isIdentifyingHeader(normalisedHeader: string): boolean {
  return IDENTIFYING_HEADERS.has(normalisedHeader);
}
