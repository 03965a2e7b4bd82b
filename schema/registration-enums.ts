import { registerEnumType } from "type-graphql";

export enum CollectiveGoal {
  CONNECT_REQUESTS = "CONNECT_REQUESTS",
  BASIC_PROVISIONS_PREVENTION = "BASIC_PROVISIONS_PREVENTION",
  SYSTEM_ISSUES = "SYSTEM_ISSUES",
}
registerEnumType(CollectiveGoal, {
  name: "CollectiveGoal",
  description: "Goal of collective work (doel van collectief werken, Viaa Zwolle).",
  valuesConfig: {
    CONNECT_REQUESTS: { description: "Bundle individual help requests into a collective offer" },
    BASIC_PROVISIONS_PREVENTION: {
      description: "Link to basic provisions in the district; prevention",
    },
    SYSTEM_ISSUES: { description: "Tackle system or societal causes" },
  },
});

export enum ArrangementForm {
  GROUP_OFFER = "GROUP_OFFER",
  REFER_TO_EXISTING = "REFER_TO_EXISTING",
  CONNECT_PEOPLE = "CONNECT_PEOPLE",
  INDIVIDUAL_SUPPORT = "INDIVIDUAL_SUPPORT",
  MIXED = "MIXED",
}
registerEnumType(ArrangementForm, {
  name: "ArrangementForm",
  description: "Form of an arrangement (werkvorm).",
  valuesConfig: {
    GROUP_OFFER: { description: "Develop a group offer from similar requests" },
    REFER_TO_EXISTING: { description: "Refer similar requests to existing collective provisions" },
    CONNECT_PEOPLE: { description: "Connect residents to each other" },
    INDIVIDUAL_SUPPORT: { description: "Individual support" },
    MIXED: { description: "Collective where possible, individual where needed" },
  },
});

export enum CaseKind {
  HELP_REQUEST = "HELP_REQUEST",
  COLLECTIVE_ISSUE = "COLLECTIVE_ISSUE",
}
registerEnumType(CaseKind, {
  name: "CaseKind",
  description:
    "A help request (hulpvraag) of one resident or household, or a collective issue (kwestie).",
});

export enum ProblemDomain {
  INCOME_DEBTS = "INCOME_DEBTS",
  HOUSING = "HOUSING",
  WORK_DAYTIME = "WORK_DAYTIME",
  PHYSICAL_HEALTH = "PHYSICAL_HEALTH",
  MENTAL_HEALTH = "MENTAL_HEALTH",
  ADDICTION = "ADDICTION",
  PARENTING = "PARENTING",
  SOCIAL_NETWORK = "SOCIAL_NETWORK",
  SAFETY = "SAFETY",
}
registerEnumType(ProblemDomain, {
  name: "ProblemDomain",
  description: "Life domain (leefgebied).",
  valuesConfig: {
    INCOME_DEBTS: { description: "Inkomen en schulden" },
    HOUSING: { description: "Huisvesting" },
    WORK_DAYTIME: { description: "Werk en dagbesteding" },
    PHYSICAL_HEALTH: { description: "Lichamelijke gezondheid" },
    MENTAL_HEALTH: { description: "Geestelijke gezondheid" },
    ADDICTION: { description: "Verslaving" },
    PARENTING: { description: "Opvoeding" },
    SOCIAL_NETWORK: { description: "Sociaal netwerk" },
    SAFETY: { description: "Veiligheid" },
  },
});

export enum Scenario {
  INTERVENTION = "INTERVENTION",
  REFERENCE = "REFERENCE",
}
registerEnumType(Scenario, {
  name: "Scenario",
  description:
    "INTERVENTION: what happened with the team's approach; REFERENCE: what would have happened without it.",
});

export enum ValueType {
  FISCAL = "FISCAL",
  ECONOMIC = "ECONOMIC",
  SOCIAL = "SOCIAL",
}
registerEnumType(ValueType, {
  name: "ValueType",
  description:
    "FISCAL: a public budget; ECONOMIC: income or production; SOCIAL: wellbeing with a monetary proxy.",
});

export enum ImportKind {
  CASES = "CASES",
  ACTIVITIES = "ACTIVITIES",
  OUTCOMES = "OUTCOMES",
}
registerEnumType(ImportKind, {
  name: "ImportKind",
  description: "What a registration file holds.",
});

export enum ImportStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}
registerEnumType(ImportStatus, {
  name: "ImportStatus",
  description: "FAILED: nothing was written (see the problems); SUCCEEDED: every row was written.",
});
