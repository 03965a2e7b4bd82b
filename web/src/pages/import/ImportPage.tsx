import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { ImportProgress } from "./ImportProgress";
import { Municipalities, StartImport } from "./import-queries";

const KINDS = ["CASES", "ACTIVITIES", "OUTCOMES"] as const;
type Kind = (typeof KINDS)[number];

/** The file's bytes as base64, as importRegistrations takes them. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Upload a registration system's CSV or XLSX; follow the job; read its row-by-row report. */
export function ImportPage({ municipalityId }: { municipalityId: string | null }) {
  const { t } = useT();
  const [list] = useQuery({ query: Municipalities, pause: municipalityId !== null });
  const municipalities = list.data?.municipalities.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState("");
  const [kind, setKind] = useState<Kind>("CASES");
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [started, start] = useMutation(StartImport);
  const target = municipalityId ?? (chosen || municipalities[0]?.id || "");
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file || !target) return;
    const result = await start({
      municipalityId: target,
      kind,
      file: { filename: file.name, contentBase64: await base64Of(file) },
    });
    const id = result.data?.importRegistrations.id;
    if (id) setJobId(id);
  };
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t("importTitle")}</h1>
      <form className="filters" onSubmit={submit}>
        {municipalityId === null && (
          <Field label={t("municipality")}>
            <select value={target} onChange={(e) => setChosen(e.target.value)}>
              {municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t("importKind")}>
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("importFile")}>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <button type="submit" disabled={started.fetching || !file}>
          {t("startImport")}
        </button>
      </form>
      {started.error && (
        <p role="alert" className="error">
          {t("error")}: {started.error.graphQLErrors[0]?.message ?? started.error.message}
        </p>
      )}
      {jobId && <ImportProgress key={jobId} id={jobId} />}
    </section>
  );
}
