import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Decimal } from "decimal.js";
import { formatEuros } from "../../calculators/effect/index";
import { Municipality } from "../../schema/municipality";
import {
  IndexedPriceItem,
  PriceIndexSeries,
  PriceItem,
  PriceList,
  Pricing,
} from "../../schema/price-list";
import { PriceListStatus } from "../../schema/price-list-enums";
import {} from "../../schema/quadrant-results";
import {} from "../../schema/stakeholder";
import {} from "../../schema/inputs/position-survey.input";
import { type RequestContext, findVisible, requireId } from "../platform";
import {} from "./price-item-import";
import { listPriceIndices } from "./price-index.service";
import * as prices from "./price-list.service";
import { loadPricing } from "./price-table";

@Resolver(() => PriceList)
export class PriceListResolver {
  @Query(() => [PriceList], {
    description:
      "The versions of a municipality's social price list (maatschappelijke prijslijst), newest first.",
  })
  priceLists(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID) municipalityId: string,
    @Arg("status", () => PriceListStatus, { nullable: true }) status?: PriceListStatus,
  ) {
    return prices.listPriceLists(ctx.db, ctx.scope, municipalityId, status);
  }

  @Query(() => PriceList, { nullable: true, description: "One price list version." })
  priceList(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.priceList.load(requireId("id", id));
  }

  @Query(() => [PriceIndexSeries], {
    description:
      "Price index series (prijsindexen): the shared (national) ones and the municipality's own.",
  })
  priceIndices(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID, {
      nullable: true,
      description: "Only the shared series and this municipality's.",
    })
    municipalityId?: string,
    @Arg("name", { nullable: true }) name?: string,
  ) {
    return listPriceIndices(ctx.db.manager, ctx.scope, { municipalityId, name });
  }

  @Query(() => Pricing, {
    description:
      "The prices of a price list version (default: the latest published one) in one report price year: price × index[reportYear] ÷ index[priceYear]. Refused when the index lacks a year it needs.",
  })
  async pricing(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID) municipalityId: string,
    @Arg("reportYear", () => Int) reportYear: number,
    @Arg("priceListId", () => ID, { nullable: true }) priceListId?: string,
    @Arg("indexName", { nullable: true, description: "Default CBS CPI 2015=100." })
    indexName?: string,
  ): Promise<Pricing> {
    const em = ctx.db.manager;
    await findVisible(
      em,
      Municipality,
      "Municipality",
      municipalityId,
      ctx.scope,
      "municipalityId",
      "x.id",
    );
    const table = await loadPricing(em, municipalityId, { priceListId, reportYear, indexName });
    const items = [...table.values()].map((item): IndexedPriceItem => ({
      code: item.code,
      name: item.name,
      unit: item.unit,
      priceCents: item.priceCents.toString(),
      priceYear: item.priceYear,
      indexedCents: item.indexedCents.toFixed(),
      indexedPrice: formatEuros(new Decimal(item.indexedCents).div(100)),
      indexFactor: item.indexFactor.toFixed(),
      bearerCode: item.bearerCode,
      valueType: item.valueType,
      grade: item.grade,
      source: item.source,
    }));
    return { priceList: table.priceList, reportYear, indexName: table.indexName, items };
  }

  @FieldResolver(() => [PriceItem], { description: "The items, by code." })
  items(@Root() list: PriceList, @Ctx() ctx: RequestContext) {
    return ctx.loaders.priceItemsByList.load(list.id);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() list: PriceList, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipality.load(list.municipalityId);
  }

  @FieldResolver(() => PriceList, {
    nullable: true,
    description: "The version it was copied from.",
  })
  basedOn(@Root() list: PriceList, @Ctx() ctx: RequestContext) {
    return list.basedOnId ? ctx.loaders.priceList.load(list.basedOnId) : null;
  }
}
