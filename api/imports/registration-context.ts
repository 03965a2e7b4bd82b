import type { EntityManager } from "typeorm";
import { loadErasedKeyHashes, type RegistrationLookups } from "../registration";

/**
 * What an import resolves names and references against, loaded once per municipality (a few
 * statements, whatever the size of the file): teams, districts, members, provisions,
 * arrangements and stakeholders by name or id, and every case of the municipality by external
 * reference and by reference. The case index grows with the municipality, not with the file
 * (100,000 cases take some 30 MB).
 */
export interface CaseEntry {
  id: string;
  reference: string;
  externalRef: string | null;
  teamId: string;
  kind: string;
  openedOn: string;
  /** Erased on request: takes no new data. */
  erased: boolean;
}

export interface MemberEntry {
  id: string;
  teamId: string;
  role: string;
}

/** Names (unique per municipality) and ids of one kind of thing. */
export class NameIndex {
  private readonly ids = new Set<string>();
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string | null>();

  constructor(rows: { id: string; name: string }[]) {
    for (const { id, name } of rows) {
      this.ids.add(id);
      this.exact.set(name.trim(), id);
      const key = name.trim().toLowerCase();
      // two names that differ only in case make that spelling ambiguous
      this.folded.set(key, this.folded.has(key) ? null : id);
    }
  }

  get idSet(): ReadonlySet<string> {
    return this.ids;
  }

  /** The id for a cell holding an id or a name (exact, else ignoring case), or null. */
  resolve(cell: string): string | null {
    const lower = cell.toLowerCase();
    if (this.ids.has(lower)) return lower;
    return this.exact.get(cell) ?? this.folded.get(lower) ?? null;
  }
}

export interface ImportContext {
  municipalityId: string;
  lookups: RegistrationLookups;
  teams: NameIndex;
  districts: NameIndex;
  provisions: NameIndex;
  arrangements: NameIndex;
  stakeholderByCode: Map<string, string>;
  members: Map<string, MemberEntry>;
  /** `${teamId}\n${lower-case name}` → the ids of the members with that name in that team. */
  membersByTeamAndName: Map<string, string[]>;
  casesByExternalRef: Map<string, CaseEntry>;
  casesByReference: Map<string, CaseEntry>;
  casesById: Map<string, CaseEntry>;
  /** Collective issues that bundle help requests (they cannot become a help request). */
  bundlingIssues: Set<string>;
  /** Hashes of the references and external refs of erased cases (see erased-keys.ts). */
  erasedKeyHashes: Set<string>;
  /** `${caseId}\n${arrangementId}` for every arrangement applied to a case. */
  appliedArrangements: Set<string>;
}

export function memberKey(teamId: string, name: string): string {
  return `${teamId}\n${name.trim().toLowerCase()}`;
}

export async function loadImportContext(
  em: EntityManager,
  municipalityId: string,
  needs: { cases: boolean; members: boolean },
): Promise<ImportContext> {
  const named = (table: string): Promise<{ id: string; name: string }[]> =>
    em.query(`SELECT id, name FROM ${table} WHERE municipality_id = $1`, [municipalityId]);
  const teams = await named("team");
  const districts = await named("district");
  const provisions = await named("provision");
  const arrangements = await named("arrangement");
  const stakeholders: { id: string; code: string }[] = await em.query(
    "SELECT id, code FROM stakeholder WHERE municipality_id = $1",
    [municipalityId],
  );
  const memberRows: (MemberEntry & { name: string })[] = needs.members
    ? await em.query(
        `SELECT id, team_id AS "teamId", role, name FROM member WHERE municipality_id = $1`,
        [municipalityId],
      )
    : [];
  const caseRows: CaseEntry[] = needs.cases
    ? await em.query(
        `SELECT id, reference, external_ref AS "externalRef", team_id AS "teamId", kind,
                opened_on AS "openedOn", erased_at IS NOT NULL AS erased
           FROM case_record WHERE municipality_id = $1`,
        [municipalityId],
      )
    : [];
  const bundling: { id: string }[] = needs.cases
    ? await em.query("SELECT DISTINCT issue_id AS id FROM case_bundle WHERE municipality_id = $1", [
        municipalityId,
      ])
    : [];
  const applied: { caseId: string; arrangementId: string }[] = needs.members
    ? await em.query(
        `SELECT case_id AS "caseId", arrangement_id AS "arrangementId"
           FROM case_arrangement WHERE municipality_id = $1`,
        [municipalityId],
      )
    : [];

  const membersByTeamAndName = new Map<string, string[]>();
  for (const m of memberRows) {
    const key = memberKey(m.teamId, m.name);
    membersByTeamAndName.set(key, [...(membersByTeamAndName.get(key) ?? []), m.id]);
  }
  const index = {
    teams: new NameIndex(teams),
    districts: new NameIndex(districts),
    provisions: new NameIndex(provisions),
    arrangements: new NameIndex(arrangements),
  };
  const casesByExternalRef = new Map<string, CaseEntry>();
  const casesByReference = new Map<string, CaseEntry>();
  const casesById = new Map<string, CaseEntry>();
  for (const c of caseRows) {
    casesById.set(c.id, c);
    casesByReference.set(c.reference, c);
    if (c.externalRef) casesByExternalRef.set(c.externalRef, c);
  }
  return {
    municipalityId,
    ...index,
    lookups: {
      teamIds: index.teams.idSet,
      districtIds: index.districts.idSet,
      memberIds: new Set(memberRows.map((m) => m.id)),
      provisionIds: index.provisions.idSet,
      arrangementIds: index.arrangements.idSet,
      stakeholderIds: new Set(stakeholders.map((s) => s.id)),
    },
    stakeholderByCode: new Map(stakeholders.map((s) => [s.code, s.id])),
    members: new Map(memberRows.map((m) => [m.id, { id: m.id, teamId: m.teamId, role: m.role }])),
    membersByTeamAndName,
    casesByExternalRef,
    casesByReference,
    casesById,
    bundlingIssues: new Set(bundling.map((b) => b.id)),
    erasedKeyHashes: needs.cases ? await loadErasedKeyHashes(em, municipalityId) : new Set(),
    appliedArrangements: new Set(applied.map((a) => `${a.caseId}\n${a.arrangementId}`)),
  };
}
