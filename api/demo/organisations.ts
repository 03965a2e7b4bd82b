import {
  DistrictKind,
  FundingForm,
  MemberRole,
  TeamDomain,
  TeamPrototype,
  TeamTask,
  TeamType,
} from "../../schema/organisation-enums";

/**
 * The demo organisations, after the practice described in DOMAIN.md: Utrecht's buurtteams,
 * Zwolle's five wijkteams, Nieuwegein's schakelteams per zone, Wijk bij Duurstede's
 * front/back office and Zeist's network model. Member names are invented.
 */
export interface SeedDistrict {
  name: string;
  kind: DistrictKind;
  cbsCode?: string;
  population?: number;
  parent?: string;
}

interface SeedMember {
  role: MemberRole;
  parentOrganisation: string;
  hours: string;
  specialisms: string[];
}

export interface SeedTeam {
  name: string;
  teamType: TeamType;
  prototype: TeamPrototype;
  breadth: TeamDomain[];
  depth: TeamTask[];
  fundingForm: FundingForm;
  districts: string[];
  members: SeedMember[];
}

export interface SeedMunicipality {
  code: string;
  name: string;
  districts: SeedDistrict[];
  teams: SeedTeam[];
}

const ALL_DOMAINS = [
  TeamDomain.SOCIAL_AID,
  TeamDomain.CARE_PHYSICAL,
  TeamDomain.COMMUNITY_PARTICIPATION,
  TeamDomain.INFORMAL_NETWORKS,
];
const ALL_TASKS = [TeamTask.SIGNALLING, TeamTask.ACCESS, TeamTask.PREVENTION, TeamTask.SUPPORT];

function m(
  role: MemberRole,
  parentOrganisation: string,
  hours: string,
  ...specialisms: string[]
): SeedMember {
  return { role, parentOrganisation, hours, specialisms };
}

const UTRECHT_WIJKEN: [string, string, number][] = [
  ["West", "WK034401", 47000],
  ["Noordwest", "WK034402", 44000],
  ["Overvecht", "WK034403", 36000],
  ["Noordoost", "WK034404", 31000],
  ["Oost", "WK034405", 33000],
  ["Binnenstad", "WK034406", 18000],
  ["Zuid", "WK034407", 37000],
  ["Zuidwest", "WK034408", 42000],
  ["Leidsche Rijn", "WK034409", 58000],
  ["Vleuten-De Meern", "WK034410", 46000],
];

function utrechtTeams(): SeedTeam[] {
  const social = "Buurtteamorganisatie Sociaal Utrecht";
  const youth = "Buurtteams Jeugd en Gezin Utrecht";
  return UTRECHT_WIJKEN.flatMap(([wijk]) => [
    {
      name: `Buurtteam Sociaal ${wijk}`,
      teamType: TeamType.SOCIAL,
      prototype: TeamPrototype.TEAM_MODEL,
      breadth: [TeamDomain.SOCIAL_AID, TeamDomain.CARE_PHYSICAL, TeamDomain.INFORMAL_NETWORKS],
      depth: ALL_TASKS,
      fundingForm: FundingForm.POPULATION_BASED,
      districts: [wijk],
      members: [
        m(MemberRole.TEAM_LEADER, social, "32"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, social, "32", "schulden"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, social, "28", "GGZ"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, social, "36", "verslaving"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, social, "28", "licht verstandelijke beperking"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, social, "32", "ouderen"),
        m(MemberRole.DISTRICT_NURSE, "Buurtzorg", "28", "wijkverpleging"),
        m(MemberRole.DEBT_COUNSELLOR, social, "30", "schulden"),
      ],
    },
    {
      name: `Buurtteam Jeugd en Gezin ${wijk}`,
      teamType: TeamType.YOUTH_AND_FAMILY,
      prototype: TeamPrototype.TEAM_MODEL,
      breadth: [TeamDomain.SOCIAL_AID, TeamDomain.INFORMAL_NETWORKS],
      depth: ALL_TASKS,
      fundingForm: FundingForm.POPULATION_BASED,
      districts: [wijk],
      members: [
        m(MemberRole.TEAM_LEADER, youth, "32"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, youth, "32", "opvoeding"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, youth, "28", "jeugd-GGZ"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, youth, "36", "scheiding"),
        m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, youth, "28", "huiselijk geweld"),
        m(MemberRole.YOUTH_WORKER, "JoU Jongerenwerk", "28", "jongeren"),
      ],
    },
  ]);
}

function zwolleTeam(area: string, districts: string[], members: SeedMember[]): SeedTeam {
  return {
    name: `Wijkteam ${area}`,
    teamType: TeamType.GENERALIST,
    prototype: TeamPrototype.TEAM_MODEL,
    breadth: ALL_DOMAINS,
    depth: ALL_TASKS,
    fundingForm: FundingForm.REGULAR_BUDGET,
    districts,
    members,
  };
}

function zwolleMembers(variant: number): SeedMember[] {
  const members = [
    m(MemberRole.TEAM_LEADER, "Gemeente Zwolle", "36", "Wmo"),
    m(MemberRole.WMO_CONSULTANT, "Gemeente Zwolle", "32", "Wmo"),
    m(MemberRole.WMO_CONSULTANT, "Gemeente Zwolle", "28", "Wmo", "Participatie"),
    m(MemberRole.SOCIAL_WORKER, "Travers Welzijn", "32", "Jeugd"),
    m(MemberRole.SOCIAL_WORKER, "Travers Welzijn", "28", "Jeugd", "Wmo"),
    m(MemberRole.WELFARE_COACH, "Travers Welzijn", "24", "Participatie"),
    m(
      MemberRole.NEIGHBOURHOOD_TEAM_WORKER,
      "Gemeente Zwolle",
      "36",
      "Participatie",
      "Jeugd",
      "Wmo",
    ),
    m(MemberRole.DISTRICT_NURSE, "Icare", "24", "Wmo"),
    m(MemberRole.NEIGHBOURHOOD_TEAM_WORKER, "Dimence", "20", "Wmo"),
    m(MemberRole.COMMUNITY_WORKER, "Travers Welzijn", "28", "Participatie"),
  ];
  return members.slice(0, 8 + (variant % 3));
}

function nieuwegeinTeam(zone: string): SeedTeam {
  return {
    name: `Schakelteam ${zone}`,
    teamType: TeamType.LINK_TEAM,
    prototype: TeamPrototype.NETWORK_MODEL,
    breadth: ALL_DOMAINS,
    depth: [TeamTask.SIGNALLING, TeamTask.PREVENTION, TeamTask.SUPPORT],
    fundingForm: FundingForm.CO_FINANCING,
    districts: [`Zone ${zone}`],
    members: [
      m(MemberRole.TEAM_LEADER, "Gemeente Nieuwegein", "16"),
      m(
        MemberRole.SOCIAL_WORKER,
        "MEE Utrecht Gooi & Vecht",
        "12",
        "licht verstandelijke beperking",
      ),
      m(MemberRole.DISTRICT_NURSE, "Vitras", "8", "wijkverpleging"),
      m(MemberRole.COMMUNITY_WORKER, "Movisie Welzijn Nieuwegein", "12"),
      m(MemberRole.COMMUNITY_POLICE_OFFICER, "Politie Midden-Nederland", "4", "veiligheid"),
      m(MemberRole.HOUSING_CONSULTANT, "Jutphaas Wonen", "6", "wonen"),
      m(MemberRole.SOCIAL_WORKER, "Altrecht", "8", "GGZ"),
    ],
  };
}

export const demoOrganisations: SeedMunicipality[] = [
  {
    code: "GM0344",
    name: "Utrecht",
    districts: UTRECHT_WIJKEN.map(([name, cbsCode, population]) => ({
      name,
      kind: DistrictKind.WIJK,
      cbsCode,
      population,
    })),
    teams: utrechtTeams(),
  },
  {
    code: "GM0193",
    name: "Zwolle",
    districts: [
      { name: "Holtenbroek", kind: DistrictKind.WIJK, population: 10500 },
      { name: "Aa-landen", kind: DistrictKind.WIJK, population: 13000 },
      { name: "Berkum", kind: DistrictKind.WIJK, population: 9000 },
      { name: "Wipstrik", kind: DistrictKind.WIJK, population: 8500 },
      { name: "Zwolle-Zuid", kind: DistrictKind.WIJK, population: 19000 },
      { name: "Stadshagen", kind: DistrictKind.WIJK, population: 27000 },
      { name: "Westenholte", kind: DistrictKind.WIJK, population: 7000 },
      { name: "Binnenstad", kind: DistrictKind.WIJK, population: 6000 },
      { name: "Diezerpoort", kind: DistrictKind.WIJK, population: 8000 },
      { name: "Assendorp", kind: DistrictKind.WIJK, population: 11000 },
    ],
    teams: [
      zwolleTeam("Noord", ["Holtenbroek", "Aa-landen"], zwolleMembers(0)),
      zwolleTeam("Oost", ["Berkum", "Wipstrik"], zwolleMembers(1)),
      zwolleTeam("Zuid", ["Zwolle-Zuid"], zwolleMembers(2)),
      zwolleTeam("West", ["Stadshagen", "Westenholte"], zwolleMembers(3)),
      zwolleTeam("Midden", ["Binnenstad", "Diezerpoort", "Assendorp"], zwolleMembers(4)),
    ],
  },
  {
    code: "GM0356",
    name: "Nieuwegein",
    districts: [
      { name: "Zone Noord", kind: DistrictKind.ZONE, population: 21000 },
      { name: "Zone Midden", kind: DistrictKind.ZONE, population: 20000 },
      { name: "Zone Zuid", kind: DistrictKind.ZONE, population: 22000 },
      { name: "Batau-Noord", kind: DistrictKind.WIJK, parent: "Zone Noord" },
      { name: "Galecop", kind: DistrictKind.WIJK, parent: "Zone Noord" },
      { name: "Jutphaas-Wijkersloot", kind: DistrictKind.WIJK, parent: "Zone Noord" },
      { name: "Doorslag", kind: DistrictKind.WIJK, parent: "Zone Midden" },
      { name: "Zuilenstein", kind: DistrictKind.WIJK, parent: "Zone Midden" },
      { name: "Vreeswijk", kind: DistrictKind.WIJK, parent: "Zone Zuid" },
      { name: "Fokkesteeg", kind: DistrictKind.WIJK, parent: "Zone Zuid" },
      { name: "Hoog-Zandveld", kind: DistrictKind.WIJK, parent: "Zone Zuid" },
    ],
    teams: ["Noord", "Midden", "Zuid"].map(nieuwegeinTeam),
  },
  {
    code: "GM0352",
    name: "Wijk bij Duurstede",
    districts: [
      { name: "Wijk bij Duurstede (kern)", kind: DistrictKind.WIJK, population: 18500 },
      { name: "Cothen", kind: DistrictKind.WIJK, population: 2600 },
      { name: "Langbroek", kind: DistrictKind.WIJK, population: 2000 },
    ],
    teams: [
      {
        name: "Sociaal Team Wijk bij Duurstede",
        teamType: TeamType.GENERALIST,
        prototype: TeamPrototype.FRONT_BACK_OFFICE,
        breadth: [
          TeamDomain.SOCIAL_AID,
          TeamDomain.CARE_PHYSICAL,
          TeamDomain.COMMUNITY_PARTICIPATION,
        ],
        depth: [TeamTask.ACCESS, TeamTask.SUPPORT],
        fundingForm: FundingForm.REGULAR_BUDGET,
        districts: ["Wijk bij Duurstede (kern)", "Cothen", "Langbroek"],
        members: [
          m(MemberRole.TEAM_LEADER, "Gemeente Wijk bij Duurstede", "32"),
          m(MemberRole.WMO_CONSULTANT, "Gemeente Wijk bij Duurstede", "32", "Wmo"),
          m(MemberRole.WMO_CONSULTANT, "Gemeente Wijk bij Duurstede", "24", "Wmo"),
          m(MemberRole.SOCIAL_WORKER, "Kwadraad", "28", "schulden"),
          m(MemberRole.SOCIAL_WORKER, "Kwadraad", "24", "Jeugd"),
          m(MemberRole.WELFARE_COACH, "Welzijn Wijk bij Duurstede", "20", "ouderen"),
        ],
      },
    ],
  },
  {
    code: "GM0355",
    name: "Zeist",
    districts: [
      { name: "Zeist-Noord", kind: DistrictKind.WIJK, population: 12000 },
      { name: "Zeist-West", kind: DistrictKind.WIJK, population: 14000 },
      { name: "Zeist-Centrum", kind: DistrictKind.WIJK, population: 9000 },
      { name: "Zeist-Oost", kind: DistrictKind.WIJK, population: 10000 },
      { name: "Den Dolder", kind: DistrictKind.WIJK, population: 6000 },
      { name: "Austerlitz", kind: DistrictKind.WIJK, population: 2000 },
    ],
    teams: [
      ["Noord", ["Zeist-Noord", "Den Dolder"]],
      ["West", ["Zeist-West", "Austerlitz"]],
      ["Centrum-Oost", ["Zeist-Centrum", "Zeist-Oost"]],
    ].map(([area, districts]) => ({
      name: `Sociaal netwerkoverleg ${area as string}`,
      teamType: TeamType.GENERALIST,
      prototype: TeamPrototype.NETWORK_MODEL,
      breadth: ALL_DOMAINS,
      depth: [TeamTask.SIGNALLING, TeamTask.PREVENTION],
      fundingForm: FundingForm.CO_FINANCING,
      districts: districts as string[],
      members: [
        m(MemberRole.TEAM_LEADER, "Gemeente Zeist", "12"),
        m(MemberRole.SOCIAL_BROKER, "Meander Omnium", "16", "participatie"),
        m(MemberRole.SOCIAL_WORKER, "Kwadraad", "8", "schulden"),
        m(MemberRole.DISTRICT_NURSE, "Vitras", "8", "wijkverpleging"),
        m(MemberRole.COMMUNITY_POLICE_OFFICER, "Politie Midden-Nederland", "4", "veiligheid"),
        m(MemberRole.HOUSING_CONSULTANT, "Woongoed Zeist", "4", "wonen"),
        m(MemberRole.YOUTH_WORKER, "Meander Omnium", "8", "jongeren"),
      ],
    })),
  },
];

const FIRST_NAMES = [
  "Anouk",
  "Bram",
  "Chantal",
  "Daan",
  "Esra",
  "Fleur",
  "Gijs",
  "Hanneke",
  "Ilse",
  "Jeroen",
  "Karim",
  "Lotte",
  "Mehmet",
  "Noor",
  "Olaf",
  "Petra",
  "Quinten",
  "Rachida",
  "Sanne",
  "Tim",
  "Umut",
  "Vera",
  "Wouter",
  "Yasmina",
  "Zoë",
];
const LAST_NAMES = [
  "de Vries",
  "Jansen",
  "van Dijk",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "El Amrani",
  "Yilmaz",
  "Kramer",
  "van den Berg",
  "Koster",
  "Willems",
];

/** A deterministic, invented professional's name for the n-th member. */
export function memberName(n: number): string {
  return `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 7 + 3) % LAST_NAMES.length]}`;
}

/** The standard stakeholders of every municipality (who pays, who gains). */
export const standardStakeholders = [
  { code: "GEM_WMO", name: "Gemeente (Wmo 2015)", kind: "MUNICIPALITY_WMO" },
  { code: "GEM_JEUGD", name: "Gemeente (Jeugdwet)", kind: "MUNICIPALITY_YOUTH" },
  { code: "GEM_PW", name: "Gemeente (Participatiewet)", kind: "MUNICIPALITY_PARTICIPATION" },
  { code: "ZVW", name: "Zorgverzekeraar (Zvw)", kind: "HEALTH_INSURER" },
  { code: "WLZ", name: "Zorgkantoor (Wlz)", kind: "LONG_TERM_CARE" },
  { code: "WOCO", name: "Woningcorporatie", kind: "HOUSING_CORPORATION" },
  { code: "POLITIE_JUSTITIE", name: "Politie en justitie", kind: "POLICE_JUSTICE" },
  { code: "UWV_WERKGEVER", name: "UWV / werkgever", kind: "UWV_EMPLOYER" },
  { code: "ONDERWIJS", name: "Onderwijs", kind: "EDUCATION" },
  { code: "INWONER", name: "Inwoner", kind: "RESIDENT" },
] as const;
