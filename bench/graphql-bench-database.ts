/**
 * The database of `npm run bench:graphql`: a PostgreSQL database of its own, dropped and
 * created, migrated and filled with the demo data (as `npm run seed` does), and dropped again
 * at the end.
 */
import pg from "pg";
import { seedDemoData } from "../api/demo/demo";
import { openDatabase } from "../schema/data-source";

/** The server's maintenance database (postgres) and the bench database's name from its URL. */
function parts(databaseUrl: string): { serverUrl: string; name: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(
      `--database-url: the database name "${name}" must be a plain lower-case identifier (it is dropped and created)`,
    );
  url.pathname = "/postgres";
  return { serverUrl: url.toString(), name };
}

async function onServer<T>(
  databaseUrl: string,
  work: (client: pg.Client, name: string) => Promise<T>,
) {
  const { serverUrl, name } = parts(databaseUrl);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

/** Drops and creates the database, runs the migrations and seeds the demo data. */
export async function createBenchDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const database = await openDatabase({ url: databaseUrl });
  try {
    await database.dataSource.runMigrations({ transaction: "each" });
    const summary = await seedDemoData(database.dataSource);
    console.log(`demo data: ${summary ?? "already present"}`);
  } finally {
    await database.close();
  }
}

export async function dropBenchDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, (client, name) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}

/** The team with the most cases (for the filtered page): its id, name and case count. */
export async function busiestTeam(
  databaseUrl: string,
): Promise<{ id: string; name: string; cases: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT t.id, t.name, count(*)::int AS cases
         FROM case_record c JOIN team t ON t.id = c.team_id
        WHERE c.kind = 'HELP_REQUEST'
        GROUP BY t.id, t.name ORDER BY cases DESC, t.id LIMIT 1`,
    );
    if (!rows.length) throw new Error("the demo data has no help requests");
    return rows[0];
  } finally {
    await client.end();
  }
}
