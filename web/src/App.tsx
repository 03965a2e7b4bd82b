import { Suspense, lazy, useMemo, useState } from "react";
import { Provider, useQuery } from "urql";
import { Link, Route, Switch } from "wouter";
import { graphql } from "./gql";
import { createClient } from "./client";
import { forgetToken, storedToken, storeToken } from "./session";
import { useT } from "./i18n";
import { mayOpen, PAGES } from "./pages";
import { SignIn } from "./pages/sign-in/SignIn";
import { OidcCallback } from "./pages/sign-in/OidcCallback";
import { CALLBACK_PATH, forgetOidcUser } from "./oidc";
import { OverviewPage } from "./pages/overview/OverviewPage";
import { Status } from "./components/Status";

// The first page comes with the app; the others load when first opened, so a team lead's first
// chart does not wait for the import page's code.
const ComparePage = lazy(() =>
  import("./pages/compare/ComparePage").then((m) => ({ default: m.ComparePage })),
);
const SubstitutionPage = lazy(() =>
  import("./pages/substitution/SubstitutionPage").then((m) => ({ default: m.SubstitutionPage })),
);
const QuadrantsPage = lazy(() =>
  import("./pages/quadrants/QuadrantsPage").then((m) => ({ default: m.QuadrantsPage })),
);
const CaseList = lazy(() => import("./pages/case/CaseList").then((m) => ({ default: m.CaseList })));
const CaseDetail = lazy(() =>
  import("./pages/case/CaseDetail").then((m) => ({ default: m.CaseDetail })),
);
const ExportPage = lazy(() =>
  import("./pages/export/ExportPage").then((m) => ({ default: m.ExportPage })),
);
const ImportPage = lazy(() =>
  import("./pages/import/ImportPage").then((m) => ({ default: m.ImportPage })),
);
const TrendPage = lazy(() =>
  import("./pages/trend/TrendPage").then((m) => ({ default: m.TrendPage })),
);
const ReallocationPage = lazy(() =>
  import("./pages/reallocation/ReallocationPage").then((m) => ({ default: m.ReallocationPage })),
);

const HypothesisPage = lazy(() =>
  import("./pages/hypothesis/HypothesisPage").then((m) => ({ default: m.HypothesisPage })),
);
const BenchmarkPage = lazy(() =>
  import("./pages/benchmark/BenchmarkPage").then((m) => ({ default: m.BenchmarkPage })),
);

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      subject
      queries
      mutations
      municipality {
        id
        name
      }
      teams {
        id
        name
      }
    }
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

function Shell({ onSignOut }: { onSignOut(): void }) {
  const { t, language, setLanguage } = useT();
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery });
  if (!data) return <Status fetching={fetching} error={error} />;
  const viewer = data.viewer;
  const pages = PAGES.filter((page) => mayOpen(page, viewer));
  const teams = viewer.teams.length ? viewer.teams : data.teams.edges.map((e) => e.node);
  const allowed = (path: string) => pages.some((p) => p.path === path);
  return (
    <>
      <header>
        <span className="brand">{t("appName")}</span>
        <nav aria-label="Hoofdmenu">
          {pages.map((page) => (
            <Link key={page.path} href={page.path}>
              {t(page.title)}
            </Link>
          ))}
        </nav>
        {(viewer.role === "ANALYST" || viewer.role === "ADMIN") && (
          // A page of its own (not a route of this app): GraphiQL with this tab's token.
          <a href="/graphiql">{t("graphiqlLink")}</a>
        )}
        <span className="who">
          {viewer.role} · {viewer.municipality?.name ?? "—"}
          {viewer.teams.length ? ` · ${viewer.teams.map((tm) => tm.name).join(", ")}` : ""}
        </span>
        <button type="button" onClick={() => setLanguage(language === "nl" ? "en" : "nl")}>
          {language === "nl" ? "English" : "Nederlands"}
        </button>
        <button type="button" onClick={onSignOut}>
          {t("signOut")}
        </button>
      </header>
      <main>
        <Suspense fallback={<Status fetching />}>
          <Switch>
            <Route path="/vergelijken">
              {allowed("/vergelijken") ? (
                <ComparePage defaultTeamId={viewer.teams[0]?.id} />
              ) : (
                <p>{t("notAllowed")}</p>
              )}
            </Route>
            <Route path="/substitutie">
              {allowed("/substitutie") ? (
                <SubstitutionPage teams={teams} />
              ) : (
                <p>{t("notAllowed")}</p>
              )}
            </Route>
            <Route path="/kwadranten">
              {allowed("/kwadranten") ? <QuadrantsPage teams={teams} /> : <p>{t("notAllowed")}</p>}
            </Route>
            <Route path="/casus/:id">
              {(params) =>
                allowed("/casus") ? <CaseDetail id={params.id} /> : <p>{t("notAllowed")}</p>
              }
            </Route>
            <Route path="/casus">
              {allowed("/casus") ? <CaseList teams={teams} /> : <p>{t("notAllowed")}</p>}
            </Route>
            <Route path="/verantwoording">
              {allowed("/verantwoording") ? (
                <ExportPage municipalityId={viewer.municipality?.id ?? null} teams={teams} />
              ) : (
                <p>{t("notAllowed")}</p>
              )}
            </Route>
            <Route path="/import">
              {allowed("/import") ? (
                <ImportPage municipalityId={viewer.municipality?.id ?? null} />
              ) : (
                <p>{t("notAllowed")}</p>
              )}
            </Route>
            <Route path="/hypothese">
              {allowed("/hypothese") ? (
                <HypothesisPage municipalityId={viewer.municipality?.id ?? null} />
              ) : (
                <p>{t("notAllowed")}</p>
              )}
            </Route>
            <Route path="/benchmark">
              {allowed("/benchmark") ? <BenchmarkPage /> : <p>{t("notAllowed")}</p>}
            </Route>
            <Route path="/trend">
              {allowed("/trend") ? (
                <TrendPage defaultTeamId={viewer.teams[0]?.id} />
              ) : (
                <p>{t("notAllowed")}</p>
              )}
            </Route>
            <Route path="/herverdeling">
              {allowed("/herverdeling") ? (
                <ReallocationPage defaultTeamId={viewer.teams[0]?.id} />
              ) : (
                <p>{t("notAllowed")}</p>
              )}
            </Route>
            <Route>
              {allowed("/") ? <OverviewPage teams={teams} /> : <p>{t("notAllowed")}</p>}
            </Route>
          </Switch>
        </Suspense>
      </main>
    </>
  );
}

export function App() {
  const [token, setToken] = useState(storedToken());
  const signOut = () => {
    forgetToken();
    void forgetOidcUser();
    setToken(null);
  };
  const client = useMemo(() => (token ? createClient(token, signOut) : null), [token]);
  if (!client) {
    const onToken = (next: string) => {
      storeToken(next);
      setToken(next);
    };
    return (
      <main>
        {window.location.pathname === CALLBACK_PATH ? (
          <OidcCallback onToken={onToken} />
        ) : (
          <SignIn onToken={onToken} />
        )}
      </main>
    );
  }
  return (
    <Provider value={client}>
      <Shell onSignOut={signOut} />
    </Provider>
  );
}
