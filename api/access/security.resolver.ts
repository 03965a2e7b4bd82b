import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Case } from "../../schema/case";
import { Municipality } from "../../schema/municipality";
import { Team } from "../../schema/team";
import { ApiToken, AuditEvent, CreatedApiToken } from "../../schema/security";
import { AuditEventFilter, CreateApiTokenInput } from "../../schema/inputs/security.input";
import { insertApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { auditEventList } from "./audit-events";
import {
  audit,
  type RequestContext,
  BadInputError,
  ConnectionType,
  PageArgs,
  findVisible,
  requireId,
  inTransaction,
  listConnection,
} from "../platform";
import { Role } from "../../schema/roles";
import { eraseCase } from "./erasure.service";

@ObjectType()
class AuditEventConnection extends ConnectionType(AuditEvent) {}

/** API tokens, the audit log and erasure. Who may call what: auth/permissions.ts. */
@Resolver()
export class SecurityResolver {
  @Mutation(() => CreatedApiToken, {
    description:
      "Creates an API token for a script (ADMIN). The token text is answered this once and stored only as a hash.",
  })
  createApiToken(@Ctx() ctx: RequestContext, @Arg("input") input: CreateApiTokenInput) {
    return inTransaction(ctx, async (em) => {
      let municipalityId: string | null = null;
      const teamIds = (input.teamIds ?? []).map((id) => id.toLowerCase());
      if (input.role === Role.ADMIN) {
        if (input.municipalityId || teamIds.length)
          throw new BadInputError("municipalityId", "an ADMIN token belongs to no municipality");
      } else {
        if (!input.municipalityId)
          throw new BadInputError("municipalityId", `is required for role ${input.role}`);
        const municipality = await findVisible(
          em,
          Municipality,
          "Municipality",
          input.municipalityId,
          ctx.scope,
          "municipalityId",
          "x.id",
        );
        municipalityId = municipality.id;
        for (const [index, teamId] of teamIds.entries()) {
          const team = await em.findOneBy(Team, { id: requireId(`teamIds[${index}]`, teamId) });
          if (!team || team.municipalityId !== municipalityId)
            throw new BadInputError(`teamIds[${index}]`, "is not a team of this municipality");
        }
      }
      const created = await insertApiToken(em, {
        label: input.label.trim(),
        role: input.role,
        municipalityId,
        teamIds,
        expiresAt: new Date(Date.now() + input.expiresInDays * 86400000),
        createdBy: ctx.caller.subject,
      });
      await audit({ em, caller: ctx.caller }, "TOKEN_CREATED", {
        apiTokenId: created.apiToken.id,
        role: input.role,
        municipalityId,
      });
      return created;
    });
  }

  @Query(() => [ApiToken], {
    description: "API tokens, newest first (ADMIN); never their secrets.",
  })
  apiTokens(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID, { nullable: true }) municipalityId?: string,
  ) {
    return listApiTokens(ctx.db, municipalityId);
  }

  @Mutation(() => ApiToken, { description: "Revokes an API token at once (ADMIN)." })
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return inTransaction(ctx, (em) => revokeApiToken(em, ctx.caller, id));
  }

  @Query(() => AuditEventConnection, {
    description:
      "The audit log (ADMIN): logins by token, exports, imports, reads of case-level data, erasures; oldest first.",
  })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, auditEventList, page, filter);
  }

  @Mutation(() => Case, {
    description:
      "Erases a case on request (ADMIN, or TEAM_LEAD of its team): a neutral reference, free text and external references cleared, self-reliance scores and bundle links deleted; hours, dates and amounts stay so totals remain explainable. Audited.",
  })
  eraseCase(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason") reason: string,
  ) {
    return inTransaction(ctx, (em) => eraseCase(em, ctx.scope, ctx.caller, id, reason));
  }
}
