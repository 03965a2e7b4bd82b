import type { EntityManager } from "typeorm";
import { PositionResponse, PositionSurvey } from "../../schema/position-survey";
import { PositionHorizon, PositionSubject } from "../../schema/quadrant-enums";
import { MODEL_A_ID } from "../../schema/quadrant-model";
import { insertRow } from "../platform";
import { demoId } from "./demo-ids";
import { Random } from "./registrations-random";

/** A button on the −15…15 scale, to half a centimetre as measured with a ruler. */
function button(value: number): string {
  return (Math.round(Math.max(-15, Math.min(15, value)) * 2) / 2).toFixed(1);
}

/**
 * A positioning survey on Model A like Zwolle's (Hogeschool Viaa, 2018–19): every member of every
 * team places a button four times. Own position now around (−4, 2) as published (individual,
 * somewhat formal), the team seen a little less individual, and the desired positions shifted
 * towards the collective and the informal, as the study found.
 */
export async function seedPositionSurvey(
  em: EntityManager,
  municipality: { id: string; name: string },
): Promise<number> {
  const members: { team_id: string; specialisms: string[] }[] = await em.query(
    "SELECT team_id, specialisms FROM member WHERE municipality_id = $1 ORDER BY team_id, name",
    [municipality.id],
  );
  if (!members.length) return 0;
  const survey = await insertRow(
    em,
    PositionSurvey,
    {
      municipalityId: municipality.id,
      modelId: MODEL_A_ID,
      title: `Positiebepaling ${municipality.name} 2025`,
      date: "2025-11-13",
    },
    demoId("position-survey", municipality.id, "2025"),
  );
  const teamIds = [...new Set(members.map((m) => m.team_id))];
  for (const teamId of teamIds) {
    await em.query(
      "INSERT INTO position_survey_team (survey_id, team_id, municipality_id) VALUES ($1, $2, $3)",
      [survey.id, teamId, municipality.id],
    );
  }
  const random = new Random(municipality.id.charCodeAt(0) * 7919 + members.length);
  const spread = (centre: number, width: number) => centre + (random.next() - 0.5) * 2 * width;
  const rows: Omit<PositionResponse, "createdAt">[] = [];
  members.forEach((member, index) => {
    const respondent = `R${String(index + 1).padStart(2, "0")}`;
    const self = [spread(-4, 5), spread(2, 3)];
    const team = [self[0] + spread(0.6, 1.5), self[1] + spread(-0.2, 1.5)];
    const shift = [spread(4, 2.5), spread(-1.5, 1.5)];
    const points: [PositionSubject, PositionHorizon, number[]][] = [
      [PositionSubject.SELF, PositionHorizon.CURRENT, self],
      [PositionSubject.TEAM, PositionHorizon.CURRENT, team],
      [PositionSubject.SELF, PositionHorizon.DESIRED, [self[0] + shift[0], self[1] + shift[1]]],
      [PositionSubject.TEAM, PositionHorizon.DESIRED, [team[0] + shift[0], team[1] + shift[1]]],
    ];
    for (const [subject, horizon, [x, y]] of points) {
      rows.push({
        id: demoId("position-response", survey.id, respondent, subject, horizon),
        municipalityId: municipality.id,
        surveyId: survey.id,
        respondent,
        teamId: member.team_id,
        specialisms: member.specialisms,
        subject,
        horizon,
        x: button(x),
        y: button(y),
      });
    }
  });
  await em.insert(PositionResponse, rows);
  return rows.length;
}
