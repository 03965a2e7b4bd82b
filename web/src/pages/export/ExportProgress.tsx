import { useEffect } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { integer } from "../../format";
import { Status } from "../../components/Status";
import { DownloadButtons } from "./DownloadButtons";
import { ExportJob } from "./export-queries";

const POLL_MS = 500;

/** The running export: its progress bar from the job's progress, then its downloads. */
export function ExportProgress({ id, onDone }: { id: string; onDone(): void }) {
  const { t } = useT();
  const [result, refetch] = useQuery({ query: ExportJob, variables: { id } });
  const job = result.data?.reportExport;
  const running = !job || job.status === "QUEUED" || job.status === "RUNNING";
  useEffect(() => {
    if (!running) {
      onDone();
      return;
    }
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, refetch, onDone]);
  if (!job) return <Status fetching={result.fetching} error={result.error} />;
  const percent = Math.round(job.progress * 100);
  return (
    <div className="job" aria-live="polite">
      <label>
        {t(`status${job.status}`)}
        {job.phase ? ` (${job.phase})` : ""}: {integer(percent)}%
        <progress max={100} value={percent} aria-label={t("exportProgress")} />
      </label>
      {job.cases !== null && job.cases !== undefined && (
        <p>
          {t("cases")}: {integer(job.cases)}
        </p>
      )}
      {job.status === "FAILED" && (
        <p role="alert" className="error">
          {job.error}
        </p>
      )}
      {job.status === "SUCCEEDED" && <DownloadButtons exportId={job.id} label={t("thisExport")} />}
    </div>
  );
}
