import { registerEnumType } from "type-graphql";

export enum QuadrantPosition {
  TOP_LEFT = "TOP_LEFT",
  TOP_RIGHT = "TOP_RIGHT",
  BOTTOM_RIGHT = "BOTTOM_RIGHT",
  BOTTOM_LEFT = "BOTTOM_LEFT",
}
registerEnumType(QuadrantPosition, {
  name: "QuadrantPosition",
  description: "Where a quadrant lies: x negative is left, y negative is bottom.",
});

export enum ProvisionKind {
  GENERAL = "GENERAL",
  TAILORED = "TAILORED",
  COLLECTIVE = "COLLECTIVE",
  PRIOR = "PRIOR",
  CIVIL_SOCIETY = "CIVIL_SOCIETY",
}
registerEnumType(ProvisionKind, {
  name: "ProvisionKind",
  description: "Kind of provision (soort voorziening).",
  valuesConfig: {
    GENERAL: { description: "Algemene voorziening, free access" },
    TAILORED: { description: "Maatwerkvoorziening, needs a beschikking" },
    COLLECTIVE: { description: "Collectieve voorziening, for a group with shared traits" },
    PRIOR: { description: "Voorliggende voorziening, under another law (Zvw, Wlz, UWV)" },
    CIVIL_SOCIETY: { description: "Civil society: clubs, churches, resident initiatives" },
  },
});

export enum ProvisionAccess {
  NONE = "NONE",
  BESCHIKKING = "BESCHIKKING",
  INDICATIE = "INDICATIE",
  OTHER_TEST = "OTHER_TEST",
}
registerEnumType(ProvisionAccess, {
  name: "ProvisionAccess",
  description: "What gives access (toegang): nothing, a beschikking, an indicatie or another test.",
});

export enum CareLayer {
  ZERO_LINE = "ZERO_LINE",
  FIRST_LINE = "FIRST_LINE",
  SECOND_LINE = "SECOND_LINE",
}
registerEnumType(CareLayer, {
  name: "CareLayer",
  description: "Care layer (echelon).",
  valuesConfig: {
    ZERO_LINE: { description: "Nulde lijn: civil society, informal" },
    FIRST_LINE: { description: "Eerste lijn: generalist, accessible" },
    SECOND_LINE: { description: "Tweede lijn: specialist" },
  },
});

export enum RingTag {
  NETWORK_STRENGTHENING = "NETWORK_STRENGTHENING",
  PREVENTION = "PREVENTION",
  OWN_STRENGTH = "OWN_STRENGTH",
}
registerEnumType(RingTag, {
  name: "RingTag",
  description:
    "The concepts around the quadrant model that apply in every quadrant: netwerkversterking, preventie, eigen kracht.",
});

export enum PositionSubject {
  SELF = "SELF",
  TEAM = "TEAM",
}
registerEnumType(PositionSubject, {
  name: "PositionSubject",
  description: "Whose position the button marks: the respondent's own, or the team's.",
});

export enum PositionHorizon {
  CURRENT = "CURRENT",
  DESIRED = "DESIRED",
}
registerEnumType(PositionHorizon, {
  name: "PositionHorizon",
  description: "Now (huidig) or desired (gewenst).",
});

export enum PositionGrouping {
  NONE = "NONE",
  TEAM = "TEAM",
  SPECIALISM = "SPECIALISM",
}
registerEnumType(PositionGrouping, {
  name: "PositionGrouping",
  description:
    "How to group a survey summary; with SPECIALISM a respondent with several specialisms counts in each.",
});
