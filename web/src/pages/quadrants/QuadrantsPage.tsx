import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { date } from "../../format";
import { Field } from "../../components/Field";
import { TeamSelect } from "../../components/TeamSelect";
import { YearSelect } from "../../components/YearSelect";
import { Status } from "../../components/Status";
import { QuadrantChoicesQuery, QuadrantPageQuery } from "./quadrant-queries";
import { SurveyPlane } from "./SurveyPlane";
import { ProvisionsPlane } from "./ProvisionsPlane";
import { EffortByTeam } from "./EffortByTeam";

type Subject = "SELF" | "TEAM";
const thisYear = new Date().getFullYear();

/**
 * Work on a quadrant model: where professionals place themselves and their team (now and
 * desired), where the provisions sit, and how each team's hours and offers spread over the
 * quadrants. Two requests: the choices, then the page.
 */
export function QuadrantsPage({ teams }: { teams: { id: string; name: string }[] }) {
  const { t, language } = useT();
  const [choices] = useQuery({ query: QuadrantChoicesQuery });
  const models = choices.data?.quadrantModels ?? [];
  const surveys = choices.data?.positionSurveys.edges.map((e) => e.node) ?? [];
  const [chosenModel, setModelId] = useState("");
  const modelId = chosenModel || surveys[0]?.modelId || models[0]?.id || "";
  const modelSurveys = surveys.filter((s) => s.modelId === modelId);
  const [chosenSurvey, setSurveyId] = useState("");
  const surveyId = modelSurveys.some((s) => s.id === chosenSurvey)
    ? chosenSurvey
    : (modelSurveys[0]?.id ?? "");
  const [subject, setSubject] = useState<Subject>("SELF");
  const [teamId, setTeamId] = useState("");
  const [year, setYear] = useState(thisYear - 1);
  const variables = useMemo(
    () => ({
      modelId,
      surveyId: surveyId || modelId,
      withSurvey: Boolean(surveyId),
      effort: {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        ...(teamId ? { teamId } : {}),
      },
    }),
    [modelId, surveyId, teamId, year],
  );
  const [result] = useQuery({ query: QuadrantPageQuery, variables, pause: !modelId });
  const model = result.data?.quadrantModel;
  const quadrants = model?.quadrants ?? [];
  const plane = useMemo(
    () =>
      model && {
        xAxis: model.xAxis,
        yAxis: model.yAxis,
        quadrants: model.quadrants.map((q) => ({
          code: q.code,
          position: q.position,
          name: language === "en" ? q.nameEn : q.nameNl,
        })),
      },
    [model, language],
  );
  const teamName = teams.find((team) => team.id === teamId)?.name ?? null;
  return (
    <section aria-labelledby="quadrants-title">
      <h1 id="quadrants-title">{t("quadrantsTitle")}</h1>
      <div className="filters">
        <Field label={t("quadrantModel")}>
          <select value={modelId} onChange={(e) => setModelId(e.target.value)}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("positionSurvey")}>
          <select value={surveyId} onChange={(e) => setSurveyId(e.target.value)}>
            {modelSurveys.length === 0 && <option value="">{t("noSurvey")}</option>}
            {modelSurveys.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
                {s.date ? ` (${date(s.date)})` : ""}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("subject")}>
          <select value={subject} onChange={(e) => setSubject(e.target.value as Subject)}>
            <option value="SELF">{t("subjectSELF")}</option>
            <option value="TEAM">{t("subjectTEAM")}</option>
          </select>
        </Field>
        <Field label={t("team")}>
          <TeamSelect teams={teams} value={teamId} onChange={setTeamId} anyLabel={t("allTeams")} />
        </Field>
        <Field label={t("period")}>
          <YearSelect value={year} onChange={setYear} />
        </Field>
      </div>
      <Status
        fetching={(choices.fetching || result.fetching) && !model}
        error={choices.error ?? result.error}
      />
      {model && plane && (
        <>
          <h2>{t("positionsHeading")}</h2>
          {result.data?.positionSurvey ? (
            <SurveyPlane
              survey={result.data.positionSurvey}
              plane={plane}
              quadrants={quadrants}
              subject={subject}
              teamName={teamName}
            />
          ) : (
            <p className="meta">{t("noSurvey")}</p>
          )}
          <h2>{t("provisionsHeading")}</h2>
          <ProvisionsPlane
            provisions={result.data?.provisions.edges.map((e) => e.node) ?? []}
            plane={plane}
            quadrants={quadrants}
          />
          <h2>{t("effortHeading")}</h2>
          <EffortByTeam effort={result.data?.effortByQuadrant ?? []} quadrants={quadrants} />
        </>
      )}
    </section>
  );
}
