import type { MigrationInterface, QueryRunner } from "typeorm";

const UNITS = `('HOUR','DAY_PART','DAY','WEEK','MONTH','YEAR','EVENT','SESSION','CONTACT','PLACEMENT','TRAJECTORY','PERSON')`;

/**
 * The social price list (maatschappelijke prijslijst), versioned per municipality, and the
 * price index series that bring every price to one report price year.
 *
 * A PUBLISHED version is immutable: the API refuses changes with CONFLICT, and triggers refuse
 * any UPDATE or DELETE of a published list and any change to its items, whoever tries.
 */
export class PriceLists1763900400000 implements MigrationInterface {
  name = "PriceLists1763900400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE price_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) > 0 AND length(name) <= 200),
        version_number integer NOT NULL CHECK (version_number >= 1),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
        valid_from date NOT NULL,
        published_at timestamptz,
        based_on_id uuid,
        description text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT price_list_tenant_key UNIQUE (id, municipality_id),
        CONSTRAINT price_list_version_unique UNIQUE (municipality_id, version_number),
        CONSTRAINT price_list_based_on_fk FOREIGN KEY (based_on_id, municipality_id)
          REFERENCES price_list(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT price_list_published_at CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
        CHECK (based_on_id IS NULL OR based_on_id <> id)
      )`);
    // One draft at a time per municipality, so version numbers follow the order of publication.
    await q.query(
      `CREATE UNIQUE INDEX price_list_one_draft ON price_list (municipality_id) WHERE status = 'DRAFT'`,
    );
    await q.query(`
      CREATE TABLE price_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        price_list_id uuid NOT NULL,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{0,39}$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0 AND length(name) <= 200),
        unit text NOT NULL CHECK (unit IN ${UNITS}),
        price_cents bigint NOT NULL CHECK (price_cents >= 0),
        price_year smallint NOT NULL CHECK (price_year BETWEEN 1990 AND 2100),
        source text NOT NULL DEFAULT '',
        bearer_id uuid NOT NULL,
        value_type text NOT NULL CHECK (value_type IN ('FISCAL','ECONOMIC','SOCIAL')),
        grade text NOT NULL CHECK (grade IN ('A','B','C')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT price_item_list_fk FOREIGN KEY (price_list_id, municipality_id)
          REFERENCES price_list(id, municipality_id) ON DELETE CASCADE,
        CONSTRAINT price_item_bearer_fk FOREIGN KEY (bearer_id, municipality_id)
          REFERENCES stakeholder(id, municipality_id) ON DELETE RESTRICT,
        CONSTRAINT price_item_code_unique UNIQUE (price_list_id, code)
      )`);
    await q.query(`CREATE INDEX price_item_bearer_idx ON price_item (bearer_id)`);
    await q.query(`
      CREATE TABLE price_index (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid REFERENCES municipality(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) > 0 AND length(name) <= 80),
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        value numeric NOT NULL CHECK (value > 0 AND scale(value) <= 6),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A shared series (no municipality) and a municipality's own series each hold a year once.
    await q.query(
      `CREATE UNIQUE INDEX price_index_shared_year ON price_index (name, year) WHERE municipality_id IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX price_index_own_year ON price_index (municipality_id, name, year) WHERE municipality_id IS NOT NULL`,
    );

    await q.query(`
      CREATE FUNCTION price_list_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'price list % (version %) is published and cannot change',
            OLD.id, OLD.version_number USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER price_list_guard BEFORE UPDATE OR DELETE ON price_list
        FOR EACH ROW EXECUTE FUNCTION price_list_guard()`);
    await q.query(`
      CREATE FUNCTION price_item_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND EXISTS
            (SELECT 1 FROM price_list WHERE id = OLD.price_list_id AND status = 'PUBLISHED') THEN
          RAISE EXCEPTION 'price item % belongs to a published price list and cannot change',
            OLD.code USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP <> 'DELETE' AND EXISTS
            (SELECT 1 FROM price_list WHERE id = NEW.price_list_id AND status = 'PUBLISHED') THEN
          RAISE EXCEPTION 'price list % is published: no items can be added or changed',
            NEW.price_list_id USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER price_item_guard BEFORE INSERT OR UPDATE OR DELETE ON price_item
        FOR EACH ROW EXECUTE FUNCTION price_item_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE price_index`);
    await q.query(`DROP TABLE price_item`);
    await q.query(`DROP TABLE price_list`);
    await q.query(`DROP FUNCTION price_item_guard()`);
    await q.query(`DROP FUNCTION price_list_guard()`);
  }
}
