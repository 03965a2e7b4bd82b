import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Role } from "../../schema/roles";

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH points elsewhere. */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface TestBrowser {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real headless Chromium with a fresh profile, in Dutch. The flags keep it from calling the
 * (closed) network at start: updates, sync, QUIC, background requests.
 */
export async function openBrowser(baseURL: string): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), "kwadrant-chromium-"));
  // A persistent context on a fresh folder: the profile is new for every run.
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
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
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return {
    page,
    context,
    errors,
    async screenshot(name) {
      const dir = path.join(process.cwd(), "test-results", "screenshots");
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface DevSignIn {
  role: Role | keyof typeof Role;
  /** The municipality's id; the form has no municipality for ADMIN. */
  municipality?: string;
  /** The team's id, or which option (TEAM_LEAD and PROFESSIONAL); else the form's first team. */
  team?: string | { index: number };
}

/**
 * Signs in through the developer sign-in form on the page that is open (the server started with
 * devSignIn): picks the role, then the municipality and the team when given, presses "Inloggen"
 * and waits for the signed-in application's main menu.
 */
export async function signInDev(page: Page, { role, municipality, team }: DevSignIn) {
  if (role === "ADMIN" && municipality !== undefined)
    throw new Error("signInDev: the developer sign-in has no municipality for ADMIN");
  await page.getByLabel("Rol").selectOption(role);
  if (municipality !== undefined) await page.getByLabel("Gemeente").selectOption(municipality);
  if (team !== undefined) await page.getByLabel("Team").selectOption(team);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
}
