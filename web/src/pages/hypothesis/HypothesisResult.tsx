import type { HypothesisQuery as Answer } from "../../gql/graphql";
import { useT } from "../../i18n";
import { integer, percent, period } from "../../format";
import { EstimatesTable } from "./EstimatesTable";
import { LagScatter } from "./LagScatter";

type Hypothesis = Answer["quadrantHypothesis"];

/** What the API answered: the panel, the finding per lag, the estimates and the points. */
export function HypothesisResult({ answer }: { answer: Hypothesis }) {
  const { t, language } = useT();
  if (!answer.firstPeriod || !answer.lastPeriod) return <p>{t("noPanel")}</p>;
  const names = new Map(answer.units.map((u) => [u.id, u.name]));
  const level = percent(answer.confidenceLevel);
  return (
    <>
      <p className="meta">
        {t("panel")}: {integer(answer.units.length)} {t(`units${answer.unit}`)},{" "}
        {period(answer.firstPeriod)} – {period(answer.lastPeriod)} · {t("effortQuadrants")}{" "}
        {answer.effortQuadrants.join(", ")} ({t(`effort${answer.effortMeasure}`)}) ·{" "}
        {t("demandQuadrants")} {answer.demandQuadrants.join(", ")} (
        {t(`demand${answer.demandMeasure}`)})
      </p>
      {answer.suppressedCells > 0 && (
        <p className="notice">
          {t("suppressedCells").replace("{n}", integer(answer.suppressedCells))}
        </p>
      )}
      <h2>{t("findings")}</h2>
      {answer.lags.map((lag) => (
        <p key={lag.lag} className="finding" data-lag={lag.lag}>
          {lag.sentence[language]}
        </p>
      ))}
      <div className="table-scroll">
        <EstimatesTable lags={answer.lags} level={level} />
      </div>
      <div className="chart-pair top">
        {answer.lags.map((lag) => (
          <LagScatter key={lag.lag} lag={lag} answer={answer} names={names} />
        ))}
      </div>
    </>
  );
}
