import { useCallback, useState } from "react";
import { useMutation } from "urql";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { TeamSelect } from "../../components/TeamSelect";
import { EarlierExportsTable } from "./EarlierExportsTable";
import { ExportProgress } from "./ExportProgress";
import { StartExport } from "./export-queries";

const lastYear = new Date().getFullYear() - 1;

/** The finance officer's page: ask for an accountability workbook, follow it, download it. */
export function ExportPage({
  municipalityId,
  teams,
}: {
  municipalityId: string | null;
  teams: { id: string; name: string }[];
}) {
  const { t, language } = useT();
  const [from, setFrom] = useState(`${lastYear}-01-01`);
  const [to, setTo] = useState(`${lastYear}-12-31`);
  const [teamId, setTeamId] = useState("");
  const [jobId, setJobId] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [started, start] = useMutation(StartExport);
  const onDone = useCallback(() => setRefresh((n) => n + 1), []);
  if (!municipalityId) return <p>{t("noMunicipality")}</p>;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await start({
      filter: { municipalityId, from, to, ...(teamId ? { teamId } : {}) },
      language: language === "en" ? "EN" : "NL",
    });
    const id = result.data?.exportAccountabilityReport.id;
    if (id) setJobId(id);
  };
  return (
    <section aria-labelledby="export-title">
      <h1 id="export-title">{t("exportTitle")}</h1>
      <form className="filters" onSubmit={submit}>
        <Field label={t("from")}>
          <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label={t("to")}>
          <input type="date" value={to} required onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field label={t("team")}>
          <TeamSelect teams={teams} value={teamId} onChange={setTeamId} anyLabel={t("allTeams")} />
        </Field>
        <button type="submit" disabled={started.fetching}>
          {t("startExport")}
        </button>
      </form>
      {started.error && (
        <p role="alert" className="error">
          {t("error")}: {started.error.graphQLErrors[0]?.message ?? started.error.message}
        </p>
      )}
      {jobId && <ExportProgress key={jobId} id={jobId} onDone={onDone} />}
      <h2>{t("earlierExports")}</h2>
      <EarlierExportsTable municipalityId={municipalityId} refresh={refresh} />
    </section>
  );
}
