import { Field, ID, ObjectType } from "type-graphql";
import { Role } from "./roles";

@ObjectType({
  description:
    "Who is signed in and what they may use: the web application builds its navigation from it.",
})
export class Viewer {
  @Field(() => Role)
  role: Role;

  @Field({ description: "The caller's subject (JWT sub, or token:<label>)." })
  subject: string;

  @Field(() => ID, { nullable: true, description: "Null only for ADMIN." })
  municipalityId: string | null;

  @Field(() => [ID], { description: "The teams a TEAM_LEAD or PROFESSIONAL works for." })
  teamIds: string[];

  @Field(() => [String], { description: "The Query fields this role may use." })
  queries: string[];

  @Field(() => [String], { description: "The Mutation fields this role may use." })
  mutations: string[];
}
