import { buildSchema, parse } from "graphql";
import { operationComplexity } from "../../../api/access/query-complexity";
import { operationDepth } from "../../../api/access/query-depth";

/** A small schema of the same shapes as Kwadrant's: a connection, plain lists, a cycle. */
const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! }
  type Member { id: ID! name: String! specialisms: [String!]! team: Team! }
  type Team { id: ID! members: [Member!]! }
  type Case { id: ID! reference: String! }
  type CaseEdge { cursor: String! node: Case! }
  type CaseConnection { edges: [CaseEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Query { team(id: ID!): Team teams: [Team!]! cases(first: Int, after: String): CaseConnection! }
`);

/** `query { ...F0 }` where every fragment spreads the next one twice: 2^levels expansions. */
function fanOut(levels: number): string {
  let doc = "query { ...F0 }";
  for (let i = 0; i < levels; i++) doc += ` fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`;
  return `${doc} fragment F${levels} on Query { teams { id } }`;
}

const cost = (query: string, variables = {}) =>
  operationComplexity(schema, parse(query), variables);

describe("query limits", () => {
  it("measures the depth of fragments spread into each other without expanding them", () => {
    // Expanded, this document would be 2^60 selections; measured per fragment it is instant.
    expect(operationDepth(parse(fanOut(60)))).toBe(2);
    expect(operationDepth(parse("{ team(id: 1) { members { team { members { id } } } } }"))).toBe(
      5,
    );
  });

  it("counts a fragment cycle as infinitely deep", () => {
    const cycle = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
    expect(operationDepth(parse(cycle))).toBe(Infinity);
  });

  it("multiplies a connection by its page size, 20 without first, and not its edges again", () => {
    // cases: 1 + first × (edges: 1 + (node: 1 + id: 1))
    expect(cost("{ cases(first: 5) { edges { node { id } } } }")).toBe(1 + 5 * 3);
    expect(cost("query($n: Int) { cases(first: $n) { edges { node { id } } } }", { n: 7 })).toBe(
      1 + 7 * 3,
    );
    expect(cost("{ cases { edges { node { id } } } }")).toBe(1 + 20 * 3);
    expect(cost("{ cases { totalCount } }")).toBe(1 + 20 * 1);
  });

  it("multiplies a plain list of objects by 10, a list of scalars not", () => {
    expect(cost("{ teams { id } }")).toBe(1 + 10 * 1);
    expect(cost("{ team(id: 1) { members { specialisms } } }")).toBe(1 + (1 + 10 * 1));
    // lists nested in lists: each level multiplies
    expect(cost("{ teams { members { team { members { id } } } } }")).toBe(
      1 + 10 * (1 + 10 * (1 + (1 + 10 * 1))),
    );
  });

  it("refuses a document whose fragments expand to too many fields as infinitely costly", () => {
    expect(cost(fanOut(8))).toBe(2 ** 8 * (1 + 10 * 1));
    expect(cost(fanOut(30))).toBe(Infinity);
  });
});
