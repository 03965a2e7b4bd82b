import { Arrangement, ArrangementComponent, ComponentPlacement } from "./arrangement";
import { Case, CaseArrangement, SelfRelianceAssessment } from "./case";
import { District } from "./district";
import { ImportJob } from "./import-job";
import { Outcome } from "./outcome";
import { SupportActivity } from "./support-activity";
import { Member } from "./member";
import { Municipality } from "./municipality";
import { PositionResponse, PositionSurvey } from "./position-survey";
import { Provision, ProvisionPlacement } from "./provision";
import { Quadrant, QuadrantModel } from "./quadrant-model";
import { Stakeholder } from "./stakeholder";
import { Team } from "./team";
import { PriceIndex, PriceItem, PriceList } from "./price-list";
import { ReportExport } from "./report-export";
import { ApiToken, AuditEvent } from "./security";

/** Every TypeORM entity; the data source registers exactly these. */
export const entities = [
  Municipality,
  District,
  Team,
  Member,
  Stakeholder,
  QuadrantModel,
  Quadrant,
  Provision,
  ProvisionPlacement,
  PositionSurvey,
  PositionResponse,
  Arrangement,
  ArrangementComponent,
  ComponentPlacement,
  Case,
  CaseArrangement,
  SelfRelianceAssessment,
  SupportActivity,
  Outcome,
  ImportJob,
  PriceList,
  PriceItem,
  PriceIndex,
  ReportExport,
  ApiToken,
  AuditEvent,
];
