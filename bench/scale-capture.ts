import type { DataSource } from "typeorm";

/**
 * The SQL a measured path issues, captured from the data source's logger (the CountingLogger
 * sees every statement TypeORM runs, also those of the server's requests), and then explained:
 * each distinct statement once, with the parameters of its first call.
 */
export interface CapturedStatement {
  sql: string;
  parameters: unknown[];
  calls: number;
}

export class SqlCapture {
  private statements = new Map<string, CapturedStatement>();
  private active = false;

  constructor(db: DataSource) {
    const logger = db.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (this.active) this.record(query, parameters ?? []);
      return original(query, parameters, runner);
    };
  }

  private record(sql: string, parameters: unknown[]) {
    const seen = this.statements.get(sql);
    if (seen) seen.calls += 1;
    else this.statements.set(sql, { sql, parameters, calls: 1 });
  }

  /** Runs `work` and returns its result with the statements it issued. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
    this.statements = new Map();
    this.active = true;
    try {
      const result = await work();
      return { result, statements: [...this.statements.values()] };
    } finally {
      this.active = false;
    }
  }
}
