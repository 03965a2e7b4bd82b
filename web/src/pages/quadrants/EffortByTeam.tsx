import { useMemo } from "react";
import type { QuadrantPageQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { hours, integer, percent } from "../../format";
import { DataTable } from "../../components/DataTable";
import { EChart } from "../../charts/EChart";
import { effortBarsOption, effortBarsParts } from "../../charts/effort-bars";
import { className, type ModelQuadrant } from "./quadrant-classes";

type Effort = QuadrantPageQuery["effortByQuadrant"][number];

/** Per team and quadrant: the intervention hours placed there and the provision offers. */
export function EffortByTeam(props: { effort: Effort[]; quadrants: ModelQuadrant[] }) {
  const { effort, quadrants } = props;
  const { t, language } = useT();
  const cls = (code: string) => className(code, quadrants, language, t);
  const option = useMemo(() => {
    const teams = [...new Set(effort.map((e) => e.team.name))];
    const classes = [...new Set(effort.map((e) => e.quadrantClass))];
    return effortBarsOption(
      teams,
      classes.map((code) => ({
        name: className(code, quadrants, language, t),
        hours: teams.map((team) =>
          Number(effort.find((e) => e.team.name === team && e.quadrantClass === code)?.hours ?? 0),
        ),
      })),
    );
  }, [effort, quadrants, language, t]);
  return (
    <figure>
      <figcaption>{t("effortChart")}</figcaption>
      <EChart parts={effortBarsParts} option={option} label={t("effortChart")} />
      <DataTable
        caption={t("effortChart")}
        rows={effort}
        rowKey={(e) => `${e.teamId}-${e.quadrantClass}`}
        columns={[
          { header: t("team"), cell: (e) => e.team.name },
          { header: t("quadrantClass"), cell: (e) => cls(e.quadrantClass) },
          { header: t("interventionHours"), cell: (e) => hours(e.hours), numeric: true },
          { header: t("offerCount"), cell: (e) => integer(e.offerCount), numeric: true },
          { header: t("offerShare"), cell: (e) => percent(e.offerShare), numeric: true },
        ]}
      />
    </figure>
  );
}
