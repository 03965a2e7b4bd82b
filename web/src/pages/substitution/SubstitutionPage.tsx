import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { TeamSelect } from "../../components/TeamSelect";
import { YearSelect } from "../../components/YearSelect";
import { Status } from "../../components/Status";
import { DataTable } from "../../components/DataTable";
import { EChart } from "../../charts/EChart";
import { stackedAreaOption, stackedAreaParts } from "../../charts/stacked-area";
import { euro, hours, integer, month, wholeEuro } from "../../format";
import { SubstitutionQuery } from "./substitution-query";

const LAYERS = ["ZERO_LINE", "FIRST_LINE", "SECOND_LINE"] as const;
type Layer = (typeof LAYERS)[number];
type Measure = "hours" | "costs";
type Scenario = "INTERVENTION" | "REFERENCE";
type Cell = { period: string; scenario: string; careLayer: string };
const thisYear = new Date().getFullYear();

/** Does second-line use fall as first-line and zero-line work grows? Per care layer per month. */
export function SubstitutionPage({ teams }: { teams: { id: string; name: string }[] }) {
  const { t } = useT();
  const [teamId, setTeamId] = useState("");
  const [year, setYear] = useState(thisYear - 1);
  const [measure, setMeasure] = useState<Measure>("costs");
  const [scenario, setScenario] = useState<Scenario>("INTERVENTION");
  const variables = useMemo(
    () => ({ teamId: teamId || null, from: `${year}-01-01`, to: `${year}-12-31` }),
    [teamId, year],
  );
  const [result] = useQuery({ query: SubstitutionQuery, variables });
  const view = result.data?.substitution;
  const table = useMemo(() => {
    const periods = [
      ...new Set([...(view?.rows ?? []), ...(view?.suppressedCells ?? [])].map((r) => r.period)),
    ]
      .filter((period) => !period.includes("/"))
      .sort();
    const matches = (period: string, layer: Layer) => (r: Cell) =>
      r.period === period && r.scenario === scenario && r.careLayer === layer;
    const hidden = (period: string, layer: Layer) =>
      view?.suppressedCells.some(matches(period, layer)) ?? false;
    // A cell withheld by disclosure control is null, not zero: the page must not show it as 0.
    const value = (period: string, layer: Layer) =>
      hidden(period, layer) ? null : (view?.rows.find(matches(period, layer))?.[measure] ?? "0");
    return periods.map((period) => ({
      period,
      ...Object.fromEntries(LAYERS.map((layer) => [layer, value(period, layer)])),
    })) as ({ period: string } & Record<Layer, string | null>)[];
  }, [view, scenario, measure]);
  // The cells of this scenario's table that are not shown (the page shows no totals).
  const hiddenCells = (view?.suppressedCells ?? []).filter(
    (c) => c.scenario === scenario && !c.period.includes("/"),
  );
  const format = measure === "costs" ? euro : hours;
  const chart = useMemo(
    () =>
      stackedAreaOption(
        table.map((row) => month(row.period)),
        LAYERS.map((layer) => ({
          name: t(`layer${layer}`),
          values: table.map((row) => row[layer]),
        })),
        measure === "costs" ? wholeEuro : hours,
      ),
    [table, measure, t],
  );
  const caption = `${t("substitutionChart")}: ${t(measure === "costs" ? "measureCosts" : "measureHours")}, ${t(`scenario${scenario}`)}`;
  return (
    <section aria-labelledby="substitution-title">
      <h1 id="substitution-title">{t("substitutionTitle")}</h1>
      <div className="filters">
        <Field label={t("team")}>
          <TeamSelect
            teams={teams}
            value={teamId}
            onChange={setTeamId}
            anyLabel={t("wholeMunicipality")}
          />
        </Field>
        <Field label={t("period")}>
          <YearSelect value={year} onChange={setYear} />
        </Field>
        <Field label={t("measure")}>
          <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            <option value="costs">{t("measureCosts")}</option>
            <option value="hours">{t("measureHours")}</option>
          </select>
        </Field>
        <Field label={t("scenario")}>
          <select value={scenario} onChange={(e) => setScenario(e.target.value as Scenario)}>
            <option value="INTERVENTION">{t("scenarioINTERVENTION")}</option>
            <option value="REFERENCE">{t("scenarioREFERENCE")}</option>
          </select>
        </Field>
      </div>
      <Status fetching={result.fetching && !result.data} error={result.error} />
      {view && (
        <>
          <p className="meta">
            {t("unpricedActivities")}: {integer(view.unpricedActivities)}
          </p>
          <figure>
            <figcaption>{caption}</figcaption>
            <EChart parts={stackedAreaParts} option={chart} label={caption} />
            <DataTable
              caption={caption}
              rows={table}
              rowKey={(row) => row.period}
              columns={[
                { header: t("month"), cell: (row) => month(row.period) },
                ...LAYERS.map((layer) => ({
                  header: t(`layer${layer}`),
                  cell: (row: (typeof table)[number]) =>
                    row[layer] === null ? t("notShown") : format(row[layer]),
                  numeric: true,
                })),
              ]}
            />
          </figure>
          {hiddenCells.length > 0 && (
            <p className="meta" role="note">
              {t("suppressedGroups")}:{" "}
              {hiddenCells.map((c) => `${month(c.period)} ${t(`layer${c.careLayer}`)}`).join(", ")}
            </p>
          )}
        </>
      )}
    </section>
  );
}
