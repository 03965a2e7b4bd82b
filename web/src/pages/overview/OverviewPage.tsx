import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { TeamSelect } from "../../components/TeamSelect";
import { YearSelect } from "../../components/YearSelect";
import { Status } from "../../components/Status";
import { DataTable } from "../../components/DataTable";
import { EChart } from "../../charts/EChart";
import { stackedHoursOption, stackedHoursParts } from "../../charts/stacked-hours";
import { sroiRangeOption, sroiRangeParts } from "../../charts/sroi-range";
import { hours, integer, month, paybackMonth, ratio } from "../../format";
import { OverviewQuery } from "./overview-query";

const thisYear = new Date().getFullYear();

/** A team's year at a glance: cases and hours per month, SROI per arrangement, payback. */
export function OverviewPage({ teams }: { teams: { id: string; name: string }[] }) {
  const { t } = useT();
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [year, setYear] = useState(thisYear - 1);
  const variables = useMemo(
    () => ({ teamId, from: `${year}-01-01`, to: `${year}-12-31`, filter: { teamId } }),
    [teamId, year],
  );
  const [result] = useQuery({ query: OverviewQuery, variables, pause: !teamId });
  const months = result.data?.teamMonths ?? [];
  const comparison = result.data?.effectComparison;
  const hoursChart = useMemo(
    () =>
      stackedHoursOption(months, {
        individual: t("individualHours"),
        collective: t("collectiveHours"),
      }),
    [months, t],
  );
  const groups = comparison?.groups ?? [];
  const sroiChart = useMemo(
    () =>
      sroiRangeOption(
        groups.map((g) => ({
          label: g.label,
          sroi: g.sroiRatio,
          low: g.ratioLow,
          high: g.ratioHigh,
        })),
      ),
    [groups],
  );
  const decimals = comparison?.settingsUsed.ratioDecimals ?? 3;
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t("overviewTitle")}</h1>
      <div className="filters">
        <Field label={t("team")}>
          <TeamSelect teams={teams} value={teamId} onChange={setTeamId} />
        </Field>
        <Field label={t("period")}>
          <YearSelect value={year} onChange={setYear} />
        </Field>
      </div>
      {!teamId && <p>{t("noTeam")}</p>}
      <Status fetching={result.fetching && !result.data} error={result.error} />
      {result.data && comparison && (
        <>
          <p className="meta">
            {t("cases")}: {integer(comparison.cases)} · {t("unpricedActivities")}:{" "}
            {integer(comparison.unpricedActivities)} · {t("unpricedOutcomes")}:{" "}
            {integer(comparison.unpricedOutcomes)}
          </p>
          <figure>
            <figcaption>{t("hoursChart")}</figcaption>
            <EChart parts={stackedHoursParts} option={hoursChart} label={t("hoursChart")} />
            <DataTable
              caption={t("hoursChart")}
              rows={months}
              rowKey={(m) => m.month}
              columns={[
                { header: t("month"), cell: (m) => month(m.month) },
                { header: t("openCases"), cell: (m) => integer(m.openCases), numeric: true },
                { header: t("newCases"), cell: (m) => integer(m.newCases), numeric: true },
                { header: t("closedCases"), cell: (m) => integer(m.closedCases), numeric: true },
                {
                  header: t("individualHours"),
                  cell: (m) => hours(m.individualHours),
                  numeric: true,
                },
                {
                  header: t("collectiveHours"),
                  cell: (m) => hours(m.collectiveHours),
                  numeric: true,
                },
              ]}
            />
          </figure>
          <figure>
            <figcaption>{t("sroiRangeChart")}</figcaption>
            <EChart parts={sroiRangeParts} option={sroiChart} label={t("sroiRangeChart")} />
            <DataTable
              caption={t("sroiRangeChart")}
              rows={groups}
              rowKey={(g) => g.key ?? g.label}
              columns={[
                { header: t("group"), cell: (g) => g.label },
                { header: t("cases"), cell: (g) => integer(g.cases), numeric: true },
                { header: t("sroi"), cell: (g) => ratio(g.sroiRatio, decimals), numeric: true },
                { header: t("sroiLow"), cell: (g) => ratio(g.ratioLow, decimals), numeric: true },
                { header: t("sroiHigh"), cell: (g) => ratio(g.ratioHigh, decimals), numeric: true },
                {
                  header: t("payback"),
                  cell: (g) => paybackMonth(comparison.settingsUsed.baseDate, g.paybackMonth),
                },
              ]}
            />
          </figure>
        </>
      )}
    </section>
  );
}
