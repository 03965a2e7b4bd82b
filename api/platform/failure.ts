import { DataDirInUseError } from "../../schema/data-dir-lock";

/**
 * What a command prints when it fails: the message alone for a failure it explains (bad
 * arguments, the embedded database held by the server …), the whole error with its stack for
 * anything unexpected.
 */
export function failureText(error: unknown, explained: (new (...args: never[]) => Error)[] = []) {
  const known = [DataDirInUseError, ...explained].some((type) => error instanceof type);
  return { text: known ? (error as Error).message : error, explained: known };
}
