import { execFile } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
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
    // The secret a server makes in its data folder on first start.
    await writeFile(path.join(dataDir, "jwt-secret"), `${randomBytes(32).toString("hex")}\n`);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  function run(
    args: string[],
    folder = dataDir,
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, KWADRANT_DATA_DIR: folder };
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

  it("refuses to mint beside a data folder where no server made its secret (its tokens would get 401)", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "kwadrant-token-empty-"));
    try {
      const result = await run(["--role", "ADMIN"], empty);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`No server secret in ${path.join(empty, "jwt-secret")}`);
      expect(result.stderr).toMatch(/KWADRANT_DATA_DIR/);
      expect(result.stdout).not.toMatch(/eyJ/);
      expect(existsSync(path.join(empty, "jwt-secret"))).toBe(false);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
