import { useMemo, useState } from "react";
import { useQuery } from "urql";
import type { TrendGroupFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { Status } from "../../components/Status";
import { caseFilterOf } from "../../components/CaseFilterFields";
import { DEFAULT_EFFECT_SETTINGS, effectSettingsOf } from "../../components/EffectSettingsFields";
import { integer } from "../../format";
import { TrendOptionsQuery, TrendQuery } from "./trend-query";
import { TrendFilters, type TrendFilter } from "./TrendFilters";
import { TrendCharts } from "./TrendCharts";
import { TrendTables } from "./TrendTables";
import { SuppressedNote } from "./SuppressedNote";

/** The team lead's trend: per group its cohorts (cases opened in one year or quarter). */
export function TrendPage({ defaultTeamId }: { defaultTeamId?: string }) {
  const { t } = useT();
  const [draft, setDraft] = useState<TrendFilter>({
    teamId: defaultTeamId ?? "",
    from: "",
    to: "",
    groupBy: "ARRANGEMENT",
    cohort: "YEAR",
    ...DEFAULT_EFFECT_SETTINGS,
  });
  const [filter, setFilter] = useState(draft);
  const [options] = useQuery({ query: TrendOptionsQuery });
  const variables = useMemo(
    () => ({
      groupBy: filter.groupBy,
      cohort: filter.cohort,
      filter: caseFilterOf(filter),
      settings: effectSettingsOf(filter),
    }),
    [filter],
  );
  const [result] = useQuery({ query: TrendQuery, variables });
  const trend = result.data?.effectTrend;
  const groups: TrendGroupFragment[] = trend?.groups ?? [];
  const teams = options.data?.teams.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="trend-title">
      <h1 id="trend-title">{t("trendTitle")}</h1>
      <p className="meta">{t("trendIntro")}</p>
      <TrendFilters
        teams={teams}
        value={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        onSubmit={() => setFilter(draft)}
      />
      <Status fetching={result.fetching && !trend} error={result.error} />
      {trend && (
        <>
          <p className="meta">
            {t("cases")}: {integer(trend.cases)} · {t("priceList")}: {trend.pricing.priceListName}{" "}
            (v{trend.pricing.versionNumber}) · {t("unpricedActivities")}:{" "}
            {integer(trend.unpricedActivities)} · {t("unpricedOutcomes")}:{" "}
            {integer(trend.unpricedOutcomes)}
          </p>
          <SuppressedNote groups={trend.suppressedGroups} />
          <TrendCharts groups={groups} decimals={trend.settingsUsed.ratioDecimals} />
          <TrendTables
            groups={groups}
            total={trend.total}
            decimals={trend.settingsUsed.ratioDecimals}
          />
        </>
      )}
    </section>
  );
}
