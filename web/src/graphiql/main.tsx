// Monaco's language workers, bundled by Vite from npm: nothing loads from a CDN.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { StrictMode, useEffect, useState } from "react";
import { buildSchema, type GraphQLSchema } from "graphql";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { storedToken } from "../session";
import { kwadrantFetcher } from "./fetcher";

const EXAMPLE = `# Kwadrant's API, with your token and role.
# Ctrl-Enter runs; the book opens the docs.
{
  viewer {
    role
    municipality { name }
  }
  teams(first: 10) {
    totalCount
    edges { node { name } }
  }
}
`;

function SignInFirst() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
      <h1>GraphQL-verkenner</h1>
      <p>
        Log eerst in op <a href="/">Kwadrant</a>; de verkenner gebruikt daarna uw token.
      </p>
    </main>
  );
}

/** The schema from the server's SDL (its introspection query would exceed the depth limit). */
function useSchema(token: string): GraphQLSchema | Error | null {
  const [schema, setSchema] = useState<GraphQLSchema | Error | null>(null);
  useEffect(() => {
    fetch("/graphiql/schema.graphql", { headers: { authorization: `Bearer ${token}` } })
      .then(async (response) => {
        if (!response.ok) throw new Error(await response.text());
        setSchema(buildSchema(await response.text()));
      })
      .catch((error: Error) => setSchema(error));
  }, [token]);
  return schema;
}

function Explorer({ token }: { token: string }) {
  const schema = useSchema(token);
  if (schema instanceof Error) return <p role="alert">{schema.message}</p>;
  if (!schema) return <p>Schema laden…</p>;
  return (
    <div style={{ height: "100vh" }}>
      <GraphiQL fetcher={kwadrantFetcher} schema={schema} defaultQuery={EXAMPLE} />
    </div>
  );
}

const token = storedToken();
createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>{token ? <Explorer token={token} /> : <SignInFirst />}</StrictMode>,
);
