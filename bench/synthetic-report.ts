import type { PeriodRow } from "../calculators/effect";
import type {
  AccountabilityReportData,
  CaseReportRow,
  CaseRowSource,
  ComparisonRow,
  Language,
  SummaryRow,
} from "../reports";

/**
 * Synthetic accountability data that reconciles to the cent: `cases` cases × `months` months with
 * deterministic pseudo-random cents, so the case rows can be generated again for the second case
 * sheet without keeping them. For the 500k bench and the builder's unit tests.
 */
export interface SyntheticOptions {
  cases: number;
  months: number;
  teams?: number;
  language?: Language;
  /** The report's grouping; TEAM adds the comparison per team to the one per arrangement. */
  groupBy?: "ARRANGEMENT" | "TEAM";
}

function rng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const text = (value: bigint) => {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
};

function monthLabel(start: number, offset: number) {
  const index = start + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

interface CaseMonthCents {
  costs: bigint;
  returns: bigint;
  discountedCosts: bigint;
  discountedReturns: bigint;
}

function caseMonths(index: number, months: number): CaseMonthCents[] {
  const random = rng(index * 7919 + 17);
  return Array.from({ length: months }, (_, m) => {
    const costs = m < months / 3 ? BigInt(Math.floor(random() * 40000)) : 0n;
    const returns = m >= 2 ? BigInt(Math.floor(random() * 30000)) : 0n;
    const factor = m < 12 ? 1 : 0.97;
    return {
      costs,
      returns,
      discountedCosts: BigInt(Math.round(Number(costs) * factor)),
      discountedReturns: BigInt(Math.round(Number(returns) * factor)),
    };
  });
}

const START = 2025 * 12; // January 2025

function lastDayOf(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return `${month}-${new Date(Date.UTC(year, m, 0)).getUTCDate()}`;
}

function teamOf(index: number, teams: number) {
  return `Wijkteam ${String.fromCharCode(65 + (index % teams))}`;
}

function caseRow(
  index: number,
  months: number,
  teams: number,
  groupBy: SyntheticOptions["groupBy"] = "ARRANGEMENT",
): CaseReportRow {
  const rows = caseMonths(index, months);
  const sum = (field: keyof CaseMonthCents) => rows.reduce((acc, row) => acc + row[field], 0n);
  const investment = sum("discountedCosts");
  const presentValue = sum("discountedReturns");
  return {
    reference: `SY-${String(index + 1).padStart(7, "0")}`,
    team: teamOf(index, teams),
    district: index % 3 === 0 ? null : `Wijk ${index % 5}`,
    group: groupBy === "TEAM" ? teamOf(index, teams) : `Arrangement ${index % 4}`,
    arrangement: `Arrangement ${index % 4}`,
    nominalCosts: text(sum("costs")),
    nominalReturns: text(sum("returns")),
    nominalNet: text(sum("returns") - sum("costs")),
    investment: text(investment),
    presentValue: text(presentValue),
    npv: text(presentValue - investment),
    sroiRatio: investment === 0n ? null : (Number(presentValue) / Number(investment)).toFixed(3),
    paybackMonth: null,
    paybackPeriod: null,
    months: rows.map((row, m) => ({
      period: monthLabel(START, m),
      costs: text(row.costs),
      returns: text(row.returns),
      discountedCosts: text(row.discountedCosts),
      discountedReturns: text(row.discountedReturns),
    })),
  };
}

export function syntheticCases(options: SyntheticOptions): CaseRowSource {
  const teams = options.teams ?? 4;
  return async function* () {
    for (let index = 0; index < options.cases; index++) {
      yield caseRow(index, options.months, teams, options.groupBy);
    }
  };
}

class Money {
  nominalCosts = 0n;
  nominalReturns = 0n;
  investment = 0n;
  presentValue = 0n;
  cases = 0;
  add(row: CaseReportRow) {
    this.cases += 1;
    this.nominalCosts += BigInt(row.nominalCosts.replace(".", ""));
    this.nominalReturns += BigInt(row.nominalReturns.replace(".", ""));
    this.investment += BigInt(row.investment.replace(".", ""));
    this.presentValue += BigInt(row.presentValue.replace(".", ""));
  }
  figures() {
    return {
      cases: this.cases,
      nominalCosts: text(this.nominalCosts),
      nominalReturns: text(this.nominalReturns),
      nominalNet: text(this.nominalReturns - this.nominalCosts),
      investment: text(this.investment),
      presentValue: text(this.presentValue),
      npv: text(this.presentValue - this.investment),
      sroiRatio:
        this.investment === 0n
          ? null
          : (Number(this.presentValue) / Number(this.investment)).toFixed(3),
    };
  }
}

const DIST = { n: 0, min: null, q1: null, median: null, q3: null, max: null };

/** The report data whose every total is the sum of the synthetic case rows. */
export function syntheticReportData(options: SyntheticOptions): AccountabilityReportData {
  const teams = options.teams ?? 4;
  const byTeam = new Map<string, Money>();
  const byGroup = new Map<string, Money>();
  const total = new Money();
  const monthly = Array.from({ length: options.months }, () => ({
    costs: 0n,
    returns: 0n,
    discountedCosts: 0n,
    discountedReturns: 0n,
  }));
  for (let index = 0; index < options.cases; index++) {
    const row = caseRow(index, options.months, teams, options.groupBy);
    for (const [map, key] of [
      [byTeam, row.team],
      [byGroup, row.arrangement],
    ] as const) {
      if (!map.has(key)) map.set(key, new Money());
      map.get(key)!.add(row);
    }
    total.add(row);
    caseMonths(index, options.months).forEach((month, m) => {
      monthly[m].costs += month.costs;
      monthly[m].returns += month.returns;
      monthly[m].discountedCosts += month.discountedCosts;
      monthly[m].discountedReturns += month.discountedReturns;
    });
  }
  let cumulative = 0n;
  let discountedCumulative = 0n;
  const timeline: PeriodRow[] = monthly.map((month, m) => {
    cumulative += month.returns - month.costs;
    discountedCumulative += month.discountedReturns - month.discountedCosts;
    return {
      period: monthLabel(START, m),
      costs: text(month.costs),
      returns: text(month.returns),
      net: text(month.returns - month.costs),
      cumulative: text(cumulative),
      discountedCosts: text(month.discountedCosts),
      discountedReturns: text(month.discountedReturns),
      discountedNet: text(month.discountedReturns - month.discountedCosts),
      discountedCumulative: text(discountedCumulative),
    };
  });
  const summary = (label: string, money: Money, hours: string): SummaryRow => ({
    label,
    ...money.figures(),
    hoursIndividual: hours,
    hoursCollective: "2.50",
    ratioLow: "0.900",
    ratioHigh: "1.800",
    paybackMonth: 14,
    discountedPaybackMonth: 16,
    paybackPeriod: monthLabel(START, 13),
    discountedPaybackPeriod: monthLabel(START, 15),
  });
  const comparison = (label: string, money: Money): ComparisonRow => ({
    label,
    ...money.figures(),
    ratioLow: "0.900",
    ratioHigh: "1.800",
    ratio: DIST,
    npvDistribution: DIST,
  });
  const teamRows = [...byTeam.keys()].sort().map((key) => summary(key, byTeam.get(key)!, "10.25"));
  const totalRow = summary("Totaal", total, (10.25 * teamRows.length).toFixed(2));
  totalRow.hoursCollective = (2.5 * teamRows.length).toFixed(2);
  const investment = total.investment;
  const wmo = investment;
  const presentValue = total.presentValue;
  const zvw = presentValue / 3n;
  return {
    language: options.language ?? "NL",
    municipality: { code: "GM9999", name: "Proefstad" },
    period: { from: "2025-01-01", to: "2025-12-31" },
    generatedAt: new Date("2026-01-15T10:00:00Z"),
    requestedBy: "controller@proefstad.nl",
    filter: {},
    groupBy: options.groupBy ?? "ARRANGEMENT",
    granularity: "MONTH",
    teams: teamRows,
    total: totalRow,
    timeline,
    stakeholders: [
      {
        code: "WMO",
        name: "Gemeente (Wmo)",
        pays: text(wmo),
        gains: text(presentValue - zvw),
        net: text(presentValue - zvw - wmo),
      },
      { code: "ZVW", name: "Zorgverzekeraar", pays: "0.00", gains: text(zvw), net: text(zvw) },
    ],
    matrix: [
      { payer: "WMO", beneficiary: "WMO", value: text(presentValue - zvw) },
      { payer: "WMO", beneficiary: "ZVW", value: text(zvw) },
    ],
    comparisons: [
      {
        groupBy: "ARRANGEMENT" as const,
        rows: [...byGroup.keys()].sort().map((key) => comparison(key, byGroup.get(key)!)),
        total: comparison("Totaal", total),
      },
      ...(options.groupBy === "TEAM"
        ? [
            {
              groupBy: "TEAM" as const,
              rows: [...byTeam.keys()].sort().map((key) => comparison(key, byTeam.get(key)!)),
              total: comparison("Totaal", total),
            },
          ]
        : []),
    ],
    quadrants: [
      {
        model: "Model A",
        team: "Wijkteam A",
        quadrantCode: "a",
        quadrantName: "individueel-formeel",
        hours: "8.25",
        cases: 3,
      },
      {
        model: "Model A",
        team: "Wijkteam A",
        quadrantCode: null,
        quadrantName: null,
        hours: "2.00",
        cases: 1,
      },
    ],
    priceList: {
      name: "Prijslijst Proefstad",
      version: 3,
      status: "PUBLISHED",
      validFrom: "2025-01-01",
      reportYear: 2025,
      indexName: "CPI",
      indexUsed: [
        { year: 2024, value: "100" },
        { year: 2025, value: "103.3" },
      ],
    },
    priceItems: [
      {
        code: "UUR_WIJKTEAM",
        name: "Uur wijkteamwerker",
        unit: "HOUR",
        price: "85.00",
        priceYear: 2024,
        indexFactor: "1.033",
        indexedPrice: "87.81",
        bearer: "WMO",
        valueType: "FISCAL",
        grade: "A",
        source: "CAO Sociaal Werk 2024",
      },
    ],
    settings: {
      baseDate: "2025-01-01",
      horizonMonths: options.months,
      horizonEnd: lastDayOf(monthLabel(START, options.months - 1)),
      discountRate: "0.0225",
      discountFirstYear: false,
      ratioDecimals: 3,
      reportYear: 2025,
      optimismBias: { A: "0", B: "0.1", C: "0.25" },
      range: { fractionStep: "0.1", proxyStep: "0.2", discountFactor: "2" },
    },
    factors: [
      {
        code: "SCHULDEN_STABIEL",
        name: "Schulden gestabiliseerd",
        outcomes: 12,
        durationYears: 2,
        factors: [
          {
            kind: "PROXY",
            value: "4200.00",
            pessimistic: "3360.00",
            optimistic: "5040.00",
            breakEven: "2100.00",
          },
          {
            kind: "DEADWEIGHT",
            value: "0.2",
            pessimistic: "0.3",
            optimistic: "0.1",
            breakEven: "0.6",
          },
          { kind: "LEAKAGE", value: "0", pessimistic: "0.1", optimistic: "0", breakEven: "0.5" },
          {
            kind: "DROP_OFF",
            value: "0.3",
            pessimistic: "0.4",
            optimistic: "0.2",
            breakEven: null,
          },
        ],
      },
    ],
    breakEvenMargin: "0.5",
    unpricedActivities: 0,
    unpricedOutcomes: 0,
    caseMonthRows: options.cases * options.months,
  };
}
