import { District } from "./district";
import { Member } from "./member";
import { Municipality } from "./municipality";
import { Stakeholder } from "./stakeholder";
import { Team } from "./team";

/** Every TypeORM entity; the data source registers exactly these. */
export const entities = [Municipality, District, Team, Member, Stakeholder];
