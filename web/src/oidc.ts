import { UserManager, WebStorageStateStore } from "oidc-client-ts";
import { loadAuthConfig, type OidcSettings } from "./auth-config";

/** Where the identity provider sends the browser back (served as index.html by the server). */
export const CALLBACK_PATH = "/auth/callback";

let manager: UserManager | undefined;

/**
 * The one UserManager of the page: authorization code flow with PKCE (oidc-client-ts always
 * uses PKCE for `code`) as a public client. Its state and user live in sessionStorage, like the
 * token itself (session.ts): gone when the tab closes. No silent renew (that needs an iframe
 * page and third-party cookies): when the access token expires the API answers 401 and the
 * sign-in page shows again, where the provider's own session usually signs in at once.
 */
function userManager(settings: OidcSettings): UserManager {
  if (manager) return manager;
  // With an audience of its own (not the client id) the token is asked for that API as a
  // resource indicator (RFC 8707), in the authorization and in the token request.
  const resource = settings.audience !== settings.clientId ? settings.audience : undefined;
  manager = new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    response_type: "code",
    scope: settings.scope,
    resource,
    extraTokenParams: resource ? { resource } : undefined,
    // The access token is for Kwadrant's API, not for the provider's userinfo endpoint.
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  return manager;
}

/** A path of this application to return to: never another origin (`//elsewhere`). */
function safeReturn(path: unknown): string {
  return typeof path === "string" && path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

/** Goes to the identity provider; it comes back to CALLBACK_PATH, then to `returnTo`. */
export function startOidcSignIn(settings: OidcSettings, returnTo: string): Promise<void> {
  const back = returnTo.startsWith(CALLBACK_PATH) ? "/" : safeReturn(returnTo);
  return userManager(settings).signinRedirect({ state: { returnTo: back } });
}

let completing: Promise<{ token: string; returnTo: string }> | undefined;

/**
 * Exchanges the code in the callback URL for tokens (once, however often React renders) and
 * answers the access token — the bearer token of the API — and the page the user wanted.
 */
export function completeOidcSignIn(): Promise<{ token: string; returnTo: string }> {
  completing ??= loadAuthConfig().then(async (config) => {
    if (!config.oidc) throw new Error("no identity provider is configured");
    const user = await userManager(config.oidc).signinRedirectCallback();
    const state = user.state as { returnTo?: unknown } | undefined;
    return { token: user.access_token, returnTo: safeReturn(state?.returnTo) };
  });
  return completing;
}

/** Signing out forgets the provider's user of this tab too (the token is forgotten by session.ts). */
export async function forgetOidcUser(): Promise<void> {
  completing = undefined;
  const config = await loadAuthConfig().catch(() => null);
  if (config?.oidc) await userManager(config.oidc).removeUser();
}
