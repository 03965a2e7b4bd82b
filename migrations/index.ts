import { Organisation1763900000000 } from "./1763900000000-Organisation";
import { QuadrantModels1763900100000 } from "./1763900100000-QuadrantModels";
import { Registration1763900200000 } from "./1763900200000-Registration";
import { PriceLists1763900400000 } from "./1763900400000-PriceLists";
import { ImportHeartbeat1763900450000 } from "./1763900450000-ImportHeartbeat";
import { ReportExports1763900500000 } from "./1763900500000-ReportExports";
import { Security1763900600000 } from "./1763900600000-Security";
import { ReportJobs1763900700000 } from "./1763900700000-ReportJobs";
import { RateLimiterTable1763900800000 } from "./1763900800000-RateLimiterTable";
import { CaseArrangementTenantIndex1763900900000 } from "./1763900900000-CaseArrangementTenantIndex";

/** Every migration, oldest first. The only way the database schema changes. */
export const migrations = [
  Organisation1763900000000,
  QuadrantModels1763900100000,
  Registration1763900200000,
  PriceLists1763900400000,
  ImportHeartbeat1763900450000,
  ReportExports1763900500000,
  Security1763900600000,
  ReportJobs1763900700000,
  RateLimiterTable1763900800000,
  CaseArrangementTenantIndex1763900900000,
];
