import type { Principal } from '@usm/security';
import { companyIdOf } from '@usm/security';
import type { Request } from 'express';
import type { RunCaller } from '../../application/validation-runs.service';
import { AccessForbiddenError } from '../../application/validation.errors';

/**
 * A company of the city's own realm acts with its own token (forwarded to datasets for the agreement check); any
 * other caller of the own realm is city staff. A partner realm's caller is neither (the route guard refuses it first).
 */
export function runCallerOf(principal: Principal, request: Request): RunCaller {
  if (principal.partner) throw new AccessForbiddenError("a partner city's caller runs no validation here");
  const companyId = companyIdOf(principal);
  if (companyId === null) return { kind: 'staff', subject: principal.subject };
  const header = request.headers.authorization ?? '';
  return { kind: 'company', companyId, bearerToken: header.replace(/^Bearer\s+/i, '') };
}

/** The actor recorded on commands: the token's subject (a company's client id for a company). */
export const actorOf = (principal: Principal): string => principal.clientId ?? principal.subject;
