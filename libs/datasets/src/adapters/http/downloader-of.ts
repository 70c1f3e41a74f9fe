import type { Principal } from '@usm/security';
import { companyIdOf } from '@usm/security';
import type { Downloader } from '../../application/download-access';

/** A company client acts for its organisation id; a caller who may build releases is city staff. */
export function downloaderOf(principal: Principal): Downloader {
  const companyId = companyIdOf(principal);
  if (companyId !== null) return { kind: 'company', companyId };
  return principal.roles.includes('datasets:build') ? { kind: 'staff' } : { kind: 'other' };
}

export const auditActorOf = (principal: Principal) => ({ subject: principal.subject, issuer: principal.issuer, clientId: principal.clientId ?? null });
