import type { TextKey } from "./texts/nl";

export interface PageLink {
  path: string;
  title: TextKey;
  /** The API fields the page uses: the link shows only when the role may use them all. */
  queries: string[];
  mutations?: string[];
}

export const PAGES: PageLink[] = [
  { path: "/", title: "navOverview", queries: ["teamMonths", "effectComparison"] },
  { path: "/vergelijken", title: "navCompare", queries: ["effectComparison", "teams"] },
  { path: "/substitutie", title: "navSubstitution", queries: ["substitution", "teams"] },
  {
    path: "/kwadranten",
    title: "navQuadrants",
    queries: ["positionSurveys", "positionSurvey", "effortByQuadrant"],
  },
  { path: "/casus", title: "navCase", queries: ["cases", "case"] },
  {
    path: "/verantwoording",
    title: "navExport",
    queries: ["reportExport", "reportExports"],
    mutations: ["exportAccountabilityReport", "createDownloadLink"],
  },
  {
    path: "/import",
    title: "navImport",
    queries: ["importJob"],
    mutations: ["importRegistrations"],
  },
  { path: "/hypothese", title: "navHypothesis", queries: ["quadrantHypothesis", "municipalities"] },
  { path: "/benchmark", title: "navBenchmark", queries: ["effectBenchmark", "quadrantModels"] },
  { path: "/trend", title: "navTrend", queries: ["effectTrend", "teams"] },
  {
    path: "/herverdeling",
    title: "navReallocation",
    queries: ["reallocationScenario", "arrangements", "teams"],
  },
];

export function mayOpen(page: PageLink, viewer: { queries: string[]; mutations: string[] }) {
  return (
    page.queries.every((q) => viewer.queries.includes(q)) &&
    (page.mutations ?? []).every((m) => viewer.mutations.includes(m))
  );
}
