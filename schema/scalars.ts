import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { Decimal } from "decimal.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the reason a string is not a calendar date 'YYYY-MM-DD', or null when it is one. */
export function invalidDateReason(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return "expected a date as YYYY-MM-DD";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return `${value} is not a calendar date`;
  }
  return null;
}

function parseDate(value: unknown): string {
  if (typeof value !== "string") throw new GraphQLError("Date: expected a string YYYY-MM-DD");
  const reason = invalidDateReason(value);
  if (reason) throw new GraphQLError(`Date: ${reason}`);
  return value;
}

/** A calendar day (Europe/Amsterdam calendar), ISO 'YYYY-MM-DD', no time or zone. */
export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "A calendar day as ISO 8601 'YYYY-MM-DD' (datum), without time or time zone.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date: expected a string YYYY-MM-DD");
    return parseDate(ast.value);
  },
});

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new GraphQLError("Decimal: expected a finite number");
    return new Decimal(value.toString()).toString();
  }
  if (typeof value === "string" && DECIMAL_TEXT.test(value.trim())) {
    return new Decimal(value.trim()).toString();
  }
  throw new GraphQLError(
    `Decimal: expected a decimal number such as "12.5", got ${JSON.stringify(value)}`,
  );
}

/** An exact decimal number, transported as a string so that no binary float rounds it. */
export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description:
    'An exact decimal number, e.g. "-4.1" or "0.225". Sent as a string (numbers are accepted on input) so that no binary floating point rounds it.',
  serialize: (value) => (value instanceof Decimal ? value.toString() : String(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) {
      return parseDecimal(ast.value);
    }
    throw new GraphQLError("Decimal: expected a decimal number as a string or number literal");
  },
});
