import type { DataSource } from "typeorm";
import { Decimal } from "decimal.js";
import { DEFAULT_UPLIFTS, rollUpTimeline } from "../../calculators/effect";
import type {
  AccountabilityReportData,
  ComparisonRow,
  Language,
  PriceItemRow,
  SummaryRow,
} from "../../reports";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { ReportFilter } from "../../schema/report-export";
import { NotFoundError } from "../errors";
import { canSee, type TenantScope } from "../scope";
import { caseSelection } from "../services/effect-cases";
import {
  compareEffects,
  type CaseEffectRow,
  type EffectComparisonResult,
  type GroupEffect,
} from "../services/effect-comparison.service";
import type { PriceTable } from "../services/pricing";
import { hoursPerTeam, quadrantRows, type TeamHours } from "./report-effort";

/**
 * Assembles the workbook's data from the same service the GraphQL `effectComparison` query uses
 * (never a second computation of the figures): the cockpit from the comparison per team (with
 * the sensitivity range), the comparison sheet from the comparison per the filter's groupBy
 * (whose case rows stream to `onCase`), plus hours, quadrants, prices and settings.
 */
export interface AssembleOptions {
  language: Language;
  requestedBy: string | null;
  generatedAt?: Date;
  /** Each case's result, for the case sheets and the CSV. */
  onCase: (row: CaseEffectRow) => Promise<void>;
  /** 0 to 1 over the computation; also the pass ("groups", then "teams") and its cases done. */
  onProgress?: (fraction: number, pass: string, done: number, total: number) => void;
}

/** The case filter the comparisons use: the report's municipality, period and narrowing. */
export function caseFilterOf(filter: ReportFilter): CaseFilter {
  const caseFilter: CaseFilter = {
    municipalityId: filter.municipalityId,
    from: filter.from,
    to: filter.to,
  };
  if (filter.teamId) caseFilter.teamId = filter.teamId;
  if (filter.districtId) caseFilter.districtId = filter.districtId;
  if (filter.arrangementId) caseFilter.arrangementId = filter.arrangementId;
  return caseFilter;
}

async function nameOf(db: DataSource, table: string, id: string | null | undefined) {
  if (!id) return null;
  const [row]: { name: string }[] = await db.query(`SELECT name FROM ${table} WHERE id = $1`, [id]);
  return row?.name ?? id;
}

const hoursText = (hours: Decimal | undefined) => (hours ?? new Decimal(0)).toFixed(2);

function summaryRow(group: GroupEffect, hours: TeamHours | undefined): SummaryRow {
  return {
    label: group.label,
    cases: group.cases,
    hoursIndividual: hoursText(hours?.individual),
    hoursCollective: hoursText(hours?.collective),
    nominalCosts: group.nominalCosts,
    nominalReturns: group.nominalReturns,
    nominalNet: group.nominalNet,
    investment: group.investment,
    presentValue: group.presentValue,
    npv: group.npv,
    sroiRatio: group.sroiRatio,
    ratioLow: group.ratioLow,
    ratioHigh: group.ratioHigh,
    paybackMonth: group.paybackMonth,
    discountedPaybackMonth: group.discountedPaybackMonth,
  };
}

function comparisonRow(group: GroupEffect): ComparisonRow {
  return {
    label: group.label,
    cases: group.cases,
    nominalCosts: group.nominalCosts,
    nominalReturns: group.nominalReturns,
    nominalNet: group.nominalNet,
    investment: group.investment,
    presentValue: group.presentValue,
    npv: group.npv,
    sroiRatio: group.sroiRatio,
    ratio: group.distribution.sroiRatio,
    npvDistribution: group.distribution.npv,
  };
}

/** Cents → euro text, rounded half away from zero (an indexed price is exact, unrounded). */
function eurosOfCents(cents: Decimal): string {
  return cents.dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

function priceItems(pricing: PriceTable, used: string[]): PriceItemRow[] {
  return used
    .map((code) => pricing.get(code))
    .filter((item) => item !== undefined)
    .map((item) => ({
      code: item.code,
      name: item.name,
      unit: item.unit,
      price: eurosOfCents(new Decimal(item.priceCents.toString())),
      priceYear: item.priceYear,
      indexFactor: item.indexFactor.toSignificantDigits(12).toString(),
      indexedPrice: eurosOfCents(item.indexedCents),
      bearer: item.bearerCode,
      valueType: item.valueType,
      grade: item.grade,
      source: item.source,
    }));
}

export async function assembleReportData(
  db: DataSource,
  scope: TenantScope,
  filter: ReportFilter,
  options: AssembleOptions,
): Promise<AccountabilityReportData> {
  if (!canSee(scope, filter.municipalityId)) {
    throw new NotFoundError("Municipality", filter.municipalityId, "filter.municipalityId");
  }
  const [municipality]: { code: string; name: string }[] = await db.query(
    "SELECT code, name FROM municipality WHERE id = $1",
    [filter.municipalityId],
  );
  if (!municipality) {
    throw new NotFoundError("Municipality", filter.municipalityId, "filter.municipalityId");
  }
  const caseFilter = caseFilterOf(filter);
  const groupBy = filter.groupBy ?? EffectGroupBy.ARRANGEMENT;
  const perTeamToo = groupBy !== EffectGroupBy.TEAM;
  const share = perTeamToo ? 0.5 : 1;
  const progress = (offset: number, pass: string) => (done: number, total: number) =>
    options.onProgress?.(offset + share * (total ? done / total : 1), pass, done, total);
  const base = {
    municipalityId: filter.municipalityId,
    filter: caseFilter,
    settings: filter.settings ?? undefined,
  };
  const comparison = await compareEffects(db, scope, {
    ...base,
    groupBy,
    sensitivityRange: !perTeamToo,
    onCase: options.onCase,
    onProgress: progress(0, perTeamToo ? "groups" : "teams"),
  });
  const perTeam: EffectComparisonResult = perTeamToo
    ? await compareEffects(db, scope, {
        ...base,
        groupBy: EffectGroupBy.TEAM,
        sensitivityRange: true,
        onProgress: progress(0.5, "teams"),
      })
    : comparison;

  const selection = caseSelection(db, scope, filter.municipalityId, caseFilter, []);
  const period = { from: filter.from, to: filter.to };
  const hours = await hoursPerTeam(db, selection, period);
  const stakeholders: { code: string; name: string }[] = await db.query(
    "SELECT code, name FROM stakeholder WHERE municipality_id = $1 OR municipality_id IS NULL",
    [filter.municipalityId],
  );
  const stakeholderName = new Map(stakeholders.map((s) => [s.code, s.name]));
  const teamRows = perTeam.groups.map((group) => summaryRow(group, hours.get(group.key ?? "")));
  const total = summaryRow(perTeam.total, {
    individual: [...hours.values()].reduce((sum, h) => sum.plus(h.individual), new Decimal(0)),
    collective: [...hours.values()].reduce((sum, h) => sum.plus(h.collective), new Decimal(0)),
  });
  total.label = options.language === "EN" ? "Total" : "Totaal";
  const settings = perTeam.settingsUsed;
  const bias = filter.settings?.optimismBias;
  const pricing = perTeam.pricing;
  return {
    language: options.language,
    municipality,
    period,
    generatedAt: options.generatedAt ?? new Date(),
    requestedBy: options.requestedBy,
    filter: {
      team: await nameOf(db, "team", filter.teamId),
      district: await nameOf(db, "district", filter.districtId),
      arrangement: await nameOf(db, "arrangement", filter.arrangementId),
    },
    groupBy,
    granularity: filter.granularity ?? "MONTH",
    teams: teamRows,
    total,
    timeline:
      (filter.granularity ?? "MONTH") === "MONTH"
        ? perTeam.total.monthly
        : rollUpTimeline(perTeam.total.monthly, filter.granularity as "QUARTER" | "YEAR"),
    stakeholders: perTeam.total.byStakeholder.map((row) => ({
      code: row.stakeholder,
      name: stakeholderName.get(row.stakeholder) ?? row.stakeholder,
      pays: row.pays,
      gains: row.gains,
      net: row.net,
    })),
    matrix: perTeam.total.matrix.map((cell) => ({ ...cell })),
    comparison: comparison.groups.map(comparisonRow),
    comparisonTotal: {
      ...comparisonRow(comparison.total),
      label: options.language === "EN" ? "Total" : "Totaal",
    },
    quadrants: await quadrantRows(db, filter.municipalityId, selection, period, options.language),
    priceList: {
      name: pricing.priceList.name,
      version: pricing.priceList.versionNumber,
      status: pricing.priceList.status,
      validFrom: pricing.priceList.validFrom ? String(pricing.priceList.validFrom) : null,
      reportYear: pricing.reportYear,
      indexName: pricing.indexName,
      indexUsed: [...pricing.indexUsed.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, value]) => ({ year, value: value.toString() })),
    },
    priceItems: priceItems(pricing, perTeam.usedPriceCodes),
    settings: {
      baseDate: settings.baseDate,
      horizonMonths: settings.horizonMonths,
      discountRate: settings.discountRate,
      discountFirstYear: settings.discountFirstYear,
      ratioDecimals: settings.ratioDecimals,
      reportYear: settings.reportYear,
      optimismBias: {
        A: bias?.A ?? DEFAULT_UPLIFTS.A,
        B: bias?.B ?? DEFAULT_UPLIFTS.B,
        C: bias?.C ?? DEFAULT_UPLIFTS.C,
      },
    },
    unpricedActivities: perTeam.unpricedActivities,
    unpricedOutcomes: perTeam.unpricedOutcomes,
  };
}
