import { useMemo } from "react";
import type { BenchmarkCategoryFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { EChart } from "../../charts/EChart";
import { DataTable } from "../../components/DataTable";
import { benchmarkBarsOption, benchmarkBarsParts } from "../../charts/benchmark-bars";
import { ratio } from "../../format";

type Category = BenchmarkCategoryFragment;

/** The SROI ratio of every municipality per category, the own one highlighted, with the median. */
export function BenchmarkChart({ categories }: { categories: Category[] }) {
  const { t } = useT();
  // Every category lists the same municipalities in the same order (own first).
  const municipalities = categories[0].municipalities.map((m) => ({
    name: m.municipality,
    own: m.own,
  }));
  const ratioOf = (c: Category, name: string) =>
    c.municipalities.find((m) => m.municipality === name)?.sroiRatio ?? null;
  const median = t("median");
  const option = useMemo(
    () =>
      benchmarkBarsOption(
        categories.map((c) => c.label),
        municipalities.map((m) => ({
          municipality: m.name,
          own: m.own,
          ratios: categories.map((c) => ratioOf(c, m.name)),
        })),
        { name: median, values: categories.map((c) => c.platform.sroiRatioAcross.median ?? null) },
      ),
    // the municipalities and ratios follow from the categories
    [categories, median],
  );
  return (
    <figure>
      <figcaption>{t("benchmarkChart")}</figcaption>
      <EChart parts={benchmarkBarsParts} option={option} label={t("benchmarkChart")} height={400} />
      <DataTable
        caption={t("benchmarkChartTable")}
        rows={categories}
        rowKey={(c) => c.label}
        columns={[
          { header: t("category"), cell: (c) => c.label },
          ...municipalities.map((m) => ({
            header: m.name,
            cell: (c: Category) => ratio(ratioOf(c, m.name)),
            numeric: true,
          })),
          { header: t("q1"), cell: (c) => ratio(c.platform.sroiRatioAcross.q1), numeric: true },
          { header: median, cell: (c) => ratio(c.platform.sroiRatioAcross.median), numeric: true },
          { header: t("q3"), cell: (c) => ratio(c.platform.sroiRatioAcross.q3), numeric: true },
        ]}
      />
    </figure>
  );
}
