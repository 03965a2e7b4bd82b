import { parseArgs } from "node:util";
import { readConfig, UUID } from "../platform";
import { signDevelopmentToken, resolveJwtKeys } from "../access";
import { isRole, Role, ROLES } from "../../schema/roles";
const USAGE = `Usage: npm run token -- --role <${ROLES.join("|")}> [--municipality <code or id>] [--team <id>]… [--hours <n>] [--subject <name>]

Mints a development JWT signed with the server's HS256 secret (KWADRANT_JWT_SECRET, or the
secret the server made in its KWADRANT_DATA_DIR: give this command the same folder). The token
is the last line of the output. The server prints one token per role at start as well.`;

/** `npm run token`: a bearer token for trying the API; `--role ADMIN` needs no municipality. */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      municipality: { type: "string" },
      team: { type: "string", multiple: true },
      hours: { type: "string", default: "12" },
      subject: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const role = values.role?.toUpperCase();
  if (!isRole(role)) throw new Error(`--role: one of ${ROLES.join(", ")}\n\n${USAGE}`);
  const teams = values.team ?? [];
  if (role === Role.ADMIN && values.municipality)
    throw new Error("--municipality: an ADMIN token belongs to no municipality");
  if (role !== Role.ADMIN && !values.municipality)
    throw new Error(`--municipality: required for role ${role} (a code such as GM0344)`);
  const teamBound = role === Role.TEAM_LEAD || role === Role.PROFESSIONAL;
  if (teamBound && !teams.length)
    throw new Error(`--team: required for role ${role} (the id of a team; repeat for more)`);
  if (!teamBound && teams.length)
    throw new Error(`--team: only for TEAM_LEAD and PROFESSIONAL, not for ${role}`);
  const notId = teams.find((team) => !UUID.test(team));
  if (notId) throw new Error(`--team: "${notId}" is not a team id (a UUID)`);
  const hours = Number(values.hours);
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 31)
    throw new Error("--hours: a whole number from 1 to 744");
  const config = readConfig();
  const keys = resolveJwtKeys(config, { createSecret: false });
  if (!keys.secret)
    throw new Error(
      "No HS256 secret: with KWADRANT_JWT_PUBLIC_KEY or KWADRANT_JWKS_URL your identity provider issues the tokens (or set KWADRANT_JWT_SECRET too)",
    );
  const token = await signDevelopmentToken(
    { ...keys, secret: keys.secret },
    {
      sub: values.subject,
      role,
      municipality: role === Role.ADMIN ? undefined : values.municipality,
      teams: teams.map((team) => team.toLowerCase()),
    },
    hours,
  );
  console.log(
    `Role ${role}${values.municipality ? ` in ${values.municipality}` : ""}${teams.length ? `, teams ${teams.join(", ")}` : ""}; valid ${hours} h. Use: curl -H "Authorization: Bearer <token>" …`,
  );
  console.log(token);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
