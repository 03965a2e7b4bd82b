import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { Status } from "../../components/Status";
import { HypothesisOptionsQuery, HypothesisQuery } from "./hypothesis-query";
import {
  DEFAULT_FILTER,
  hypothesisVariables,
  parseLags,
  type HypothesisFilter,
} from "./hypothesis-filter";
import { HypothesisForm } from "./HypothesisForm";
import { HypothesisResult } from "./HypothesisResult";

/**
 * The network quadrant's hypothesis over time: does more collective work (quadrants III and IV)
 * go with less individual demand (I and II) in the same or a later period?
 */
export function HypothesisPage({ municipalityId }: { municipalityId: string | null }) {
  const { t } = useT();
  const [options] = useQuery({ query: HypothesisOptionsQuery });
  const municipalities = options.data?.municipalities.edges.map((e) => e.node) ?? [];
  const [draft, setDraft] = useState<HypothesisFilter>({
    ...DEFAULT_FILTER,
    municipalityId: municipalityId ?? "",
  });
  const [filter, setFilter] = useState(draft);
  // ADMIN names the municipality; until chosen, the first one it sees.
  const chosen = filter.municipalityId || municipalities[0]?.id || "";
  const lags = useMemo(() => parseLags(filter.lags), [filter.lags]);
  const variables = useMemo(
    () => hypothesisVariables({ ...filter, municipalityId: chosen }, lags ?? []),
    [filter, chosen, lags],
  );
  const [result] = useQuery({ query: HypothesisQuery, variables, pause: !chosen || !lags });
  const answer = result.data?.quadrantHypothesis;
  const shownMunicipality = draft.municipalityId || chosen;
  const teams = municipalities.find((m) => m.id === shownMunicipality)?.teams ?? [];
  const set = <K extends keyof HypothesisFilter>(key: K, value: HypothesisFilter[K]) =>
    setDraft((d) => ({ ...d, [key]: value, ...(key === "municipalityId" ? { teamId: "" } : {}) }));
  return (
    <section aria-labelledby="hypothesis-title">
      <h1 id="hypothesis-title">{t("hypothesisTitle")}</h1>
      <p>{t("hypothesisIntro")}</p>
      <HypothesisForm
        draft={{ ...draft, municipalityId: shownMunicipality }}
        set={set}
        municipalities={municipalityId === null ? municipalities : null}
        teams={teams}
        onSubmit={() => setFilter({ ...draft, municipalityId: shownMunicipality })}
      />
      {!lags && (
        <p role="alert" className="error">
          {t("lagsInvalid")}
        </p>
      )}
      <Status fetching={(result.fetching || options.fetching) && !answer} error={result.error} />
      {answer && !result.error && <HypothesisResult answer={answer} />}
    </section>
  );
}
