import type { CompareGroupFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { DataTable } from "../../components/DataTable";
import { euro, integer, paybackMonth, ratio } from "../../format";

/** Per group the sums of its cases, to the cent, and the total (the sum of the groups). */
export function GroupTotals(props: {
  groups: CompareGroupFragment[];
  total: CompareGroupFragment;
  baseDate: string;
  decimals: number;
}) {
  const { t } = useT();
  const { groups, total, baseDate, decimals } = props;
  return (
    <DataTable
      caption={t("compareTitle")}
      rows={groups}
      footer={{ ...total, label: t("total") }}
      rowKey={(g) => g.key ?? g.label}
      columns={[
        { header: t("group"), cell: (g) => g.label },
        { header: t("cases"), cell: (g) => integer(g.cases), numeric: true },
        { header: t("investment"), cell: (g) => euro(g.investment), numeric: true },
        { header: t("presentValue"), cell: (g) => euro(g.presentValue), numeric: true },
        { header: t("npv"), cell: (g) => euro(g.npv), numeric: true },
        { header: t("sroi"), cell: (g) => ratio(g.sroiRatio, decimals), numeric: true },
        { header: t("sroiLow"), cell: (g) => ratio(g.ratioLow, decimals), numeric: true },
        { header: t("sroiHigh"), cell: (g) => ratio(g.ratioHigh, decimals), numeric: true },
        { header: t("payback"), cell: (g) => paybackMonth(baseDate, g.paybackMonth) },
      ]}
    />
  );
}
