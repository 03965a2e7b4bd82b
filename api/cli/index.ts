/** Command-line tools (migrate, seed, import, report, token, print-schema). */
export { failureText } from "./failure";
