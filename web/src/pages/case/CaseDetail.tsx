import { useMemo } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { useT } from "../../i18n";
import { date, euro, hours, month, paybackMonth, quantity, ratio } from "../../format";
import { Status } from "../../components/Status";
import { DataTable } from "../../components/DataTable";
import { EChart } from "../../charts/EChart";
import { caseEventsOption, caseEventsParts } from "../../charts/case-events";
import { cumulativeOption, cumulativeParts } from "../../charts/cumulative-line";
import { CaseDetailQuery } from "./case-queries";

/** One pseudonymous case: its support and outcomes in both scenarios, and its effect. */
export function CaseDetail({ id }: { id: string }) {
  const { t } = useT();
  const [result] = useQuery({ query: CaseDetailQuery, variables: { id } });
  const c = result.data?.case;
  const events = useMemo(
    () =>
      c
        ? [
            ...c.activities.map((a) => ({
              lane: `${t("support")} · ${t(`scenario${a.scenario}`)}`,
              date: a.activityDate,
              description: a.description,
              amount:
                a.hours !== null && a.hours !== undefined
                  ? `${hours(a.hours)} ${t("hoursUnit")}`
                  : a.units !== null && a.units !== undefined
                    ? quantity(a.units)
                    : "",
            })),
            ...c.outcomes.map((o) => ({
              lane: `${t("outcome")} · ${t(`scenario${o.scenario}`)}`,
              date: o.outcomeDate,
              description: o.description,
              amount: o.quantity !== null && o.quantity !== undefined ? quantity(o.quantity) : "",
            })),
          ].sort((a, b) => a.date.localeCompare(b.date) || a.lane.localeCompare(b.lane))
        : [],
    [c, t],
  );
  const lanes = useMemo(() => [...new Set(events.map((e) => e.lane))].sort(), [events]);
  const eventsChart = useMemo(() => caseEventsOption(lanes, events), [lanes, events]);
  const balanceChart = useMemo(
    () => cumulativeOption(c ? [{ label: c.reference, points: c.effect.timeline }] : []),
    [c],
  );
  if (!c) return <Status fetching={result.fetching} error={result.error} />;
  const effect = c.effect;
  const decimals = effect.settingsUsed.ratioDecimals;
  return (
    <section aria-labelledby="case-title">
      <p>
        <Link href="/casus">{t("backToCases")}</Link>
      </p>
      <h1 id="case-title">
        {t("case")} {c.reference}
      </h1>
      <dl className="facts">
        <dt>{t("team")}</dt>
        <dd>{c.team.name}</dd>
        <dt>{t("caseKind")}</dt>
        <dd>{t(`caseKind${c.kind}`)}</dd>
        <dt>{t("openedOn")}</dt>
        <dd>{date(c.openedOn)}</dd>
        <dt>{t("closedOn")}</dt>
        <dd>{c.closedOn ? date(c.closedOn) : "–"}</dd>
        <dt>{t("investment")}</dt>
        <dd>{euro(effect.investment)}</dd>
        <dt>{t("presentValue")}</dt>
        <dd>{euro(effect.presentValue)}</dd>
        <dt>{t("npv")}</dt>
        <dd>{euro(effect.npv)}</dd>
        <dt>{t("sroi")}</dt>
        <dd>{ratio(effect.sroiRatio, decimals)}</dd>
        <dt>{t("payback")}</dt>
        <dd>{paybackMonth(effect.settingsUsed.baseDate, effect.paybackMonth)}</dd>
      </dl>
      <figure>
        <figcaption>{t("caseTimeline")}</figcaption>
        <EChart
          parts={caseEventsParts}
          option={eventsChart}
          label={t("caseTimeline")}
          height={260}
        />
        <DataTable
          caption={t("caseTimeline")}
          rows={events}
          rowKey={(e, i) => `${e.date}-${i}`}
          columns={[
            { header: t("date"), cell: (e) => date(e.date) },
            { header: t("lane"), cell: (e) => e.lane },
            { header: t("description"), cell: (e) => e.description },
            { header: t("amount"), cell: (e) => e.amount, numeric: true },
          ]}
        />
      </figure>
      <figure>
        <figcaption>{t("cumulativeChart")}</figcaption>
        <EChart parts={cumulativeParts} option={balanceChart} label={t("cumulativeChart")} />
        <DataTable
          caption={t("cumulativeChart")}
          rows={effect.timeline}
          rowKey={(p) => p.period}
          columns={[
            { header: t("month"), cell: (p) => month(p.period) },
            { header: t("costs"), cell: (p) => euro(p.costs), numeric: true },
            { header: t("returns"), cell: (p) => euro(p.returns), numeric: true },
            { header: t("balance"), cell: (p) => euro(p.cumulative), numeric: true },
          ]}
        />
      </figure>
    </section>
  );
}
