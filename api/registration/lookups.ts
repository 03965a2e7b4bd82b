import type { EntityManager } from "typeorm";
import { DomainError } from "../platform";
import type { FieldProblem, RegistrationLookups } from "./registration-rules";

/** The ids the registration rules may refer to, for one municipality, in one statement. */
export async function loadLookups(
  em: EntityManager,
  municipalityId: string,
): Promise<RegistrationLookups> {
  const rows: { kind: string; id: string }[] = await em.query(
    `SELECT 'team' AS kind, id FROM team WHERE municipality_id = $1
     UNION ALL SELECT 'district', id FROM district WHERE municipality_id = $1
     UNION ALL SELECT 'member', id FROM member WHERE municipality_id = $1
     UNION ALL SELECT 'provision', id FROM provision WHERE municipality_id = $1
     UNION ALL SELECT 'arrangement', id FROM arrangement WHERE municipality_id = $1
     UNION ALL SELECT 'stakeholder', id FROM stakeholder WHERE municipality_id = $1`,
    [municipalityId],
  );
  const of = (kind: string) => new Set(rows.filter((r) => r.kind === kind).map((r) => r.id));
  return {
    teamIds: of("team"),
    districtIds: of("district"),
    memberIds: of("member"),
    provisionIds: of("provision"),
    arrangementIds: of("arrangement"),
    stakeholderIds: of("stakeholder"),
  };
}

/** Refuses with BAD_USER_INPUT naming every problem (`field: reason`), or does nothing. */
export function refuseProblems(problems: FieldProblem[], prefix = ""): void {
  if (!problems.length) return;
  const fields = problems.map((p) => ({ field: `${prefix}${p.field}`, reason: p.reason }));
  throw new DomainError("BAD_USER_INPUT", fields.map((f) => `${f.field}: ${f.reason}`).join("; "), {
    field: fields[0].field,
    fields,
  });
}
