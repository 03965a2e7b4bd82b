import DataLoader from "dataloader";
import { PriceItem, PriceList } from "../../schema/price-list";
import type { RequestContext } from "../platform/request-context";
import type { Loaders } from "../server/loaders";
import { scoped } from "../platform/tenant-scope";

/**
 * Per-request DataLoaders of the price list: a list by id and the items of lists, each one
 * statement per level, in the request's tenant scope.
 *
 * They hang off the request's `loaders` object, so they start fresh whenever `inTransaction`
 * replaces it after a mutation. (To fold into api/loaders.ts as `priceList` and
 * `priceItemsByList`.)
 */
function createPriceLoaders(ctx: RequestContext) {
  const { db, scope } = ctx;
  return {
    priceList: new DataLoader<string, PriceList | null>(async (ids) => {
      const query = db
        .getRepository(PriceList)
        .createQueryBuilder("x")
        .where("x.id = ANY(:ids)", { ids: [...ids] });
      const found = new Map(
        (await scoped(query, scope, "x.municipality_id").getMany()).map((l) => [l.id, l]),
      );
      return ids.map((id) => found.get(id) ?? null);
    }),
    priceItemsByList: new DataLoader<string, PriceItem[]>(async (ids) => {
      const query = db
        .getRepository(PriceItem)
        .createQueryBuilder("x")
        .where("x.price_list_id = ANY(:ids)", { ids: [...ids] })
        .orderBy("x.code", "ASC");
      const groups = new Map<string, PriceItem[]>();
      for (const item of await scoped(query, scope, "x.municipality_id").getMany()) {
        const group = groups.get(item.priceListId);
        if (group) group.push(item);
        else groups.set(item.priceListId, [item]);
      }
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type PriceLoaders = ReturnType<typeof createPriceLoaders>;

const perRequest = new WeakMap<Loaders, PriceLoaders>();

/** The request's price-list loaders (created on first use). */
export function priceLoaders(ctx: RequestContext): PriceLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createPriceLoaders(ctx);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
