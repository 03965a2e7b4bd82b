import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { DataSource } from "typeorm";
import { ImportKind } from "../schema/registration-enums";
import { pathSource } from "../api/platform/file-source";
import { runRegistrationImport } from "../api/imports/registration-import";

/**
 * The 100,000-row import of bench:import (api/imports' registration import, as the import
 * worker runs it), here into the large municipality of the national data set: an activities
 * CSV over its cases (by external reference) with a member of each case's team by name. The
 * first run inserts every row, the second finds them unchanged; cleanUp deletes them again.
 */
export const IMPORT_ROWS = 100_000;
const PREFIX = "SCALE-IMPORT-";

export async function writeImportFile(
  db: DataSource,
  municipalityId: string,
  file: string,
): Promise<void> {
  const cases: { ref: string; member: string; opened: string; days: number }[] = await db.query(
    `SELECT c.external_ref AS ref, m.name AS member, c.opened_on::text AS opened,
            LEAST(COALESCE(c.closed_on, current_date), current_date) - c.opened_on AS days
       FROM case_record c
       JOIN LATERAL (SELECT name FROM member WHERE team_id = c.team_id ORDER BY name LIMIT 1) m ON true
      WHERE c.municipality_id = $1 AND c.external_ref IS NOT NULL ORDER BY c.external_ref`,
    [municipalityId],
  );
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  await write("extern_id;casus;datum;medewerker;uren;omschrijving");
  for (let a = 1; a <= IMPORT_ROWS; a++) {
    const c = cases[a % cases.length];
    const day = new Date(Date.parse(c.opened) + (a % (c.days + 1)) * 86_400_000).toISOString();
    const date = `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
    await write(`${PREFIX}${a};${c.ref};${date};${c.member};${(a % 7) + 1},5;Gesprek ${a % 13}`);
  }
  out.end();
  await once(out, "finish");
}

export async function runImport(db: DataSource, municipalityId: string, file: string) {
  const result = await runRegistrationImport(db, {
    municipalityId,
    kind: ImportKind.ACTIVITIES,
    source: await pathSource(file),
  });
  if (!result.succeeded)
    throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 5))}`);
  return `${result.rowsInserted} inserted, ${result.rowsUpdated} updated, ${result.rowsUnchanged} unchanged`;
}

/** Removes the imported rows, so that the data set is as generated for the next run. */
export async function cleanUpImport(db: DataSource, municipalityId: string): Promise<number> {
  const [, count] = await db.query(
    `DELETE FROM support_activity WHERE municipality_id = $1 AND external_ref LIKE $2`,
    [municipalityId, `${PREFIX}%`],
  );
  return count;
}
