import { CareLayer, ProvisionAccess, ProvisionKind, RingTag } from "../../schema/quadrant-enums";

/**
 * The published examples of DOMAIN.md, placed in Model A (x individueel − … collectief +,
 * y informeel − … formeel +) and in the network quadrant (x hulpvragen − … kwesties +,
 * y sociaal − … institutioneel netwerk +). Points are illustrative positions on −15…15.
 */
interface SeedProvision {
  name: string;
  description: string;
  kind: ProvisionKind;
  access: ProvisionAccess;
  careLayer: CareLayer;
  ringTags: RingTag[];
  modelA: [number, number];
  modelB: [number, number];
  /** District overrides in Model A: the same provision sits elsewhere in that district. */
  overridesA?: Record<string, [number, number]>;
}

const { GENERAL, TAILORED, COLLECTIVE, PRIOR, CIVIL_SOCIETY } = ProvisionKind;
const { NONE, BESCHIKKING, INDICATIE, OTHER_TEST } = ProvisionAccess;
const { ZERO_LINE, FIRST_LINE, SECOND_LINE } = CareLayer;
const { NETWORK_STRENGTHENING, PREVENTION, OWN_STRENGTH } = RingTag;

export const demoProvisions: SeedProvision[] = [
  // Model A top left: formal, individual
  {
    name: "Huisarts",
    description: "Huisartsenzorg (Zvw).",
    kind: PRIOR,
    access: NONE,
    careLayer: FIRST_LINE,
    ringTags: [],
    modelA: [-12, 12],
    modelB: [-10, 8],
  },
  {
    name: "Specialistische GGZ",
    description: "Geestelijke gezondheidszorg na verwijzing (Zvw).",
    kind: PRIOR,
    access: INDICATIE,
    careLayer: SECOND_LINE,
    ringTags: [],
    modelA: [-13, 13],
    modelB: [-11, 11],
  },
  {
    name: "Wijkverpleging",
    description: "Verpleging en verzorging thuis (Zvw).",
    kind: PRIOR,
    access: INDICATIE,
    careLayer: FIRST_LINE,
    ringTags: [PREVENTION],
    modelA: [-10, 10],
    modelB: [-8, 6],
  },
  {
    name: "Jeugdhulp",
    description: "Jeugdhulp met beschikking (Jeugdwet).",
    kind: TAILORED,
    access: BESCHIKKING,
    careLayer: SECOND_LINE,
    ringTags: [],
    modelA: [-11, 12],
    modelB: [-10, 10],
  },
  {
    name: "Hulp bij het huishouden",
    description: "Huishoudelijke ondersteuning (Wmo-maatwerkvoorziening).",
    kind: TAILORED,
    access: BESCHIKKING,
    careLayer: FIRST_LINE,
    ringTags: [],
    modelA: [-9, 9],
    modelB: [-9, 9],
  },
  {
    name: "Schuldhulpverlening",
    description: "Schuldhulp via de gemeente (Wgs).",
    kind: TAILORED,
    access: OTHER_TEST,
    careLayer: FIRST_LINE,
    ringTags: [],
    modelA: [-10, 11],
    modelB: [-11, 12],
  },
  // Model A top right: formal, collective
  {
    name: "Welzijn op Recept",
    description: "De huisarts verwijst naar welzijnsactiviteiten in de wijk.",
    kind: GENERAL,
    access: OTHER_TEST,
    careLayer: FIRST_LINE,
    ringTags: [PREVENTION, NETWORK_STRENGTHENING],
    modelA: [5, 6],
    modelB: [4, -3],
    overridesA: { Stadshagen: [6, 2] },
  },
  {
    name: "Beweegmakelaar",
    description: "Verbindt inwoners met sport en bewegen in de wijk.",
    kind: GENERAL,
    access: NONE,
    careLayer: FIRST_LINE,
    ringTags: [PREVENTION],
    modelA: [8, 7],
    modelB: [6, -2],
  },
  {
    name: "Sociaal makelaar",
    description: "Brengt bewoners, initiatieven en organisaties samen.",
    kind: GENERAL,
    access: NONE,
    careLayer: FIRST_LINE,
    ringTags: [NETWORK_STRENGTHENING],
    modelA: [10, 5],
    modelB: [9, -5],
  },
  {
    name: "GGZ-inloop",
    description: "Vrij toegankelijke inloop voor mensen met psychische kwetsbaarheid.",
    kind: GENERAL,
    access: NONE,
    careLayer: FIRST_LINE,
    ringTags: [NETWORK_STRENGTHENING],
    modelA: [6, 8],
    modelB: [4, -2],
  },
  {
    name: "Repaircafé",
    description: "Samen spullen repareren, met vrijwilligers.",
    kind: GENERAL,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [NETWORK_STRENGTHENING],
    modelA: [7, 3],
    modelB: [8, -8],
    overridesA: { Overvecht: [7, -4] },
  },
  {
    name: "Budgetcursus in groep",
    description: "Groepscursus omgaan met geld, naast individuele schuldhulp.",
    kind: COLLECTIVE,
    access: NONE,
    careLayer: FIRST_LINE,
    ringTags: [PREVENTION, OWN_STRENGTH],
    modelA: [6, 9],
    modelB: [3, 5],
  },
  {
    name: "Signaaltafel armoede",
    description:
      "Wijkteam, gemeente en corporatie bespreken collectieve kwesties en knellende regels.",
    kind: GENERAL,
    access: NONE,
    careLayer: FIRST_LINE,
    ringTags: [PREVENTION],
    modelA: [9, 11],
    modelB: [10, 12],
  },
  // Model A bottom right: informal, collective
  {
    name: "Bewonershuis",
    description: "Buurthuis in beheer van bewoners.",
    kind: CIVIL_SOCIETY,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [NETWORK_STRENGTHENING],
    modelA: [10, -10],
    modelB: [11, -10],
  },
  {
    name: "Zorgcoöperatie",
    description: "Bewoners organiseren samen zorg en ondersteuning.",
    kind: CIVIL_SOCIETY,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [OWN_STRENGTH, NETWORK_STRENGTHENING],
    modelA: [8, -8],
    modelB: [7, -9],
  },
  {
    name: "Buurtmoestuin",
    description: "Gezamenlijke moestuin van buurtbewoners.",
    kind: CIVIL_SOCIETY,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [NETWORK_STRENGTHENING],
    modelA: [12, -12],
    modelB: [12, -12],
  },
  // Model A bottom left: informal, individual
  {
    name: "Mantelzorg",
    description: "Informele zorg door naasten, met mantelzorgondersteuning.",
    kind: CIVIL_SOCIETY,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [OWN_STRENGTH],
    modelA: [-12, -12],
    modelB: [-12, -12],
  },
  {
    name: "Maatjesproject",
    description: "Een vrijwilliger als maatje voor één inwoner.",
    kind: CIVIL_SOCIETY,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [NETWORK_STRENGTHENING],
    modelA: [-9, -7],
    modelB: [-9, -9],
  },
  {
    name: "Eigen Kracht-conferentie",
    description: "Familie en netwerk maken zelf een plan.",
    kind: GENERAL,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [OWN_STRENGTH],
    modelA: [-8, -10],
    modelB: [-10, -6],
  },
  {
    name: "Herstelgroep",
    description: "Lotgenoten werken samen aan herstel.",
    kind: CIVIL_SOCIETY,
    access: NONE,
    careLayer: ZERO_LINE,
    ringTags: [OWN_STRENGTH],
    modelA: [-5, -8],
    modelB: [-4, -8],
  },
];
