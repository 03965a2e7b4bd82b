import type { EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import {
  DEFAULT_UPLIFTS,
  RANGE_DISCOUNT_FACTOR,
  RANGE_FRACTION_STEP,
  RANGE_PROXY_STEP,
  rollUpTimeline,
} from "../../calculators/effect/index";
import type {
  AccountabilityReportData,
  CaseReportRow,
  ComparisonRow,
  ComparisonTable,
  GroupBy,
  Language,
  PriceItemRow,
  SummaryRow,
} from "../../reports/index";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { ReportFilter } from "../../schema/report-export";
import { NotFoundError, canSee, type TenantScope } from "../platform";
import {
  caseSelection,
  CohortTrend,
  compareEffectsPer,
  type EffectComparisonResult,
  type GroupEffect,
} from "../effects";
import type { PriceTable } from "../pricing";
import { trendTable } from "./report-trend";
import { hypothesisTable } from "./report-hypothesis";
import { caseReportRow } from "./case-report-row";
import { hoursPerTeam, quadrantRows, type TeamHours } from "./report-effort";
import { breakEvenMargin, factorRows } from "./report-factors";

/**
 * Assembles the workbook's data from the same service the GraphQL `effectComparison` query uses
 * (never a second computation of the figures), in one pass over the cases: each case runs
 * through the calculator once (with its pessimistic and optimistic variants) and is grouped per
 * team (the cockpit, with the sensitivity range), per arrangement and per the filter's groupBy;
 * its row streams to `onCase`. Hours, quadrants, prices, factors and settings come with it. Give
 * it the manager of one snapshot transaction (see report-snapshot.ts) so that every figure is
 * read from the same state of the database.
 */
export interface AssembleOptions {
  language: Language;
  requestedBy: string | null;
  generatedAt?: Date;
  /** Each case's row, for the case sheets and the CSV. */
  onCase: (row: CaseReportRow) => Promise<void>;
  /** 0 to 1 over the computation, and the cases done. */
  onProgress?: (fraction: number, done: number, total: number) => void;
}

/** The case filter the comparisons use: the report's municipality, period and narrowing. */
function caseFilterOf(filter: ReportFilter): CaseFilter {
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

async function nameOf(em: EntityManager, table: string, id: string | null | undefined) {
  if (!id) return null;
  const [row]: { name: string }[] = await em.query(`SELECT name FROM ${table} WHERE id = $1`, [id]);
  return row?.name ?? id;
}

const hoursText = (hours: Decimal | undefined) => (hours ?? new Decimal(0)).toFixed(2);

/** The figures every sheet row of a group shows: label, cases and the money, nominal and PV. */
function moneyFigures(group: GroupEffect) {
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
  };
}

function summaryRow(group: GroupEffect, hours: TeamHours | undefined): SummaryRow {
  return {
    ...moneyFigures(group),
    hoursIndividual: hoursText(hours?.individual),
    hoursCollective: hoursText(hours?.collective),
    ratioLow: group.ratioLow,
    ratioHigh: group.ratioHigh,
    paybackMonth: group.paybackMonth,
    discountedPaybackMonth: group.discountedPaybackMonth,
    paybackPeriod: periodOfMonth(group.monthly, group.paybackMonth),
    discountedPaybackPeriod: periodOfMonth(group.monthly, group.discountedPaybackMonth),
  };
}

/** The calendar month of a payback month: month n is the n-th row of the group's timeline. */
function periodOfMonth(monthly: readonly { period: string }[], month: number | null) {
  return month === null ? null : (monthly[month - 1]?.period ?? null);
}

function comparisonRow(group: GroupEffect): ComparisonRow {
  return {
    ...moneyFigures(group),
    ratioLow: group.ratioLow,
    ratioHigh: group.ratioHigh,
    ratio: group.distribution.sroiRatio,
    npvDistribution: group.distribution.npv,
  };
}

function comparisonTable(result: EffectComparisonResult, totalLabel: string): ComparisonTable {
  return {
    groupBy: result.groupBy as GroupBy,
    rows: result.groups.map(comparisonRow),
    total: { ...comparisonRow(result.total), label: totalLabel },
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

/** Last day of the horizon's last month, counted from the base date's month. */
function horizonEnd(baseDate: string, horizonMonths: number): string {
  const index = Number(baseDate.slice(0, 4)) * 12 + Number(baseDate.slice(5, 7)) - 1;
  const last = index + horizonMonths - 1;
  const year = Math.floor(last / 12);
  const month = (last % 12) + 1;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${day}`;
}

/** The groupings a report needs: per team (cockpit), per arrangement (always), its own. */
function reportGroupings(groupBy: EffectGroupBy): EffectGroupBy[] {
  return [...new Set([EffectGroupBy.TEAM, EffectGroupBy.ARRANGEMENT, groupBy])];
}

export async function assembleReportData(
  em: EntityManager,
  scope: TenantScope,
  filter: ReportFilter,
  options: AssembleOptions,
): Promise<AccountabilityReportData> {
  if (!canSee(scope, filter.municipalityId)) {
    throw new NotFoundError("Municipality", filter.municipalityId, "filter.municipalityId");
  }
  const [municipality]: { code: string; name: string }[] = await em.query(
    "SELECT code, name FROM municipality WHERE id = $1",
    [filter.municipalityId],
  );
  if (!municipality) {
    throw new NotFoundError("Municipality", filter.municipalityId, "filter.municipalityId");
  }
  const language = options.language;
  const totalLabel = language === "EN" ? "Total" : "Totaal";
  const caseFilter = caseFilterOf(filter);
  const groupBy = filter.groupBy ?? EffectGroupBy.ARRANGEMENT;
  let caseMonthRows = 0;
  // Asked with a trend: group × cohort is one more grouping of the same pass over the cases.
  const trend = filter.trend ? new CohortTrend(groupBy, filter.trend) : null;
  const results = await compareEffectsPer(em, scope, {
    municipalityId: filter.municipalityId,
    filter: caseFilter,
    settings: filter.settings ?? undefined,
    groupings: reportGroupings(groupBy),
    // the cockpit's timeline and payback months; the comparison sheets show neither
    timelines: [EffectGroupBy.TEAM],
    sensitivityRange: true,
    derived: trend?.derived() ?? [],
    language,
    async onCase(effect) {
      const row = caseReportRow(effect, groupBy as GroupBy);
      caseMonthRows += row.months.length;
      await options.onCase(row);
    },
    onProgress: (done, total) => options.onProgress?.(total ? done / total : 1, done, total),
  });
  const perTeam = results.get(EffectGroupBy.TEAM)!;
  const settings = perTeam.settingsUsed;
  const end = horizonEnd(settings.baseDate, settings.horizonMonths);
  const basis = { from: settings.baseDate, to: end };

  const selection = caseSelection(em, scope, filter.municipalityId, caseFilter, []);
  const hours = await hoursPerTeam(em, selection, basis);
  const stakeholders: { code: string; name: string }[] = await em.query(
    "SELECT code, name FROM stakeholder WHERE municipality_id = $1 OR municipality_id IS NULL",
    [filter.municipalityId],
  );
  const stakeholderName = new Map(stakeholders.map((s) => [s.code, s.name]));
  const teamRows = perTeam.groups.map((group) => summaryRow(group, hours.get(group.key ?? "")));
  const total = summaryRow(perTeam.total, {
    individual: [...hours.values()].reduce((sum, h) => sum.plus(h.individual), new Decimal(0)),
    collective: [...hours.values()].reduce((sum, h) => sum.plus(h.collective), new Decimal(0)),
  });
  total.label = totalLabel;
  const bias = filter.settings?.optimismBias;
  const pricing = perTeam.pricing;
  const granularity = filter.granularity ?? "MONTH";
  const margin = breakEvenMargin(
    perTeam.total.investment,
    perTeam.total.presentValue,
    perTeam.outcomesPresentValue,
  );
  return {
    language,
    municipality,
    period: { from: filter.from, to: filter.to },
    generatedAt: options.generatedAt ?? new Date(),
    requestedBy: options.requestedBy,
    filter: {
      team: await nameOf(em, "team", filter.teamId),
      district: await nameOf(em, "district", filter.districtId),
      arrangement: await nameOf(em, "arrangement", filter.arrangementId),
    },
    groupBy: groupBy as GroupBy,
    granularity,
    teams: teamRows,
    total,
    timeline:
      granularity === "MONTH"
        ? perTeam.total.monthly
        : rollUpTimeline(perTeam.total.monthly, granularity as "QUARTER" | "YEAR"),
    stakeholders: perTeam.total.byStakeholder.map((row) => ({
      code: row.stakeholder,
      name: stakeholderName.get(row.stakeholder) ?? row.stakeholder,
      pays: row.pays,
      gains: row.gains,
      net: row.net,
    })),
    matrix: perTeam.total.matrix.map((cell) => ({ ...cell })),
    comparisons: [
      comparisonTable(results.get(EffectGroupBy.ARRANGEMENT)!, totalLabel),
      ...(groupBy === EffectGroupBy.ARRANGEMENT
        ? []
        : [comparisonTable(results.get(groupBy)!, totalLabel)]),
    ],
    trend: trend ? trendTable(trend.summarise(results.get(groupBy)!), totalLabel) : null,
    // The same cases as every other sheet: the report's municipality, period and narrowing.
    hypothesis: filter.hypothesis
      ? await hypothesisTable(
          em,
          scope,
          { ...caseFilter, municipalityId: filter.municipalityId },
          filter.hypothesis,
        )
      : null,
    quadrants: await quadrantRows(em, filter.municipalityId, selection, basis, language),
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
      horizonEnd: end,
      discountRate: settings.discountRate,
      discountFirstYear: settings.discountFirstYear,
      ratioDecimals: settings.ratioDecimals,
      reportYear: settings.reportYear,
      optimismBias: {
        A: bias?.A ?? DEFAULT_UPLIFTS.A,
        B: bias?.B ?? DEFAULT_UPLIFTS.B,
        C: bias?.C ?? DEFAULT_UPLIFTS.C,
      },
      range: {
        fractionStep: RANGE_FRACTION_STEP.toString(),
        proxyStep: RANGE_PROXY_STEP.toString(),
        discountFactor: RANGE_DISCOUNT_FACTOR.toString(),
      },
    },
    factors: await factorRows(em, selection, pricing, margin),
    breakEvenMargin: margin === null ? null : margin.toDecimalPlaces(6).toString(),
    unpricedActivities: perTeam.unpricedActivities,
    unpricedOutcomes: perTeam.unpricedOutcomes,
    caseMonthRows,
  };
}
