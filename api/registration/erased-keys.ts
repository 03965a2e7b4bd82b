import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

/**
 * The keys (reference, external ref) of erased cases are kept only as hashes, salted with the
 * municipality: enough to refuse an import or a registration that would bring an erased case
 * back, without keeping the reference itself.
 */
export function erasedKeyHash(municipalityId: string, key: string): string {
  return createHash("sha256").update(`${municipalityId}\n${key.trim()}`).digest("hex");
}

export async function rememberErasedKeys(
  em: EntityManager,
  municipalityId: string,
  caseId: string,
  keys: (string | null)[],
): Promise<void> {
  const hashes = keys.filter((k): k is string => !!k).map((k) => erasedKeyHash(municipalityId, k));
  if (!hashes.length) return;
  await em.query(
    `INSERT INTO erased_case_key (municipality_id, key_hash, case_id)
     SELECT $1, h, $2 FROM unnest($3::text[]) AS h ON CONFLICT DO NOTHING`,
    [municipalityId, caseId, hashes],
  );
}

/** The hashes of every erased key of a municipality (an import checks its rows against them). */
export async function loadErasedKeyHashes(
  em: EntityManager,
  municipalityId: string,
): Promise<Set<string>> {
  const rows: { key_hash: string }[] = await em.query(
    "SELECT key_hash FROM erased_case_key WHERE municipality_id = $1",
    [municipalityId],
  );
  return new Set(rows.map((r) => r.key_hash));
}

export async function isErasedKey(
  em: EntityManager,
  municipalityId: string,
  key: string,
): Promise<boolean> {
  const [row] = await em.query(
    "SELECT 1 FROM erased_case_key WHERE municipality_id = $1 AND key_hash = $2",
    [municipalityId, erasedKeyHash(municipalityId, key)],
  );
  return !!row;
}
