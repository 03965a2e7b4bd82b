import { writeFileSync } from "node:fs";
import { developmentTokens, resolveJwtKeys } from "../../../api/access";
import { seedDemoData } from "../../../api/demo/demo";
import {
  differences,
  readmeExamples,
  rememberIds,
  withAnsweredIds,
} from "../../support/readme-examples";
import { startTestServer, type TestServer } from "../../support/test-server";

// Every GraphQL example of the README, run as written with the development token it names
// against the demo data, in the README's order (later examples use ids earlier ones answered).
describe("README examples", () => {
  let t: TestServer;
  let tokens: Map<string, string>;
  const examples = readmeExamples();
  const answered = new Map<string, string>();
  const actual: unknown[] = [];

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    const keys = resolveJwtKeys({ production: false, dataDir: "", jwtSecret: t.jwtSecret });
    const printed = await developmentTokens(t.database.dataSource, keys);
    tokens = new Map(printed.map(({ label, token }) => [label, token]));
  });
  afterAll(async () => {
    // README_EXAMPLES_ACTUAL=<file> writes what the server answered, to update the README.
    const file = process.env.README_EXAMPLES_ACTUAL;
    if (file) writeFileSync(file, JSON.stringify(actual, null, 2));
    await t.stop();
  });

  it("has examples for every role the server prints a token for", () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(new Set(examples.map((e) => e.token))).toEqual(new Set(tokens.keys()));
  });

  it.each(examples.map((example) => [example.line, example.token, example] as const))(
    "the example at README line %i (%s) answers what the README shows",
    async (_line, label, example) => {
      const token = tokens.get(label);
      if (!token)
        throw new Error(
          `no development token "${label}"; the server prints ${[...tokens.keys()].join(", ")}`,
        );
      const client = t.withToken(token);
      let last: unknown;
      for (const operation of example.operations) {
        const response = await client.gql(withAnsweredIds(operation, answered));
        rememberIds(response.data, answered);
        actual.push({ line: example.line, response });
        last = response;
        const isLast = operation === example.operations[example.operations.length - 1];
        if (!(isLast && example.expected)) expect(response.errors).toBeUndefined();
      }
      if (example.expected) expect(differences(example.expected, last)).toEqual([]);
    },
  );
});
