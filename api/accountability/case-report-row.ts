import type { CaseReportRow, GroupBy } from "../../reports/index";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import type { CaseEffectRow } from "../effects";

/**
 * A case's result as the case sheets and the CSV show it: its figures, its group in the report's
 * grouping and its arrangement group, and its months with money in them.
 */
export function caseReportRow(row: CaseEffectRow, groupBy: GroupBy): CaseReportRow {
  const result = row.result;
  const label = (grouping: EffectGroupBy) => row.groups.get(grouping)?.label ?? "";
  return {
    reference: row.reference,
    team: row.teamName,
    district: row.districtName,
    group: label(groupBy as EffectGroupBy),
    arrangement: label(EffectGroupBy.ARRANGEMENT),
    nominalCosts: result.nominal.costs,
    nominalReturns: result.nominal.returns,
    nominalNet: result.nominal.net,
    investment: result.investment,
    presentValue: result.presentValue,
    npv: result.npv,
    sroiRatio: result.sroiRatio,
    paybackMonth: result.paybackMonth,
    paybackPeriod:
      result.paybackMonth === null
        ? null
        : (result.timeline?.find((m) => m.month === result.paybackMonth)?.period ?? null),
    months: (result.timeline ?? [])
      .filter(
        (m) =>
          m.costs !== "0.00" ||
          m.returns !== "0.00" ||
          m.discountedCosts !== "0.00" ||
          m.discountedReturns !== "0.00",
      )
      .map((m) => ({
        period: m.period,
        costs: m.costs,
        returns: m.returns,
        discountedCosts: m.discountedCosts,
        discountedReturns: m.discountedReturns,
      })),
  };
}
