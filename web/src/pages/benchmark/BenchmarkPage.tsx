import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { Status } from "../../components/Status";
import { integer } from "../../format";
import { BenchmarkModelsQuery, BenchmarkQuery } from "./benchmark-query";
import { periodInput } from "./benchmark-period";
import { BenchmarkForm, type BenchmarkFilter } from "./BenchmarkForm";
import { BenchmarkChart } from "./BenchmarkChart";
import { CategoryTable } from "./CategoryTable";
import { CategorySummary } from "./CategorySummary";

const lastYear = new Date().getFullYear() - 1;

/**
 * The analyst's benchmark between municipalities: the same effect figures for each, its own
 * municipality by name and the others as the API labels them, per category and in total.
 */
export function BenchmarkPage() {
  const { t } = useT();
  const [draft, setDraft] = useState<BenchmarkFilter>({
    by: "ARRANGEMENT_FORM",
    modelId: "",
    fromYear: lastYear,
    fromQuarter: 1,
    toYear: lastYear,
    toQuarter: 4,
  });
  const [filter, setFilter] = useState(draft);
  const [models] = useQuery({ query: BenchmarkModelsQuery });
  const builtIn = models.data?.quadrantModels.filter((m) => m.builtIn) ?? [];
  const variables = useMemo(
    () => ({
      by: filter.by,
      period: periodInput(filter),
      modelId: filter.by === "QUADRANT" && filter.modelId ? filter.modelId : null,
    }),
    [filter],
  );
  const [result] = useQuery({ query: BenchmarkQuery, variables });
  const benchmark = result.error ? undefined : result.data?.effectBenchmark;
  const categories = benchmark ? [benchmark.total, ...benchmark.categories] : [];
  const set = <K extends keyof BenchmarkFilter>(key: K, value: BenchmarkFilter[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  return (
    <section aria-labelledby="benchmark-title">
      <h1 id="benchmark-title">{t("benchmarkTitle")}</h1>
      <BenchmarkForm
        draft={{ ...draft, modelId: draft.modelId || (builtIn[0]?.id ?? "") }}
        set={set}
        models={builtIn}
        onSubmit={() => setFilter({ ...draft, modelId: draft.modelId || (builtIn[0]?.id ?? "") })}
      />
      <Status fetching={result.fetching && !benchmark} error={result.error} />
      {benchmark && (
        <>
          <p className="meta">
            {t("benchmarkIntro").replace("{k}", integer(benchmark.minGroupSize))}
          </p>
          <BenchmarkChart categories={categories} />
          {categories.map((category) => (
            <section key={category.key ?? category.label} className="benchmark-category">
              <div className="table-scroll">
                <CategoryTable category={category} minGroupSize={benchmark.minGroupSize} />
              </div>
              <CategorySummary category={category} />
            </section>
          ))}
        </>
      )}
    </section>
  );
}
