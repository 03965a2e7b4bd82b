import { useEffect, useState } from "react";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";

interface Options {
  roles: string[];
  municipalities: {
    id: string;
    code: string;
    name: string;
    teams: { id: string; name: string }[];
  }[];
}

const TEAM_BOUND = ["TEAM_LEAD", "PROFESSIONAL"];

/** Outside production: pick a role, municipality and team; the server signs the token. */
export function DevSignIn({ onToken }: { onToken(token: string): void }) {
  const { t } = useT();
  const [options, setOptions] = useState<Options | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [role, setRole] = useState("TEAM_LEAD");
  const [municipality, setMunicipality] = useState("");
  const [team, setTeam] = useState("");
  useEffect(() => {
    fetch("/auth/dev/options")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((o: Options) => {
        setOptions(o);
        const first = o.municipalities[0];
        setMunicipality(first?.id ?? "");
        setTeam(first?.teams[0]?.id ?? "");
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  const teams = options?.municipalities.find((m) => m.id === municipality)?.teams ?? [];
  async function signIn(event: React.FormEvent) {
    event.preventDefault();
    const response = await fetch("/auth/dev/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role, municipality, team }),
    });
    const body = await response.json();
    if (!response.ok) setError(body.message);
    else onToken(body.token);
  }
  if (error && !options) return <p role="alert">{error}</p>;
  if (!options) return <p>{t("loading")}</p>;
  return (
    <form className="sign-in" onSubmit={signIn}>
      <h1>{t("devSignInTitle")}</h1>
      <p>{t("devSignInIntro")}</p>
      <Field label={t("role")}>
        <select value={role} onChange={(e) => setRole(e.target.value)}>
          {options.roles.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </Field>
      {role !== "ADMIN" && (
        <Field label={t("municipality")}>
          <select
            value={municipality}
            onChange={(e) => {
              setMunicipality(e.target.value);
              const next = options.municipalities.find((m) => m.id === e.target.value);
              setTeam(next?.teams[0]?.id ?? "");
            }}
          >
            {options.municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        </Field>
      )}
      {TEAM_BOUND.includes(role) && (
        <Field label={t("team")}>
          <select value={team} onChange={(e) => setTeam(e.target.value)}>
            {teams.map((tm) => (
              <option key={tm.id} value={tm.id}>
                {tm.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {error && <p role="alert">{error}</p>}
      <button type="submit">{t("signIn")}</button>
    </form>
  );
}
