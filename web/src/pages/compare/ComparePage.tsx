import { useMemo, useState } from "react";
import { useQuery } from "urql";
import type { CompareGroupFragment, EffectGroupBy } from "../../gql/graphql";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { Status } from "../../components/Status";
import { CompareOptionsQuery, CompareQuery } from "./compare-query";
import { GroupTotals } from "./GroupTotals";
import { SroiCharts } from "./SroiCharts";
import { BalanceChart } from "./BalanceChart";
import { MatrixChart } from "./MatrixChart";

const GROUPINGS: EffectGroupBy[] = ["ARRANGEMENT", "TEAM", "QUADRANT", "DISTRICT"];

interface Filter {
  teamId: string;
  from: string;
  to: string;
  groupBy: EffectGroupBy;
  discountFirstYear: boolean;
  biasB: string;
  biasC: string;
}

/** The team lead's page: effects of stored cases per arrangement (or team, quadrant, district). */
export function ComparePage({ defaultTeamId }: { defaultTeamId?: string }) {
  const { t } = useT();
  const [draft, setDraft] = useState<Filter>({
    teamId: defaultTeamId ?? "",
    from: "",
    to: "",
    groupBy: "ARRANGEMENT",
    discountFirstYear: false,
    biasB: "0.1",
    biasC: "0.25",
  });
  const [filter, setFilter] = useState(draft);
  const [options] = useQuery({ query: CompareOptionsQuery });
  const variables = useMemo(
    () => ({
      groupBy: filter.groupBy,
      filter: {
        ...(filter.teamId ? { teamId: filter.teamId } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
      },
      settings: {
        discountFirstYear: filter.discountFirstYear,
        optimismBias: { B: filter.biasB, C: filter.biasC },
      },
    }),
    [filter],
  );
  const [result] = useQuery({ query: CompareQuery, variables });
  const comparison = result.data?.effectComparison;
  const names = useMemo(
    () => new Map(options.data?.stakeholders.edges.map(({ node }) => [node.code, node.name])),
    [options.data],
  );
  const set = <K extends keyof Filter>(key: K, value: Filter[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const groups: CompareGroupFragment[] = comparison?.groups ?? [];

  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">{t("compareTitle")}</h1>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
        }}
      >
        <Field label={t("team")}>
          <select value={draft.teamId} onChange={(e) => set("teamId", e.target.value)}>
            <option value="">{t("allTeams")}</option>
            {options.data?.teams.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("from")}>
          <input type="date" value={draft.from} onChange={(e) => set("from", e.target.value)} />
        </Field>
        <Field label={t("to")}>
          <input type="date" value={draft.to} onChange={(e) => set("to", e.target.value)} />
        </Field>
        <Field label={t("groupBy")}>
          <select
            value={draft.groupBy}
            onChange={(e) => set("groupBy", e.target.value as EffectGroupBy)}
          >
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`group${g}` as const)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={`${t("optimismBias")} B`}>
          <input
            type="number"
            min="0"
            max="1"
            step="0.05"
            value={draft.biasB}
            onChange={(e) => set("biasB", e.target.value)}
          />
        </Field>
        <Field label={`${t("optimismBias")} C`}>
          <input
            type="number"
            min="0"
            max="1"
            step="0.05"
            value={draft.biasC}
            onChange={(e) => set("biasC", e.target.value)}
          />
        </Field>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.discountFirstYear}
            onChange={(e) => set("discountFirstYear", e.target.checked)}
          />
          {t("discountFirstYear")}
        </label>
        <button type="submit">{t("show")}</button>
      </form>
      <Status fetching={result.fetching && !comparison} error={result.error} />
      {comparison && (
        <>
          <p className="meta">
            {t("cases")}: {comparison.cases} · {t("priceList")}: {comparison.pricing.priceListName}{" "}
            (v{comparison.pricing.versionNumber}) · {t("unpricedActivities")}:{" "}
            {comparison.unpricedActivities} · {t("unpricedOutcomes")}: {comparison.unpricedOutcomes}
          </p>
          {comparison.suppressedGroups.length > 0 && (
            <p className="meta">
              {t("suppressedGroups")}:{" "}
              {comparison.suppressedGroups.map((group) => group.label).join(", ")}
            </p>
          )}
          <GroupTotals
            groups={groups}
            total={comparison.total}
            baseDate={comparison.settingsUsed.baseDate}
            decimals={comparison.settingsUsed.ratioDecimals}
          />
          <SroiCharts groups={groups} decimals={comparison.settingsUsed.ratioDecimals} />
          <BalanceChart groups={groups} />
          <MatrixChart groups={[comparison.total, ...groups]} names={names} />
        </>
      )}
    </section>
  );
}
