/**
 * What every municipality of the national data set offers: the provisions (with care layer
 * and the price item that prices them), the arrangements (templates of provisions and roles,
 * individual and collective) and the outcomes teams register — the demo's notions, priced
 * from the demo price list (api/demo/price-items.ts).
 */
export interface ProvisionTemplate {
  name: string;
  kind: "GENERAL" | "TAILORED" | "COLLECTIVE" | "PRIOR" | "CIVIL_SOCIETY";
  access: "NONE" | "BESCHIKKING" | "INDICATIE" | "OTHER_TEST";
  layer: "ZERO_LINE" | "FIRST_LINE" | "SECOND_LINE";
  code: string;
  /** Units per activity (min, max) and months it recurs (0: once). */
  units: [number, number];
  recur: [number, number];
  collective: boolean;
  /** Model A position (individueel–collectief, informeel–formeel). */
  x: number;
  y: number;
}

const p = (t: ProvisionTemplate) => t;
export const PROVISIONS: readonly ProvisionTemplate[] = [
  p({
    name: "Huishoudelijke hulp",
    kind: "TAILORED",
    access: "BESCHIKKING",
    layer: "FIRST_LINE",
    code: "HH_UUR",
    units: [2, 4],
    recur: [3, 12],
    collective: false,
    x: -8,
    y: 6,
  }),
  p({
    name: "Dagbesteding",
    kind: "TAILORED",
    access: "BESCHIKKING",
    layer: "SECOND_LINE",
    code: "DAGBESTEDING_DAGDEEL",
    units: [4, 12],
    recur: [3, 12],
    collective: false,
    x: -3,
    y: 8,
  }),
  p({
    name: "Ambulante jeugdhulp",
    kind: "TAILORED",
    access: "BESCHIKKING",
    layer: "SECOND_LINE",
    code: "JEUGDHULP_AMBULANT_UUR",
    units: [2, 8],
    recur: [0, 6],
    collective: false,
    x: -10,
    y: 10,
  }),
  p({
    name: "GGZ-behandeling",
    kind: "PRIOR",
    access: "INDICATIE",
    layer: "SECOND_LINE",
    code: "GGZ_TRAJECT",
    units: [1, 1],
    recur: [0, 0],
    collective: false,
    x: -12,
    y: 12,
  }),
  p({
    name: "Beschermd wonen",
    kind: "TAILORED",
    access: "BESCHIKKING",
    layer: "SECOND_LINE",
    code: "BESCHERMD_WONEN_DAG",
    units: [28, 31],
    recur: [3, 12],
    collective: false,
    x: -11,
    y: 13,
  }),
  p({
    name: "Schuldhulpverlening",
    kind: "TAILORED",
    access: "OTHER_TEST",
    layer: "FIRST_LINE",
    code: "SCHULDHULPTRAJECT",
    units: [1, 1],
    recur: [0, 0],
    collective: false,
    x: -9,
    y: 9,
  }),
  p({
    name: "Budgetcursus in groep",
    kind: "COLLECTIVE",
    access: "NONE",
    layer: "FIRST_LINE",
    code: "BUDGETCURSUS_DEELNAME",
    units: [1, 1],
    recur: [0, 0],
    collective: true,
    x: 7,
    y: 6,
  }),
  p({
    name: "Maatjesproject",
    kind: "CIVIL_SOCIETY",
    access: "NONE",
    layer: "ZERO_LINE",
    code: "MAATJE_MAAND",
    units: [1, 1],
    recur: [3, 12],
    collective: false,
    x: -6,
    y: -8,
  }),
  p({
    name: "Welzijn op Recept",
    kind: "GENERAL",
    access: "NONE",
    layer: "FIRST_LINE",
    code: "WOR_TRAJECT",
    units: [1, 1],
    recur: [0, 0],
    collective: true,
    x: 6,
    y: 5,
  }),
  p({
    name: "Zorgcoöperatie",
    kind: "CIVIL_SOCIETY",
    access: "NONE",
    layer: "ZERO_LINE",
    code: "ZORGCOOP_MAAND",
    units: [1, 1],
    recur: [3, 12],
    collective: true,
    x: 8,
    y: -9,
  }),
];

export interface ArrangementTemplate {
  name: string;
  form: "GROUP_OFFER" | "REFER_TO_EXISTING" | "CONNECT_PEOPLE" | "INDIVIDUAL_SUPPORT" | "MIXED";
  goal: "CONNECT_REQUESTS" | "BASIC_PROVISIONS_PREVENTION" | "SYSTEM_ISSUES" | null;
  /** Indexes into PROVISIONS, and the role that does the individual part. */
  provisions: number[];
  role: string;
  collective: boolean;
}

export const ARRANGEMENTS: readonly ArrangementTemplate[] = [
  {
    name: "Budgetcursus in groep + individuele schuldhulp",
    form: "MIXED",
    goal: "CONNECT_REQUESTS",
    provisions: [6, 5],
    role: "DEBT_COUNSELLOR",
    collective: true,
  },
  {
    name: "Samen minder eenzaam",
    form: "GROUP_OFFER",
    goal: "CONNECT_REQUESTS",
    provisions: [7, 8],
    role: "WELFARE_COACH",
    collective: true,
  },
  {
    name: "Opvoedgroep + gezinscoaching",
    form: "MIXED",
    goal: "CONNECT_REQUESTS",
    provisions: [2],
    role: "NEIGHBOURHOOD_TEAM_WORKER",
    collective: true,
  },
  {
    name: "Individuele schuldhulp",
    form: "INDIVIDUAL_SUPPORT",
    goal: null,
    provisions: [5],
    role: "DEBT_COUNSELLOR",
    collective: false,
  },
  {
    name: "Armoedetafel",
    form: "CONNECT_PEOPLE",
    goal: "SYSTEM_ISSUES",
    provisions: [],
    role: "SOCIAL_BROKER",
    collective: true,
  },
  {
    name: "Ouderen langer thuis",
    form: "MIXED",
    goal: "BASIC_PROVISIONS_PREVENTION",
    provisions: [0, 9],
    role: "DISTRICT_NURSE",
    collective: true,
  },
  {
    name: "Welzijn op Recept",
    form: "REFER_TO_EXISTING",
    goal: "BASIC_PROVISIONS_PREVENTION",
    provisions: [8],
    role: "WELFARE_COACH",
    collective: true,
  },
  {
    name: "Intensieve begeleiding GGZ",
    form: "INDIVIDUAL_SUPPORT",
    goal: null,
    provisions: [3, 4, 1],
    role: "SOCIAL_WORKER",
    collective: false,
  },
];

/** The price item of a professional's hour, by role (volunteers' hours are not priced). */
export const HOUR_CODES: Readonly<Record<string, string | null>> = {
  NEIGHBOURHOOD_TEAM_WORKER: "UUR_BUURTTEAM_SOCIAAL",
  TEAM_LEADER: "UUR_BUURTTEAM_SOCIAAL",
  DISTRICT_NURSE: "UUR_WIJKVERPLEGING",
  SOCIAL_WORKER: "UUR_MAATSCHAPPELIJK_WERK",
  WMO_CONSULTANT: "UUR_WMO_CONSULENT",
  WELFARE_COACH: "UUR_WELZIJNSCOACH",
  SOCIAL_BROKER: "UUR_SOCIAAL_MAKELAAR",
  COMMUNITY_WORKER: "UUR_OPBOUWWERKER",
  YOUTH_WORKER: "UUR_JONGERENWERKER",
  COMMUNITY_POLICE_OFFICER: "UUR_WIJKAGENT",
  HOUSING_CONSULTANT: "UUR_WOONCONSULENT",
  DEBT_COUNSELLOR: "UUR_SCHULDHULPVERLENER",
  VOLUNTEER: null,
};

/** Roles in a team, by weight (most members are neighbourhood team workers). */
export const ROLE_WEIGHTS: Readonly<Record<string, number>> = {
  NEIGHBOURHOOD_TEAM_WORKER: 8,
  TEAM_LEADER: 1,
  DISTRICT_NURSE: 2,
  SOCIAL_WORKER: 3,
  WMO_CONSULTANT: 2,
  WELFARE_COACH: 2,
  SOCIAL_BROKER: 1,
  COMMUNITY_WORKER: 1,
  YOUTH_WORKER: 1,
  COMMUNITY_POLICE_OFFICER: 0.5,
  HOUSING_CONSULTANT: 0.5,
  DEBT_COUNSELLOR: 2,
  VOLUNTEER: 1,
};

export interface OutcomeTemplate {
  code: string;
  description: string;
  scenario: "INTERVENTION" | "REFERENCE";
  quantity: [number, number];
  durationYears?: [number, number];
  recurMonths?: [number, number];
}

export const OUTCOMES: readonly OutcomeTemplate[] = [
  {
    code: "SCHULDEN_STABIEL",
    description: "schulden stabiel",
    scenario: "INTERVENTION",
    quantity: [1, 1],
    durationYears: [1, 3],
  },
  {
    code: "WERK_GEVONDEN_JAAR",
    description: "weer aan het werk",
    scenario: "INTERVENTION",
    quantity: [1, 1],
    durationYears: [1, 2],
  },
  {
    code: "EENZAAMHEID_VERMINDERD",
    description: "minder eenzaam",
    scenario: "INTERVENTION",
    quantity: [1, 1],
    durationYears: [1, 2],
  },
  {
    code: "VRIJWILLIGERSWERK_JAAR",
    description: "vrijwilligerswerk begonnen",
    scenario: "INTERVENTION",
    quantity: [1, 1],
    durationYears: [1, 1],
  },
  {
    code: "HUISUITZETTING",
    description: "huisuitzetting",
    scenario: "REFERENCE",
    quantity: [1, 1],
  },
  {
    code: "SEH_BEZOEK",
    description: "bezoek spoedeisende hulp",
    scenario: "REFERENCE",
    quantity: [1, 3],
  },
  {
    code: "HUISARTS_CONSULT",
    description: "huisartsconsulten",
    scenario: "REFERENCE",
    quantity: [2, 6],
  },
  {
    code: "UITKERING_PW_MAAND",
    description: "bijstandsuitkering",
    scenario: "REFERENCE",
    quantity: [1, 1],
    recurMonths: [6, 24],
  },
  {
    code: "MO_MAAND",
    description: "maatschappelijke opvang",
    scenario: "REFERENCE",
    quantity: [1, 1],
    recurMonths: [2, 9],
  },
  {
    code: "POLITIE_INCIDENT",
    description: "politie-inzet bij incident",
    scenario: "REFERENCE",
    quantity: [1, 2],
  },
];

export const DOMAINS = [
  "INCOME_DEBTS",
  "HOUSING",
  "WORK_DAYTIME",
  "PHYSICAL_HEALTH",
  "MENTAL_HEALTH",
  "ADDICTION",
  "PARENTING",
  "SOCIAL_NETWORK",
  "SAFETY",
] as const;
