/** What GET /auth/config answers (api/access/auth-config.ts). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
  audience: string;
}

export interface AuthConfig {
  oidc: OidcSettings | null;
  devSignIn: boolean;
}

let loaded: Promise<AuthConfig> | undefined;

/** How this server signs people in; asked once per page load (a failure is asked again). */
export function loadAuthConfig(): Promise<AuthConfig> {
  loaded ??= fetch("/auth/config")
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`/auth/config: HTTP ${r.status}`))))
    .catch((error: Error) => {
      loaded = undefined;
      throw error;
    });
  return loaded;
}
