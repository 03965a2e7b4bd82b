import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import {} from "../../calculators/effect/index";
import { Case } from "../../schema/case";
import { StoredEffectSettingsInput } from "../../schema/effect-comparison-types";
import { EffectResult } from "../../schema/effect-types";
import {} from "../../schema/inputs/case.input";
import {} from "../../schema/scalars";
import {} from "../../schema/registration-enums";
import { type RequestContext, selectsField } from "../platform";
import type {} from "../pricing";
import {} from "./substitution.service";

@Resolver(() => Case)
export class CaseEffectResolver {
  @FieldResolver(() => EffectResult, {
    description:
      "The case's effect: its support and outcomes in both scenarios, priced with the municipality's price list, through the effect calculator. Default timeline: from the month the case opened to the last month its support or outcomes reach.",
  })
  effect(
    @Root() record: Case,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("settings", () => StoredEffectSettingsInput, { nullable: true })
    settings?: StoredEffectSettingsInput,
  ): Promise<EffectResult> {
    return ctx.loaders.caseEffect.load({
      caseId: record.id,
      settings: settings ?? null,
      timeline: selectsField(info, "timeline"),
      sensitivity: selectsField(info, "sensitivity"),
    });
  }
}
