import type { MigrationInterface, QueryRunner } from "typeorm";

const DOMAINS = `ARRAY['INCOME_DEBTS','HOUSING','WORK_DAYTIME','PHYSICAL_HEALTH','MENTAL_HEALTH','ADDICTION','PARENTING','SOCIAL_NETWORK','SAFETY']`;
const ROLES = `('NEIGHBOURHOOD_TEAM_WORKER','TEAM_LEADER','DISTRICT_NURSE','SOCIAL_WORKER','WMO_CONSULTANT','WELFARE_COACH','SOCIAL_BROKER','COMMUNITY_WORKER','YOUTH_WORKER','COMMUNITY_POLICE_OFFICER','HOUSING_CONSULTANT','DEBT_COUNSELLOR','VOLUNTEER','OTHER')`;
const FRACTION = (column: string) =>
  `${column} numeric(6,5) NOT NULL DEFAULT 0 CHECK (${column} >= 0 AND ${column} <= 1)`;

/**
 * The monitoring data: arrangements (templates of components), cases with their arrangements,
 * self-reliance assessments and bundles, support activities and outcomes per scenario, and
 * the import jobs that bring them in from files.
 */
export class Registration1763900200000 implements MigrationInterface {
  name = "Registration1763900200000";

  async up(q: QueryRunner): Promise<void> {
    // Tenant keys so that activities and outcomes cannot point at another municipality's rows.
    await q.query(
      `ALTER TABLE member ADD CONSTRAINT member_tenant_key UNIQUE (id, municipality_id)`,
    );
    await q.query(
      `ALTER TABLE stakeholder ADD CONSTRAINT stakeholder_tenant_key UNIQUE (id, municipality_id)`,
    );
    await q.query(`
      CREATE TABLE arrangement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        team_id uuid,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        goal text CHECK (goal IN ('CONNECT_REQUESTS','BASIC_PROVISIONS_PREVENTION','SYSTEM_ISSUES')),
        form text NOT NULL CHECK (form IN ('GROUP_OFFER','REFER_TO_EXISTING','CONNECT_PEOPLE','INDIVIDUAL_SUPPORT','MIXED')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT arrangement_name_unique UNIQUE (municipality_id, name),
        CONSTRAINT arrangement_tenant_key UNIQUE (id, municipality_id),
        CONSTRAINT arrangement_team_fk FOREIGN KEY (team_id, municipality_id)
          REFERENCES team(id, municipality_id) ON DELETE RESTRICT
      )`);
    await q.query(`
      CREATE TABLE arrangement_component (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        arrangement_id uuid NOT NULL,
        position integer NOT NULL,
        provision_id uuid,
        role text CHECK (role IN ${ROLES}),
        collective boolean NOT NULL DEFAULT false,
        planned_hours_per_month numeric(8,2) CHECK (planned_hours_per_month >= 0),
        planned_units_per_month numeric(10,2) CHECK (planned_units_per_month >= 0),
        FOREIGN KEY (arrangement_id, municipality_id) REFERENCES arrangement(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT arrangement_component_provision_fk FOREIGN KEY (provision_id, municipality_id)
          REFERENCES provision(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT arrangement_component_tenant_key UNIQUE (id, municipality_id),
        CHECK ((provision_id IS NULL) <> (role IS NULL)),
        CHECK (planned_hours_per_month IS NOT NULL OR planned_units_per_month IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX arrangement_component_arrangement_idx ON arrangement_component (arrangement_id)`,
    );
    await q.query(`
      CREATE TABLE component_placement (
        component_id uuid NOT NULL REFERENCES arrangement_component(id) ON DELETE CASCADE,
        model_id uuid NOT NULL REFERENCES quadrant_model(id) ON DELETE RESTRICT,
        x numeric NOT NULL CHECK (scale(x) <= 2),
        y numeric NOT NULL CHECK (scale(y) <= 2),
        PRIMARY KEY (component_id, model_id)
      )`);
    await q.query(`
      CREATE TABLE case_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        team_id uuid NOT NULL,
        district_id uuid,
        reference text NOT NULL CHECK (length(btrim(reference)) > 0),
        external_ref text,
        kind text NOT NULL CHECK (kind IN ('HELP_REQUEST','COLLECTIVE_ISSUE')),
        opened_on date NOT NULL,
        closed_on date CHECK (closed_on IS NULL OR closed_on >= opened_on),
        problem_domains text[] NOT NULL DEFAULT '{}' CHECK (problem_domains <@ ${DOMAINS}),
        multiple_problems boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_reference_unique UNIQUE (municipality_id, reference),
        CONSTRAINT case_external_ref_unique UNIQUE (municipality_id, external_ref),
        CONSTRAINT case_tenant_key UNIQUE (id, municipality_id),
        CONSTRAINT case_team_fk FOREIGN KEY (team_id, municipality_id) REFERENCES team(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT case_district_fk FOREIGN KEY (district_id, municipality_id)
          REFERENCES district(id, municipality_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX case_team_idx ON case_record (team_id, opened_on)`);
    await q.query(`CREATE INDEX case_district_idx ON case_record (district_id)`);
    await q.query(`
      CREATE TABLE case_arrangement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        case_id uuid NOT NULL,
        arrangement_id uuid NOT NULL,
        started_on date NOT NULL,
        ended_on date CHECK (ended_on IS NULL OR ended_on >= started_on),
        FOREIGN KEY (case_id, municipality_id) REFERENCES case_record(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT case_arrangement_arrangement_fk FOREIGN KEY (arrangement_id, municipality_id)
          REFERENCES arrangement(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT case_arrangement_unique UNIQUE (case_id, arrangement_id, started_on)
      )`);
    await q.query(
      `CREATE INDEX case_arrangement_arrangement_idx ON case_arrangement (arrangement_id)`,
    );
    await q.query(`
      CREATE TABLE self_reliance_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        case_id uuid NOT NULL,
        assessed_on date NOT NULL,
        domain text NOT NULL CHECK (domain = ANY(${DOMAINS})),
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        FOREIGN KEY (case_id, municipality_id) REFERENCES case_record(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT assessment_unique UNIQUE (case_id, assessed_on, domain)
      )`);
    await q.query(`
      CREATE TABLE case_bundle (
        issue_id uuid NOT NULL,
        request_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        PRIMARY KEY (issue_id, request_id),
        FOREIGN KEY (issue_id, municipality_id) REFERENCES case_record(id, municipality_id) ON DELETE CASCADE,
        FOREIGN KEY (request_id, municipality_id) REFERENCES case_record(id, municipality_id) ON DELETE CASCADE,
        CHECK (issue_id <> request_id)
      )`);
    await q.query(`CREATE INDEX case_bundle_request_idx ON case_bundle (request_id)`);
    await q.query(`
      CREATE TABLE support_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        case_id uuid NOT NULL,
        external_ref text,
        scenario text NOT NULL CHECK (scenario IN ('INTERVENTION','REFERENCE')),
        activity_date date NOT NULL,
        member_id uuid,
        role text CHECK (role IN ${ROLES}),
        hours numeric(8,2) CHECK (hours > 0),
        provision_id uuid,
        units numeric(10,2) CHECK (units > 0),
        recur_months integer CHECK (recur_months BETWEEN 1 AND 600),
        collective boolean NOT NULL DEFAULT false,
        arrangement_id uuid,
        price_item_code text,
        description text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (case_id, municipality_id) REFERENCES case_record(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT support_activity_member_fk FOREIGN KEY (member_id, municipality_id)
          REFERENCES member(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT support_activity_provision_fk FOREIGN KEY (provision_id, municipality_id)
          REFERENCES provision(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT support_activity_arrangement_fk FOREIGN KEY (arrangement_id, municipality_id)
          REFERENCES arrangement(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT support_activity_external_ref_unique UNIQUE (municipality_id, external_ref),
        CHECK (hours IS NOT NULL OR (provision_id IS NOT NULL AND units IS NOT NULL)),
        CHECK (hours IS NULL OR member_id IS NOT NULL OR role IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX support_activity_case_idx ON support_activity (case_id)`);
    await q.query(
      `CREATE INDEX support_activity_date_idx ON support_activity (municipality_id, activity_date)`,
    );
    await q.query(`
      CREATE TABLE outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        case_id uuid NOT NULL,
        external_ref text,
        scenario text NOT NULL CHECK (scenario IN ('INTERVENTION','REFERENCE')),
        outcome_date date NOT NULL,
        description text NOT NULL CHECK (length(btrim(description)) > 0),
        price_item_code text,
        quantity numeric(12,4) CHECK (quantity >= 0),
        recur_months integer CHECK (recur_months BETWEEN 1 AND 600),
        duration_years integer CHECK (duration_years BETWEEN 1 AND 50),
        ${FRACTION("deadweight")},
        ${FRACTION("displacement")},
        ${FRACTION("attribution")},
        ${FRACTION("drop_off")},
        ${FRACTION("leakage")},
        evidence text NOT NULL DEFAULT '',
        beneficiary_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (case_id, municipality_id) REFERENCES case_record(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT outcome_beneficiary_fk FOREIGN KEY (beneficiary_id, municipality_id)
          REFERENCES stakeholder(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT outcome_external_ref_unique UNIQUE (municipality_id, external_ref),
        CHECK (recur_months IS NULL OR duration_years IS NULL),
        CHECK (price_item_code IS NULL OR quantity IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX outcome_case_idx ON outcome (case_id)`);
    await q.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CASES','ACTIVITIES','OUTCOMES')),
        filename text NOT NULL,
        content bytea,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
        rows_total integer,
        rows_done integer NOT NULL DEFAULT 0,
        rows_inserted integer NOT NULL DEFAULT 0,
        rows_updated integer NOT NULL DEFAULT 0,
        rows_unchanged integer NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]',
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX import_job_queue_idx ON import_job (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "import_job",
      "outcome",
      "support_activity",
      "case_bundle",
      "self_reliance_assessment",
      "case_arrangement",
      "case_record",
      "component_placement",
      "arrangement_component",
      "arrangement",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE stakeholder DROP CONSTRAINT stakeholder_tenant_key`);
    await q.query(`ALTER TABLE member DROP CONSTRAINT member_tenant_key`);
  }
}
