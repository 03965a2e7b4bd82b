import type { TrendCohortFragment, TrendGroupFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { DataTable } from "../../components/DataTable";
import { euro, integer, ratio } from "../../format";

type Row = Omit<TrendCohortFragment, "cohortPaybackMonth" | "__typename"> & {
  cohortPaybackMonth?: number | null;
};

/** A group over all its cohorts, as the footer of its table: no cohort to count payback from. */
function footerOf(group: TrendGroupFragment, label: string): Row {
  const { cases, investment, presentValue, npv, sroiRatio, ratioLow, ratioHigh, costPerCase } =
    group;
  return {
    period: label,
    cases,
    investment,
    presentValue,
    npv,
    sroiRatio,
    ratioLow,
    ratioHigh,
    costPerCase,
  };
}

/** The charts' numbers: per group a table of its cohorts, the group's sums in the footer. */
export function TrendTables(props: {
  groups: TrendGroupFragment[];
  total: TrendGroupFragment;
  decimals: number;
}) {
  const { t } = useT();
  const { groups, total, decimals } = props;
  const r = (value: string | null | undefined) => ratio(value, decimals);
  const money = (value: string | null | undefined) => (value == null ? "–" : euro(value));
  const table = (group: TrendGroupFragment, label: string) => (
    <DataTable<Row>
      key={group.key ?? label}
      caption={`${label}: ${t("perCohort")}`}
      rows={group.cohorts}
      rowKey={(c) => c.period}
      footer={footerOf(group, t("total"))}
      columns={[
        { header: t("cohort"), cell: (c) => c.period },
        { header: t("cases"), cell: (c) => integer(c.cases), numeric: true },
        { header: t("investment"), cell: (c) => euro(c.investment), numeric: true },
        { header: t("presentValue"), cell: (c) => euro(c.presentValue), numeric: true },
        { header: t("npv"), cell: (c) => euro(c.npv), numeric: true },
        { header: t("sroi"), cell: (c) => r(c.sroiRatio), numeric: true },
        { header: t("sroiLow"), cell: (c) => r(c.ratioLow), numeric: true },
        { header: t("sroiHigh"), cell: (c) => r(c.ratioHigh), numeric: true },
        { header: t("costPerCase"), cell: (c) => money(c.costPerCase), numeric: true },
        {
          header: t("cohortPayback"),
          numeric: true,
          // the footer (the group over all cohorts) has no cohort to count from
          cell: (c) =>
            c.cohortPaybackMonth === undefined
              ? ""
              : c.cohortPaybackMonth === null
                ? "–"
                : integer(c.cohortPaybackMonth),
        },
      ]}
    />
  );
  return (
    <div className="cohort-tables">
      {groups.map((group) => table(group, group.label))}
      {table(total, t("total"))}
    </div>
  );
}
