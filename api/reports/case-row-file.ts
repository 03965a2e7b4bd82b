import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { CaseReportRow, CaseRowSource } from "../../reports";
import type { CaseEffectRow } from "../services/effect-comparison.service";

/**
 * The case rows of a report, spooled to a file (one JSON object a line) while the comparison
 * computes them batch by batch, then read back once per sheet that lists them: memory holds one
 * row, whatever the number of cases.
 */
export function caseReportRow(row: CaseEffectRow): CaseReportRow {
  const result = row.result;
  return {
    reference: row.reference,
    team: row.teamName,
    district: row.districtName,
    group: row.groupLabel,
    nominalCosts: result.nominal.costs,
    nominalReturns: result.nominal.returns,
    nominalNet: result.nominal.net,
    investment: result.investment,
    presentValue: result.presentValue,
    npv: result.npv,
    sroiRatio: result.sroiRatio,
    paybackMonth: result.paybackMonth,
    months: (result.timeline ?? [])
      .filter(
        (m) =>
          m.costs !== "0.00" ||
          m.returns !== "0.00" ||
          m.discountedCosts !== "0.00" ||
          m.discountedReturns !== "0.00",
      )
      .map((m) => ({
        period: m.period,
        costs: m.costs,
        returns: m.returns,
        discountedCosts: m.discountedCosts,
        discountedReturns: m.discountedReturns,
      })),
  };
}

export class CaseRowFile {
  private readonly out;
  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }

  async add(row: CaseEffectRow): Promise<void> {
    if (!this.out.write(JSON.stringify(caseReportRow(row)) + "\n")) await once(this.out, "drain");
  }

  async close(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, "close");
    this.out.end();
    await closed;
  }

  source(): CaseRowSource {
    const path = this.path;
    return async function* () {
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of lines) if (line) yield JSON.parse(line) as CaseReportRow;
    };
  }
}
