import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger, QueryRunner } from "typeorm";

/** Counts SQL statements per request, so tests can assert that nested queries stay flat. */
export interface StatementTally {
  count: number;
}

export const statementScope = new AsyncLocalStorage<StatementTally>();

export class CountingLogger implements Logger {
  constructor(private readonly echo: boolean) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const tally = statementScope.getStore();
    if (tally) tally.count += 1;
    if (this.echo) console.log("[sql]", query, parameters ?? []);
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    if (this.echo) console.error("[sql error]", error, query);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`[sql slow ${time} ms]`, query.slice(0, 200));
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.echo) console.log("[migration]", message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") console.warn("[typeorm]", message);
  }
}
