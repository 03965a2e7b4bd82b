import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { PriceItem, PriceList } from "../../schema/price-list";
import { groupRows, scoped, type TenantScope } from "../platform";

/** Pricing's per-request loaders: a price list by id and the items of lists, one statement per level. */
export function pricingLoaders(db: DataSource, scope: TenantScope) {
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
      const groups = groupRows(
        await scoped(query, scope, "x.municipality_id").getMany(),
        (item) => item.priceListId,
      );
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

type PricingLoaders = ReturnType<typeof pricingLoaders>;

declare module "../platform/loader-registry" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends PricingLoaders {}
}
