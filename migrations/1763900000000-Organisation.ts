import type { MigrationInterface, QueryRunner } from "typeorm";

/** The organisation model: municipalities (tenants), districts, teams, members, stakeholders. */
export class Organisation1763900000000 implements MigrationInterface {
  name = "Organisation1763900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^GM[0-9]{4}$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE district (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('WIJK','BUURT','ZONE')),
        cbs_code text,
        parent_id uuid,
        population integer CHECK (population >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT district_name_unique UNIQUE (municipality_id, name),
        CONSTRAINT district_tenant_key UNIQUE (id, municipality_id),
        CONSTRAINT district_parent_fk FOREIGN KEY (parent_id, municipality_id)
          REFERENCES district(id, municipality_id) ON DELETE RESTRICT,
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        team_type text NOT NULL CHECK (team_type IN
          ('SOCIAL','YOUTH_AND_FAMILY','SOCIAL_BROKER','LINK_TEAM','GENERALIST','OTHER')),
        prototype text NOT NULL CHECK (prototype IN ('TEAM_MODEL','FRONT_BACK_OFFICE','NETWORK_MODEL')),
        breadth text[] NOT NULL DEFAULT '{}' CHECK (breadth <@
          ARRAY['SOCIAL_AID','CARE_PHYSICAL','COMMUNITY_PARTICIPATION','INFORMAL_NETWORKS']),
        depth text[] NOT NULL DEFAULT '{}' CHECK (depth <@
          ARRAY['SIGNALLING','ACCESS','PREVENTION','SUPPORT']),
        funding_form text NOT NULL CHECK (funding_form IN
          ('REGULAR_BUDGET','PROJECT','CO_FINANCING','POPULATION_BASED','DISTRICT_BUDGET')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT team_name_unique UNIQUE (municipality_id, name),
        CONSTRAINT team_tenant_key UNIQUE (id, municipality_id)
      )`);
    await q.query(`
      CREATE TABLE team_district (
        team_id uuid NOT NULL,
        district_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        PRIMARY KEY (team_id, district_id),
        FOREIGN KEY (team_id, municipality_id) REFERENCES team(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT team_district_district_fk FOREIGN KEY (district_id, municipality_id)
          REFERENCES district(id, municipality_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX team_district_district_idx ON team_district (district_id)`);
    await q.query(`
      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        team_id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        role text NOT NULL,
        parent_organisation text NOT NULL,
        contracted_hours_per_week numeric(5,2) NOT NULL
          CHECK (contracted_hours_per_week > 0 AND contracted_hours_per_week <= 60),
        expertise text NOT NULL CHECK (expertise IN ('GENERALIST','SPECIALIST')),
        specialisms text[] NOT NULL DEFAULT '{}',
        active_from date NOT NULL,
        active_until date CHECK (active_until IS NULL OR active_until >= active_from),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_team_fk FOREIGN KEY (team_id, municipality_id)
          REFERENCES team(id, municipality_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX member_team_idx ON member (team_id)`);
    await q.query(`CREATE INDEX member_municipality_idx ON member (municipality_id)`);
    await q.query(`
      CREATE TABLE stakeholder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stakeholder_code_unique UNIQUE (municipality_id, code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "stakeholder",
      "member",
      "team_district",
      "team",
      "district",
      "municipality",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
