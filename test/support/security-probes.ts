import { MODEL_A_ID } from "./quadrant-fixtures";
import type { RichWorld } from "./security-world";

/**
 * Queries of own objects, or of the own municipality, with one foreign id inside: what
 * security-foreign-ids.test.ts sends with Utrecht's id, with an id of nothing and with Zwolle's
 * own id (the control, whose answer is computed by hand from richWorld's figures).
 */
export const MUNICIPAL_ROLES = ["ANALYST", "FINANCE", "TEAM_LEAD", "PROFESSIONAL"] as const;
export type MunicipalRole = (typeof MUNICIPAL_ROLES)[number];
export const READERS: readonly MunicipalRole[] = ["ANALYST", "FINANCE", "TEAM_LEAD"];
const ROLES = MUNICIPAL_ROLES;

/** Rows with any hours, without ids (both own teams), to compare with hand-computed figures. */
const nonZero = (rows: { hours: string; teamId?: string }[]) =>
  rows.filter((r) => Number(r.hours) !== 0).map(({ teamId: _team, ...rest }) => rest);

export interface Probe {
  name: string;
  query: string;
  foreign: Record<string, unknown>;
  own: Record<string, unknown>;
  roles: readonly MunicipalRole[];
  /** What the foreign id answers: the error code, or "none" for an empty answer. */
  refusal: string;
  shows: (data: any) => unknown;
  /** What the own id shows (hand-computed: Zwolle's 2 priced hours at € 80 and so on). */
  expected: unknown;
}

/** Queries of own objects or of the own municipality with one foreign id inside. */
export function foreignIdProbes(w: RichWorld): Probe[] {
  const f = w.foreignData;
  const o = w.ownData;
  const base = `settings: { baseDate: "2025-01-01" }`;
  const comparison = { cases: 2, total: { investment: "160.00" } };
  const ownHours = [
    { quadrantClass: "b", hours: "2.00" },
    { quadrantClass: "unplaced", hours: "3.00" },
  ];
  return [
    {
      name: "case.effect(settings: { priceListId })",
      query: `query($id: ID!, $p: ID!) { case(id: $id) { effect(settings: { priceListId: $p }) { investment } } }`,
      foreign: { id: w.ownCase.id, p: f.priceListId },
      own: { id: w.ownCase.id, p: o.priceListId },
      roles: ROLES,
      refusal: "NOT_FOUND",
      shows: (d) => d.case.effect.investment,
      expected: "160.00",
    },
    {
      name: "arrangement.quadrantProfile(modelId)",
      query: `query($id: ID!, $m: ID!) { arrangement(id: $id) { quadrantProfile(modelId: $m) { shares { quadrantClass hours } } } }`,
      foreign: { id: o.arrangementId, m: f.modelId },
      own: { id: o.arrangementId, m: o.modelId },
      roles: ROLES,
      refusal: "NOT_FOUND",
      shows: (d) => nonZero(d.arrangement.quadrantProfile.shares),
      expected: [{ quadrantClass: "P2", hours: "4" }],
    },
    {
      name: "effortByQuadrant(modelId)",
      query: `query($m: ID!) { effortByQuadrant(modelId: $m) { teamId quadrantClass hours } }`,
      foreign: { m: f.modelId },
      own: { m: o.modelId },
      roles: READERS,
      refusal: "NOT_FOUND",
      shows: (d) => nonZero(d.effortByQuadrant),
      expected: [{ quadrantClass: "P2", hours: "2.00" }, ownHours[1]],
    },
    {
      name: "effortByQuadrant(filter: { municipalityId })",
      query: `query($m: ID!) { effortByQuadrant(modelId: "${MODEL_A_ID}", filter: { municipalityId: $m }) { teamId quadrantClass hours } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: READERS,
      refusal: "none",
      shows: (d) => nonZero(d.effortByQuadrant),
      expected: ownHours,
    },
    {
      name: "effectComparison(filter: { municipalityId })",
      query: `query($m: ID!) { effectComparison(groupBy: TEAM, ${base}, filter: { municipalityId: $m }) { cases total { investment } } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: READERS,
      refusal: "NOT_FOUND",
      shows: (d) => d.effectComparison,
      expected: comparison,
    },
    {
      name: "effectComparison(filter: { teamId })",
      query: `query($t: ID!) { effectComparison(groupBy: TEAM, ${base}, filter: { teamId: $t }) { cases total { investment } } }`,
      foreign: { t: w.foreign.team.id },
      own: { t: w.own.team.id },
      roles: READERS,
      refusal: "none",
      shows: (d) => d.effectComparison,
      expected: { cases: 1, total: { investment: "160.00" } },
    },
    {
      name: "effectComparison(settings: { priceListId })",
      query: `query($p: ID!) { effectComparison(groupBy: TEAM, settings: { priceListId: $p }) { cases total { investment } } }`,
      foreign: { p: f.priceListId },
      own: { p: o.priceListId },
      roles: READERS,
      refusal: "NOT_FOUND",
      shows: (d) => d.effectComparison,
      expected: comparison,
    },
    {
      name: "effectComparison(groupBy: QUADRANT, modelId)",
      query: `query($m: ID!) { effectComparison(groupBy: QUADRANT, modelId: $m, ${base}) { cases groups { label } } }`,
      foreign: { m: f.modelId },
      own: { m: o.modelId },
      roles: READERS,
      refusal: "NOT_FOUND",
      shows: (d) => d.effectComparison.groups.map((g: any) => g.label),
      expected: ["(niet geplaatst)", "P2 Preventief breed"],
    },
    {
      name: "substitution(municipalityId)",
      query: `query($m: ID!) { substitution(municipalityId: $m, from: "2025-01-01", to: "2025-12-31") { totals { careLayer scenario hours costs } } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: READERS,
      refusal: "NOT_FOUND",
      shows: (d) => nonZero(d.substitution.totals),
      // the member's 3 unpriced hours and the 2 priced ones through the provision
      expected: [
        { careLayer: "FIRST_LINE", scenario: "INTERVENTION", hours: "5", costs: "160.00" },
      ],
    },
    {
      name: "substitution(priceListId)",
      query: `query($p: ID!) { substitution(priceListId: $p, from: "2025-01-01", to: "2025-12-31") { totals { hours costs } } }`,
      foreign: { p: f.priceListId },
      own: { p: o.priceListId },
      roles: READERS,
      refusal: "NOT_FOUND",
      shows: (d) => nonZero(d.substitution.totals),
      expected: [{ hours: "5", costs: "160.00" }],
    },
    {
      name: "pricing(municipalityId)",
      query: `query($m: ID!) { pricing(municipalityId: $m, reportYear: 2025) { items { code } } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: ROLES,
      refusal: "NOT_FOUND",
      shows: (d) => d.pricing.items.map((i: any) => i.code).sort(),
      expected: ["BATEN", "UUR", "ZW_ONLY"],
    },
    {
      name: "pricing(priceListId)",
      query: `query($m: ID!, $p: ID!) { pricing(municipalityId: $m, priceListId: $p, reportYear: 2025) { items { code } } }`,
      foreign: { m: w.own.id, p: f.priceListId },
      own: { m: w.own.id, p: o.priceListId },
      roles: ROLES,
      refusal: "NOT_FOUND",
      shows: (d) => d.pricing.items.map((i: any) => i.code).sort(),
      expected: ["BATEN", "UUR", "ZW_ONLY"],
    },
    {
      name: "priceLists(municipalityId)",
      query: `query($m: ID!) { priceLists(municipalityId: $m) { id name } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: ROLES,
      refusal: "none",
      shows: (d) => d.priceLists.map((l: any) => l.name),
      expected: ["Prijslijst Zwolle"],
    },
    {
      name: "priceIndices(municipalityId)",
      query: `query($m: ID!) { priceIndices(municipalityId: $m) { name municipalityId } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: ROLES,
      refusal: "none",
      shows: (d) => d.priceIndices.map((i: any) => i.name),
      expected: ["Index Zwolle"],
    },
    {
      name: "quadrantModels(municipalityId)",
      query: `query($m: ID!) { quadrantModels(municipalityId: $m) { id name } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: ROLES,
      refusal: "none", // the built-in models only
      shows: (d) => d.quadrantModels.map((m: any) => m.name).slice(2),
      expected: ["Model Zwolle"],
    },
    {
      name: "importJobs(municipalityId)",
      query: `query($m: ID!) { importJobs(municipalityId: $m) { id filename } }`,
      foreign: { m: w.foreign.id },
      own: { m: w.own.id },
      roles: ["ANALYST"],
      refusal: "none",
      shows: (d) => d.importJobs.map((j: any) => j.filename),
      expected: ["zaken-Zwolle.csv"],
    },
    {
      name: "positionSurveys(filter: { modelId })",
      query: `query($m: ID!) { positionSurveys(first: 10, filter: { modelId: $m }) { totalCount } }`,
      foreign: { m: f.modelId },
      own: { m: MODEL_A_ID },
      roles: READERS,
      refusal: "none",
      shows: (d) => d.positionSurveys.totalCount,
      expected: 1,
    },
  ];
}
