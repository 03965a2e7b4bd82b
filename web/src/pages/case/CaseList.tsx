import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { useT } from "../../i18n";
import { date, integer } from "../../format";
import { Field } from "../../components/Field";
import { TeamSelect } from "../../components/TeamSelect";
import { Status } from "../../components/Status";
import { DataTable } from "../../components/DataTable";
import { CaseListQuery } from "./case-queries";

/** The cases the role may see, searched by reference and team, 20 per page. */
export function CaseList({ teams }: { teams: { id: string; name: string }[] }) {
  const { t } = useT();
  const [search, setSearch] = useState("");
  const [teamId, setTeamId] = useState("");
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filter = {
    ...(search ? { referenceContains: search } : {}),
    ...(teamId ? { teamId } : {}),
  };
  const [result] = useQuery({
    query: CaseListQuery,
    variables: { filter, after: cursors[cursors.length - 1] },
  });
  const page = result.data?.cases;
  const restart = () => setCursors([null]);
  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">{t("caseTitle")}</h1>
      <div className="filters">
        <Field label={t("searchReference")}>
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              restart();
            }}
          />
        </Field>
        <Field label={t("team")}>
          <TeamSelect
            teams={teams}
            value={teamId}
            onChange={(id) => {
              setTeamId(id);
              restart();
            }}
            anyLabel={t("allTeams")}
          />
        </Field>
      </div>
      <Status fetching={result.fetching && !result.data} error={result.error} />
      {page && (
        <>
          <p className="meta">
            {t("cases")}: {integer(page.totalCount)}
          </p>
          <DataTable
            caption={t("caseTitle")}
            rows={page.edges.map((e) => e.node)}
            rowKey={(c) => c.id}
            columns={[
              {
                header: t("reference"),
                cell: (c) => <Link href={`/casus/${c.id}`}>{c.reference}</Link>,
              },
              { header: t("team"), cell: (c) => c.team.name },
              { header: t("caseKind"), cell: (c) => t(`caseKind${c.kind}`) },
              { header: t("openedOn"), cell: (c) => date(c.openedOn) },
              { header: t("closedOn"), cell: (c) => (c.closedOn ? date(c.closedOn) : "–") },
            ]}
          />
          <div className="pager">
            <button
              type="button"
              disabled={cursors.length === 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              {t("previousPage")}
            </button>
            <button
              type="button"
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
            >
              {t("nextPage")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
