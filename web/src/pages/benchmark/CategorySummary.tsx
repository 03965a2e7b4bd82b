import type { BenchmarkCategoryFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { euro, integer, ratio } from "../../format";

type Spread = BenchmarkCategoryFragment["platform"]["sroiRatioAcross"];

/** The category across municipalities: median and quartiles, and where the caller's own stands. */
export function CategorySummary({ category }: { category: BenchmarkCategoryFragment }) {
  const { t } = useT();
  const { platform, ownRank } = category;
  const spread = (s: Spread, format: (v: string) => string) =>
    s.median === null || s.median === undefined
      ? "–"
      : t("spreadAcross")
          .replace("{median}", format(s.median))
          .replace("{q1}", s.q1 ? format(s.q1) : "–")
          .replace("{q3}", s.q3 ? format(s.q3) : "–")
          .replace("{n}", integer(s.n));
  const rank = (value: number | null | undefined, of: number) =>
    value ? t("rankOf").replace("{rank}", integer(value)).replace("{of}", integer(of)) : "–";
  return (
    <dl className="facts">
      <dt>{t("medianSroi")}</dt>
      <dd>{spread(platform.sroiRatioAcross, (v) => ratio(v))}</dd>
      <dt>{t("medianCostPerCase")}</dt>
      <dd>{spread(platform.costPerCaseAcross, euro)}</dd>
      {ownRank && (
        <>
          <dt>{t("ownRank")}</dt>
          <dd>
            {ownRank.sroiRatio || ownRank.costPerCase
              ? `${t("sroi")}: ${rank(ownRank.sroiRatio, ownRank.of)} · ${t("costPerCase")}: ${rank(ownRank.costPerCase, ownRank.of)}`
              : t("notRanked")}
          </dd>
        </>
      )}
    </dl>
  );
}
