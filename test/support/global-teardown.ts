import { rm } from "node:fs/promises";

export default async function globalTeardown(): Promise<void> {
  if (process.env.KWADRANT_TEMPLATE) await rm(process.env.KWADRANT_TEMPLATE, { force: true });
}
