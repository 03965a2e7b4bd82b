import { Decimal } from "decimal.js";
import { quadrantShares } from "../../calculators/quadrant/index";
import type { ArrangementComponent, ComponentPlacement } from "../../schema/arrangement";
import type { ProvisionPlacement } from "../../schema/provision";
import type { Quadrant } from "../../schema/quadrant-model";
import type { QuadrantProfile } from "../../schema/registration-results";
import { codesOf } from "./quadrant-model.service";

interface ComponentWithPlacements {
  component: ArrangementComponent;
  own: ComponentPlacement[];
  provision: ProvisionPlacement[];
}

/**
 * The share of planned hours per quadrant class: a component sits at its own placement in the
 * model, else at its provision's general placement; components with neither are "unplaced".
 */
export function quadrantProfile(
  modelId: string,
  quadrants: Quadrant[],
  items: ComponentWithPlacements[],
): QuadrantProfile {
  const placed: { x: string; y: string; weight: string }[] = [];
  let unplaced = new Decimal(0);
  for (const { component, own, provision } of items) {
    const hours = component.plannedHoursPerMonth ?? "0";
    const point =
      own.find((p) => p.modelId === modelId) ??
      provision.find((p) => p.modelId === modelId && p.districtId === null);
    if (point) placed.push({ x: point.x, y: point.y, weight: hours });
    else unplaced = unplaced.plus(hours);
  }
  const { weights, shares } = quadrantShares(placed, codesOf(quadrants));
  return {
    modelId,
    unplacedHours: unplaced.toString(),
    shares: Object.entries(weights).map(([quadrantClass, hours]) => ({
      quadrantClass,
      quadrant: quadrants.find((q) => q.code === quadrantClass) ?? null,
      hours: hours.toString(),
      share: shares ? shares[quadrantClass].toString() : null,
    })),
  };
}
