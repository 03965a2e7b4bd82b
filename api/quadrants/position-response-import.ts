import type { EntityManager } from "typeorm";
import { type TenantScope, normaliseDecimal, normaliseHeader, readTabularFile } from "../platform";
import {
  checkResponseRows,
  insertResponses,
  lockSurvey,
  type ResponseRow,
  type RowProblem,
} from "./position-survey.service";
/** Header names (normalised) accepted for each field, English and Dutch. */
const COLUMNS: Record<keyof ResponseRow, string[]> = {
  respondent: ["respondent", "respondentcode", "deelnemer"],
  team: ["team", "teamid", "teamnaam"],
  specialisms: ["specialisms", "specialismen", "specialisme"],
  subject: ["subject", "onderwerp", "wie"],
  horizon: ["horizon", "moment", "wanneer"],
  x: ["x"],
  y: ["y"],
};
const REQUIRED: (keyof ResponseRow)[] = ["respondent", "subject", "horizon", "x", "y"];

const SUBJECTS: Record<string, string> = {
  self: "SELF",
  eigen: "SELF",
  zelf: "SELF",
  team: "TEAM",
};
const HORIZONS: Record<string, string> = {
  current: "CURRENT",
  nu: "CURRENT",
  huidig: "CURRENT",
  desired: "DESIRED",
  gewenst: "DESIRED",
};

interface ImportReport {
  rowsRead: number;
  rowsImported: number;
  problems: RowProblem[];
}

/**
 * Imports positioning-survey responses from a CSV or XLSX file: columns matched by header,
 * every bad cell reported with its row and column, and all rows written or none.
 */
export async function importPositionResponses(
  em: EntityManager,
  scope: TenantScope,
  surveyId: string,
  file: { filename: string; contentBase64: string },
): Promise<ImportReport> {
  const { survey, model } = await lockSurvey(em, scope, surveyId);
  const table = await readTabularFile(file.filename, file.contentBase64);
  const headers = table.header.map(normaliseHeader);
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, names]) => [
      field,
      headers.findIndex((h) => names.includes(h)),
    ]),
  ) as Record<keyof ResponseRow, number>;
  const missing = REQUIRED.filter((field) => index[field] < 0);
  if (missing.length) {
    return {
      rowsRead: table.rows.length,
      rowsImported: 0,
      problems: missing.map((field) => ({
        row: 1,
        column: field,
        value: null,
        reason: "column is missing from the header",
      })),
    };
  }
  const cell = (cells: string[], field: keyof ResponseRow) =>
    index[field] >= 0 ? (cells[index[field]] ?? "") : "";
  const rows: ResponseRow[] = table.rows.map(({ cells }) => {
    const subject = cell(cells, "subject").trim();
    const horizon = cell(cells, "horizon").trim();
    return {
      respondent: cell(cells, "respondent"),
      team: cell(cells, "team") || null,
      specialisms: cell(cells, "specialisms").split(/[;,|]/),
      subject: SUBJECTS[subject.toLowerCase()] ?? subject,
      horizon: HORIZONS[horizon.toLowerCase()] ?? horizon,
      x: normaliseDecimal(cell(cells, "x")),
      y: normaliseDecimal(cell(cells, "y")),
    };
  });
  if (!rows.length) {
    return {
      rowsRead: 0,
      rowsImported: 0,
      problems: [
        { row: 2, column: "respondent", value: null, reason: "the file has no data rows" },
      ],
    };
  }
  const { problems, responses } = await checkResponseRows(
    em,
    survey,
    model,
    rows,
    (i) => table.rows[i].rowNumber,
  );
  if (problems.length) return { rowsRead: rows.length, rowsImported: 0, problems };
  await insertResponses(em, responses);
  return { rowsRead: rows.length, rowsImported: responses.length, problems: [] };
}
