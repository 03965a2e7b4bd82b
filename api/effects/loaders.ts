import type { DataSource } from "typeorm";
import { caseEffectLoader } from "./case-effect.service";

/** The effects' per-request loaders: `case.effect`, batched per settings (the cases were scoped when loaded). */
export function effectLoaders(db: DataSource) {
  return { caseEffect: caseEffectLoader(db) };
}

type EffectLoaders = ReturnType<typeof effectLoaders>;

declare module "../platform/loader-registry" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends EffectLoaders {}
}
