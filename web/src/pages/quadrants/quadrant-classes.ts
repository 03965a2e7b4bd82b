import type { TextKey } from "../../texts/nl";

export interface ModelQuadrant {
  code: string;
  nameNl: string;
  nameEn: string;
  position: string;
}

/**
 * A class as the API gives it (a quadrant code, e on the x axis, f on the y axis, ef at the
 * origin, or 'unplaced') with the quadrant's name in the page's language: "b · collectief-formeel".
 */
export function className(
  code: string,
  quadrants: ModelQuadrant[],
  language: "nl" | "en",
  t: (key: TextKey) => string,
): string {
  const quadrant = quadrants.find((q) => q.code === code);
  if (quadrant) return `${code} · ${language === "en" ? quadrant.nameEn : quadrant.nameNl}`;
  if (code === "e") return `e · ${t("classOnXAxis")}`;
  if (code === "f") return `f · ${t("classOnYAxis")}`;
  if (code === "ef") return `ef · ${t("classAtOrigin")}`;
  return t("classUnplaced");
}
