import { District } from "./district";
import { Member } from "./member";
import { Municipality } from "./municipality";
import { PositionResponse, PositionSurvey } from "./position-survey";
import { Provision, ProvisionPlacement } from "./provision";
import { Quadrant, QuadrantModel } from "./quadrant-model";
import { Stakeholder } from "./stakeholder";
import { Team } from "./team";

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
];
