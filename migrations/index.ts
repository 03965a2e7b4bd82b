import { Organisation1763900000000 } from "./1763900000000-Organisation";

/** Every migration, oldest first. The only way the database schema changes. */
export const migrations = [Organisation1763900000000];
