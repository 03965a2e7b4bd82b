import type { MigrationInterface, QueryRunner } from "typeorm";

/** Ids of the two built-in, shared quadrant models (the same on every installation). */
export const MODEL_A_ID = "0a000000-0000-4000-8000-00000000000a";
export const MODEL_B_ID = "0b000000-0000-4000-8000-00000000000b";

/**
 * Quadrant models (two built in, municipalities may add their own), provisions with their
 * placements on the sliding scales, and positioning surveys.
 */
export class QuadrantModels1763900100000 implements MigrationInterface {
  name = "QuadrantModels1763900100000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quadrant_model (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid REFERENCES municipality(id) ON DELETE RESTRICT,
        built_in boolean NOT NULL DEFAULT false,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        x_negative_label text NOT NULL,
        x_positive_label text NOT NULL,
        x_min numeric NOT NULL CHECK (x_min < 0),
        x_max numeric NOT NULL CHECK (x_max > 0),
        y_negative_label text NOT NULL,
        y_positive_label text NOT NULL,
        y_min numeric NOT NULL CHECK (y_min < 0),
        y_max numeric NOT NULL CHECK (y_max > 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (built_in = (municipality_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX quadrant_model_name_unique ON quadrant_model
         (COALESCE(municipality_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`,
    );
    await q.query(`
      CREATE TABLE quadrant (
        model_id uuid NOT NULL REFERENCES quadrant_model(id) ON DELETE CASCADE,
        position text NOT NULL CHECK (position IN ('TOP_LEFT','TOP_RIGHT','BOTTOM_RIGHT','BOTTOM_LEFT')),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9]{1,8}$' AND lower(code) NOT IN ('e','f','ef')),
        name_nl text NOT NULL,
        name_en text NOT NULL,
        description text NOT NULL DEFAULT '',
        PRIMARY KEY (model_id, position),
        CONSTRAINT quadrant_code_unique UNIQUE (model_id, code)
      )`);
    await q.query(`
      CREATE TABLE provision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN ('GENERAL','TAILORED','COLLECTIVE','PRIOR','CIVIL_SOCIETY')),
        access text NOT NULL CHECK (access IN ('NONE','BESCHIKKING','INDICATIE','OTHER_TEST')),
        care_layer text NOT NULL CHECK (care_layer IN ('ZERO_LINE','FIRST_LINE','SECOND_LINE')),
        ring_tags text[] NOT NULL DEFAULT '{}'
          CHECK (ring_tags <@ ARRAY['NETWORK_STRENGTHENING','PREVENTION','OWN_STRENGTH']),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT provision_name_unique UNIQUE (municipality_id, name),
        CONSTRAINT provision_tenant_key UNIQUE (id, municipality_id)
      )`);
    await q.query(`
      CREATE TABLE provision_district (
        provision_id uuid NOT NULL,
        district_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        PRIMARY KEY (provision_id, district_id),
        FOREIGN KEY (provision_id, municipality_id) REFERENCES provision(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT provision_district_district_fk FOREIGN KEY (district_id, municipality_id)
          REFERENCES district(id, municipality_id) ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE INDEX provision_district_district_idx ON provision_district (district_id)`,
    );
    await q.query(`
      CREATE TABLE provision_placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        provision_id uuid NOT NULL,
        model_id uuid NOT NULL,
        district_id uuid,
        x numeric NOT NULL CHECK (scale(x) <= 2),
        y numeric NOT NULL CHECK (scale(y) <= 2),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (provision_id, municipality_id) REFERENCES provision(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT provision_placement_model_fk FOREIGN KEY (model_id)
          REFERENCES quadrant_model(id) ON DELETE RESTRICT,
        CONSTRAINT provision_placement_district_fk FOREIGN KEY (district_id, municipality_id)
          REFERENCES district(id, municipality_id) ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE UNIQUE INDEX provision_placement_unique ON provision_placement
         (provision_id, model_id, COALESCE(district_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await q.query(`CREATE INDEX provision_placement_model_idx ON provision_placement (model_id)`);
    await q.query(`
      CREATE TABLE position_survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        model_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        date date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT position_survey_model_fk FOREIGN KEY (model_id)
          REFERENCES quadrant_model(id) ON DELETE RESTRICT,
        CONSTRAINT position_survey_tenant_key UNIQUE (id, municipality_id)
      )`);
    await q.query(`CREATE INDEX position_survey_model_idx ON position_survey (model_id)`);
    await q.query(`
      CREATE TABLE position_survey_team (
        survey_id uuid NOT NULL,
        team_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        PRIMARY KEY (survey_id, team_id),
        FOREIGN KEY (survey_id, municipality_id) REFERENCES position_survey(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT position_survey_team_team_fk FOREIGN KEY (team_id, municipality_id)
          REFERENCES team(id, municipality_id) ON DELETE RESTRICT
      )`);
    await q.query(`
      CREATE TABLE position_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        respondent text NOT NULL CHECK (length(btrim(respondent)) > 0),
        team_id uuid,
        specialisms text[] NOT NULL DEFAULT '{}',
        subject text NOT NULL CHECK (subject IN ('SELF','TEAM')),
        horizon text NOT NULL CHECK (horizon IN ('CURRENT','DESIRED')),
        x numeric NOT NULL CHECK (scale(x) <= 2),
        y numeric NOT NULL CHECK (scale(y) <= 2),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (survey_id, municipality_id) REFERENCES position_survey(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT position_response_team_fk FOREIGN KEY (team_id, municipality_id)
          REFERENCES team(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT position_response_unique UNIQUE (survey_id, respondent, subject, horizon)
      )`);
    await insertBuiltInQuadrantModels(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "position_response",
      "position_survey_team",
      "position_survey",
      "provision_placement",
      "provision_district",
      "provision",
      "quadrant",
      "quadrant_model",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

/** Inserts the two built-in models and their quadrants (also used to restore them in tests). */
export async function insertBuiltInQuadrantModels(q: {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}): Promise<void> {
  await q.query(
    `INSERT INTO quadrant_model (id, built_in, name, description, x_negative_label, x_positive_label,
         x_min, x_max, y_negative_label, y_positive_label, y_min, y_max)
       VALUES
       ($1, true, 'Individueel–Collectief × Informeel–Formeel',
        'Model A (Binkhorst 2016; Scholte & Sprinkhuizen 2017): how far an approach serves one person or the neighbourhood (x), and how far professionals rather than residents carry it (y). Sliding scales: a provision sits at a point.',
        'individueel', 'collectief', -15, 15, 'informeel', 'formeel', -15, 15),
       ($2, true, 'Netwerkkwadrant',
        'Model B (Integraal Werken in de Wijk / Associatie Wijkteams, 2020): perspective individual help requests versus collective issues (x), context social versus institutional network (y).',
        'individuele hulpvragen', 'collectieve kwesties', -15, 15, 'sociaal netwerk', 'institutioneel netwerk', -15, 15)`,
    [MODEL_A_ID, MODEL_B_ID],
  );
  const quadrants: [string, string, string, string, string, string][] = [
    [
      MODEL_A_ID,
      "TOP_LEFT",
      "a",
      "individueel-formeel",
      "individual-formal",
      "Professional help for one person or family: GP, GGZ, district nursing, youth care, home support.",
    ],
    [
      MODEL_A_ID,
      "TOP_RIGHT",
      "b",
      "collectief-formeel",
      "collective-formal",
      "Professionally organised offers for groups: Welzijn op Recept, beweegmakelaar, sociaal makelaar, GGZ drop-in, repair café.",
    ],
    [
      MODEL_A_ID,
      "BOTTOM_RIGHT",
      "c",
      "collectief-informeel",
      "collective-informal",
      "Residents organise together: resident-run community centre, care cooperative, neighbourhood vegetable garden.",
    ],
    [
      MODEL_A_ID,
      "BOTTOM_LEFT",
      "d",
      "individueel-informeel",
      "individual-informal",
      "Informal help for one person: mantelzorg, buddy projects (maatjes), Eigen Kracht, recovery groups.",
    ],
    [
      MODEL_B_ID,
      "BOTTOM_LEFT",
      "I",
      "In het persoonlijke leven",
      "In personal life",
      "Individual × social network: a good life in one's own circle; context-oriented help with family, friends, neighbours, school and work.",
    ],
    [
      MODEL_B_ID,
      "TOP_LEFT",
      "II",
      "Tussen de regels",
      "Between the rules",
      "Individual × institutional network: accessibility; access to provisions — beschikkingen, indicaties, debt help, benefits, housing urgency.",
    ],
    [
      MODEL_B_ID,
      "BOTTOM_RIGHT",
      "III",
      "In de wijk",
      "In the neighbourhood",
      "Collective × social network: liveability and cohesion; use and strengthen the strength of the neighbourhood, online too.",
    ],
    [
      MODEL_B_ID,
      "TOP_RIGHT",
      "IV",
      "Aan de beleidstafel",
      "At the policy table",
      "Collective × institutional network: fairness; know policy, advise on improving and simplifying rules, raise collective issues.",
    ],
  ];
  for (const row of quadrants) {
    await q.query(
      `INSERT INTO quadrant (model_id, position, code, name_nl, name_en, description) VALUES ($1, $2, $3, $4, $5, $6)`,
      row,
    );
  }
}
