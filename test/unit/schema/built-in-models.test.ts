import * as migration from "../../../migrations/1763900100000-QuadrantModels";
import { MODEL_A_ID, MODEL_B_ID } from "../../../schema/quadrant-model";

describe("built-in quadrant models", () => {
  it("have in the model the ids the migration inserted them with", () => {
    expect([MODEL_A_ID, MODEL_B_ID]).toEqual([migration.MODEL_A_ID, migration.MODEL_B_ID]);
  });
});
