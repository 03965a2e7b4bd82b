import { MemberRole, TeamType } from "../../schema/organisation-enums";
import { CaseKind, ProblemDomain, Scenario } from "../../schema/registration-enums";
import type { ArrangementKey } from "./registrations-arrangements";
import {
  CaseBuilder,
  type CaseRow,
  type StoryContext,
  type Success,
  type Worker,
  type WorkerPreference,
} from "./registrations-builder";
import { addDays, daysBetween, type Random } from "./registrations-random";

/**
 * The kinds of help request in the demo data, each with both scenarios: what the team did
 * (INTERVENTION) and what would have happened without it (REFERENCE). Success varies, so some
 * cases pay off and some do not.
 */
type Story = "DEBTS" | "LONELINESS" | "PARENTING" | "MENTAL" | "ELDERLY" | "WORK";

const { INTERVENTION: I, REFERENCE: REF } = Scenario;
const D = ProblemDomain;
const R = MemberRole;

/** How often each story comes to each kind of team. */
const STORY_WEIGHTS: Record<TeamType, Partial<Record<Story, number>>> = {
  [TeamType.SOCIAL]: { DEBTS: 30, LONELINESS: 18, MENTAL: 20, ELDERLY: 14, WORK: 14, PARENTING: 4 },
  [TeamType.YOUTH_AND_FAMILY]: { PARENTING: 75, DEBTS: 15, MENTAL: 10 },
  [TeamType.GENERALIST]: {
    DEBTS: 22,
    LONELINESS: 18,
    PARENTING: 18,
    MENTAL: 14,
    ELDERLY: 16,
    WORK: 12,
  },
  [TeamType.LINK_TEAM]: {
    DEBTS: 22,
    MENTAL: 26,
    LONELINESS: 18,
    ELDERLY: 18,
    PARENTING: 8,
    WORK: 8,
  },
  [TeamType.SOCIAL_BROKER]: { LONELINESS: 50, ELDERLY: 25, WORK: 25 },
  [TeamType.OTHER]: { DEBTS: 25, LONELINESS: 25, MENTAL: 25, ELDERLY: 25 },
};

export function pickStory(rng: Random, teamType: TeamType): Story {
  return rng.weighted(STORY_WEIGHTS[teamType]);
}

function extraDomains(rng: Random, odds: Partial<Record<ProblemDomain, number>>): ProblemDomain[] {
  return (Object.entries(odds) as [ProblemDomain, number][])
    .filter(([, p]) => rng.chance(p))
    .map(([domain]) => domain);
}

function pickSuccess(rng: Random, domains: ProblemDomain[]): Success {
  const heavy = domains.length >= 3;
  return rng.weighted<Success>({ GOOD: heavy ? 40 : 55, PARTIAL: 27, NONE: heavy ? 33 : 18 });
}

/** A duration of about `min`–`max` months, in days. */
function durationDays(rng: Random, min: number, max: number): number {
  return rng.int(min * 30, max * 30);
}

const DEBT_WORKERS: WorkerPreference[] = [
  { roles: [R.DEBT_COUNSELLOR] },
  { roles: [R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER], specialisms: ["schulden"] },
  { roles: [R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER, R.WMO_CONSULTANT] },
];
const WELFARE_WORKERS: WorkerPreference[] = [
  { roles: [R.WELFARE_COACH, R.SOCIAL_BROKER] },
  { roles: [R.NEIGHBOURHOOD_TEAM_WORKER], specialisms: ["ouderen"] },
  { roles: [R.COMMUNITY_WORKER, R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER] },
];
const FAMILY_WORKERS: WorkerPreference[] = [
  {
    roles: [R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER],
    specialisms: ["opvoeding", "jeugd", "scheiding", "huiselijk geweld", "jeugd-GGZ"],
  },
  { roles: [R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER, R.YOUTH_WORKER] },
];
const MENTAL_WORKERS: WorkerPreference[] = [
  {
    roles: [R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER],
    specialisms: ["GGZ", "verslaving", "jeugd-GGZ", "licht verstandelijke beperking"],
  },
  { roles: [R.SOCIAL_WORKER, R.NEIGHBOURHOOD_TEAM_WORKER, R.WMO_CONSULTANT] },
];
const CARE_WORKERS: WorkerPreference[] = [
  { roles: [R.WMO_CONSULTANT] },
  { roles: [R.NEIGHBOURHOOD_TEAM_WORKER], specialisms: ["ouderen"] },
  { roles: [R.SOCIAL_WORKER, R.WELFARE_COACH, R.NEIGHBOURHOOD_TEAM_WORKER] },
];
const WORK_WORKERS: WorkerPreference[] = [
  { roles: [R.WMO_CONSULTANT, R.NEIGHBOURHOOD_TEAM_WORKER], specialisms: ["participatie"] },
  { roles: [R.WELFARE_COACH, R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER] },
];
const role = (r: MemberRole): Worker => ({ memberId: null, role: r });

/** The adjustment notes of the valued outcomes (bronnen voor deadweight, attributie, drop-off). */
const EVIDENCE = {
  debts:
    "Deadweight: een deel van de huishoudens stabiliseert ook zonder hulp (ervaringscijfers schuldhulp, schatting). Attributie: ook de schuldeisers en de budgetbeheerder dragen bij. Drop-off: terugval na het eerste jaar (schatting).",
  loneliness:
    "Deadweight en drop-off naar de Werkwijzer MKBA sociaal domein (kengetal); attributie: ook familie, buren en de huisarts dragen bij (inschatting van het team).",
  volunteering:
    "Deadweight: een deel was ook zonder begeleiding actief geworden; attributie aan de vrijwilligersorganisatie; drop-off: uitval na een jaar (schatting).",
  work: "Deadweight: een deel van de bijstandsgerechtigden vindt ook zonder begeleiding werk (landelijke uitstroomcijfers, schatting). Attributie: werkgever en werkgeversservicepunt dragen bij. Drop-off: baanverlies na het eerste jaar.",
  informalCare:
    "Proxy: vervangingswaarde van de uren die de mantelzorger minder hoeft te helpen, geprijsd tegen het tarief huishoudelijke ondersteuning. De winst ligt bij de inwoner (mantelzorger), niet bij de Wmo. Deadweight en attributie: inschatting van het team.",
  group:
    "Deelnemers zonder eigen hulpvraag, geteld door de opbouwwerker. Deadweight, attributie en drop-off naar de Werkwijzer MKBA sociaal domein (kengetal, schatting).",
};

/** Benefit stops when work is found, or goes on; work found is a valued (economic) outcome. */
function workStory(b: CaseBuilder): void {
  const { rng } = b;
  const months = rng.int(3, 9);
  b.event(REF, b.row.openedOn, "Uitkering Participatiewet loopt door", "UITKERING_PW_MAAND", 1, 24);
  const found = b.success === "GOOD" ? b.projected(months) : null;
  if (found) {
    b.event(
      I,
      b.row.openedOn,
      "Uitkering Participatiewet tot uitstroom naar werk",
      "UITKERING_PW_MAAND",
      1,
      months,
    );
    b.valued(found, "Betaald werk gevonden", "WERK_GEVONDEN_JAAR", 1, {
      durationYears: rng.int(2, 3),
      deadweight: rng.fraction(0.3, 0.5),
      attribution: rng.fraction(0.3, 0.5),
      dropOff: rng.fraction(0.2, 0.4),
      evidence: EVIDENCE.work,
    });
    return;
  }
  b.event(I, b.row.openedOn, "Uitkering Participatiewet loopt door", "UITKERING_PW_MAAND", 1, 24);
  if (b.success !== "NONE")
    b.valued(b.projected(rng.int(2, 4)), "Vrijwilligerswerk gestart", "VRIJWILLIGERSWERK_JAAR", 1, {
      durationYears: 1,
      deadweight: rng.fraction(0.2, 0.4),
      attribution: rng.fraction(0.3, 0.5),
      dropOff: rng.fraction(0.3, 0.5),
      evidence: EVIDENCE.volunteering,
    });
}

/** Eviction after rent arrears, and the shelter that follows, in one scenario. */
function eviction(b: CaseBuilder, scenario: Scenario, date: string | null, households = 1): void {
  if (!date) return;
  b.event(scenario, date, "Huisuitzetting na huurachterstand", "HUISUITZETTING", households);
  b.event(
    scenario,
    date,
    "Maatschappelijke opvang na huisuitzetting",
    "MO_MAAND",
    households,
    b.rng.int(3, 6),
  );
}

function debts(ctx: StoryContext, opened: string): CaseBuilder {
  const { rng } = ctx;
  const youth = ctx.team.teamType === TeamType.YOUTH_AND_FAMILY;
  const domains = [
    D.INCOME_DEBTS,
    ...extraDomains(rng, {
      [D.HOUSING]: 0.5,
      [D.MENTAL_HEALTH]: 0.3,
      [D.WORK_DAYTIME]: 0.25,
      [D.SOCIAL_NETWORK]: 0.2,
      [D.PARENTING]: youth ? 0.8 : 0.1,
    }),
  ];
  const b = new CaseBuilder(
    ctx,
    CaseKind.HELP_REQUEST,
    "DEBTS",
    opened,
    durationDays(rng, 4, 10),
    domains,
    pickSuccess(rng, domains),
  );
  const arrangement: ArrangementKey | null = rng.chance(0.85)
    ? rng.chance(0.55)
      ? "BUDGET_GROUP"
      : "DEBT_INDIVIDUAL"
    : null;
  if (arrangement) b.apply(arrangement);
  const worker = b.worker(DEBT_WORKERS, R.DEBT_COUNSELLOR);
  b.monthly(
    worker,
    rng.step(3, 6, 0.5),
    [1.5, 4.5],
    "Schuldhulp: intake, stabilisatie en begeleiding",
    {
      arrangement,
    },
  );
  if (arrangement === "BUDGET_GROUP")
    b.units(
      I,
      b.at(1),
      "Budgetcursus in groep",
      1,
      "BUDGETCURSUS_DEELNAME",
      "Deelname aan de budgetcursus in groep",
      {
        collective: true,
        arrangement,
      },
    );
  if (b.success !== "GOOD" || rng.chance(0.4))
    b.units(
      I,
      b.at(rng.int(1, 3)),
      "Schuldhulpverlening",
      1,
      "SCHULDHULPTRAJECT",
      "Schuldhulptraject: schuldregeling",
      {
        arrangement,
      },
    );
  // Without the team: the debts escalate before help is sought, often via a crisis.
  if (rng.chance(0.75))
    b.units(
      REF,
      b.projected(rng.int(3, 6)),
      "Schuldhulpverlening",
      1,
      "SCHULDHULPTRAJECT",
      "Schuldhulptraject na escalatie van de schulden",
    );
  b.hours(
    REF,
    b.projected(rng.int(2, 4)),
    role(R.SOCIAL_WORKER),
    rng.step(2, 4, 0.5),
    "Maatschappelijk werk bij een crisis door schulden",
    {
      recurMonths: rng.int(4, 8),
    },
  );
  if (b.has(D.HOUSING) && rng.chance(0.55)) {
    const month = rng.int(5, 10);
    eviction(b, REF, b.projected(month));
    if (b.success === "NONE" && rng.chance(0.6)) eviction(b, I, b.projected(month + 1));
    else
      b.note(
        I,
        b.projected(rng.int(1, 3)),
        "Huisuitzetting voorkomen: betalingsregeling met de corporatie",
      );
  }
  if (b.success !== "NONE")
    b.valued(
      b.projected(rng.int(3, 6)),
      "Schulden gestabiliseerd, minder financiële stress",
      "SCHULDEN_STABIEL",
      1,
      {
        durationYears: b.success === "GOOD" ? rng.int(2, 3) : 1,
        deadweight: b.success === "GOOD" ? rng.fraction(0.15, 0.3) : rng.fraction(0.3, 0.5),
        attribution: rng.fraction(0.2, 0.4),
        dropOff: rng.fraction(0.2, 0.4),
        evidence: EVIDENCE.debts,
      },
    );
  if (b.has(D.WORK_DAYTIME) && rng.chance(0.5)) workStory(b);
  return b;
}

function loneliness(ctx: StoryContext, opened: string): CaseBuilder {
  const { rng } = ctx;
  const domains = [
    D.SOCIAL_NETWORK,
    ...extraDomains(rng, {
      [D.PHYSICAL_HEALTH]: 0.5,
      [D.MENTAL_HEALTH]: 0.35,
      [D.WORK_DAYTIME]: 0.1,
    }),
  ];
  const b = new CaseBuilder(
    ctx,
    CaseKind.HELP_REQUEST,
    "LONELINESS",
    opened,
    durationDays(rng, 3, 8),
    domains,
    pickSuccess(rng, domains),
  );
  const arrangement: ArrangementKey | null = rng.chance(0.75) ? "LONELINESS" : null;
  if (arrangement) b.apply(arrangement);
  const worker = b.worker(WELFARE_WORKERS, R.WELFARE_COACH);
  b.monthly(
    worker,
    rng.step(1.5, 3, 0.5),
    [0.5, 1.5],
    "Gesprekken over netwerk, ontmoeting en dagbesteding",
    {
      arrangement,
      maxMonths: 5,
    },
  );
  if (arrangement || rng.chance(0.4))
    b.units(I, b.at(1), "Maatjesproject", 1, "MAATJE_MAAND", "Maatje gekoppeld", {
      recurMonths: rng.int(6, 12),
      arrangement,
    });
  if (arrangement)
    b.units(
      I,
      b.at(rng.int(0, 1)),
      "Welzijn op Recept",
      1,
      "WOR_TRAJECT",
      "Welzijn op Recept: activiteiten in de wijk",
      {
        collective: true,
        arrangement,
      },
    );
  const gp = rng.step(1, 2, 0.5);
  b.units(
    REF,
    b.row.openedOn,
    "Huisarts",
    gp,
    "HUISARTS_CONSULT",
    "Huisartsconsulten bij eenzaamheid en somberheid",
    {
      recurMonths: 12,
    },
  );
  b.units(
    I,
    b.row.openedOn,
    "Huisarts",
    b.success === "NONE" ? gp : 0.5,
    "HUISARTS_CONSULT",
    "Huisartsconsulten",
    {
      recurMonths: b.success === "NONE" ? 12 : 6,
    },
  );
  if (rng.chance(0.3)) {
    const visits = rng.int(1, 2);
    b.event(
      REF,
      b.projected(rng.int(2, 8)),
      "Bezoek spoedeisende hulp na een val",
      "SEH_BEZOEK",
      visits,
    );
    if (b.success === "NONE")
      b.event(
        I,
        b.projected(rng.int(2, 8)),
        "Bezoek spoedeisende hulp na een val",
        "SEH_BEZOEK",
        visits,
      );
  }
  if (rng.chance(0.3)) {
    const months = rng.int(6, 12);
    const day = b.projected(rng.int(2, 4));
    b.event(
      REF,
      day,
      "Aangewezen op dagbesteding (Wmo), twee dagdelen per week",
      "DAGBESTEDING_DAGDEEL",
      8.5,
      months,
    );
    if (b.success === "NONE")
      b.event(
        I,
        b.projected(rng.int(2, 4)),
        "Aangewezen op dagbesteding (Wmo), twee dagdelen per week",
        "DAGBESTEDING_DAGDEEL",
        8.5,
        months,
      );
  }
  if (b.has(D.MENTAL_HEALTH) && rng.chance(0.35))
    b.units(
      REF,
      b.projected(rng.int(3, 5)),
      "Specialistische GGZ",
      1,
      "GGZ_TRAJECT",
      "Behandeltraject GGZ bij depressieve klachten",
    );
  if (b.success !== "NONE")
    b.valued(
      b.projected(rng.int(2, 5)),
      "Minder eenzaam, weer contacten in de buurt",
      "EENZAAMHEID_VERMINDERD",
      1,
      {
        durationYears: b.success === "GOOD" ? 2 : 1,
        deadweight: b.success === "GOOD" ? rng.fraction(0.2, 0.35) : rng.fraction(0.3, 0.45),
        attribution: rng.fraction(0.3, 0.5),
        dropOff: rng.fraction(0.3, 0.5),
        evidence: EVIDENCE.loneliness,
      },
    );
  if (b.success === "GOOD" && rng.chance(0.3))
    b.valued(b.projected(rng.int(3, 6)), "Vrijwilligerswerk gestart", "VRIJWILLIGERSWERK_JAAR", 1, {
      durationYears: rng.int(1, 2),
      deadweight: rng.fraction(0.2, 0.4),
      attribution: rng.fraction(0.3, 0.5),
      dropOff: rng.fraction(0.3, 0.5),
      evidence: EVIDENCE.volunteering,
    });
  return b;
}

function parenting(ctx: StoryContext, opened: string): CaseBuilder {
  const { rng } = ctx;
  const domains = [
    D.PARENTING,
    ...extraDomains(rng, {
      [D.MENTAL_HEALTH]: 0.35,
      [D.SOCIAL_NETWORK]: 0.3,
      [D.INCOME_DEBTS]: 0.3,
      [D.SAFETY]: 0.15,
      [D.WORK_DAYTIME]: 0.1,
    }),
  ];
  const b = new CaseBuilder(
    ctx,
    CaseKind.HELP_REQUEST,
    "PARENTING",
    opened,
    durationDays(rng, 4, 12),
    domains,
    pickSuccess(rng, domains),
  );
  const arrangement: ArrangementKey | null = rng.chance(0.7) ? "PARENTING_GROUP" : null;
  if (arrangement) b.apply(arrangement);
  const coach = b.worker(FAMILY_WORKERS, R.NEIGHBOURHOOD_TEAM_WORKER);
  b.monthly(coach, rng.step(4, 6, 0.5), [2, 5], "Gezinscoaching: opvoedvragen thuis", {
    arrangement,
  });
  const teenager = rng.chance(0.35);
  if (teenager) {
    const youthWorker = b.worker([{ roles: [R.YOUTH_WORKER] }], R.YOUTH_WORKER);
    b.monthly(
      youthWorker,
      rng.step(1, 2, 0.5),
      [0.5, 2],
      "Jongerenwerk: jongere naar school en vrije tijd",
      {
        maxMonths: 4,
      },
    );
  }
  if ((b.success !== "GOOD" && rng.chance(0.5)) || rng.chance(0.15))
    b.units(
      I,
      b.at(rng.int(1, 3)),
      "Jeugdhulp",
      rng.step(3, 6, 1),
      "JEUGDHULP_AMBULANT_UUR",
      "Ambulante jeugdhulp",
      {
        recurMonths: rng.int(3, 6),
      },
    );
  b.units(
    REF,
    b.projected(rng.int(0, 2)),
    "Jeugdhulp",
    rng.step(2, 8, 1),
    "JEUGDHULP_AMBULANT_UUR",
    "Ambulante jeugdhulp na verwijzing",
    {
      recurMonths: rng.int(3, 12),
    },
  );
  if (rng.chance(b.has(D.SAFETY) ? 0.45 : 0.2)) {
    const month = rng.int(3, 6);
    const months = rng.int(6, 12);
    b.units(
      REF,
      b.projected(month),
      "Jeugdhulp",
      30,
      "JEUGD_UITHUISPLAATSING_DAG",
      "Uithuisplaatsing (residentiële jeugdhulp of gezinshuis)",
      {
        recurMonths: months,
      },
    );
    if (b.success === "NONE" && rng.chance(0.5))
      b.units(
        I,
        b.at(month),
        "Jeugdhulp",
        30,
        "JEUGD_UITHUISPLAATSING_DAG",
        "Uithuisplaatsing (residentiële jeugdhulp of gezinshuis)",
        {
          recurMonths: Math.max(3, months - 3),
        },
      );
    else if (b.success === "GOOD")
      b.note(I, b.projected(month), "Uithuisplaatsing voorkomen: gezin blijft bij elkaar");
  }
  if (teenager && rng.chance(0.3)) {
    b.event(REF, b.projected(rng.int(6, 12)), "Voortijdig schoolverlaten", "VSV_GEBEURTENIS", 1);
    if (b.success === "NONE")
      b.event(I, b.projected(rng.int(6, 12)), "Voortijdig schoolverlaten", "VSV_GEBEURTENIS", 1);
  }
  if (b.has(D.SAFETY)) {
    b.event(
      REF,
      b.projected(rng.int(2, 8)),
      "Politie-inzet bij huiselijk geweld",
      "POLITIE_INCIDENT",
      rng.int(1, 3),
    );
    if (b.success !== "GOOD")
      b.event(
        I,
        b.projected(rng.int(1, 6)),
        "Politie-inzet bij huiselijk geweld",
        "POLITIE_INCIDENT",
        1,
      );
  }
  return b;
}

function mental(ctx: StoryContext, opened: string): CaseBuilder {
  const { rng } = ctx;
  const addiction = rng.chance(0.3);
  const domains = [
    addiction ? D.ADDICTION : D.MENTAL_HEALTH,
    ...extraDomains(rng, {
      [addiction ? D.MENTAL_HEALTH : D.ADDICTION]: 0.25,
      [D.HOUSING]: 0.35,
      [D.SAFETY]: 0.25,
      [D.SOCIAL_NETWORK]: 0.3,
      [D.INCOME_DEBTS]: 0.35,
      [D.PHYSICAL_HEALTH]: 0.2,
    }),
  ];
  const b = new CaseBuilder(
    ctx,
    CaseKind.HELP_REQUEST,
    "MENTAL",
    opened,
    durationDays(rng, 4, 12),
    domains,
    pickSuccess(rng, domains),
  );
  const arrangement: ArrangementKey | null =
    b.has(D.INCOME_DEBTS) && rng.chance(0.3) ? "DEBT_INDIVIDUAL" : null;
  if (arrangement) b.apply(arrangement);
  const worker = b.worker(MENTAL_WORKERS, R.SOCIAL_WORKER);
  b.monthly(
    worker,
    rng.step(4, 7, 0.5),
    [2, 6],
    addiction
      ? "Begeleiding bij verslaving, contact met de verslavingszorg"
      : "Begeleiding bij psychische problemen, contact met huisarts en GGZ",
  );
  if (arrangement) {
    const debtWorker = b.worker(DEBT_WORKERS, R.DEBT_COUNSELLOR);
    b.monthly(debtWorker, 3, [1, 3], "Begeleiding schulden", { arrangement, maxMonths: 6 });
  }
  if (rng.chance(0.3)) {
    const nurse = b.worker([{ roles: [R.DISTRICT_NURSE] }], R.DISTRICT_NURSE);
    b.hours(
      I,
      b.at(1),
      nurse,
      rng.step(1, 2, 0.5),
      "Wijkverpleegkundige: medicatie en lichamelijke gezondheid",
      {
        recurMonths: Math.max(1, Math.min(3, b.activeMonths - 1)),
      },
    );
  }
  if (rng.chance(b.success === "NONE" ? 0.8 : 0.3))
    b.units(
      I,
      b.at(rng.int(1, 4)),
      "Specialistische GGZ",
      1,
      "GGZ_TRAJECT",
      "Verwezen naar behandeling in de specialistische GGZ",
    );
  if (rng.chance(0.75))
    b.units(
      REF,
      b.projected(rng.int(2, 5)),
      "Specialistische GGZ",
      1,
      "GGZ_TRAJECT",
      "Behandeling in de specialistische GGZ na een crisis",
    );
  if (rng.chance(0.4)) {
    b.event(
      REF,
      b.projected(rng.int(1, 8)),
      "Bezoek spoedeisende hulp in een crisis",
      "SEH_BEZOEK",
      rng.int(1, 3),
    );
    if (b.success === "NONE")
      b.event(
        I,
        b.projected(rng.int(1, 6)),
        "Bezoek spoedeisende hulp in een crisis",
        "SEH_BEZOEK",
        1,
      );
  }
  if (b.has(D.SAFETY) ? rng.chance(0.8) : rng.chance(0.15)) {
    const incidents = rng.int(1, 4);
    b.event(
      REF,
      b.projected(rng.int(1, 8)),
      "Politie-inzet bij overlast",
      "POLITIE_INCIDENT",
      incidents,
    );
    if (b.success !== "GOOD")
      b.event(
        I,
        b.projected(rng.int(1, 6)),
        "Politie-inzet bij overlast",
        "POLITIE_INCIDENT",
        Math.ceil(incidents / 2),
      );
  }
  if (rng.chance(0.15)) {
    const months = rng.int(6, 12);
    b.event(
      REF,
      b.projected(rng.int(4, 8)),
      "Opname in beschermd wonen",
      "BESCHERMD_WONEN_DAG",
      30,
      months,
    );
    if (b.success === "NONE" && rng.chance(0.5))
      b.event(
        I,
        b.projected(rng.int(4, 8)),
        "Opname in beschermd wonen",
        "BESCHERMD_WONEN_DAG",
        30,
        months,
      );
  }
  if (b.has(D.HOUSING) && rng.chance(0.3)) {
    const month = rng.int(4, 9);
    eviction(b, REF, b.projected(month));
    if (b.success === "NONE") eviction(b, I, b.projected(month + 1));
  }
  if (b.success === "GOOD")
    b.note(I, b.projected(rng.int(3, 6)), "Dagstructuur hersteld, crisis voorkomen");
  return b;
}

function elderly(ctx: StoryContext, opened: string): CaseBuilder {
  const { rng } = ctx;
  const domains = [
    D.PHYSICAL_HEALTH,
    ...extraDomains(rng, { [D.SOCIAL_NETWORK]: 0.5, [D.HOUSING]: 0.2, [D.MENTAL_HEALTH]: 0.2 }),
  ];
  const b = new CaseBuilder(
    ctx,
    CaseKind.HELP_REQUEST,
    "ELDERLY",
    opened,
    durationDays(rng, 3, 9),
    domains,
    pickSuccess(rng, domains),
  );
  const arrangement: ArrangementKey | null = rng.chance(0.6) ? "ELDERLY" : null;
  if (arrangement) b.apply(arrangement);
  const consultant = b.worker(CARE_WORKERS, R.WMO_CONSULTANT);
  b.hours(
    I,
    b.row.openedOn,
    consultant,
    rng.step(1.5, 2.5, 0.5),
    "Keukentafelgesprek en aanvraag ondersteuning",
  );
  const nurse = b.worker([{ roles: [R.DISTRICT_NURSE] }], R.DISTRICT_NURSE);
  b.monthly(
    nurse,
    rng.step(2, 3, 0.5),
    [1, 2.5],
    "Wijkverpleegkundige: signaleren, coördineren en begeleiden",
    {
      arrangement,
      maxMonths: 4,
    },
  );
  if (arrangement)
    b.units(
      I,
      b.at(1),
      "Zorgcoöperatie",
      1,
      "ZORGCOOP_MAAND",
      "Ondersteuning door de zorgcoöperatie",
      {
        collective: true,
        recurMonths: rng.int(6, 12),
        arrangement,
      },
    );
  const homeHelp = rng.step(8, 12, 1);
  b.units(
    REF,
    b.projected(1),
    "Hulp bij het huishouden",
    homeHelp,
    "HH_UUR",
    "Huishoudelijke ondersteuning (Wmo)",
    {
      recurMonths: 12,
    },
  );
  if (b.success !== "GOOD" || rng.chance(0.4))
    b.units(
      I,
      b.at(1),
      "Hulp bij het huishouden",
      b.success === "NONE" ? homeHelp : rng.step(3, 4, 1),
      "HH_UUR",
      "Huishoudelijke ondersteuning (Wmo)",
      {
        recurMonths: 12,
      },
    );
  b.units(
    REF,
    b.projected(rng.int(1, 2)),
    "Wijkverpleging",
    rng.step(4, 8, 1),
    "UUR_WIJKVERPLEGING",
    "Meer wijkverpleging thuis",
    {
      recurMonths: rng.int(4, 8),
    },
  );
  if (b.success === "NONE")
    b.units(
      I,
      b.at(rng.int(1, 2)),
      "Wijkverpleging",
      rng.step(4, 8, 1),
      "UUR_WIJKVERPLEGING",
      "Wijkverpleging thuis",
      {
        recurMonths: rng.int(4, 8),
      },
    );
  if (rng.chance(0.35)) {
    b.event(
      REF,
      b.projected(rng.int(2, 8)),
      "Bezoek spoedeisende hulp na een val",
      "SEH_BEZOEK",
      1,
    );
    if (b.success === "NONE")
      b.event(
        I,
        b.projected(rng.int(2, 8)),
        "Bezoek spoedeisende hulp na een val",
        "SEH_BEZOEK",
        1,
      );
  }
  if (b.success === "GOOD" && rng.chance(0.5))
    b.valued(b.projected(rng.int(2, 4)), "Mantelzorger ontlast", "HH_UUR", rng.int(80, 150), {
      durationYears: rng.int(1, 2),
      deadweight: rng.fraction(0.2, 0.35),
      attribution: rng.fraction(0.3, 0.5),
      dropOff: rng.fraction(0.3, 0.5),
      evidence: EVIDENCE.informalCare,
      beneficiary: "INWONER",
    });
  return b;
}

function work(ctx: StoryContext, opened: string): CaseBuilder {
  const { rng } = ctx;
  const domains = [
    D.WORK_DAYTIME,
    ...extraDomains(rng, {
      [D.INCOME_DEBTS]: 0.6,
      [D.SOCIAL_NETWORK]: 0.3,
      [D.MENTAL_HEALTH]: 0.25,
    }),
  ];
  const b = new CaseBuilder(
    ctx,
    CaseKind.HELP_REQUEST,
    "WORK",
    opened,
    durationDays(rng, 4, 10),
    domains,
    pickSuccess(rng, domains),
  );
  const worker = b.worker(WORK_WORKERS, R.WELFARE_COACH);
  b.monthly(worker, rng.step(2, 4, 0.5), [1, 3], "Begeleiding naar werk en dagbesteding");
  workStory(b);
  return b;
}

const STORIES: Record<Story, (ctx: StoryContext, opened: string) => CaseBuilder> = {
  DEBTS: debts,
  LONELINESS: loneliness,
  PARENTING: parenting,
  MENTAL: mental,
  ELDERLY: elderly,
  WORK: work,
};

/** One help request (hulpvraag) of the given story, opened on `opened`. */
export function helpRequest(ctx: StoryContext, story: Story, opened: string): CaseRow {
  const b = STORIES[story](ctx, opened);
  b.assess();
  return b.row;
}

/** The collective issues a kind of team takes up, in turn. */
const THEMES: Record<TeamType, ArrangementKey[]> = {
  [TeamType.SOCIAL]: ["BUDGET_GROUP", "LONELINESS", "POVERTY_TABLE"],
  [TeamType.YOUTH_AND_FAMILY]: ["PARENTING_GROUP", "PARENTING_GROUP", "POVERTY_TABLE"],
  [TeamType.GENERALIST]: ["BUDGET_GROUP", "PARENTING_GROUP", "LONELINESS", "POVERTY_TABLE"],
  [TeamType.LINK_TEAM]: ["POVERTY_TABLE", "LONELINESS", "BUDGET_GROUP"],
  [TeamType.SOCIAL_BROKER]: ["LONELINESS", "POVERTY_TABLE"],
  [TeamType.OTHER]: ["LONELINESS", "POVERTY_TABLE"],
};

export function themesFor(teamType: TeamType): ArrangementKey[] {
  return THEMES[teamType];
}

/** Which help requests a collective issue of each theme bundles. */
const BUNDLES: Record<ArrangementKey, (c: CaseRow) => boolean> = {
  BUDGET_GROUP: (c) => c.appliedArrangements.has("BUDGET_GROUP"),
  PARENTING_GROUP: (c) => c.appliedArrangements.has("PARENTING_GROUP"),
  LONELINESS: (c) =>
    c.story === "LONELINESS" || (c.story === "ELDERLY" && c.domains.includes(D.SOCIAL_NETWORK)),
  POVERTY_TABLE: (c) => c.domains.includes(D.INCOME_DEBTS) && c.domains.includes(D.HOUSING),
  DEBT_INDIVIDUAL: () => false,
  ELDERLY: () => false,
};

/**
 * One collective issue (kwestie) of the given theme: collective hours in the intervention,
 * and in the reference the individual help the bundled residents would have needed instead.
 */
export function collectiveIssue(
  ctx: StoryContext,
  theme: ArrangementKey,
  opened: string,
  requests: CaseRow[],
  bundled: Set<string>,
): CaseRow {
  const { rng } = ctx;
  const domains = {
    BUDGET_GROUP: [D.INCOME_DEBTS],
    PARENTING_GROUP: [D.PARENTING],
    LONELINESS: [D.SOCIAL_NETWORK],
    POVERTY_TABLE: [D.INCOME_DEBTS, D.HOUSING],
    DEBT_INDIVIDUAL: [D.INCOME_DEBTS],
    ELDERLY: [D.PHYSICAL_HEALTH],
  }[theme];
  const months = theme === "POVERTY_TABLE" ? rng.int(6, 10) : rng.int(3, 5);
  const success = rng.weighted<Success>({ GOOD: 55, PARTIAL: 25, NONE: 20 });
  const b = new CaseBuilder(
    ctx,
    CaseKind.COLLECTIVE_ISSUE,
    theme,
    opened,
    durationDays(rng, months, months),
    domains,
    success,
  );
  b.apply(theme);
  const matching = requests.filter(
    (c) =>
      !bundled.has(`${theme}:${c.id}`) &&
      BUNDLES[theme](c) &&
      daysBetween(c.openedOn, opened) <= 90 &&
      daysBetween(opened, c.openedOn) <= 45,
  );
  const members = matching.slice(0, rng.int(4, 10));
  for (const c of members) {
    bundled.add(`${theme}:${c.id}`);
    ctx.out.bundles.push([b.row.id, c.id]);
  }
  const participants = members.length + rng.int(1, 4);
  const recur = (wanted: number) => Math.max(1, Math.min(wanted, b.activeMonths - 1));
  const arrangement = theme;
  switch (theme) {
    case "BUDGET_GROUP": {
      const trainer = b.worker(DEBT_WORKERS, R.DEBT_COUNSELLOR);
      b.hours(
        I,
        b.row.openedOn,
        trainer,
        rng.step(2, 4, 0.5),
        "Voorbereiding en werving budgetcursus",
        { arrangement },
      );
      b.hours(I, b.at(1), trainer, rng.step(8, 12, 1), "Budgetcursus: bijeenkomsten in de wijk", {
        recurMonths: recur(2),
        arrangement,
      });
      b.hours(
        I,
        b.at(1),
        role(R.VOLUNTEER),
        rng.step(6, 8, 1),
        "Ervaringsdeskundige vrijwilliger als tweede trainer",
        {
          recurMonths: recur(2),
        },
      );
      b.hours(
        REF,
        b.projected(1),
        role(R.DEBT_COUNSELLOR),
        participants * rng.step(2, 3, 0.5),
        "Zonder groep: individuele budgetbegeleiding van elke deelnemer",
        {
          recurMonths: 3,
        },
      );
      b.note(I, b.projected(3), "Deelnemers houden samen een budgetcafé gaande");
      break;
    }
    case "PARENTING_GROUP": {
      const trainer = b.worker(FAMILY_WORKERS, R.NEIGHBOURHOOD_TEAM_WORKER);
      const second = b.worker(
        [{ roles: [R.YOUTH_WORKER, R.SOCIAL_WORKER, R.NEIGHBOURHOOD_TEAM_WORKER] }],
        R.SOCIAL_WORKER,
      );
      b.hours(
        I,
        b.row.openedOn,
        trainer,
        rng.step(2, 4, 0.5),
        "Voorbereiding opvoedgroep, ouders benaderen",
        { arrangement },
      );
      b.hours(I, b.at(1), trainer, rng.step(6, 10, 1), "Opvoedgroep: bijeenkomsten met ouders", {
        recurMonths: recur(3),
        arrangement,
      });
      b.hours(I, b.at(1), second, rng.step(4, 6, 1), "Opvoedgroep: tweede begeleider", {
        recurMonths: recur(3),
      });
      b.units(
        REF,
        b.projected(1),
        "Jeugdhulp",
        participants * rng.step(2, 3, 0.5),
        "JEUGDHULP_AMBULANT_UUR",
        "Zonder groep: ambulante opvoedondersteuning per gezin",
        { recurMonths: 3 },
      );
      break;
    }
    case "LONELINESS": {
      const broker = b.worker(
        [
          { roles: [R.SOCIAL_BROKER, R.COMMUNITY_WORKER] },
          { roles: [R.WELFARE_COACH, R.NEIGHBOURHOOD_TEAM_WORKER] },
        ],
        R.COMMUNITY_WORKER,
      );
      b.hours(
        I,
        b.row.openedOn,
        broker,
        rng.step(3, 6, 0.5),
        "Ontmoetingsgroep opzetten met bewoners",
        { arrangement },
      );
      b.hours(
        I,
        b.at(1),
        broker,
        rng.step(4, 8, 1),
        "Ontmoetingsgroep en buurtnetwerk begeleiden",
        {
          recurMonths: recur(4),
          arrangement,
        },
      );
      b.hours(
        I,
        b.at(1),
        role(R.VOLUNTEER),
        rng.step(8, 16, 2),
        "Vrijwilligers van het buurthuis",
        { recurMonths: recur(4) },
      );
      b.hours(
        REF,
        b.projected(1),
        role(R.WELFARE_COACH),
        participants * rng.step(1, 1.5, 0.5),
        "Zonder groep: individuele gesprekken met de welzijnscoach",
        {
          recurMonths: 3,
        },
      );
      if (success !== "NONE")
        b.valued(
          b.projected(3),
          "Minder eenzaam: deelnemers zonder eigen hulpvraag",
          "EENZAAMHEID_VERMINDERD",
          rng.int(3, 8),
          {
            durationYears: 1,
            deadweight: rng.fraction(0.3, 0.4),
            attribution: rng.fraction(0.4, 0.5),
            dropOff: "0.50",
            evidence: EVIDENCE.group,
          },
        );
      break;
    }
    case "POVERTY_TABLE": {
      const organiser = b.worker(
        [
          { roles: [R.COMMUNITY_WORKER, R.SOCIAL_BROKER] },
          { roles: [R.NEIGHBOURHOOD_TEAM_WORKER, R.SOCIAL_WORKER, R.WMO_CONSULTANT] },
        ],
        R.COMMUNITY_WORKER,
      );
      const housing = b.worker([{ roles: [R.HOUSING_CONSULTANT] }], R.HOUSING_CONSULTANT);
      b.hours(
        I,
        b.at(0),
        organiser,
        rng.step(4, 8, 1),
        "Signaaltafel: signalen bundelen en afspraken maken",
        {
          recurMonths: recur(6),
          arrangement,
        },
      );
      b.hours(
        I,
        b.at(0),
        housing,
        rng.step(1, 2, 0.5),
        "Signaaltafel: woonconsulent van de corporatie",
        {
          recurMonths: recur(6),
          arrangement,
        },
      );
      const households = rng.int(1, 3);
      eviction(b, REF, b.projected(rng.int(4, 8)), households);
      const remaining =
        success === "GOOD" ? 0 : success === "PARTIAL" ? households - 1 : households;
      if (remaining > 0) eviction(b, I, b.projected(rng.int(4, 8)), remaining);
      if (success !== "NONE")
        b.note(
          I,
          b.projected(2),
          "Afspraak over vroegsignalering van huurachterstand met de corporatie",
        );
      break;
    }
    default:
      break;
  }
  return b.row;
}

/** Opening days spread over the period, the same for the same generator. */
export function openingDay(rng: Random, from: string, days: number): string {
  return addDays(from, rng.int(0, Math.max(0, days - 1)));
}
