import { useT } from "../../i18n";
import { DataTable } from "../../components/DataTable";
import { euro, hours, integer, percent } from "../../format";
import type { Scenario } from "./ScenarioTotals";

/** Per move its whole cases and its part of the difference; per arrangement what it rests on. */
export function ScenarioMoves({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const optionalHours = (value: string | null | undefined) => (value == null ? "–" : hours(value));
  return (
    <>
      <div className="table-scroll">
        <DataTable
          caption={t("movesTable")}
          rows={scenario.moves}
          rowKey={(_m, i) => String(i)}
          columns={[
            { header: t("move"), cell: (m) => `${scenario.moves.indexOf(m) + 1}` },
            { header: t("fromArrangement"), cell: (m) => m.fromLabel },
            { header: t("toArrangement"), cell: (m) => m.toLabel },
            { header: t("basis"), cell: (m) => t(`basis${m.basis}` as const) },
            { header: t("share"), cell: (m) => percent(m.share), numeric: true },
            { header: t("casesMoved"), cell: (m) => integer(m.casesMoved), numeric: true },
            { header: t("casesReceived"), cell: (m) => integer(m.casesReceived), numeric: true },
            { header: t("hoursMoved"), cell: (m) => optionalHours(m.hoursMoved), numeric: true },
            { header: t("costDifference"), cell: (m) => euro(m.costDifference), numeric: true },
            {
              header: t("socialReturnDifference"),
              cell: (m) => euro(m.socialReturnDifference),
              numeric: true,
            },
            { header: t("netDifference"), cell: (m) => euro(m.netDifference), numeric: true },
          ]}
        />
      </div>
      <DataTable
        caption={t("arrangementsTable")}
        rows={scenario.arrangements}
        rowKey={(a) => a.arrangementId}
        columns={[
          { header: t("groupARRANGEMENT"), cell: (a) => a.label },
          { header: t("observedCases"), cell: (a) => integer(a.observedCases), numeric: true },
          { header: t("projectedCases"), cell: (a) => integer(a.projectedCases), numeric: true },
          { header: t("observedHours"), cell: (a) => hours(a.observedHours), numeric: true },
          { header: t("hoursPerCase"), cell: (a) => optionalHours(a.hoursPerCase), numeric: true },
          { header: t("costPerCase"), cell: (a) => euro(a.costPerCase), numeric: true },
          {
            header: t("socialReturnPerCase"),
            cell: (a) => euro(a.socialReturnPerCase),
            numeric: true,
          },
          { header: t("netPerCase"), cell: (a) => euro(a.netPerCase), numeric: true },
        ]}
      />
    </>
  );
}
