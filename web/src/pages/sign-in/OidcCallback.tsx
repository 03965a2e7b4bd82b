import { useEffect, useState } from "react";
import { navigate } from "wouter/use-browser-location";
import { useT } from "../../i18n";
import { completeOidcSignIn } from "../../oidc";

/** `/auth/callback`: the identity provider's way back; completes the sign-in, then the wanted page. */
export function OidcCallback({ onToken }: { onToken(token: string): void }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    completeOidcSignIn()
      .then(({ token, returnTo }) => {
        navigate(returnTo, { replace: true });
        onToken(token);
      })
      .catch((e: Error) => setError(e.message));
    // Once: the code in the URL can be exchanged only once.
  }, []);
  if (!error) return <p>{t("oidcCompleting")}</p>;
  return (
    <div className="sign-in">
      <p role="alert">
        {t("oidcFailed")}: {error}
      </p>
      <a href="/">{t("oidcTryAgain")}</a>
    </div>
  );
}
