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
export { developmentTokens, signDevelopmentToken } from "./dev-tokens";
export { devSignInRouter } from "./dev-sign-in";
export { authConfigRouter } from "./auth-config";
export { discoverOidc } from "./oidc";
export { SecurityResolver } from "./security.resolver";
export { ViewerResolver } from "./viewer.resolver";
