import express from "express";
import type { OidcConfig } from "../platform";

/** What the web application needs to know to sign in; nothing in it is a secret. */
export interface AuthConfig {
  oidc: Pick<OidcConfig, "issuer" | "clientId" | "scope" | "audience"> | null;
  devSignIn: boolean;
}

/**
 * `GET /auth/config` (public): the identity provider the web application signs in with
 * (authorization code with PKCE, a public client, so no secret exists to leak), or the
 * developer sign-in, or neither (then only API tokens work).
 */
export function authConfigRouter(config: AuthConfig): express.Router {
  const router = express.Router();
  const body = JSON.stringify(config);
  router.get("/config", (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.type("json").send(body);
  });
  return router;
}
