/**
 * jose 6 is an ES module only; this CommonJS build loads it with a dynamic import (which also
 * works under jest with --experimental-vm-modules, as PGlite does).
 */
type Jose = typeof import("jose", { with: { "resolution-mode": "import" } });

let loaded: Promise<Jose> | undefined;

export function loadJose(): Promise<Jose> {
  loaded ??= import("jose");
  return loaded;
}
