import { buildSchema, graphql, type GraphQLResolveInfo } from "graphql";
import { selectsField } from "../../../api/platform/selection";

/** Runs `query` against a tiny schema and reports what selectsField saw for `result`. */
async function seen(query: string): Promise<{ timeline: boolean; sensitivity: boolean }> {
  const schema = buildSchema(`
    type Row { period: String timeline: String }
    type Result { npv: String timeline: [Row] sensitivity: [Row] }
    type Query { result: Result }`);
  let found = { timeline: false, sensitivity: false };
  await graphql({
    schema,
    source: query,
    rootValue: {
      result: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        found = {
          timeline: selectsField(info, "timeline"),
          sensitivity: selectsField(info, "sensitivity"),
        };
        return { npv: "0" };
      },
    },
  });
  return found;
}

describe("selectsField", () => {
  it("sees a field selected directly or under an alias", async () => {
    expect(await seen("{ result { npv } }")).toEqual({ timeline: false, sensitivity: false });
    expect(await seen("{ result { npv rows: timeline { period } } }")).toEqual({
      timeline: true,
      sensitivity: false,
    });
  });

  it("looks into inline and named fragments, and not into deeper levels", async () => {
    expect(
      await seen(
        `{ result { ...F } } fragment F on Result { ... on Result { sensitivity { period } } }`,
      ),
    ).toEqual({ timeline: false, sensitivity: true });
    expect(await seen("{ result { sensitivity { timeline } } }")).toEqual({
      timeline: false,
      sensitivity: true,
    });
  });
});
