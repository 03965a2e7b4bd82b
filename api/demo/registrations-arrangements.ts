import { demoId } from "./demo-ids";
import type { EntityManager } from "typeorm";
import { MODEL_A_ID, MODEL_B_ID } from "../../schema/quadrant-model";
import { MemberRole } from "../../schema/organisation-enums";
import { ArrangementForm, CollectiveGoal } from "../../schema/registration-enums";
import { insertRows } from "./registrations-sql";

/** The demo arrangements, by a key the case stories use. */
export type ArrangementKey =
  | "BUDGET_GROUP"
  | "LONELINESS"
  | "PARENTING_GROUP"
  | "DEBT_INDIVIDUAL"
  | "POVERTY_TABLE"
  | "ELDERLY";

interface ComponentTemplate {
  /** A provision, by its demo name, or a role. */
  provision?: string;
  role?: MemberRole;
  collective: boolean;
  hoursPerMonth?: string;
  unitsPerMonth?: string;
  /** Where a role component sits: Model A (individueel–collectief × informeel–formeel), Model B. */
  placements?: { a: [number, number]; b: [number, number] };
}

interface ArrangementTemplate {
  key: ArrangementKey;
  name: string;
  description: string;
  goal: CollectiveGoal | null;
  form: ArrangementForm;
  components: ComponentTemplate[];
}

const R = MemberRole;

/** "Collectief waar het kan, individueel waar het moet": five templates from practice and one for elderly care. */
const demoArrangements: readonly ArrangementTemplate[] = [
  {
    key: "BUDGET_GROUP",
    name: "Budgetcursus in groep + individuele schuldhulp",
    description:
      "Inwoners met geldzorgen volgen samen de budgetcursus; wie schulden heeft, krijgt daarnaast individuele schuldhulp.",
    goal: CollectiveGoal.CONNECT_REQUESTS,
    form: ArrangementForm.MIXED,
    components: [
      {
        provision: "Budgetcursus in groep",
        collective: true,
        hoursPerMonth: "3",
        unitsPerMonth: "1",
      },
      {
        role: R.NEIGHBOURHOOD_TEAM_WORKER,
        collective: true,
        hoursPerMonth: "4",
        placements: { a: [7, 8], b: [4, 4] },
      },
      {
        role: R.DEBT_COUNSELLOR,
        collective: false,
        hoursPerMonth: "3",
        placements: { a: [-10, 10], b: [-10, 11] },
      },
    ],
  },
  {
    key: "LONELINESS",
    name: "Maatje + Welzijn op Recept tegen eenzaamheid",
    description:
      "De welzijnscoach verwijst naar Welzijn op Recept en koppelt een maatje; de huisarts verwijst door.",
    goal: CollectiveGoal.BASIC_PROVISIONS_PREVENTION,
    form: ArrangementForm.REFER_TO_EXISTING,
    components: [
      { provision: "Maatjesproject", collective: false, hoursPerMonth: "6", unitsPerMonth: "1" },
      {
        provision: "Welzijn op Recept",
        collective: true,
        hoursPerMonth: "2",
        unitsPerMonth: "1",
      },
      {
        role: R.WELFARE_COACH,
        collective: false,
        hoursPerMonth: "1.5",
        placements: { a: [-4, 3], b: [-6, -4] },
      },
    ],
  },
  {
    key: "PARENTING_GROUP",
    name: "Opvoedgroep + gezinscoaching",
    description:
      "Ouders met vergelijkbare opvoedvragen komen samen in een opvoedgroep; gezinscoaching thuis waar dat nodig is.",
    goal: CollectiveGoal.CONNECT_REQUESTS,
    form: ArrangementForm.GROUP_OFFER,
    components: [
      {
        role: R.NEIGHBOURHOOD_TEAM_WORKER,
        collective: true,
        hoursPerMonth: "3",
        placements: { a: [6, 6], b: [5, -3] },
      },
      {
        role: R.NEIGHBOURHOOD_TEAM_WORKER,
        collective: false,
        hoursPerMonth: "4",
        placements: { a: [-8, 8], b: [-7, -2] },
      },
    ],
  },
  {
    key: "DEBT_INDIVIDUAL",
    name: "Individuele begeleiding schulden",
    description:
      "Individuele begeleiding naar stabiliteit en een schuldregeling, voor wie niet in een groep past.",
    goal: null,
    form: ArrangementForm.INDIVIDUAL_SUPPORT,
    components: [
      {
        role: R.DEBT_COUNSELLOR,
        collective: false,
        hoursPerMonth: "5",
        placements: { a: [-11, 11], b: [-11, 12] },
      },
      { provision: "Schuldhulpverlening", collective: false, unitsPerMonth: "1" },
    ],
  },
  {
    key: "POVERTY_TABLE",
    name: "Signaaltafel armoede",
    description:
      "Wijkteam, gemeente en corporatie brengen signalen samen, spreken vroegsignalering van huurachterstand af en agenderen knellende regels.",
    goal: CollectiveGoal.SYSTEM_ISSUES,
    form: ArrangementForm.CONNECT_PEOPLE,
    components: [
      { provision: "Signaaltafel armoede", collective: true, hoursPerMonth: "6" },
      {
        role: R.COMMUNITY_WORKER,
        collective: true,
        hoursPerMonth: "8",
        placements: { a: [9, 10], b: [11, 12] },
      },
      {
        role: R.HOUSING_CONSULTANT,
        collective: true,
        hoursPerMonth: "2",
        placements: { a: [6, 12], b: [9, 13] },
      },
    ],
  },
  {
    key: "ELDERLY",
    name: "Wijkverpleging + zorgcoöperatie voor thuiswonende ouderen",
    description:
      "De wijkverpleegkundige signaleert en begeleidt; de zorgcoöperatie en mantelzorgers dragen de dagelijkse ondersteuning.",
    goal: CollectiveGoal.BASIC_PROVISIONS_PREVENTION,
    form: ArrangementForm.MIXED,
    components: [
      {
        role: R.DISTRICT_NURSE,
        collective: false,
        hoursPerMonth: "3",
        placements: { a: [-10, 10], b: [-8, 4] },
      },
      { provision: "Zorgcoöperatie", collective: true, hoursPerMonth: "4", unitsPerMonth: "1" },
      { provision: "Mantelzorg", collective: false, hoursPerMonth: "10" },
    ],
  },
];

/** The provisions (by name) the demo arrangements and cases use; all come from the demo provisions. */
export const requiredProvisions = [
  "Budgetcursus in groep",
  "Schuldhulpverlening",
  "Maatjesproject",
  "Welzijn op Recept",
  "Signaaltafel armoede",
  "Zorgcoöperatie",
  "Mantelzorg",
  "Wijkverpleging",
  "Hulp bij het huishouden",
  "Jeugdhulp",
  "Specialistische GGZ",
  "Huisarts",
] as const;

export type ProvisionName = (typeof requiredProvisions)[number];

/**
 * Creates the demo arrangements of one municipality with their components and the placements
 * of their role components in both built-in models. An arrangement of the same name that is
 * already there is kept as it is and used. Returns the ids by key.
 */
export async function seedArrangements(
  em: EntityManager,
  municipalityId: string,
  provisionIds: ReadonlyMap<string, string>,
): Promise<Map<ArrangementKey, string>> {
  const existing: { id: string; name: string }[] = await em.query(
    "SELECT id, name FROM arrangement WHERE municipality_id = $1 AND name = ANY($2)",
    [municipalityId, demoArrangements.map((a) => a.name)],
  );
  const ids = new Map<ArrangementKey, string>();
  const arrangements: unknown[][] = [];
  const components: unknown[][] = [];
  const placements: unknown[][] = [];
  for (const template of demoArrangements) {
    const found = existing.find((e) => e.name === template.name);
    if (found) {
      ids.set(template.key, found.id);
      continue;
    }
    const id = demoId("arrangement", municipalityId, template.key);
    ids.set(template.key, id);
    arrangements.push([
      id,
      municipalityId,
      template.name,
      template.description,
      template.goal,
      template.form,
    ]);
    template.components.forEach((c, position) => {
      const componentId = demoId("component", id, String(position));
      const provisionId = c.provision ? provisionIds.get(c.provision) : null;
      if (c.provision && !provisionId) throw new Error(`no provision named ${c.provision}`);
      components.push([
        componentId,
        municipalityId,
        id,
        position,
        provisionId,
        c.role ?? null,
        c.collective,
        c.hoursPerMonth ?? null,
        c.unitsPerMonth ?? null,
      ]);
      if (c.placements) {
        placements.push([
          componentId,
          MODEL_A_ID,
          String(c.placements.a[0]),
          String(c.placements.a[1]),
        ]);
        placements.push([
          componentId,
          MODEL_B_ID,
          String(c.placements.b[0]),
          String(c.placements.b[1]),
        ]);
      }
    });
  }
  await insertRows(
    em,
    "arrangement",
    ["id", "municipality_id", "name", "description", "goal", "form"],
    arrangements,
  );
  await insertRows(
    em,
    "arrangement_component",
    [
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
    components,
  );
  await insertRows(em, "component_placement", ["component_id", "model_id", "x", "y"], placements);
  return ids;
}
