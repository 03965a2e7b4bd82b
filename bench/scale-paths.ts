import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { readReportSnapshot } from "../api/accountability/report-snapshot";
import { Language, type ReportFilter } from "../schema/report-export";
import { statementScope } from "../schema/statement-counter";
import {
  CASE_PAGE_QUERY,
  COMPARISON_QUERY,
  SUBSTITUTION_QUERY,
  type BenchServer,
} from "./scale-http";
import { cleanUpImport, runImport, writeImportFile } from "./scale-import";

/** One measured path: what it does, and one run of it (its SQL statement count and a summary). */
export interface MeasuredPath {
  name: string;
  target?: number;
  run(): Promise<{ statements: number; detail: string }>;
  prepare?(): Promise<void>;
  finish?(): Promise<void>;
}

export interface PathContext {
  db: DataSource;
  server: BenchServer;
  municipalityId: string;
}

function comparison({ server, municipalityId }: PathContext): MeasuredPath {
  return {
    name: "comparison per arrangement (GraphQL effectComparison, ANALYST)",
    target: 2,
    async run() {
      const { data, statements } = await server.gql(COMPARISON_QUERY, { m: municipalityId });
      const c = data.effectComparison;
      return {
        statements,
        detail: `${c.cases} cases, ${c.groups.length} groups, NPV € ${c.total.npv}, SROI ${c.total.sroiRatio}`,
      };
    },
  };
}

function substitution({ server, municipalityId }: PathContext): MeasuredPath {
  return {
    name: "substitution view 2024–2026 per quarter (GraphQL substitution)",
    async run() {
      const { data, statements } = await server.gql(SUBSTITUTION_QUERY, { m: municipalityId });
      const s = data.substitution;
      return {
        statements,
        detail: `${s.rows.length} rows, ${s.unpricedActivities} unpriced activities`,
      };
    },
  };
}

function casePage({ server, municipalityId }: PathContext): MeasuredPath {
  return {
    name: "case page: cases(first: 100) → arrangements, activities, outcomes (GraphQL)",
    async run() {
      const { data, statements } = await server.gql(CASE_PAGE_QUERY, { m: municipalityId });
      const edges: { node: { activities: unknown[]; outcomes: unknown[] } }[] = data.cases.edges;
      const activities = edges.reduce((s, e) => s + e.node.activities.length, 0);
      const outcomes = edges.reduce((s, e) => s + e.node.outcomes.length, 0);
      return {
        statements,
        detail: `${edges.length} of ${data.cases.totalCount} cases, ${activities} activities, ${outcomes} outcomes`,
      };
    },
  };
}

function figures({ db, municipalityId }: PathContext): MeasuredPath {
  const filter = { municipalityId, from: "2024-01-01", to: "2026-12-31" } as ReportFilter;
  return {
    name: "export's figures phase (readReportSnapshot, as runReportJob computes them)",
    async run() {
      const tally = { count: 0 };
      let rows = 0;
      const data = await statementScope.run(tally, () =>
        readReportSnapshot(db, { kind: "municipalities", ids: [municipalityId] }, filter, {
          language: Language.NL,
          requestedBy: "bench",
          onCase: async () => void (rows += 1),
        }),
      );
      return { statements: tally.count, detail: `${data.total.cases} cases, ${rows} case rows` };
    },
  };
}

function importRows({ db, municipalityId }: PathContext): MeasuredPath {
  let dir = "";
  let file = "";
  return {
    name: "100,000-row activities import (runRegistrationImport; second run: unchanged)",
    async prepare() {
      dir = await mkdtemp(path.join(os.tmpdir(), "kw-bench-scale-"));
      file = path.join(dir, "inzet.csv");
      await writeImportFile(db, municipalityId, file);
    },
    async run() {
      const tally = { count: 0 };
      const detail = await statementScope.run(tally, () => runImport(db, municipalityId, file));
      return { statements: tally.count, detail };
    },
    async finish() {
      console.log(
        `  removed the ${await cleanUpImport(db, municipalityId)} imported activities again`,
      );
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function measuredPaths(context: PathContext, withImport: boolean): MeasuredPath[] {
  const paths = [comparison, substitution, casePage, figures].map((make) => make(context));
  return withImport ? [...paths, importRows(context)] : paths;
}
