import { useEffect } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { integer } from "../../format";
import { DataTable } from "../../components/DataTable";
import { Status } from "../../components/Status";
import { ImportJobQuery } from "./import-queries";

const POLL_MS = 500;

/** A running import: rows checked, then written, of the file's rows; then its row report. */
export function ImportProgress({ id }: { id: string }) {
  const { t } = useT();
  const [result, refetch] = useQuery({ query: ImportJobQuery, variables: { id } });
  const job = result.data?.importJob;
  const running = !job || job.status === "QUEUED" || job.status === "RUNNING";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, refetch]);
  if (!job) return <Status fetching={result.fetching} error={result.error} />;
  const total = job.rowsTotal ?? null;
  return (
    <div className="job" aria-live="polite">
      <label>
        {job.filename}: {t(`import${job.status}`)} — {integer(job.rowsDone)}
        {total !== null ? ` / ${integer(total)}` : ""} {t("rows")}
        <progress
          aria-label={t("importProgress")}
          max={total ?? 1}
          value={total === null ? undefined : job.rowsDone}
        />
      </label>
      {job.status === "SUCCEEDED" && (
        <p>
          {t("rowsInserted")}: {integer(job.rowsInserted)} · {t("rowsUpdated")}:{" "}
          {integer(job.rowsUpdated)} · {t("rowsUnchanged")}: {integer(job.rowsUnchanged)}
        </p>
      )}
      {job.error && (
        <p role="alert" className="error">
          {job.error}
        </p>
      )}
      {job.problems.length > 0 && (
        <DataTable
          caption={t("importProblems")}
          rows={job.problems}
          rowKey={(p, i) => `${p.row}-${p.column}-${i}`}
          columns={[
            { header: t("row"), cell: (p) => integer(p.row), numeric: true },
            { header: t("column"), cell: (p) => p.column },
            { header: t("value"), cell: (p) => p.value ?? "" },
            { header: t("reason"), cell: (p) => p.reason },
          ]}
        />
      )}
    </div>
  );
}
