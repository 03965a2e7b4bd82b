import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * `npm run token` (dist/api/cli/token.js, built by `npm run build` before the tests) refuses
 * tokens that the server would read differently from what was asked: a team-bound role without
 * a team, a team that is no id, a team for a role without teams, a municipality for ADMIN.
 */
const CLI = path.join(__dirname, "../../../dist/api/cli/token.js");
const TEAM = "0c0ffee0-0000-4000-8000-0000000000aa";

describe("token CLI", () => {
  let dataDir: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    dataDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-token-cli-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, KWADRANT_DATA_DIR: dataDir };
    return new Promise((resolve) => {
      execFile(process.execPath, [CLI, ...args], { env }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number) ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it.each([
    [["--role", "TEAM_LEAD", "--municipality", "GM0193"], /--team/],
    [["--role", "PROFESSIONAL", "--municipality", "GM0193"], /--team/],
    [["--role", "TEAM_LEAD", "--municipality", "GM0193", "--team", "not-a-uuid"], /--team/],
    [["--role", "TEAM_LEAD", "--municipality", "GM0193", "--team", `${TEAM}' OR '1'='1`], /--team/],
    [["--role", "ANALYST", "--municipality", "GM0193", "--team", TEAM], /--team/],
    [["--role", "ADMIN", "--municipality", "GM0193"], /--municipality/],
    [["--role", "ANALYST"], /--municipality/],
    [["--role", "ROOT", "--municipality", "GM0193"], /--role/],
  ])("refuses %j", async (args, message) => {
    const result = await run(args as string[]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message as RegExp);
    // no token printed
    expect(result.stdout).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });

  it("prints a valid call's token alone on the last line, signed with the data folder's secret", async () => {
    const result = await run(["--role", "TEAM_LEAD", "--municipality", "GM0193", "--team", TEAM]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    const token = lines[lines.length - 1];
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    expect(claims).toMatchObject({ role: "TEAM_LEAD", municipality: "GM0193", teams: [TEAM] });
    expect(claims.exp - claims.iat).toBe(12 * 3600);
    const secret = (await readFile(path.join(dataDir, "jwt-secret"), "utf8")).trim();
    expect(createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")).toBe(
      signature,
    );
    // ADMIN needs no municipality and gets none
    const admin = await run(["--role", "ADMIN"]);
    expect(admin.code).toBe(0);
    const adminClaims = JSON.parse(
      Buffer.from(admin.stdout.trimEnd().split("\n").pop()!.split(".")[1], "base64url").toString(),
    );
    expect(adminClaims.role).toBe("ADMIN");
    expect(adminClaims.municipality).toBeUndefined();
  });
});
