import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useT } from "../../i18n";
import { Status } from "../../components/Status";
import { caseFilterOf, type CaseFilterValue } from "../../components/CaseFilterFields";
import {
  DEFAULT_EFFECT_SETTINGS,
  effectSettingsOf,
  type EffectSettingsValue,
} from "../../components/EffectSettingsFields";
import { ReallocationOptionsQuery, ReallocationQuery } from "./reallocation-query";
import { ReallocationForm } from "./ReallocationForm";
import type { MoveDraft } from "./MovesEditor";
import { ScenarioError, invalidFieldOf } from "./ScenarioError";
import { ScenarioTotals } from "./ScenarioTotals";
import { ScenarioMoves } from "./ScenarioMoves";
import { shareOfPercent } from "./share";

export type ReallocationDraft = CaseFilterValue & EffectSettingsValue & { moves: MoveDraft[] };

function questionOf(draft: ReallocationDraft) {
  return {
    filter: caseFilterOf(draft),
    settings: effectSettingsOf(draft),
    moves: draft.moves.map((m) => ({
      fromArrangementId: m.from,
      toArrangementId: m.to,
      share: shareOfPercent(m.percent),
      basis: m.basis,
    })),
  };
}

/** What if a share of one arrangement's cases went another way? The API projects it. */
export function ReallocationPage({ defaultTeamId }: { defaultTeamId?: string }) {
  const { t } = useT();
  const [draft, setDraft] = useState<ReallocationDraft>({
    teamId: defaultTeamId ?? "",
    from: "",
    to: "",
    ...DEFAULT_EFFECT_SETTINGS,
    moves: [{ key: 1, from: "", to: "", percent: "", basis: "CASES" }],
  });
  const [question, setQuestion] = useState<ReturnType<typeof questionOf> | null>(null);
  const [options] = useQuery({ query: ReallocationOptionsQuery });
  const variables = useMemo(() => question ?? { moves: [] }, [question]);
  const [result] = useQuery({ query: ReallocationQuery, variables, pause: !question });
  const scenario = result.data?.reallocationScenario;
  return (
    <section aria-labelledby="reallocation-title">
      <h1 id="reallocation-title">{t("reallocationTitle")}</h1>
      <p className="meta">{t("reallocationIntro")}</p>
      <ReallocationForm
        teams={options.data?.teams.edges.map((e) => e.node) ?? []}
        arrangements={options.data?.arrangements.edges.map((e) => e.node) ?? []}
        value={draft}
        invalid={invalidFieldOf(result.error)}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        onSubmit={() => setQuestion(questionOf(draft))}
      />
      <Status fetching={result.fetching && !scenario} error={options.error} />
      {result.error && <ScenarioError error={result.error} />}
      {scenario && !result.error && (
        <>
          <ScenarioTotals scenario={scenario} />
          <ScenarioMoves scenario={scenario} />
        </>
      )}
    </section>
  );
}
