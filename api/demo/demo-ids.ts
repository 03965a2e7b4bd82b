import { v5 as uuidV5 } from "uuid";

// A fixed namespace: the same demo object gets the same id on every installation, so the
// README's examples can name teams, members and arrangements by id.
const DEMO_NAMESPACE = "6b7761f2-6472-4161-8e74-64656d6f0001";

/** The demo's id of one object, from its kind and natural key (e.g. "team", Zwolle's id, name). */
export function demoId(kind: string, ...key: string[]): string {
  return uuidV5([kind, ...key].join("\u0000"), DEMO_NAMESPACE);
}
