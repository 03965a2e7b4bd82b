/** Pricing: versioned social price lists, their items and price indices. */
export { pricingLoaders } from "./loaders";
export { DEFAULT_PRICE_INDEX } from "./price-index.service";
export { PriceItemResolver } from "./price-item.resolver";
export { PriceListMutationResolver } from "./price-list-mutations.resolver";
export { PriceListResolver } from "./price-list.resolver";
export { insertPriceItems, stakeholderIdsByCode } from "./price-list.service";
export { loadPricing, PriceTable } from "./price-table";
