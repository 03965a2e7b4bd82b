import "reflect-metadata";
import { ReconciliationError, SheetLimitError } from "../../reports";
import { readConfig, openConfiguredDatabase, DomainError, failureText } from "../platform";
import { runReportCommand, UsageError } from "./report-command";

/** `npm run report`: the accountability workbook from the command line (see report-command.ts). */
async function main(): Promise<number> {
  const database = await openConfiguredDatabase(readConfig());
  try {
    return await runReportCommand(database.dataSource, process.argv.slice(2), {
      progress: process.stderr,
      log: (line) => console.log(line),
    });
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const { text, explained } = failureText(error, [
      UsageError,
      DomainError,
      SheetLimitError,
      ReconciliationError,
    ]);
    console.error(text);
    process.exit(explained ? 2 : 1);
  },
);
