import { useMemo } from "react";
import type { QuadrantPageQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { coordinate, integer } from "../../format";
import { DataTable } from "../../components/DataTable";
import { EChart } from "../../charts/EChart";
import {
  quadrantPlaneOption,
  quadrantPlaneParts,
  type PlaneModel,
} from "../../charts/quadrant-plane";
import { className, type ModelQuadrant } from "./quadrant-classes";

type Survey = NonNullable<QuadrantPageQuery["positionSurvey"]>;
type Subject = "SELF" | "TEAM";

/**
 * A positioning survey on the model's plane: each respondent's button now and desired with an
 * arrow between them, the team means (larger, named) and their shift, with the tables of both.
 */
export function SurveyPlane(props: {
  survey: Survey;
  plane: PlaneModel;
  quadrants: ModelQuadrant[];
  subject: Subject;
  teamName: string | null;
}) {
  const { survey, plane, quadrants, subject, teamName } = props;
  const { t, language } = useT();
  const responses = survey.responses.filter(
    (r) => r.subject === subject && (!teamName || r.team?.name === teamName),
  );
  const respondents = useMemo(() => {
    const byKey = new Map<string, { respondent: string; team: string; now?: Pos; desired?: Pos }>();
    for (const r of responses) {
      const row = byKey.get(r.respondent) ?? {
        respondent: r.respondent,
        team: r.team?.name ?? "–",
      };
      row[r.horizon === "CURRENT" ? "now" : "desired"] = { x: r.x, y: r.y };
      byKey.set(r.respondent, row);
    }
    return [...byKey.values()].sort((a, b) => a.respondent.localeCompare(b.respondent));
  }, [responses]);
  const means = survey.summary.filter(
    (s) => s.subject === subject && (!teamName || s.group === teamName),
  );
  const option = useMemo(() => {
    const point = (p: Pos, label: string) => ({ x: Number(p.x), y: Number(p.y), label });
    const meanOf = (group: string | null | undefined, horizon: string) =>
      means.find((m) => m.group === group && m.horizon === horizon);
    const groups = [...new Set(means.map((m) => m.group))];
    return quadrantPlaneOption(
      plane,
      [
        {
          name: t("positionNow"),
          symbol: "circle",
          size: 8,
          points: respondents.flatMap((r) => (r.now ? [point(r.now, r.respondent)] : [])),
        },
        {
          name: t("positionDesired"),
          symbol: "triangle",
          size: 9,
          points: respondents.flatMap((r) => (r.desired ? [point(r.desired, r.respondent)] : [])),
        },
        {
          name: t("teamMean"),
          symbol: "diamond",
          size: 16,
          // With every team the names would overlap: the tooltip and the table name them.
          showLabels: means.length <= 2,
          points: means.map((m) =>
            point(
              { x: m.meanX, y: m.meanY },
              `${m.group ?? "–"} (${t(m.horizon === "CURRENT" ? "now" : "desired")})`,
            ),
          ),
        },
      ],
      [
        {
          name: t("shiftRespondent"),
          width: 1,
          arrows: respondents.flatMap((r) =>
            r.now && r.desired ? [{ from: pair(r.now), to: pair(r.desired) }] : [],
          ),
        },
        {
          name: t("shiftTeam"),
          width: 3,
          arrows: groups.flatMap((group) => {
            const now = meanOf(group, "CURRENT");
            const desired = meanOf(group, "DESIRED");
            return now && desired
              ? [
                  {
                    from: pair({ x: now.meanX, y: now.meanY }),
                    to: pair({ x: desired.meanX, y: desired.meanY }),
                  },
                ]
              : [];
          }),
        },
      ],
    );
  }, [plane, respondents, means, t]);
  const caption = `${survey.title}: ${t(subject === "SELF" ? "subjectSELF" : "subjectTEAM")}`;
  const cls = (code: string) => className(code, quadrants, language, t);
  return (
    <figure>
      <figcaption>{caption}</figcaption>
      <EChart
        parts={quadrantPlaneParts}
        option={option}
        label={caption}
        height={640}
        maxWidth={760}
      />
      <DataTable
        caption={t("teamMeansTable")}
        rows={means}
        rowKey={(m) => `${m.group}-${m.horizon}`}
        columns={[
          { header: t("team"), cell: (m) => m.group ?? "–" },
          { header: t("horizon"), cell: (m) => t(m.horizon === "CURRENT" ? "now" : "desired") },
          { header: t("respondents"), cell: (m) => integer(m.n), numeric: true },
          { header: t("meanX"), cell: (m) => coordinate(m.meanX), numeric: true },
          { header: t("meanY"), cell: (m) => coordinate(m.meanY), numeric: true },
          { header: t("quadrantClass"), cell: (m) => cls(m.quadrantClass) },
          {
            header: t("shift"),
            cell: (m) => (m.shift ? `${coordinate(m.shift.x)}; ${coordinate(m.shift.y)}` : "–"),
            numeric: true,
          },
        ]}
      />
      <DataTable
        caption={t("responsesTable")}
        rows={respondents}
        rowKey={(r) => r.respondent}
        columns={[
          { header: t("respondent"), cell: (r) => r.respondent },
          { header: t("team"), cell: (r) => r.team },
          { header: t("positionNow"), cell: (r) => xy(r.now), numeric: true },
          { header: t("positionDesired"), cell: (r) => xy(r.desired), numeric: true },
        ]}
      />
    </figure>
  );
}

interface Pos {
  x: string;
  y: string;
}

const pair = (p: Pos): [number, number] => [Number(p.x), Number(p.y)];
const xy = (p: Pos | undefined) => (p ? `${coordinate(p.x)}; ${coordinate(p.y)}` : "–");
