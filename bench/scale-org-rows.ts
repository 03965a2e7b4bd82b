import { standardStakeholders } from "../api/demo/organisations";
import { demoPriceItems } from "../api/demo/price-items";
import { MODEL_A_ID } from "../schema/quadrant-model";
import { ARRANGEMENTS, PROVISIONS } from "./scale-catalogue";
import type { CopyValue } from "./scale-copy";
import { Tag, uuid } from "./scale-ids";
import { teamType, type Org } from "./scale-organisation";

/** A table of the organisation and its rows, in the order COPY fills them. */
export interface TableRows {
  table: string;
  columns: string[];
  rows: (orgs: Org[]) => Iterable<CopyValue[]>;
}

const TEAM_COLUMNS = [
  "id",
  "municipality_id",
  "name",
  "team_type",
  "prototype",
  "breadth",
  "depth",
  "funding_form",
];
const MEMBER_COLUMNS = [
  "id",
  "municipality_id",
  "team_id",
  "name",
  "role",
  "parent_organisation",
  "contracted_hours_per_week",
  "expertise",
  "specialisms",
  "active_from",
];
const PARENTS = ["Welzijnsorganisatie", "Maatschappelijk werk", "Thuiszorg", "GGD", "Gemeente"];

function* teams(orgs: Org[]): Iterable<CopyValue[]> {
  for (const org of orgs) {
    for (const [t, team] of org.teams.entries()) {
      yield [
        team.id,
        org.plan.id,
        team.name,
        teamType(t),
        "TEAM_MODEL",
        "{SOCIAL_AID,COMMUNITY_PARTICIPATION}",
        "{ACCESS,SUPPORT,PREVENTION}",
        "REGULAR_BUDGET",
      ];
    }
  }
}

function* members(orgs: Org[]): Iterable<CopyValue[]> {
  for (const org of orgs) {
    for (const team of org.teams) {
      for (const [i, m] of team.members.entries()) {
        const specialist = m.role === "DEBT_COUNSELLOR" || m.role === "DISTRICT_NURSE";
        yield [
          m.id,
          org.plan.id,
          team.id,
          m.name,
          m.role,
          PARENTS[i % PARENTS.length],
          m.role === "VOLUNTEER" ? 8 : 28 + (i % 3) * 4,
          specialist ? "SPECIALIST" : "GENERALIST",
          specialist ? (m.role === "DEBT_COUNSELLOR" ? "{debt}" : "{care}") : "{}",
          "2023-01-01",
        ];
      }
    }
  }
}

function* provisions(orgs: Org[]): Iterable<CopyValue[]> {
  for (const org of orgs) {
    for (const [i, p] of PROVISIONS.entries()) {
      yield [
        org.provisionIds[i],
        org.plan.id,
        p.name,
        p.kind,
        p.access,
        p.layer,
        p.collective ? "{PREVENTION}" : "{}",
      ];
    }
  }
}

function* placements(orgs: Org[]): Iterable<CopyValue[]> {
  for (const org of orgs) {
    for (const [i, p] of PROVISIONS.entries()) {
      yield [org.plan.id, org.provisionIds[i], MODEL_A_ID, p.x, p.y];
    }
  }
}

function* arrangements(orgs: Org[]): Iterable<CopyValue[]> {
  for (const org of orgs) {
    for (const [i, a] of ARRANGEMENTS.entries()) {
      yield [org.arrangementIds[i], org.plan.id, a.name, a.goal, a.form];
    }
  }
}

function* components(orgs: Org[]): Iterable<CopyValue[]> {
  for (const org of orgs) {
    for (const [i, a] of ARRANGEMENTS.entries()) {
      const id = (k: number) => uuid(Tag.component, (org.plan.seq * 100 + i) * 10 + k);
      yield [id(0), org.plan.id, org.arrangementIds[i], 1, null, a.role, a.collective, 4, null];
      for (const [k, p] of a.provisions.entries()) {
        yield [
          id(k + 1),
          org.plan.id,
          org.arrangementIds[i],
          k + 2,
          org.provisionIds[p],
          null,
          PROVISIONS[p].collective,
          null,
          1,
        ];
      }
    }
  }
}

function* priceItems(orgs: Org[]): Iterable<CopyValue[]> {
  for (const org of orgs) {
    for (const [i, item] of demoPriceItems.entries()) {
      yield [
        uuid(Tag.priceItem, org.plan.seq * 100 + i),
        org.plan.id,
        uuid(Tag.priceList, org.plan.seq),
        item.code,
        item.name,
        item.unit,
        item.priceCents,
        item.priceYear,
        item.source,
        org.stakeholderIds.get(item.stakeholderCode)!,
        item.valueType,
        item.grade,
      ];
    }
  }
}

/** The organisation's tables, parents first. */
export const ORGANISATION_TABLES: TableRows[] = [
  {
    table: "municipality",
    columns: ["id", "code", "name"],
    rows: (orgs) => orgs.map((o) => [o.plan.id, o.plan.code, o.plan.name]),
  },
  {
    table: "district",
    columns: ["id", "municipality_id", "name", "kind", "population"],
    rows: (orgs) =>
      orgs.flatMap((o) =>
        o.districtIds.map(
          (id, d) => [id, o.plan.id, `Wijk ${d + 1}`, "WIJK", 20_000] as CopyValue[],
        ),
      ),
  },
  {
    table: "stakeholder",
    columns: ["id", "municipality_id", "code", "name", "kind"],
    rows: (orgs) =>
      orgs.flatMap((o) =>
        standardStakeholders.map(
          (s) => [o.stakeholderIds.get(s.code)!, o.plan.id, s.code, s.name, s.kind] as CopyValue[],
        ),
      ),
  },
  { table: "team", columns: TEAM_COLUMNS, rows: teams },
  {
    table: "team_district",
    columns: ["team_id", "district_id", "municipality_id"],
    rows: (orgs) =>
      orgs.flatMap((o) =>
        o.teams.flatMap((t) => t.districtIds.map((d) => [t.id, d, o.plan.id] as CopyValue[])),
      ),
  },
  { table: "member", columns: MEMBER_COLUMNS, rows: members },
  {
    table: "provision",
    columns: ["id", "municipality_id", "name", "kind", "access", "care_layer", "ring_tags"],
    rows: provisions,
  },
  {
    table: "provision_placement",
    columns: ["municipality_id", "provision_id", "model_id", "x", "y"],
    rows: placements,
  },
  {
    table: "arrangement",
    columns: ["id", "municipality_id", "name", "goal", "form"],
    rows: arrangements,
  },
  {
    table: "arrangement_component",
    columns: [
      "id",
      "municipality_id",
      "arrangement_id",
      "position",
      "provision_id",
      "role",
      "collective",
      "planned_hours_per_month",
      "planned_units_per_month",
    ],
    rows: components,
  },
  {
    table: "price_list",
    columns: [
      "id",
      "municipality_id",
      "name",
      "version_number",
      "status",
      "valid_from",
      "description",
    ],
    rows: (orgs) =>
      orgs.map((o) => [
        uuid(Tag.priceList, o.plan.seq),
        o.plan.id,
        "Maatschappelijke prijslijst",
        1,
        "DRAFT",
        "2024-01-01",
        "Bench: the demo price list",
      ]),
  },
  {
    table: "price_item",
    columns: [
      "id",
      "municipality_id",
      "price_list_id",
      "code",
      "name",
      "unit",
      "price_cents",
      "price_year",
      "source",
      "bearer_id",
      "value_type",
      "grade",
    ],
    rows: priceItems,
  },
];
