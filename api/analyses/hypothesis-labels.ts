import type { HypothesisLabels } from "../../calculators/hypothesis/index";

/** "III of IV", "a, b of c" — codes joined with the language's "or". */
function codeList(codes: string[], or: string): string {
  if (codes.length === 1) return codes[0];
  return `${codes.slice(0, -1).join(", ")} ${or} ${codes[codes.length - 1]}`;
}

/** The words of the sentences for what the panel counts, per unit. */
export function hypothesisLabels(request: {
  unit: "DISTRICT" | "TEAM";
  effort: "HOURS" | "UNITS";
  demand: "NEW_CASES" | "HOURS";
  effortCodes: string[];
  demandCodes: string[];
}): HypothesisLabels {
  const quadrantNl = (codes: string[]) =>
    `${codes.length === 1 ? "kwadrant" : "de kwadranten"} ${codeList(codes, "of")}`;
  const quadrantEn = (codes: string[]) =>
    `${codes.length === 1 ? "quadrant" : "quadrants"} ${codeList(codes, "or")}`;
  const effort = {
    nl: `${request.effort === "HOURS" ? "uur werk" : "eenheid voorziening"} in ${quadrantNl(request.effortCodes)}`,
    en: `${request.effort === "HOURS" ? "hour of work" : "unit of provision"} in ${quadrantEn(request.effortCodes)}`,
  };
  const demand =
    request.demand === "NEW_CASES"
      ? {
          nl: `nieuwe casussen met hulp in ${quadrantNl(request.demandCodes)}`,
          en: `new cases with help in ${quadrantEn(request.demandCodes)}`,
        }
      : {
          nl: `uren in ${quadrantNl(request.demandCodes)}`,
          en: `hours in ${quadrantEn(request.demandCodes)}`,
        };
  const unit =
    request.unit === "DISTRICT"
      ? { nl: { one: "wijk", other: "wijken" }, en: { one: "district", other: "districts" } }
      : { nl: { one: "team", other: "teams" }, en: { one: "team", other: "teams" } };
  return { effort, demand, unit };
}
