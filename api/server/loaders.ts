import { effectLoaders } from "../effects";
import { organisationLoaders } from "../organisation";
import { composeLoaders, type CreateLoaders } from "../platform";
import { pricingLoaders } from "../pricing";
import { quadrantLoaders } from "../quadrants";
import { registrationLoaders } from "../registration";

/**
 * Every request's DataLoaders, composed from the domains' (each applies the request's tenant
 * scope): a nested query costs one statement per level, whatever the number of rows. Order
 * matters where a domain builds on an earlier one's loaders (quadrants on organisation). A
 * domain left out here does not compile: `CreateLoaders` wants every domain's loaders.
 */
export const createLoaders: CreateLoaders = composeLoaders(
  organisationLoaders,
  quadrantLoaders,
  registrationLoaders,
  pricingLoaders,
  effectLoaders,
);
