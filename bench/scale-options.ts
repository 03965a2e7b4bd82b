import { parseArgs } from "node:util";

export interface ScaleOptions {
  databaseUrl: string;
  scale: number;
  seed: number;
  skipGenerate: boolean;
  /** Skip the 100,000-row import (it adds rows to the data set). */
  skipImport: boolean;
}

const USAGE = `Usage: npm run bench:scale -- [--database-url postgres://…/kw_bench_scale] [--scale 0.1] [--seed 15] [--skip-generate] [--skip-import]`;

export function scaleOptions(argv = process.argv.slice(2)): ScaleOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      "database-url": {
        type: "string",
        default: "postgres://postgres@127.0.0.1:5432/kw_bench_scale",
      },
      scale: { type: "string", default: "1" },
      seed: { type: "string", default: "15" },
      "skip-generate": { type: "boolean", default: false },
      "skip-import": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale: a number above 0, at most 1\n${USAGE}`);
  return {
    databaseUrl: values["database-url"]!,
    scale,
    seed: Number(values.seed) >>> 0,
    skipGenerate: values["skip-generate"]!,
    skipImport: values["skip-import"]!,
  };
}
