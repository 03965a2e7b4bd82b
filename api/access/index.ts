/**
 * Access: authentication (JWT, API tokens), permissions per root field, query limits, the rate
 * limit, the privacy guard on arguments, and erasure on request.
 */
export { accessPlugin } from "./access-plugin";
export { authenticateRequest, createAuthenticator } from "./authenticate";
export {
  graphqlAuthMiddleware,
  jsonErrorHandler,
  rateLimitMiddleware,
} from "./graphql-auth-middleware";
export { signJwt } from "./jwt";
export { createRateLimit } from "./rate-limit";
export { resolveJwtKeys } from "./keys";
export { developmentTokens } from "./dev-tokens";
export { SecurityResolver } from "./security.resolver";
