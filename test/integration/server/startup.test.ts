import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "../../..");

/** Resolves with the first match of `pattern` in everything the child printed so far or later. */
function waitForLine(child: ChildProcess, pattern: RegExp, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = output.join("").match(pattern);
      if (!match) return;
      child.stdout?.off("data", check);
      resolve(match[0]);
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${output.join("")}`)));
    check();
  });
}

/** The README's first command: the built server on a fresh embedded database, with demo data. */
describe("npm start on a fresh machine", () => {
  let dataDir: string;
  let child: ChildProcess;
  const output: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-start-"));
    child = spawn(process.execPath, [path.join(ROOT, "dist/api/server/main.js")], {
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        KWADRANT_DATA_DIR: dataDir,
        NODE_ENV: "development",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  });

  it("migrates, seeds, serves a nested query and stops cleanly on SIGTERM", async () => {
    const line = await waitForLine(child, /listens on (http:\/\/\S+)\/graphql/, output);
    const url = line.replace(/^listens on /, "").replace(/\/graphql$/, "");
    expect(output.join("")).toMatch(
      /Demo data: added Utrecht, Zwolle, Nieuwegein, Wijk bij Duurstede, Zeist; provisions for 5 municipalities; price lists for 5 municipalities; 2923 cases with support and outcomes; positioning surveys for 5 municipalities/,
    );

    // One development token per role, each accepted by the server.
    await waitForLine(child, /PROFESSIONAL .*\n {4}eyJ\S+\n/, output);
    const tokens = [...output.join("").matchAll(/^ {2}(\S.*)\n {4}(eyJ\S+)$/gm)];
    expect(tokens.map(([, label]) => label)).toEqual([
      "ADMIN",
      "ANALYST GM0193",
      "FINANCE GM0193",
      "TEAM_LEAD GM0193 Wijkteam Midden",
      "PROFESSIONAL GM0193 Wijkteam Midden",
    ]);
    for (const [, label, printedToken] of tokens) {
      const answer = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${printedToken}` },
        body: JSON.stringify({ query: "{ teams(first: 1) { totalCount } }" }),
      });
      const read = (await answer.json()) as any;
      expect([label, read.data?.teams.totalCount]).toEqual([label, label === "ADMIN" ? 32 : 5]);
    }

    const query = JSON.stringify({ query: '{ municipality(code: "GM0193") { name } }' });
    const refused = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: query,
    });
    expect(refused.status).toBe(401);

    // `npm run token` signs with the secret the server made in the data folder: they agree.
    const printed = execFileSync(
      process.execPath,
      [path.join(ROOT, "dist/api/cli/token.js"), "--role", "ANALYST", "--municipality", "GM0193"],
      { env: { ...process.env, KWADRANT_DATA_DIR: dataDir, NODE_ENV: "development" } },
    )
      .toString()
      .trim()
      .split("\n");
    const token = printed[printed.length - 1];
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ municipality(code: "GM0193") { name teams { name members { name } } } }',
      }),
    });
    const body = (await response.json()) as any;
    expect(body.data.municipality.name).toBe("Zwolle");
    expect(body.data.municipality.teams).toHaveLength(5);

    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output.join("")).toMatch(
      /SIGTERM: finishing open requests, then closing the database\s+Stopped/,
    );
  });
});
