import type { GraphiQLProps } from "graphiql";
import { storedToken } from "../session";

/**
 * GraphiQL's requests go to this server's /graphql with the signed-in user's token, like every
 * other page: same origin, same roles, no other endpoint and no telemetry.
 */
export const kwadrantFetcher: GraphiQLProps["fetcher"] = async (params) => {
  const token = storedToken();
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
};
