/**
 * The two servers of `npm run bench:graphql`, each a child process on a free port of
 * 127.0.0.1, its output in a log file (shown when it fails to start): Kwadrant as it runs in
 * production (`node dist/api/server/main.js`, NODE_ENV=production, the 1 GiB heap budget of
 * `npm start`) and PostGraphile 4 (bench/postgraphile-server.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export interface BenchServer {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
  log: string;
}

/** A port the system has just handed out and released again. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const ROOT = path.resolve(__dirname, "..", "..");

function start(name: string, args: string[], env: NodeJS.ProcessEnv, port: number, logDir: string) {
  const log = path.join(logDir, `${name.toLowerCase()}.log`);
  const out = openSync(log, "a");
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", out, out],
  });
  if (!child.pid) throw new Error(`${name} did not start`);
  return { name, url: `http://127.0.0.1:${port}/graphql`, pid: child.pid, child, log };
}

/** Polls until the server answers `probe` with 200, or fails with its log. */
async function ready(server: BenchServer, probe: () => Promise<Response>, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break;
    try {
      if ((await probe()).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const output = readFileSync(server.log, "utf8").split("\n").slice(-30).join("\n");
  throw new Error(`${server.name} did not become ready (log ${server.log}):\n${output}`);
}

/** Kwadrant in production mode; the rate limit is off (0) and the migrations are already run. */
export async function startKwadrant(databaseUrl: string, jwtSecret: string, logDir: string) {
  const port = await freePort();
  const server = start(
    "Kwadrant",
    ["--max-old-space-size=1024", "--max-semi-space-size=64", "dist/api/server/main.js"],
    {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      KWADRANT_JWT_SECRET: jwtSecret,
      KWADRANT_LINK_SECRET: randomBytes(32).toString("hex"),
      KWADRANT_RATE_LIMIT_PER_MINUTE: "0",
      KWADRANT_MIGRATE_ON_START: "false",
      KWADRANT_DATA_DIR: path.join(logDir, "kwadrant-data"),
    },
    port,
    logDir,
  );
  return ready(server, () => fetch(`http://127.0.0.1:${port}/health`));
}

export async function startPostGraphile(databaseUrl: string, logDir: string) {
  const port = await freePort();
  const server = start(
    "PostGraphile",
    ["dist/bench/postgraphile-server.js"],
    { NODE_ENV: "production", DATABASE_URL: databaseUrl },
    port,
    logDir,
  );
  const probe = () =>
    fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
  return ready(server, probe);
}

/** SIGTERM, then SIGKILL after a few seconds; resolves when the process is gone. */
export function stopServer(server: BenchServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode)
    return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.child.kill("SIGKILL"), 5000);
    server.child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    server.child.kill("SIGTERM");
  });
}
