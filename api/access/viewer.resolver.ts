import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../platform";
import { Viewer } from "../../schema/viewer";
import { Municipality } from "../../schema/municipality";
import { Team } from "../../schema/team";
import { MUTATION_PERMISSIONS, QUERY_PERMISSIONS } from "./permissions";

function permitted(table: Record<string, readonly string[]>, role: string): string[] {
  return Object.keys(table)
    .filter((field) => table[field].includes(role))
    .sort();
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    description: "The signed-in caller: role, municipality, teams and rights.",
  })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const { role, subject, municipalityId, teamIds } = ctx.caller;
    return {
      role,
      subject,
      municipalityId,
      teamIds: [...teamIds],
      queries: permitted(QUERY_PERMISSIONS, role),
      mutations: permitted(MUTATION_PERMISSIONS, role),
    };
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() viewer: Viewer, @Ctx() ctx: RequestContext) {
    return viewer.municipalityId ? ctx.loaders.municipality.load(viewer.municipalityId) : null;
  }

  @FieldResolver(() => [Team])
  async teams(@Root() viewer: Viewer, @Ctx() ctx: RequestContext) {
    const teams = await ctx.loaders.team.loadMany(viewer.teamIds);
    return teams.filter((team): team is Team => team instanceof Team);
  }
}
