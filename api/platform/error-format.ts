import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError } from "./errors";
import { unwrapResolverError } from "@apollo/server/errors";
import { QueryFailedError } from "typeorm";
import type { ValidationError } from "class-validator";
import { ArgumentValidationError } from "type-graphql";

/** Readable messages for the database's own constraint checks (the second line of validation). */
const CONSTRAINT_MESSAGES: Record<string, { code: string; message: string }> = {
  municipality_code_key: {
    code: "CONFLICT",
    message: "code: a municipality with this code exists",
  },
  district_name_unique: { code: "CONFLICT", message: "name: a district with this name exists" },
  team_name_unique: { code: "CONFLICT", message: "name: a team with this name exists" },
  stakeholder_code_unique: {
    code: "CONFLICT",
    message: "code: a stakeholder with this code exists",
  },
  member_team_fk: { code: "CONFLICT", message: "the team still has members" },
  team_district_district_fk: {
    code: "CONFLICT",
    message: "the district is still served by a team",
  },
  district_parent_fk: { code: "CONFLICT", message: "the district still contains other districts" },
  quadrant_model_name_unique: {
    code: "CONFLICT",
    message: "name: a quadrant model with this name exists",
  },
  quadrant_code_unique: { code: "BAD_USER_INPUT", message: "quadrants: the codes must differ" },
  provision_name_unique: { code: "CONFLICT", message: "name: a provision with this name exists" },
  provision_placement_unique: {
    code: "CONFLICT",
    message: "someone else placed this provision in this model at the same moment; try again",
  },
  provision_placement_model_fk: { code: "CONFLICT", message: "the quadrant model is in use" },
  position_survey_model_fk: { code: "CONFLICT", message: "the quadrant model is in use" },
  provision_district_district_fk: {
    code: "CONFLICT",
    message: "the district still has provisions",
  },
  provision_placement_district_fk: {
    code: "CONFLICT",
    message: "the district still has provision placements",
  },
  position_survey_team_team_fk: {
    code: "CONFLICT",
    message: "the team takes part in a positioning survey",
  },
  position_response_team_fk: {
    code: "CONFLICT",
    message: "the team has positioning-survey responses",
  },
  position_response_unique: {
    code: "CONFLICT",
    message: "a respondent already has this response in the survey",
  },
};

function flatten(errors: ValidationError[], prefix = ""): { field: string; reason: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function fromDatabase(error: QueryFailedError): { code: string; message: string } {
  const driverError = error.driverError as { code?: string; constraint?: string; column?: string };
  const known = driverError.constraint ? CONSTRAINT_MESSAGES[driverError.constraint] : undefined;
  if (known) return known;
  switch (driverError.code) {
    case "23505":
      return { code: "CONFLICT", message: "this value is already in use" };
    case "23503":
      return { code: "CONFLICT", message: "this object is still referenced by other data" };
    case "23514":
    case "23502":
    case "22P02":
      return { code: "BAD_USER_INPUT", message: "a value is outside what is allowed" };
    case "22021":
      return { code: "BAD_USER_INPUT", message: "a text holds a character text cannot store" };
    case "57014":
      return {
        code: "INTERNAL_SERVER_ERROR",
        message: "the query took too long and was cancelled",
      };
    default:
      return { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" };
  }
}

/**
 * Gives every error a clear message and an `extensions.code`; hides stack traces and SQL
 * outside development.
 */
export function makeErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = flatten(original.extensions.validationErrors);
      return {
        message: problems.map((p) => `${p.field}: ${p.reason}`).join("; "),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT", fields: problems },
      };
    }
    if (original instanceof QueryFailedError) {
      const { code, message } = fromDatabase(original);
      if (code === "INTERNAL_SERVER_ERROR") console.error(original);
      return { message, path: formatted.path, extensions: { code } };
    }
    if (original instanceof DomainError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { ...formatted.extensions, ...original.extensions },
      };
    }
    const code = formatted.extensions?.code;
    if ((!code || code === "INTERNAL_SERVER_ERROR") && production) {
      console.error(original);
      return {
        message: "Internal server error",
        path: formatted.path,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      };
    }
    if (!code)
      return {
        ...formatted,
        extensions: { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR" },
      };
    return formatted;
  };
}

/**
 * A domain error as graphql-js and Apollo want it where they do not format it themselves: thrown
 * from the context function (an UNAUTHENTICATED with its HTTP 401) or from a plugin's hook.
 */
export function asGraphQLError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new GraphQLError(error.message, { extensions: error.extensions, originalError: error });
}
