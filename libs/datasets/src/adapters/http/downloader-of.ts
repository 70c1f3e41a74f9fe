import type { Principal } from '@usm/security';
import { companyIdOf } from '@usm/security';
import type { Downloader } from '../../application/download-access';

/**
 * A company client of the city's own realm acts for its organisation id; a caller of the own realm who may build
 * releases is city staff. A partner realm's caller is neither, whatever its roles (the route guard refuses it first).
 */
export function downloaderOf(principal: Principal): Downloader {
  if (principal.partner) return { kind: 'other' };
  const companyId = companyIdOf(principal);
  if (companyId !== null) return { kind: 'company', companyId };
  return principal.roles.includes('datasets:build') ? { kind: 'staff' } : { kind: 'other' };
}

export const auditActorOf = (principal: Principal) => ({ subject: principal.subject, issuer: principal.issuer, clientId: principal.clientId ?? null });
