import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { FundingForm, TeamDomain, TeamPrototype, TeamTask, TeamType } from "./organisation-enums";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description: "Neighbourhood team (wijkteam, buurtteam, schakelteam, gebiedsteam).",
})
@Entity("team")
export class Team extends TenantObject {
  @Field({ description: "Name (naam), e.g. Buurtteam Sociaal Overvecht." })
  @Column("text")
  name: string;

  @Field(() => TeamType, { description: "Team type (teamtype)." })
  @Column("text", { name: "team_type" })
  teamType: TeamType;

  @Field(() => TeamPrototype, { description: "Prototype (teammodel, front/back office, netwerk)." })
  @Column("text")
  prototype: TeamPrototype;

  @Field(() => [TeamDomain], { description: "Breadth (breedte): the domains it covers." })
  @Column("text", { array: true })
  breadth: TeamDomain[];

  @Field(() => [TeamTask], { description: "Depth (diepte): the tasks it does itself." })
  @Column("text", { array: true })
  depth: TeamTask[];

  @Field(() => FundingForm, { description: "Funding form (financieringsvorm)." })
  @Column("text", { name: "funding_form" })
  fundingForm: FundingForm;
}
