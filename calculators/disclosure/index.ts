/**
 * Disclosure control for aggregates (issue 14, part 5): which groups of a table may not be shown
 * to a viewer who may not read their cases. Pure: plain data in, plain data out.
 */
export {
  suppressGroups,
  suppressTable,
  type TableCell,
  type DisclosureGroup,
  type SuppressionOutcome,
  type SuppressionReason,
} from "./suppress-groups";
