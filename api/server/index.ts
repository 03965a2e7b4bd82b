/** The server: the composition root that wires every domain into one HTTP and GraphQL server. */
export { printSchemaText } from "./schema-text";
