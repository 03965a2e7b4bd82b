import type { ReactNode } from "react";
import type { BenchmarkCategoryFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { DataTable } from "../../components/DataTable";
import { euro, integer, ratio } from "../../format";

type Entry = BenchmarkCategoryFragment["municipalities"][number];

interface Row {
  name: ReactNode;
  key: string;
  cases?: number | null;
  investment?: string | null;
  presentValue?: string | null;
  npv?: string | null;
  sroiRatio?: string | null;
  costPerCase?: string | null;
  paybackMonth?: number | null;
  note: string;
}

const orDash = <V,>(value: V | null | undefined, format: (v: V) => string) =>
  value === null || value === undefined ? "–" : format(value);

/** One category: every municipality's figures as the API gives them, and the platform line. */
export function CategoryTable({
  category,
  minGroupSize,
}: {
  category: BenchmarkCategoryFragment;
  minGroupSize: number;
}) {
  const { t } = useT();
  const note = (m: Entry) => {
    if (m.suppression)
      return t(`suppression${m.suppression}`).replace("{k}", integer(minGroupSize));
    return m.own && !m.counted ? t("notCounted") : "";
  };
  const rows: Row[] = category.municipalities.map((m) => ({
    ...m,
    key: m.municipality,
    name: m.own ? <span className="own">{m.municipality}</span> : m.municipality,
    note: note(m),
  }));
  const { platform } = category;
  const footer: Row = {
    ...platform,
    key: "platform",
    name: t("platformLine").replace("{n}", integer(platform.municipalities)),
    note: "",
  };
  return (
    <DataTable
      caption={category.label}
      rows={rows}
      footer={footer}
      rowKey={(r) => r.key}
      columns={[
        { header: t("municipality"), cell: (r) => r.name },
        { header: t("cases"), cell: (r) => orDash(r.cases, integer), numeric: true },
        { header: t("investment"), cell: (r) => orDash(r.investment, euro), numeric: true },
        { header: t("presentValue"), cell: (r) => orDash(r.presentValue, euro), numeric: true },
        { header: t("npv"), cell: (r) => orDash(r.npv, euro), numeric: true },
        { header: t("sroi"), cell: (r) => ratio(r.sroiRatio), numeric: true },
        { header: t("costPerCase"), cell: (r) => orDash(r.costPerCase, euro), numeric: true },
        {
          header: t("paybackMonths"),
          cell: (r) => (r.key === "platform" ? "" : orDash(r.paybackMonth, integer)),
          numeric: true,
        },
        { header: t("note"), cell: (r) => r.note },
      ]}
    />
  );
}
