import { useEffect } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { date, dateTime, integer } from "../../format";
import { DataTable } from "../../components/DataTable";
import { Status } from "../../components/Status";
import { DownloadButtons } from "./DownloadButtons";
import { EarlierExports } from "./export-queries";

function periodOf(filterJson: string): string {
  const filter = JSON.parse(filterJson) as { from?: string; to?: string };
  return filter.from && filter.to ? `${date(filter.from)} – ${date(filter.to)}` : "–";
}

/** The municipality's earlier exports, with when their files expire. */
export function EarlierExportsTable({
  municipalityId,
  refresh,
}: {
  municipalityId: string;
  refresh: number;
}) {
  const { t } = useT();
  const [result, refetch] = useQuery({ query: EarlierExports, variables: { municipalityId } });
  useEffect(() => {
    if (refresh) refetch({ requestPolicy: "network-only" });
  }, [refresh, refetch]);
  const rows = result.data?.reportExports ?? [];
  return (
    <>
      <Status fetching={result.fetching && !result.data} error={result.error} />
      <DataTable
        caption={t("earlierExports")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: t("requestedAt"), cell: (row) => dateTime(row.createdAt) },
          { header: t("period"), cell: (row) => periodOf(row.filterJson) },
          { header: t("status"), cell: (row) => t(`status${row.status}`) },
          {
            header: t("cases"),
            cell: (row) =>
              row.cases === null || row.cases === undefined ? "–" : integer(row.cases),
            numeric: true,
          },
          {
            header: t("expiresAt"),
            cell: (row) => (row.expiresAt ? dateTime(row.expiresAt) : "–"),
          },
          {
            header: t("download"),
            cell: (row) =>
              row.status === "SUCCEEDED" ? (
                <DownloadButtons exportId={row.id} label={dateTime(row.createdAt)} />
              ) : (
                "–"
              ),
          },
        ]}
      />
    </>
  );
}
