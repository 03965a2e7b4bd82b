import { useEffect, useState } from "react";
import { useT } from "../../i18n";
import { loadAuthConfig, type AuthConfig } from "../../auth-config";
import { startOidcSignIn } from "../../oidc";
import { DevSignIn } from "./DevSignIn";

/**
 * The sign-in page: the municipality's identity provider when the server names one, else the
 * developer sign-in (outside production), else a note that only API tokens work here.
 */
export function SignIn({ onToken }: { onToken(token: string): void }) {
  const { t } = useT();
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    loadAuthConfig()
      .then(setConfig)
      .catch((e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!config) return <p>{t("loading")}</p>;
  const oidc = config.oidc;
  if (oidc) {
    const signIn = () => {
      setBusy(true);
      const { pathname, search, hash } = window.location;
      startOidcSignIn(oidc, `${pathname}${search}${hash}`).catch((e: Error) => {
        setBusy(false);
        setError(`${t("oidcFailed")}: ${e.message}`);
      });
    };
    return (
      <div className="sign-in">
        <h1>{t("oidcSignIn")}</h1>
        <p>{t("oidcSignInIntro")}</p>
        <button type="button" onClick={signIn} disabled={busy}>
          {t("signIn")}
        </button>
      </div>
    );
  }
  if (config.devSignIn) return <DevSignIn onToken={onToken} />;
  return <p role="alert">{t("noSignIn")}</p>;
}
