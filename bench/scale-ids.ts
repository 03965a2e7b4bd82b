/**
 * Deterministic ids for the national data set: a tag per table and a sequence number, in
 * UUID form (version 4 and variant bits set), so that the same seed gives the same rows and
 * children can name their parents without asking the database.
 */
export const Tag = {
  municipality: 0x5c000001,
  district: 0x5c000002,
  team: 0x5c000003,
  member: 0x5c000004,
  stakeholder: 0x5c000005,
  provision: 0x5c000006,
  arrangement: 0x5c000007,
  component: 0x5c000008,
  priceList: 0x5c000009,
  priceItem: 0x5c00000a,
  case: 0x5c00000b,
  caseArrangement: 0x5c00000c,
  activity: 0x5c00000d,
  outcome: 0x5c00000e,
} as const;

export function uuid(tag: number, n: number): string {
  return `${tag.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}
