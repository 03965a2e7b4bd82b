/** The languages a comparison may label its groups in. */
export type Language = "NL" | "EN";

/**
 * Labels of comparison groups that have no name of their own: cases without a group, and the
 * quadrant classes on an axis. The API speaks Dutch here; a workbook speaks its language.
 */
export type GroupingName = "ARRANGEMENT" | "TEAM" | "QUADRANT" | "DISTRICT";

export interface GroupLabels {
  none: Record<GroupingName, string>;
  axes: Record<"e" | "f" | "ef", string>;
  /** Which name of a quadrant to show. */
  quadrantName: "nameNl" | "nameEn";
}

const GROUP_LABELS: Record<Language, GroupLabels> = {
  NL: {
    none: {
      ARRANGEMENT: "(zonder arrangement)",
      TEAM: "(zonder team)",
      DISTRICT: "(zonder wijk)",
      QUADRANT: "(niet geplaatst)",
    },
    axes: { e: "e (op de x-as)", f: "f (op de y-as)", ef: "ef (in de oorsprong)" },
    quadrantName: "nameNl",
  },
  EN: {
    none: {
      ARRANGEMENT: "(no arrangement)",
      TEAM: "(no team)",
      DISTRICT: "(no district)",
      QUADRANT: "(not placed)",
    },
    axes: { e: "e (on the x axis)", f: "f (on the y axis)", ef: "ef (at the origin)" },
    quadrantName: "nameEn",
  },
};

export function groupLabelsFor(language: Language): GroupLabels {
  return GROUP_LABELS[language];
}
