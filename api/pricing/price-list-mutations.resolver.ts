import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import {} from "decimal.js";
import {} from "../../calculators/effect/index";
import {} from "../../schema/municipality";
import { PriceIndexSeries, PriceItem, PriceList } from "../../schema/price-list";
import {} from "../../schema/price-list-enums";
import { ImportReport } from "../../schema/quadrant-results";
import { DateScalar } from "../../schema/scalars";
import {} from "../../schema/stakeholder";
import {
  CreatePriceListInput,
  PriceIndexValueInput,
  PriceItemInput,
  UpdatePriceItemInput,
} from "../../schema/inputs/price-list.input";
import { ImportFileInput } from "../../schema/inputs/position-survey.input";
import { type RequestContext, Deleted, inTransaction } from "../platform";
import { importPriceItems } from "./price-item-import";
import { setPriceIndex } from "./price-index.service";
import * as prices from "./price-list.service";
import {} from "./price-table";

/** The writes of price lists: versions, items, publication, imports and indices. */
@Resolver()
export class PriceListMutationResolver {
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
