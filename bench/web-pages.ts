/**
 * Benchmark (not a test): the web application's weight and speed on the demo data, in Debian's
 * Chromium (CHROMIUM_PATH to use another). Prints the first page's JavaScript gzipped (the
 * entry and the chunks index.html preloads), and per page the time from navigation to its first
 * chart and the GraphQL requests it sends (the viewer query included).
 *   npm run bench:web
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { openDatabase } from "../schema/data-source";
import { seedDemoData } from "../api/demo/demo";
import { startServer } from "../api/server/server";
import { defaultWebDir } from "../api/server/web-app";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
/** The pages and whether they draw a chart (the case list and the export page do not). */
const PAGES: [string, boolean][] = [
  ["/", true],
  ["/vergelijken", true],
  ["/substitutie", true],
  ["/kwadranten", true],
  ["/casus", false],
  ["/verantwoording", false],
];

/** The JavaScript a first visit loads before anything renders: entry script and preloads. */
function firstPageScripts(webDir: string): { file: string; gzip: number }[] {
  const html = readFileSync(path.join(webDir, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.map((file) => ({
    file,
    gzip: gzipSync(readFileSync(path.join(webDir, file))).length,
  }));
}

async function main() {
  const webDir = defaultWebDir();
  const scripts = firstPageScripts(webDir);
  for (const s of scripts) console.log(`${s.file.padEnd(40)} ${(s.gzip / 1024).toFixed(1)} kB gz`);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`first page JavaScript: ${(total / 1024).toFixed(1)} kB gzipped (target < 350 kB)`);

  const database = await openDatabase({ dataDir: "memory://" });
  await database.dataSource.runMigrations({ transaction: "each" });
  console.log("seeding the demo data …");
  await seedDemoData(database.dataSource);
  const server = await startServer(
    {
      port: 0,
      host: "127.0.0.1",
      production: false,
      introspection: true,
      jwtSecret: randomBytes(32).toString("hex"),
      devSignIn: true,
      rateLimitPerMinute: 1_000_000,
    },
    database.dataSource,
    { importWorker: false },
  );
  const url = server.url.replace("localhost", "127.0.0.1");
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(tmpdir(), "kwadrant-bench-")),
    {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      baseURL: url,
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
    },
  );
  try {
    const page = await context.newPage();
    await page.goto("/");
    await page.getByLabel("Rol").selectOption("FINANCE");
    await page.getByLabel("Gemeente").selectOption(ZWOLLE);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
    let requests = 0;
    page.on("request", (r) => {
      if (r.url().endsWith("/graphql")) requests += 1;
    });
    console.log("page                 first chart   GraphQL requests  (finance officer, Zwolle)");
    for (const [pagePath, hasChart] of PAGES) {
      requests = 0;
      const started = performance.now();
      await page.goto(pagePath);
      const chart = hasChart
        ? await page
            .locator("[data-chart-ready] svg")
            .first()
            .waitFor({ timeout: 30000 })
            .then(() => `${Math.round(performance.now() - started)} ms`)
        : "–";
      await page.waitForLoadState("networkidle");
      console.log(
        `${pagePath.padEnd(20)} ${chart.padStart(11)}   ${String(requests).padStart(16)}`,
      );
    }
  } finally {
    await context.close();
    await server.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
