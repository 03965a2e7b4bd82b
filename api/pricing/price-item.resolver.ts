import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Decimal } from "decimal.js";
import {} from "../../calculators/effect/index";
import {} from "../../schema/municipality";
import { PriceItem, PriceList } from "../../schema/price-list";
import {} from "../../schema/price-list-enums";
import {} from "../../schema/quadrant-results";
import { DecimalScalar } from "../../schema/scalars";
import { Stakeholder } from "../../schema/stakeholder";
import {} from "../../schema/inputs/position-survey.input";
import { type RequestContext } from "../platform";
import {} from "./price-item-import";
import {} from "./price-table";

@Resolver(() => PriceItem)
export class PriceItemResolver {
  @FieldResolver(() => DecimalScalar, { description: "Unit price in euros, two decimals." })
  price(@Root() item: PriceItem): string {
    return new Decimal(item.priceCents).div(100).toFixed(2);
  }

  @FieldResolver(() => Stakeholder, { nullable: true, description: "Who bears the cost (drager)." })
  bearer(@Root() item: PriceItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.stakeholder.load(item.bearerId);
  }

  @FieldResolver(() => String, { description: "Stakeholder code of the bearer." })
  async bearerCode(@Root() item: PriceItem, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.stakeholder.load(item.bearerId))?.code ?? "";
  }

  @FieldResolver(() => PriceList)
  priceList(@Root() item: PriceItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.priceList.load(item.priceListId);
  }
}
