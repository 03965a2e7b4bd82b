import {
  freeTextProblem,
  passesElevenTest,
  eachArgumentString,
  DomainError,
  UUID,
} from "../platform";
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
  eachArgumentString(
    value,
    path,
    (text, at) => {
      if (UUID.test(text)) return;
      // A number (an amount, a code) is only a BSN when it is nine digits passing the
      // eleven-test; a longer amount is not scanned for nine digits that happen to pass.
      const problem = NUMBER.test(text)
        ? passesElevenTest(text)
          ? "must not contain a BSN-like number (nine digits passing the eleven-test)"
          : null
        : freeTextProblem(text);
      if (problem) {
        // The same shape as the registration rules' refusals; the value itself is withheld.
        throw new DomainError("BAD_USER_INPUT", `${at}: ${problem}`, {
          field: at,
          fields: [{ field: at, reason: problem }],
          http: { status: 400 },
        });
      }
    },
    EXEMPT,
  );
}
