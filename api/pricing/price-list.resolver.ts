import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
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
import { ImportReport } from "../../schema/quadrant-results";
import { DateScalar, DecimalScalar } from "../../schema/scalars";
import { Stakeholder } from "../../schema/stakeholder";
import {
  CreatePriceListInput,
  PriceIndexValueInput,
  PriceItemInput,
  UpdatePriceItemInput,
} from "../../schema/inputs/price-list.input";
import { ImportFileInput } from "../../schema/inputs/position-survey.input";
import { type RequestContext, findVisible, requireId, Deleted, inTransaction } from "../platform";
import { importPriceItems } from "./price-item-import";
import { listPriceIndices, setPriceIndex } from "./price-index.service";
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

  @Mutation(() => PriceList, {
    description: "Starts a new, empty DRAFT price list (the municipality's next version number).",
  })
  createPriceList(@Ctx() ctx: RequestContext, @Arg("input") input: CreatePriceListInput) {
    return inTransaction(ctx, (em) => prices.createPriceList(em, ctx.scope, input));
  }

  @Mutation(() => PriceList, {
    description:
      "Adds items to a DRAFT: all or none, every problem named items[i].field. CONFLICT on a published list.",
  })
  addPriceItems(
    @Ctx() ctx: RequestContext,
    @Arg("priceListId", () => ID) priceListId: string,
    @Arg("items", () => [PriceItemInput]) items: PriceItemInput[],
  ) {
    return inTransaction(ctx, (em) => prices.addPriceItems(em, ctx.scope, priceListId, items));
  }

  @Mutation(() => PriceItem, {
    description: "Changes an item of a DRAFT. CONFLICT on a published list or a stale version.",
  })
  updatePriceItem(@Ctx() ctx: RequestContext, @Arg("input") input: UpdatePriceItemInput) {
    return inTransaction(ctx, (em) => prices.updatePriceItem(em, ctx.scope, input));
  }

  @Mutation(() => Deleted, {
    description: "Removes an item of a DRAFT. CONFLICT on a published list.",
  })
  removePriceItem(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    return inTransaction(ctx, (em) => prices.removePriceItem(em, ctx.scope, id, version));
  }

  @Mutation(() => PriceList, {
    description:
      "Publishes a DRAFT (vaststellen): from then on it never changes. `version` is the list's version you read (it rises with every item change).",
  })
  publishPriceList(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return inTransaction(ctx, (em) => prices.publishPriceList(em, ctx.scope, id, version));
  }

  @Mutation(() => PriceList, {
    description:
      "A new DRAFT version copied, items and all, from a version (normally the latest published one); the copied version stays as it is. One draft at a time per municipality.",
  })
  newPriceListVersion(
    @Ctx() ctx: RequestContext,
    @Arg("fromId", () => ID) fromId: string,
    @Arg("name", { nullable: true, description: "Default: the copied version's name." })
    name?: string,
    @Arg("validFrom", () => DateScalar, {
      nullable: true,
      description: "Default: the copied version's validFrom.",
    })
    validFrom?: string,
    @Arg("description", { nullable: true }) description?: string,
  ) {
    return inTransaction(ctx, (em) =>
      prices.newPriceListVersion(em, ctx.scope, { fromId, name, validFrom, description }),
    );
  }

  @Mutation(() => Deleted, {
    description: "Deletes a DRAFT with its items; a published version is kept (CONFLICT).",
  })
  deletePriceList(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    return inTransaction(ctx, (em) => prices.deletePriceList(em, ctx.scope, id, version));
  }

  @Mutation(() => ImportReport, {
    description:
      "Imports items into a DRAFT from a CSV (comma, semicolon or tab) or XLSX file with the columns code, naam/name, eenheid/unit, prijs/price (euros, decimal comma ok) or price_cents, prijsjaar/price_year, bron/source, drager/bearer (stakeholder code), waardetype/value_type, betrouwbaarheid/grade. All rows or none; every problem is reported with row and column. CONFLICT on a published list.",
  })
  importPriceItems(
    @Ctx() ctx: RequestContext,
    @Arg("priceListId", () => ID) priceListId: string,
    @Arg("file", () => ImportFileInput) file: ImportFileInput,
  ) {
    return inTransaction(ctx, (em) => importPriceItems(em, ctx.scope, priceListId, file));
  }

  @Mutation(() => PriceIndexSeries, {
    description:
      "Adds or replaces values of a price index series by year (other years keep theirs). Without municipalityId the shared (national) series, which only the platform may change.",
  })
  setPriceIndex(
    @Ctx() ctx: RequestContext,
    @Arg("name") name: string,
    @Arg("values", () => [PriceIndexValueInput]) values: PriceIndexValueInput[],
    @Arg("municipalityId", () => ID, { nullable: true }) municipalityId?: string,
  ) {
    return inTransaction(ctx, (em) => setPriceIndex(em, ctx.scope, name, values, municipalityId));
  }
}

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
