import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { ArrangementComponent, ComponentPlacement, Arrangement } from "../../schema/arrangement";
import { Case, CaseArrangement, SelfRelianceAssessment } from "../../schema/case";
import { Outcome } from "../../schema/outcome";
import { SupportActivity } from "../../schema/support-activity";
import { loaderBuilders, type TenantScope } from "../platform";

/**
 * Registration's per-request loaders: arrangements and their components, cases and what hangs
 * under them (team-scoped for TEAM_LEAD and PROFESSIONAL), and the bundles of help requests.
 */
export function registrationLoaders(db: DataSource, scope: TenantScope) {
  const { byId, manyBy, childrenOf } = loaderBuilders(db, scope);

  /** Help requests bundled in a collective issue, or the issues bundling a request. */
  function bundle(own: string, other: string) {
    return new DataLoader<string, string[]>(async (keys) => {
      const links: { own: string; other: string }[] = await db.query(
        `SELECT ${own} AS own, ${other} AS other FROM case_bundle WHERE ${own} = ANY($1)`,
        [[...keys]],
      );
      return keys.map((key) => links.filter((l) => l.own === key).map((l) => l.other));
    });
  }

  return {
    arrangement: byId(Arrangement, "x.municipality_id"),
    componentsByArrangement: manyBy(
      ArrangementComponent,
      "arrangement_id",
      (c) => c.arrangementId,
      "position",
    ),
    componentPlacements: childrenOf(ComponentPlacement, "component_id", (r) => r.componentId),
    case: byId(Case, "x.municipality_id"),
    arrangementsByCase: manyBy(CaseArrangement, "case_id", (a) => a.caseId, "started_on"),
    assessmentsByCase: manyBy(SelfRelianceAssessment, "case_id", (a) => a.caseId, "assessed_on"),
    activitiesByCase: manyBy(SupportActivity, "case_id", (a) => a.caseId, "activity_date"),
    outcomesByCase: manyBy(Outcome, "case_id", (o) => o.caseId, "outcome_date"),
    requestsByIssue: bundle("issue_id", "request_id"),
    issuesByRequest: bundle("request_id", "issue_id"),
  };
}

type RegistrationLoaders = ReturnType<typeof registrationLoaders>;

declare module "../platform/loader-registry" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends RegistrationLoaders {}
}
