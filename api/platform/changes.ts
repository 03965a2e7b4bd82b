import { BadInputError } from "./errors";

/**
 * The fields an update input sets: undefined means "leave as is"; null clears a field, which
 * only the `clearable` fields allow.
 */
export function changesFrom<T extends object>(
  input: T,
  clearable: readonly string[] = [],
  skip: readonly string[] = ["id", "version"],
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (skip.includes(key) || value === undefined) continue;
    if (value === null && !clearable.includes(key)) {
      throw new BadInputError(`${key}`, "cannot be cleared (null)");
    }
    changes[key] = value;
  }
  return changes;
}
