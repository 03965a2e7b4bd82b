import type { EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import { validatePoint } from "../../calculators/quadrant/index";
import { Municipality } from "../../schema/municipality";
import { PositionResponse, PositionSurvey } from "../../schema/position-survey";
import { PositionHorizon, PositionSubject } from "../../schema/quadrant-enums";
import type { QuadrantModel } from "../../schema/quadrant-model";
import type {
  CreatePositionSurveyInput,
  PositionResponseInput,
} from "../../schema/inputs/position-survey.input";
import {
  DomainError,
  BadInputError,
  NotFoundError,
  canSee,
  type TenantScope,
  findVisible,
  insertRow,
  requireId,
  UUID,
} from "../platform";
import { scaleOf } from "./provision.service";
import { findVisibleModel } from "./quadrant-model.service";
const DECIMAL = /^-?\d+(\.\d{1,2})?$/;

/** One problem with one response row: which row, which column, the value and why. */
export interface RowProblem {
  row: number;
  column: string;
  value: string | null;
  reason: string;
}

async function surveyMunicipality(
  em: EntityManager,
  scope: TenantScope,
  input: CreatePositionSurveyInput,
  model: QuadrantModel,
): Promise<string> {
  const teamIds = input.teamIds ?? [];
  const teams: { id: string; municipality_id: string }[] = teamIds.length
    ? await em.query("SELECT id, municipality_id FROM team WHERE id = ANY($1)", [teamIds])
    : [];
  const teamMunicipality = new Map(teams.map((t) => [t.id, t.municipality_id]));
  teamIds.forEach((id, index) => {
    const owner = teamMunicipality.get(id);
    if (!owner || !canSee(scope, owner)) throw new NotFoundError("Team", id, `teamIds[${index}]`);
  });
  const candidates = new Set<string>(teams.map((t) => t.municipality_id));
  if (input.municipalityId) candidates.add(input.municipalityId);
  if (model.municipalityId) candidates.add(model.municipalityId);
  if (candidates.size > 1) {
    throw new BadInputError(
      "teamIds",
      "the teams, the model and municipalityId must belong to one municipality",
    );
  }
  const [municipalityId] = [...candidates];
  if (!municipalityId) {
    if (scope.kind === "municipalities" && scope.ids.length === 1) return scope.ids[0];
    throw new BadInputError(
      "municipalityId",
      "is needed when no teams are given and the model is built in",
    );
  }
  await findVisible(
    em,
    Municipality,
    "Municipality",
    municipalityId,
    scope,
    "municipalityId",
    "x.id",
  );
  return municipalityId;
}

export async function createPositionSurvey(
  em: EntityManager,
  scope: TenantScope,
  input: CreatePositionSurveyInput,
) {
  const model = await findVisibleModel(em, scope, input.modelId);
  const municipalityId = await surveyMunicipality(em, scope, input, model);
  const survey = await insertRow(em, PositionSurvey, {
    municipalityId,
    modelId: model.id,
    title: input.title.trim(),
    date: input.date ?? null,
  });
  for (const teamId of input.teamIds ?? []) {
    await em.query(
      "INSERT INTO position_survey_team (survey_id, team_id, municipality_id) VALUES ($1, $2, $3)",
      [survey.id, teamId, municipalityId],
    );
  }
  return survey;
}

/** What a response row holds once parsed; teams may be given by id or by name. */
export interface ResponseRow {
  respondent: string | null;
  team: string | null;
  specialisms: string[];
  subject: string | null;
  horizon: string | null;
  x: string | null;
  y: string | null;
}

const BSN_LIKE = /\b\d{9}\b/;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * Checks response rows against the survey: every problem is reported with its row and
 * column; nothing is written unless there are none.
 */
export async function checkResponseRows(
  em: EntityManager,
  survey: PositionSurvey,
  model: QuadrantModel,
  rows: ResponseRow[],
  rowNumber: (index: number) => number,
): Promise<{ problems: RowProblem[]; responses: Omit<PositionResponse, "id" | "createdAt">[] }> {
  const teams: { id: string; name: string }[] = await em.query(
    "SELECT id, name FROM team WHERE municipality_id = $1",
    [survey.municipalityId],
  );
  const surveyTeams: { team_id: string }[] = await em.query(
    "SELECT team_id FROM position_survey_team WHERE survey_id = $1",
    [survey.id],
  );
  const allowed = surveyTeams.length ? new Set(surveyTeams.map((t) => t.team_id)) : null;
  const byName = new Map(teams.map((t) => [t.name.toLowerCase(), t.id]));
  const byId = new Set(teams.map((t) => t.id));
  const existing: { respondent: string; subject: string; horizon: string }[] = await em.query(
    "SELECT respondent, subject, horizon FROM position_response WHERE survey_id = $1",
    [survey.id],
  );
  const taken = new Set(existing.map((r) => `${r.respondent}|${r.subject}|${r.horizon}`));
  const scale = scaleOf(model);
  const problems: RowProblem[] = [];
  const responses: Omit<PositionResponse, "id" | "createdAt">[] = [];

  rows.forEach((row, index) => {
    const at = rowNumber(index);
    const problem = (column: string, value: string | null, reason: string) =>
      problems.push({ row: at, column, value, reason });
    const respondent = row.respondent?.trim() ?? "";
    if (!respondent) problem("respondent", row.respondent, "must not be empty");
    else if (respondent.length > 60)
      problem("respondent", row.respondent, "must be at most 60 characters");
    else if (BSN_LIKE.test(respondent) || EMAIL_LIKE.test(respondent)) {
      problem(
        "respondent",
        row.respondent,
        "must be a pseudonymous key, not a BSN-like number or an e-mail address",
      );
    }
    let teamId: string | null = null;
    if (row.team?.trim()) {
      const team = row.team.trim();
      teamId = UUID.test(team)
        ? byId.has(team.toLowerCase())
          ? team.toLowerCase()
          : null
        : (byName.get(team.toLowerCase()) ?? null);
      if (!teamId) problem("team", row.team, "is not a team of this municipality");
      else if (allowed && !allowed.has(teamId))
        problem("team", row.team, "does not take part in this survey");
    }
    const subject = row.subject?.trim().toUpperCase() ?? "";
    if (!(subject in PositionSubject)) problem("subject", row.subject, "must be SELF or TEAM");
    const horizon = row.horizon?.trim().toUpperCase() ?? "";
    if (!(horizon in PositionHorizon))
      problem("horizon", row.horizon, "must be CURRENT or DESIRED");
    for (const axis of ["x", "y"] as const) {
      const value = row[axis]?.trim() ?? "";
      if (!DECIMAL.test(value)) {
        problem(axis, row[axis], "must be a decimal number with at most two decimals, e.g. -4.5");
        continue;
      }
      const reason = validatePoint(axis === "x" ? value : "0", axis === "y" ? value : "0", scale);
      if (reason) problem(axis, row[axis], reason);
    }
    const specialisms = row.specialisms.map((s) => s.trim()).filter(Boolean);
    if (specialisms.some((s) => s.length > 60))
      problem("specialisms", specialisms.join(";"), "each must be at most 60 characters");
    const key = `${respondent}|${subject}|${horizon}`;
    if (respondent && taken.has(key)) {
      problem(
        "respondent",
        row.respondent,
        `already has a ${subject} ${horizon} response in this survey`,
      );
    }
    taken.add(key);
    responses.push({
      municipalityId: survey.municipalityId,
      surveyId: survey.id,
      respondent,
      teamId,
      specialisms: [...new Set(specialisms)],
      subject: subject as PositionSubject,
      horizon: horizon as PositionHorizon,
      x: DECIMAL.test(row.x?.trim() ?? "") ? new Decimal(row.x!.trim()).toString() : "0",
      y: DECIMAL.test(row.y?.trim() ?? "") ? new Decimal(row.y!.trim()).toString() : "0",
    });
  });
  return { problems, responses };
}

export async function insertResponses(
  em: EntityManager,
  responses: Omit<PositionResponse, "id" | "createdAt">[],
) {
  for (const response of responses) await insertRow(em, PositionResponse, response as never);
}

/** Loads a survey the caller may see, locked so that concurrent additions cannot both pass the duplicate check. */
export async function lockSurvey(em: EntityManager, scope: TenantScope, surveyId: string) {
  const survey = await findVisible(
    em,
    PositionSurvey,
    "PositionSurvey",
    requireId("surveyId", surveyId),
    scope,
    "surveyId",
  );
  await em.query("SELECT id FROM position_survey WHERE id = $1 FOR UPDATE", [survey.id]);
  const model = await findVisibleModel(em, { kind: "all" }, survey.modelId);
  return { survey, model };
}

/** addPositionResponses: all rows or none; the first problem names its row, all are listed. */
export async function addPositionResponses(
  em: EntityManager,
  scope: TenantScope,
  surveyId: string,
  inputs: PositionResponseInput[],
) {
  if (!inputs.length) throw new BadInputError("responses", "must hold at least one response");
  if (inputs.length > 10000)
    throw new BadInputError("responses", "at most 10,000 responses per call");
  const { survey, model } = await lockSurvey(em, scope, surveyId);
  const rows: ResponseRow[] = inputs.map((r) => ({
    respondent: r.respondent,
    team: r.teamId ?? null,
    specialisms: r.specialisms ?? [],
    subject: r.subject,
    horizon: r.horizon,
    x: r.x,
    y: r.y,
  }));
  const { problems, responses } = await checkResponseRows(
    em,
    survey,
    model,
    rows,
    (index) => index,
  );
  if (problems.length) {
    const fields = problems.map((p) => ({
      field: `responses[${p.row}].${p.column === "team" ? "teamId" : p.column}`,
      reason: p.reason,
    }));
    throw new DomainError(
      "BAD_USER_INPUT",
      fields.map((f) => `${f.field}: ${f.reason}`).join("; "),
      {
        field: fields[0].field,
        fields,
      },
    );
  }
  await insertResponses(em, responses);
  return survey;
}
