import { Client, cacheExchange, fetchExchange, mapExchange } from "urql";

/**
 * The page's only GraphQL client: POST /graphql with the bearer token, like any other client
 * (Apollo's CSRF prevention refuses GET without a preflight header). A refused token ends the
 * session so that the sign-in page shows.
 */
export function createClient(token: string, onUnauthenticated: () => void): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      mapExchange({
        onError(error) {
          const unauthenticated =
            error.response?.status === 401 ||
            error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
          if (unauthenticated) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
