import type { Principal } from '@usm/security';
import { companyIdOf } from '@usm/security';
import type { Request } from 'express';
import type { RunCaller } from '../../application/validation-runs.service';

/** A company acts with its own token (forwarded to datasets for the agreement check); anyone else is city staff. */
export function runCallerOf(principal: Principal, request: Request): RunCaller {
  const companyId = companyIdOf(principal);
  if (companyId === null) return { kind: 'staff', subject: principal.subject };
  const header = request.headers.authorization ?? '';
  return { kind: 'company', companyId, bearerToken: header.replace(/^Bearer\s+/i, '') };
}

/** The actor recorded on commands: the token's subject (a company's client id for a company). */
export const actorOf = (principal: Principal): string => principal.clientId ?? principal.subject;
