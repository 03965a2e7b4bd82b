import { Decimal } from "decimal.js";
import { Scenario } from "../../schema/registration-enums";
import { checkOutcome } from "../registration";
import { OUTCOME_COLUMNS, type OutcomeColumn } from "./registration-columns";
import type { ImportContext } from "./registration-context";
import { resolveCase, type KindHandler } from "./registration-rows";
import { checkStoredCase } from "./stored-case-check";
import { upsertRows, type UpsertSpec } from "./registration-upsert";
import { dateText, decimalText, fractionText, scenario, wholeNumber } from "./registration-values";

/** Outcomes (maatschappelijke opbrengsten) from a file, stored under their external ref. */
interface OutcomeValues {
  caseId: string;
  externalRef: string;
  scenario: string;
  outcomeDate: string;
  description: string;
  priceItemCode: string | null;
  quantity: string | null;
  recurMonths: number | null;
  durationYears: number | null;
  deadweight: string;
  displacement: string;
  attribution: string;
  dropOff: string;
  leakage: string;
  evidence: string;
  beneficiaryId: string | null;
}

const FRACTIONS = ["deadweight", "displacement", "attribution", "dropOff", "leakage"] as const;

const RULE_FIELDS: Record<string, OutcomeColumn> = {
  externalRef: "externalRef",
  scenario: "scenario",
  outcomeDate: "date",
  description: "description",
  evidence: "evidence",
  priceItemCode: "priceItem",
  quantity: "quantity",
  recurMonths: "recurMonths",
  durationYears: "durationYears",
  beneficiaryId: "beneficiary",
  ...Object.fromEntries(FRACTIONS.map((f) => [f, f])),
};

const UPSERT: UpsertSpec = {
  table: "outcome",
  key: "external_ref",
  columns: [
    { name: "case_id", type: "uuid" },
    { name: "external_ref", type: "text" },
    { name: "scenario", type: "text" },
    { name: "outcome_date", type: "date" },
    { name: "description", type: "text" },
    { name: "price_item_code", type: "text" },
    { name: "quantity", type: "numeric" },
    { name: "recur_months", type: "integer" },
    { name: "duration_years", type: "integer" },
    { name: "deadweight", type: "numeric" },
    { name: "displacement", type: "numeric" },
    { name: "attribution", type: "numeric" },
    { name: "drop_off", type: "numeric" },
    { name: "leakage", type: "numeric" },
    { name: "evidence", type: "text" },
    { name: "beneficiary_id", type: "uuid" },
  ],
};

/** numeric(12,4) holds less than 10^8. */
const MAX_QUANTITY = new Decimal("1e8");

function resolveStakeholder(ctx: ImportContext, cell: string): string | null {
  const lower = cell.toLowerCase();
  if (ctx.lookups.stakeholderIds.has(lower)) return lower;
  return ctx.stakeholderByCode.get(cell) ?? ctx.stakeholderByCode.get(cell.toUpperCase()) ?? null;
}

export const outcomeRows: KindHandler<OutcomeColumn, OutcomeValues> = {
  columns: OUTCOME_COLUMNS,
  needs: { cases: true, members: false },

  map(cells, columns, ctx, report) {
    const cell = (field: OutcomeColumn) => columns.cell(cells, field);
    const externalRef = cell("externalRef");
    if (!externalRef)
      report.add(
        "externalRef",
        null,
        "is required: imported outcomes need an external reference (the id in your registration system) so that importing the file again changes nothing",
      );

    const caseCell = cell("case");
    const theCase = resolveCase(ctx, caseCell);
    if (theCase.problem) report.add("case", caseCell, theCase.problem);

    const scenarioCell = cell("scenario");
    const scenarioValue = scenarioCell ? scenario(scenarioCell) : Scenario.INTERVENTION;
    if (!scenarioValue)
      report.add(
        "scenario",
        scenarioCell,
        "must be INTERVENTION or REFERENCE (interventie or referentie)",
      );

    const beneficiaryCell = cell("beneficiary");
    const beneficiaryId = beneficiaryCell ? resolveStakeholder(ctx, beneficiaryCell) : null;
    if (beneficiaryCell && !beneficiaryId)
      report.add(
        "beneficiary",
        beneficiaryCell,
        "no stakeholder of this municipality has this code or id",
      );

    const quantityCell = cell("quantity");
    const quantity = report.parsed(
      "quantity",
      quantityCell,
      decimalText(quantityCell, 4),
      quantityCell,
    );
    if (quantity && /^\d+(\.\d+)?$/.test(quantity) && new Decimal(quantity).gte(MAX_QUANTITY))
      report.add("quantity", quantityCell, "must be below 100,000,000");

    const fraction = (field: (typeof FRACTIONS)[number]) =>
      report.parsed(field, cell(field), fractionText(cell(field)), cell(field));
    const months = cell("recurMonths");
    const years = cell("durationYears");
    const values: OutcomeValues = {
      caseId: theCase.found?.id ?? "",
      externalRef,
      scenario: scenarioValue ?? scenarioCell,
      outcomeDate: dateText(cell("date")),
      description: cell("description"),
      priceItemCode: cell("priceItem") || null,
      quantity: quantity || null,
      recurMonths: report.parsed("recurMonths", months, wholeNumber(months), null),
      durationYears: report.parsed("durationYears", years, wholeNumber(years), null),
      deadweight: fraction("deadweight"),
      displacement: fraction("displacement"),
      attribution: fraction("attribution"),
      dropOff: fraction("dropOff"),
      leakage: fraction("leakage"),
      evidence: cell("evidence"),
      beneficiaryId: beneficiaryId ?? (beneficiaryCell || null),
    };
    report.addRules(checkOutcome(values, ctx.lookups), RULE_FIELDS);
    return values;
  },

  uniqueKeys: (values) =>
    values.externalRef ? [{ field: "externalRef", key: values.externalRef }] : [],

  checkStored: (em, ctx, rows, columns) =>
    checkStoredCase(em, ctx, "outcome", "an outcome", rows, columns),

  write(em, municipalityId, rows) {
    return upsertRows(
      em,
      UPSERT,
      municipalityId,
      rows.map((v) => ({
        case_id: v.caseId,
        external_ref: v.externalRef,
        scenario: v.scenario,
        outcome_date: v.outcomeDate,
        description: v.description,
        price_item_code: v.priceItemCode,
        quantity: v.quantity,
        recur_months: v.recurMonths,
        duration_years: v.durationYears,
        deadweight: v.deadweight,
        displacement: v.displacement,
        attribution: v.attribution,
        drop_off: v.dropOff,
        leakage: v.leakage,
        evidence: v.evidence,
        beneficiary_id: v.beneficiaryId,
      })),
    );
  },
};
