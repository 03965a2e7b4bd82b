import { StakeholderKind } from "../../schema/organisation-enums";
import { ConfidenceGrade, PriceUnit } from "../../schema/price-list-enums";
import { ValueType } from "../../schema/registration-enums";
import type { standardStakeholders } from "./organisations";

/** The code of one of the standard demo stakeholders (GEM_WMO, ZVW, WOCO …). */
export type DemoStakeholderCode = (typeof standardStakeholders)[number]["code"];

/**
 * One item of the demo social price list (maatschappelijke prijslijst): a unit price in whole
 * euro cents in its price year, the stakeholder who bears it, its value type and confidence.
 */
interface DemoPriceItem {
  code: string;
  name: string;
  unit: PriceUnit;
  priceCents: number;
  priceYear: number;
  source: string;
  bearerKind: StakeholderKind;
  stakeholderCode: DemoStakeholderCode;
  valueType: ValueType;
  grade: ConfidenceGrade;
}

const { HOUR, DAY_PART, DAY, MONTH, YEAR, EVENT, CONTACT, TRAJECTORY, PERSON } = PriceUnit;
const { FISCAL, ECONOMIC, SOCIAL } = ValueType;
const { B, C } = ConfidenceGrade;
const K = StakeholderKind;

/** A price borne by a stakeholder: its kind and its demo code always go together. */
const WMO = { bearerKind: K.MUNICIPALITY_WMO, stakeholderCode: "GEM_WMO" } as const;
const JEUGD = { bearerKind: K.MUNICIPALITY_YOUTH, stakeholderCode: "GEM_JEUGD" } as const;
const PW = { bearerKind: K.MUNICIPALITY_PARTICIPATION, stakeholderCode: "GEM_PW" } as const;
const ZVW = { bearerKind: K.HEALTH_INSURER, stakeholderCode: "ZVW" } as const;
const WOCO = { bearerKind: K.HOUSING_CORPORATION, stakeholderCode: "WOCO" } as const;
const POLITIE = { bearerKind: K.POLICE_JUSTICE, stakeholderCode: "POLITIE_JUSTITIE" } as const;
const ONDERWIJS = { bearerKind: K.EDUCATION, stakeholderCode: "ONDERWIJS" } as const;
const INWONER = { bearerKind: K.RESIDENT, stakeholderCode: "INWONER" } as const;

/**
 * The demo price list that the effect calculator prices the demo cases with. Figures are
 * rounded, plausible Dutch prices at 2024 price level; every source says where a figure comes
 * from and whether it is an estimate. Grade B: national or regional tariffs and benchmarks;
 * grade C: estimates, indicative figures and social proxies — exactly the items whose source
 * says "schatting" or "indicatief". No figure is audited local data, so none is grade A.
 */
export const demoPriceItems: readonly DemoPriceItem[] = [
  // Professional hours (inzet professionals)
  {
    code: "UUR_BUURTTEAM_SOCIAAL",
    name: "Uur buurtteamwerker (buurtteam Sociaal, wijkteam)",
    unit: HOUR,
    priceCents: 8700,
    priceYear: 2024,
    source:
      "Integraal uurtarief sociaal werker: loonkosten cao Sociaal Werk schaal 8–9 plus overhead en niet-cliëntgebonden tijd, gemeentelijke subsidieberekening, afgerond",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_BUURTTEAM_JEUGD",
    name: "Uur buurtteamwerker Jeugd en Gezin",
    unit: HOUR,
    priceCents: 9200,
    priceYear: 2024,
    source:
      "Integraal uurtarief jeugdprofessional in het buurtteam (hbo, schaal 9 plus overhead), gemeentelijke subsidieberekening, afgerond",
    ...JEUGD,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_MAATSCHAPPELIJK_WERK",
    name: "Uur maatschappelijk werker",
    unit: HOUR,
    priceCents: 8200,
    priceYear: 2024,
    source:
      "Gemeentelijk subsidietarief algemeen maatschappelijk werk per uur, regionaal gemiddelde",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_SCHULDHULPVERLENER",
    name: "Uur schuldhulpverlener",
    unit: HOUR,
    priceCents: 8800,
    priceYear: 2024,
    source:
      "Regionaal inkooptarief schuldhulpverlening per uur (Wet gemeentelijke schuldhulpverlening, betaald uit het inkomensdomein)",
    ...PW,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_WIJKVERPLEGING",
    name: "Uur wijkverpleging",
    unit: HOUR,
    priceCents: 8450,
    priceYear: 2024,
    source: "NZa-tarief wijkverpleging 2024 (prestatie verpleging), maximumtarief afgerond",
    ...ZVW,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_SOCIAAL_MAKELAAR",
    name: "Uur sociaal makelaar",
    unit: HOUR,
    priceCents: 7200,
    priceYear: 2024,
    source: "Uurtarief welzijnswerk (sociaal makelaar), gemeentelijke subsidieberekening",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_OPBOUWWERKER",
    name: "Uur opbouwwerker",
    unit: HOUR,
    priceCents: 7400,
    priceYear: 2024,
    source: "Uurtarief opbouwwerk, gemeentelijke subsidieberekening",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_WMO_CONSULENT",
    name: "Uur Wmo-consulent",
    unit: HOUR,
    priceCents: 7800,
    priceYear: 2024,
    source:
      "Loonkosten Wmo-consulent (cao Gemeenten schaal 9) plus overhead, per productief uur, afgerond",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_WELZIJNSCOACH",
    name: "Uur welzijnscoach",
    unit: HOUR,
    priceCents: 6800,
    priceYear: 2024,
    source: "Uurtarief welzijnscoach van de welzijnsorganisatie, gemeentelijke subsidieberekening",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_JONGERENWERKER",
    name: "Uur jongerenwerker",
    unit: HOUR,
    priceCents: 7000,
    priceYear: 2024,
    source: "Uurtarief jongerenwerk, gemeentelijke subsidieberekening",
    ...JEUGD,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "UUR_WIJKAGENT",
    name: "Uur wijkagent",
    unit: HOUR,
    priceCents: 9500,
    priceYear: 2024,
    source: "Integrale kosten per uur politie-inzet, schatting uit loonkosten en overhead",
    ...POLITIE,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "UUR_WOONCONSULENT",
    name: "Uur woonconsulent corporatie",
    unit: HOUR,
    priceCents: 7000,
    priceYear: 2024,
    source: "Uurkosten woonconsulent van de corporatie (schatting)",
    ...WOCO,
    valueType: FISCAL,
    grade: C,
  },
  // Provisions (voorzieningen)
  {
    code: "HH_UUR",
    name: "Huishoudelijke ondersteuning (Wmo), per uur",
    unit: HOUR,
    priceCents: 3450,
    priceYear: 2024,
    source:
      "Gemeentelijk tarief Wmo huishoudelijke ondersteuning 2024 (reële kostprijs volgens de AMvB), regionaal gemiddelde",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "DAGBESTEDING_DAGDEEL",
    name: "Dagbesteding (Wmo), per dagdeel",
    unit: DAY_PART,
    priceCents: 4500,
    priceYear: 2024,
    source: "Regionaal inkooptarief Wmo-dagbesteding per dagdeel, afgerond",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "JEUGDHULP_AMBULANT_UUR",
    name: "Ambulante jeugdhulp, per uur",
    unit: HOUR,
    priceCents: 10500,
    priceYear: 2024,
    source: "Regionaal inkooptarief ambulante specialistische jeugdhulp (Jeugdwet), afgerond",
    ...JEUGD,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "JEUGD_UITHUISPLAATSING_DAG",
    name: "Uithuisplaatsing jeugd (residentieel of gezinshuis), per etmaal",
    unit: DAY,
    priceCents: 24500,
    priceYear: 2024,
    source:
      "Regionaal inkooptarief residentiële jeugdhulp en gezinshuizen, gemiddeld etmaaltarief, afgerond",
    ...JEUGD,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "GGZ_TRAJECT",
    name: "Behandeltraject specialistische GGZ",
    unit: TRAJECTORY,
    priceCents: 480000,
    priceYear: 2024,
    source:
      "Gemiddelde kosten per behandeltraject specialistische GGZ (Zvw), grove schatting uit landelijke declaratiecijfers",
    ...ZVW,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "BESCHERMD_WONEN_DAG",
    name: "Beschermd wonen (Wmo), per etmaal",
    unit: DAY,
    priceCents: 15500,
    priceYear: 2024,
    source: "Tarief beschermd wonen van de centrumgemeente, middelzwaar profiel, afgerond",
    ...WMO,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "SCHULDHULPTRAJECT",
    name: "Schuldhulpverleningstraject (Wgs), per traject",
    unit: TRAJECTORY,
    priceCents: 300000,
    priceYear: 2024,
    source:
      "Kengetal kosten schuldhulptraject inclusief stabilisatie en schuldregeling, schatting uit gemeentelijke benchmarks",
    ...PW,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "BUDGETCURSUS_DEELNAME",
    name: "Budgetcursus in groep, per deelnemer",
    unit: PERSON,
    priceCents: 35000,
    priceYear: 2024,
    source:
      "Eigen kostprijsberekening: acht bijeenkomsten, twee trainers, tien deelnemers, materiaal en zaalhuur (schatting)",
    ...WMO,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "MAATJE_MAAND",
    name: "Maatjestraject (vrijwillige buddy), per maand",
    unit: MONTH,
    priceCents: 6000,
    priceYear: 2024,
    source:
      "Kosten werving, koppeling en begeleiding van vrijwilligers per maatjeskoppeling per maand (schatting uit subsidieaanvraag)",
    ...WMO,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "WOR_TRAJECT",
    name: "Welzijn op Recept, per verwezen deelnemer",
    unit: TRAJECTORY,
    priceCents: 30000,
    priceYear: 2024,
    source:
      "Kostprijs Welzijn op Recept per verwezen deelnemer: gesprekken welzijnscoach en deelname aan activiteiten (schatting)",
    ...WMO,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "ZORGCOOP_MAAND",
    name: "Ondersteuning via de zorgcoöperatie, per deelnemer per maand",
    unit: MONTH,
    priceCents: 2500,
    priceYear: 2024,
    source: "Gemeentelijke bijdrage aan de zorgcoöperatie per deelnemer per maand (schatting)",
    ...WMO,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "HUISARTS_CONSULT",
    name: "Huisartsconsult (regulier, tot 20 minuten)",
    unit: CONTACT,
    priceCents: 1250,
    priceYear: 2024,
    source: "NZa-tarief huisartsconsult 2024, afgerond",
    ...ZVW,
    valueType: FISCAL,
    grade: B,
  },
  // Life events (levensgebeurtenissen) and valued outcomes (maatschappelijke opbrengsten)
  {
    code: "SEH_BEZOEK",
    name: "Bezoek spoedeisende hulp",
    unit: EVENT,
    priceCents: 32000,
    priceYear: 2024,
    source: "Kengetal gemiddelde kosten van een SEH-bezoek (Zvw), afgerond",
    ...ZVW,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "HUISUITZETTING",
    name: "Huisuitzetting",
    unit: EVENT,
    priceCents: 650000,
    priceYear: 2024,
    source:
      "Kosten huisuitzetting voor de corporatie (huurderving, ontruiming, opslag, incasso), Aedes/Deloitte (indicatief)",
    ...WOCO,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "MO_MAAND",
    name: "Maatschappelijke opvang, per maand",
    unit: MONTH,
    priceCents: 240000,
    priceYear: 2024,
    source:
      "Kengetal maatschappelijke opvang per persoon per maand (circa tachtig euro per nacht), gemeentelijk tarief (indicatief)",
    ...WMO,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "POLITIE_INCIDENT",
    name: "Politie-inzet bij een incident (overlast, huiselijk geweld)",
    unit: EVENT,
    priceCents: 120000,
    priceYear: 2024,
    source: "Kengetal politie-inzet per incident inclusief afhandeling, MKBA-kengetal (indicatief)",
    ...POLITIE,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "UITKERING_PW_MAAND",
    name: "Uitkering Participatiewet (bijstand), per maand",
    unit: MONTH,
    priceCents: 140000,
    priceYear: 2024,
    source:
      "CBS/CPB kengetal uitkering Participatiewet per jaar (bijstandsnorm plus uitvoeringskosten), omgerekend naar een maand",
    ...PW,
    valueType: FISCAL,
    grade: B,
  },
  {
    code: "WERK_GEVONDEN_JAAR",
    name: "Betaald werk gevonden: extra netto inkomen, per persoon per jaar",
    unit: YEAR,
    priceCents: 650000,
    priceYear: 2024,
    source:
      "Verschil tussen netto inkomen uit een baan op minimumloon en de bijstandsnorm, per jaar (schatting)",
    ...INWONER,
    valueType: ECONOMIC,
    grade: C,
  },
  {
    code: "VSV_GEBEURTENIS",
    name: "Voortijdig schoolverlaten",
    unit: EVENT,
    priceCents: 800000,
    priceYear: 2024,
    source:
      "Extra kosten van onderwijs, RMC-begeleiding en herstarttraject per voortijdig schoolverlater, Werkwijzer MKBA sociaal domein, kengetal (schatting)",
    ...ONDERWIJS,
    valueType: FISCAL,
    grade: C,
  },
  {
    code: "EENZAAMHEID_VERMINDERD",
    name: "Eenzaamheid verminderd (welzijnswaarde), per persoon per jaar",
    unit: YEAR,
    priceCents: 300000,
    priceYear: 2024,
    source:
      "Sociale proxy voor minder eenzaamheid, Werkwijzer MKBA sociaal domein, kengetal (schatting)",
    ...INWONER,
    valueType: SOCIAL,
    grade: C,
  },
  {
    code: "VRIJWILLIGERSWERK_JAAR",
    name: "Vrijwilligerswerk gestart (welzijnswaarde), per persoon per jaar",
    unit: YEAR,
    priceCents: 150000,
    priceYear: 2024,
    source:
      "Sociale proxy voor deelname aan vrijwilligerswerk, Werkwijzer MKBA sociaal domein, kengetal (schatting)",
    ...INWONER,
    valueType: SOCIAL,
    grade: C,
  },
  {
    code: "SCHULDEN_STABIEL",
    name: "Schulden gestabiliseerd: minder financiële stress, per persoon per jaar",
    unit: YEAR,
    priceCents: 180000,
    priceYear: 2024,
    source: "Sociale proxy voor minder financiële stress na stabilisatie van schulden (schatting)",
    ...INWONER,
    valueType: SOCIAL,
    grade: C,
  },
];

/** The demo price items by code. */
export const demoPriceItemByCode: ReadonlyMap<string, DemoPriceItem> = new Map(
  demoPriceItems.map((item) => [item.code, item]),
);

/** The price item with this code; throws on an unknown code (a mistake in the demo data). */
export function demoPriceItem(code: string): DemoPriceItem {
  const item = demoPriceItemByCode.get(code);
  if (!item) throw new Error(`no demo price item with code ${code}`);
  return item;
}
