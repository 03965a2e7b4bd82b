import { eachArgumentString, BadInputError } from "../platform";

/**
 * PostgreSQL text cannot hold the NUL character: an argument with one (in a filter or an
 * input) is refused up front, naming it, instead of failing in the database.
 */
export function refuseNulCharacters(value: unknown, path: string): void {
  eachArgumentString(value, path, (text, at) => {
    if (text.includes("\u0000"))
      throw new BadInputError(at, "must not contain a NUL character (\\0)");
  });
}
