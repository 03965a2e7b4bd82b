import { registerEnumType } from "type-graphql";

export enum DistrictKind {
  WIJK = "WIJK",
  BUURT = "BUURT",
  ZONE = "ZONE",
}
registerEnumType(DistrictKind, {
  name: "DistrictKind",
  description:
    "Kind of district: wijk, buurt, or zone (a zone holds 1–3 wijken, as in Nieuwegein).",
});

export enum TeamType {
  SOCIAL = "SOCIAL",
  YOUTH_AND_FAMILY = "YOUTH_AND_FAMILY",
  SOCIAL_BROKER = "SOCIAL_BROKER",
  LINK_TEAM = "LINK_TEAM",
  GENERALIST = "GENERALIST",
  OTHER = "OTHER",
}
registerEnumType(TeamType, {
  name: "TeamType",
  description: "Team type (teamtype).",
  valuesConfig: {
    SOCIAL: { description: "Buurtteam Sociaal (also Krachtig/Kracht)" },
    YOUTH_AND_FAMILY: { description: "Buurtteam Jeugd en Gezin" },
    SOCIAL_BROKER: { description: "Sociaal makelaar team" },
    LINK_TEAM: { description: "Schakelteam" },
    GENERALIST: { description: "Generalist wijkteam / gebiedsteam" },
    OTHER: { description: "Another team type" },
  },
});

export enum TeamPrototype {
  TEAM_MODEL = "TEAM_MODEL",
  FRONT_BACK_OFFICE = "FRONT_BACK_OFFICE",
  NETWORK_MODEL = "NETWORK_MODEL",
}
registerEnumType(TeamPrototype, {
  name: "TeamPrototype",
  description: "Organisational prototype of a neighbourhood team.",
  valuesConfig: {
    TEAM_MODEL: { description: "Mandated, self-standing team (teammodel; Utrecht)" },
    FRONT_BACK_OFFICE: {
      description:
        "Shared back office behind the Wmo-loket (front/back office; Wijk bij Duurstede)",
    },
    NETWORK_MODEL: {
      description: "Netwerkoverleg of professionals who stay in their own organisations (Zeist)",
    },
  },
});

export enum TeamDomain {
  SOCIAL_AID = "SOCIAL_AID",
  CARE_PHYSICAL = "CARE_PHYSICAL",
  COMMUNITY_PARTICIPATION = "COMMUNITY_PARTICIPATION",
  INFORMAL_NETWORKS = "INFORMAL_NETWORKS",
}
registerEnumType(TeamDomain, {
  name: "TeamDomain",
  description: "Breadth (breedte): a domain a team covers.",
  valuesConfig: {
    SOCIAL_AID: { description: "Hulpverlening / sociaal" },
    CARE_PHYSICAL: { description: "Zorg / fysiek" },
    COMMUNITY_PARTICIPATION: { description: "Samenleving / participatie" },
    INFORMAL_NETWORKS: { description: "Informele verbanden" },
  },
});

export enum TeamTask {
  SIGNALLING = "SIGNALLING",
  ACCESS = "ACCESS",
  PREVENTION = "PREVENTION",
  SUPPORT = "SUPPORT",
}
registerEnumType(TeamTask, {
  name: "TeamTask",
  description: "Depth (diepte): a task the team does itself.",
  valuesConfig: {
    SIGNALLING: { description: "Signaleren" },
    ACCESS: { description: "Toegang: beschikkingen, indicaties" },
    PREVENTION: { description: "Preventie" },
    SUPPORT: { description: "Hulpverlening" },
  },
});

export enum FundingForm {
  REGULAR_BUDGET = "REGULAR_BUDGET",
  PROJECT = "PROJECT",
  CO_FINANCING = "CO_FINANCING",
  POPULATION_BASED = "POPULATION_BASED",
  DISTRICT_BUDGET = "DISTRICT_BUDGET",
}
registerEnumType(FundingForm, {
  name: "FundingForm",
  description: "How the team is funded (financieringsvorm).",
  valuesConfig: {
    REGULAR_BUDGET: { description: "Reguliere begroting" },
    PROJECT: { description: "Projectfinanciering" },
    CO_FINANCING: {
      description:
        "Cofinanciering: organisations give hours, the municipality pays the coordinator",
    },
    POPULATION_BASED: { description: "Populatiegebonden financiering" },
    DISTRICT_BUDGET: { description: "Wijkbudget" },
  },
});

export enum MemberRole {
  NEIGHBOURHOOD_TEAM_WORKER = "NEIGHBOURHOOD_TEAM_WORKER",
  TEAM_LEADER = "TEAM_LEADER",
  DISTRICT_NURSE = "DISTRICT_NURSE",
  SOCIAL_WORKER = "SOCIAL_WORKER",
  WMO_CONSULTANT = "WMO_CONSULTANT",
  WELFARE_COACH = "WELFARE_COACH",
  SOCIAL_BROKER = "SOCIAL_BROKER",
  COMMUNITY_WORKER = "COMMUNITY_WORKER",
  YOUTH_WORKER = "YOUTH_WORKER",
  COMMUNITY_POLICE_OFFICER = "COMMUNITY_POLICE_OFFICER",
  HOUSING_CONSULTANT = "HOUSING_CONSULTANT",
  DEBT_COUNSELLOR = "DEBT_COUNSELLOR",
  VOLUNTEER = "VOLUNTEER",
  OTHER = "OTHER",
}
registerEnumType(MemberRole, {
  name: "MemberRole",
  description: "Role of a team member (rol).",
  valuesConfig: {
    NEIGHBOURHOOD_TEAM_WORKER: { description: "Buurtteamwerker / wijkteammedewerker" },
    TEAM_LEADER: { description: "Teamleider" },
    DISTRICT_NURSE: { description: "Wijkverpleegkundige" },
    SOCIAL_WORKER: { description: "Maatschappelijk werker" },
    WMO_CONSULTANT: { description: "Wmo-consulent" },
    WELFARE_COACH: { description: "Welzijnscoach" },
    SOCIAL_BROKER: { description: "Sociaal makelaar" },
    COMMUNITY_WORKER: { description: "Opbouwwerker" },
    YOUTH_WORKER: { description: "Jongerenwerker" },
    COMMUNITY_POLICE_OFFICER: { description: "Wijkagent" },
    HOUSING_CONSULTANT: { description: "Woonconsulent" },
    DEBT_COUNSELLOR: { description: "Schuldhulpverlener" },
    VOLUNTEER: { description: "Vrijwilliger" },
    OTHER: { description: "Another role" },
  },
});

export enum Expertise {
  GENERALIST = "GENERALIST",
  SPECIALIST = "SPECIALIST",
}
registerEnumType(Expertise, {
  name: "Expertise",
  description: "Generalist or specialist (generalist/specialist).",
});

export enum StakeholderKind {
  MUNICIPALITY_WMO = "MUNICIPALITY_WMO",
  MUNICIPALITY_YOUTH = "MUNICIPALITY_YOUTH",
  MUNICIPALITY_PARTICIPATION = "MUNICIPALITY_PARTICIPATION",
  HEALTH_INSURER = "HEALTH_INSURER",
  LONG_TERM_CARE = "LONG_TERM_CARE",
  HOUSING_CORPORATION = "HOUSING_CORPORATION",
  POLICE_JUSTICE = "POLICE_JUSTICE",
  UWV_EMPLOYER = "UWV_EMPLOYER",
  EDUCATION = "EDUCATION",
  RESIDENT = "RESIDENT",
  OTHER = "OTHER",
}
registerEnumType(StakeholderKind, {
  name: "StakeholderKind",
  description: "Kind of party that pays or gains (belanghebbende).",
  valuesConfig: {
    MUNICIPALITY_WMO: { description: "Gemeente, Wmo 2015" },
    MUNICIPALITY_YOUTH: { description: "Gemeente, Jeugdwet" },
    MUNICIPALITY_PARTICIPATION: { description: "Gemeente, Participatiewet" },
    HEALTH_INSURER: { description: "Zorgverzekeraar (Zvw)" },
    LONG_TERM_CARE: { description: "Wet langdurige zorg (Wlz), zorgkantoor" },
    HOUSING_CORPORATION: { description: "Woningcorporatie" },
    POLICE_JUSTICE: { description: "Politie en justitie" },
    UWV_EMPLOYER: { description: "UWV / werkgever" },
    EDUCATION: { description: "Onderwijs" },
    RESIDENT: { description: "Inwoner (the resident)" },
    OTHER: { description: "Another party" },
  },
});
