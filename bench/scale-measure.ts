import type { ScaleOptions } from "./scale-options";

export async function measureAll(_options: ScaleOptions): Promise<void> {}
