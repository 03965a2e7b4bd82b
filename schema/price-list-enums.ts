import { registerEnumType } from "type-graphql";

export enum PriceListStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(PriceListStatus, {
  name: "PriceListStatus",
  description:
    "DRAFT (concept): items may still change; PUBLISHED (vastgesteld): immutable, changes go to a new version.",
});

export enum PriceUnit {
  HOUR = "HOUR",
  DAY_PART = "DAY_PART",
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
  YEAR = "YEAR",
  EVENT = "EVENT",
  SESSION = "SESSION",
  CONTACT = "CONTACT",
  PLACEMENT = "PLACEMENT",
  TRAJECTORY = "TRAJECTORY",
  PERSON = "PERSON",
}
registerEnumType(PriceUnit, {
  name: "PriceUnit",
  description: "What one unit of a price item is (eenheid).",
  valuesConfig: {
    HOUR: { description: "uur" },
    DAY_PART: { description: "dagdeel" },
    DAY: { description: "dag (etmaal)" },
    WEEK: { description: "week" },
    MONTH: { description: "maand" },
    YEAR: { description: "jaar" },
    EVENT: { description: "gebeurtenis (keer): an eviction, an arrest, an emergency visit" },
    SESSION: { description: "sessie, bijeenkomst" },
    CONTACT: { description: "contact, consult" },
    PLACEMENT: { description: "plaatsing (e.g. an out-of-home placement)" },
    TRAJECTORY: { description: "traject (a whole trajectory)" },
    PERSON: { description: "persoon" },
  },
});

export enum ConfidenceGrade {
  A = "A",
  B = "B",
  C = "C",
}
registerEnumType(ConfidenceGrade, {
  name: "ConfidenceGrade",
  description:
    "Confidence in a price or proxy (betrouwbaarheid), drives the optimism-bias uplift: A audited or recent local data, B national figures or older data, C estimate or expert judgement.",
  valuesConfig: {
    A: { description: "Audited or recent local data" },
    B: { description: "National figures or older data" },
    C: { description: "Estimate or expert judgement" },
  },
});
