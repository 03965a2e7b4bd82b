/**
 * Registration: arrangements, cases, their support and outcomes in both scenarios, bundles of
 * help requests and self-reliance assessments, with the rules the imports share.
 */
export { ArrangementComponentResolver, ArrangementResolver } from "./arrangement.resolver";
export { filterCases } from "./case-queries";
export { CaseArrangementResolver, CaseResolver } from "./case.resolver";
export { CaseMutationResolver } from "./case-mutations.resolver";
export { erasedKeyHash, loadErasedKeyHashes, rememberErasedKeys } from "./erased-keys";
export { registrationLoaders } from "./loaders";
export { refuseProblems } from "./lookups";
export {
  checkActivity,
  checkCase,
  checkOutcome,
  type FieldProblem,
  type RegistrationLookups,
} from "./registration-rules";
export {
  ArrangementUseResolver,
  OutcomeResolver,
  SupportActivityResolver,
} from "./support.resolver";
export { findWritableCase } from "./writable-case";
