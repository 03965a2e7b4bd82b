/**
 * The four queries of `npm run bench:graphql`, each written for Kwadrant's schema and for the
 * schema PostGraphile 4 derives from the same tables, reading the same columns and the same
 * rows, in the same order where the query orders (cases by reference, then id; organisation
 * lists by name). `rows` turns either answer into the ids per level, so that the two answers
 * can be compared before any load: a page's ids in order, nested rows as "parent>child" sorted.
 */

/** Ids per level: "cases" → [id, …], "cases>activities" → ["caseId>activityId", …]. */
export type Levels = Record<string, string[]>;

export interface ServerQuery {
  query: string;
  variables?: Record<string, unknown>;
  rows(data: any): Levels;
}

export interface BenchQuery {
  key: string;
  title: string;
  kwadrant: ServerQuery;
  postgraphile: ServerQuery;
}

type Node = Record<string, any>;

/** The nodes of a Kwadrant connection (edges) or a PostGraphile one (nodes). */
function nodesOf(connection: any): Node[] {
  if (Array.isArray(connection)) return connection;
  if (connection?.nodes) return connection.nodes;
  return (connection?.edges ?? []).map((edge: { node: Node }) => edge.node);
}

/** "parent>child" for every child of every parent, sorted. */
function pairs(parents: Node[], children: (parent: Node) => unknown): string[] {
  return parents
    .flatMap((parent) => nodesOf(children(parent)).map((child) => `${parent.id}>${child.id}`))
    .sort();
}

/** Every child of every parent (for the next level down). */
function all(parents: Node[], children: (parent: Node) => unknown): Node[] {
  return parents.flatMap((parent) => nodesOf(children(parent)));
}

const DISTRICT = "id name kind cbsCode parentId population";
const TEAM = "id name teamType prototype fundingForm";
const MEMBER = "id name role expertise contractedHoursPerWeek activeFrom activeUntil";

function organisationRows(data: any, districts: string, teams: string, members: string): Levels {
  const municipalities = nodesOf(data.list);
  const teamNodes = all(municipalities, (m) => m[teams]);
  return {
    municipalities: municipalities.map((m) => m.id),
    "municipalities>districts": pairs(municipalities, (m) => m[districts]),
    "municipalities>teams": pairs(municipalities, (m) => m[teams]),
    "teams>members": pairs(teamNodes, (t) => t[members]),
  };
}

const organisation: BenchQuery = {
  key: "a",
  title: "municipalities → districts, teams → members",
  kwadrant: {
    query: `query OrganisationTree {
  list: municipalities(first: 20) {
    totalCount
    edges { node { id code name
      districts { ${DISTRICT} }
      teams { ${TEAM} members { ${MEMBER} } } } }
  }
}`,
    rows: (data) => organisationRows(data, "districts", "teams", "members"),
  },
  postgraphile: {
    query: `query OrganisationTree {
  list: allMunicipalities(first: 20, orderBy: [NAME_ASC, ID_ASC]) {
    totalCount
    nodes { id code name
      districts: districtsByMunicipalityId(orderBy: NAME_ASC) { nodes { ${DISTRICT} } }
      teams: teamsByMunicipalityId(orderBy: NAME_ASC) { nodes { ${TEAM}
        members: membersByTeamIdAndMunicipalityId(orderBy: NAME_ASC) { nodes { ${MEMBER} } } } } }
  }
}`,
    rows: (data) => organisationRows(data, "districts", "teams", "members"),
  },
};

const CASE = "id reference kind openedOn closedOn teamId districtId";
const ACTIVITY =
  "id scenario activityDate hours units role collective memberId provisionId arrangementId description";

function caseRows(data: any): Levels {
  const cases = nodesOf(data.list);
  return {
    cases: cases.map((c) => c.id),
    "cases>activities": pairs(cases, (c) => c.activities),
  };
}

const casesWithSupport: BenchQuery = {
  key: "b",
  title: "first 100 cases → support activities",
  kwadrant: {
    query: `query CasesWithSupport {
  list: cases(first: 100) {
    totalCount
    edges { node { ${CASE} activities { ${ACTIVITY} } } }
  }
}`,
    rows: caseRows,
  },
  postgraphile: {
    query: `query CasesWithSupport {
  list: allCaseRecords(first: 100, orderBy: [REFERENCE_ASC, ID_ASC]) {
    totalCount
    nodes { ${CASE}
      activities: supportActivitiesByCaseIdAndMunicipalityId(orderBy: [ACTIVITY_DATE_ASC, ID_ASC]) {
        nodes { ${ACTIVITY} } } }
  }
}`,
    rows: caseRows,
  },
};

const ARRANGEMENT = "id name form";
const COMPONENT = "id position role collective plannedHoursPerMonth provisionId";
const OUTCOME = "id scenario outcomeDate description quantity";

function deepRows(data: any): Levels {
  const cases = nodesOf(data.list);
  const applied = all(cases, (c) => c.arrangements);
  const arrangements = applied.map((a) => a.arrangement);
  return {
    cases: cases.map((c) => c.id),
    "cases>caseArrangements": pairs(cases, (c) => c.arrangements),
    "caseArrangements>arrangement": pairs(applied, (a) => [a.arrangement]),
    "arrangements>components": [...new Set(pairs(arrangements, (a) => a.components))],
    "cases>activities": pairs(cases, (c) => c.activities),
    "cases>outcomes": pairs(cases, (c) => c.outcomes),
  };
}

/** Four levels: case → applied arrangement → arrangement → components; with support and outcomes. */
const casesDeep: BenchQuery = {
  key: "c",
  title: "50 cases → caseArrangements → arrangement → components, + activities, outcomes",
  kwadrant: {
    query: `query CasesDeep {
  list: cases(first: 50) {
    edges { node { id reference
      arrangements { id startedOn endedOn
        arrangement { ${ARRANGEMENT} components { ${COMPONENT} } } }
      activities { id scenario activityDate hours }
      outcomes { ${OUTCOME} } } }
  }
}`,
    rows: deepRows,
  },
  postgraphile: {
    query: `query CasesDeep {
  list: allCaseRecords(first: 50, orderBy: [REFERENCE_ASC, ID_ASC]) {
    nodes { id reference
      arrangements: caseArrangementsByCaseIdAndMunicipalityId(orderBy: [STARTED_ON_ASC, ID_ASC]) {
        nodes { id startedOn endedOn
          arrangement: arrangementByArrangementIdAndMunicipalityId { ${ARRANGEMENT}
            components: arrangementComponentsByArrangementIdAndMunicipalityId(orderBy: [POSITION_ASC, ID_ASC]) {
              nodes { ${COMPONENT} } } } } }
      activities: supportActivitiesByCaseIdAndMunicipalityId(orderBy: [ACTIVITY_DATE_ASC, ID_ASC]) {
        nodes { id scenario activityDate hours } }
      outcomes: outcomesByCaseIdAndMunicipalityId(orderBy: [OUTCOME_DATE_ASC, ID_ASC]) {
        nodes { ${OUTCOME} } } }
  }
}`,
    rows: deepRows,
  },
};

const PAGE_NODE = "id reference kind openedOn closedOn districtId multipleProblems problemDomains";

function pageRows(data: any): Levels {
  const cases = nodesOf(data.list);
  return {
    totalCount: [String(data.list.totalCount)],
    cases: cases.map((c) => c.id),
    hasNextPage: [String(data.list.pageInfo.hasNextPage)],
  };
}

/** A filtered page: equality filters both can express (Kwadrant's filter, PostGraphile's condition). */
function teamPage(teamId: string): BenchQuery {
  return {
    key: "d",
    title: "page of 100 cases, filter team + kind HELP_REQUEST",
    kwadrant: {
      query: `query TeamCases($teamId: ID!) {
  list: cases(first: 100, filter: { teamId: $teamId, kind: HELP_REQUEST }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${PAGE_NODE} } }
  }
}`,
      variables: { teamId },
      rows: pageRows,
    },
    postgraphile: {
      query: `query TeamCases($teamId: UUID!) {
  list: allCaseRecords(first: 100, orderBy: [REFERENCE_ASC, ID_ASC],
                       condition: { teamId: $teamId, kind: "HELP_REQUEST" }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${PAGE_NODE} } }
  }
}`,
      variables: { teamId },
      rows: pageRows,
    },
  };
}

/** The four queries; the filtered page is over the given team (the one with most help requests). */
export function benchQueries(teamId: string): BenchQuery[] {
  return [organisation, casesWithSupport, casesDeep, teamPage(teamId)];
}
