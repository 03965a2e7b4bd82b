import { freeTextProblem, passesElevenTest } from "../services/privacy-rules";
import { ApiError } from "../errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * Argument names left to their own, more specific rules: file contents (checked by their
 * importer), case references (caseReferenceProblem explains what a reference must be) and
 * survey respondents (the survey's rules ask for a pseudonymous key).
 */
const EXEMPT = new Set(["contentBase64", "reference", "externalRef", "respondent"]);

/**
 * The second line of privacy (the registration rules are the first): no string in any
 * mutation's arguments — names, descriptions, notes, evidence, labels, references, also of
 * capabilities added later — may hold a BSN-like number or an e-mail address.
 */
export function refuseDirectIdentifiers(value: unknown, path: string): void {
  if (typeof value === "string") {
    if (UUID.test(value)) return;
    // A number (an amount, a code) is only a BSN when it is nine digits passing the
    // eleven-test; a longer amount is not scanned for nine digits that happen to pass.
    const problem = NUMBER.test(value)
      ? passesElevenTest(value)
        ? "must not contain a BSN-like number (nine digits passing the eleven-test)"
        : null
      : freeTextProblem(value);
    if (problem) {
      // The same shape as the registration rules' refusals; the value itself is withheld.
      throw new ApiError("BAD_USER_INPUT", `${path}: ${problem}`, {
        field: path,
        fields: [{ field: path, reason: problem }],
        http: { status: 400 },
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => refuseDirectIdentifiers(item, `${path}[${index}]`));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!EXEMPT.has(key)) refuseDirectIdentifiers(item, path ? `${path}.${key}` : key);
    }
  }
}
