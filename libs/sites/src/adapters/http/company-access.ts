import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@usm/security';
import { companyIdOf } from '@usm/security';
import type { ApplicationRow } from '../../domain/projection/applications.projection';

// A partner realm's caller is neither this city's company nor its reviewer, whatever its roles (ADR 0017); the
// route guard refuses it first, and these refuse it again.
const refusePartnerRealm = (caller: Principal): void => {
  if (caller.partner) throw new ForbiddenException("a partner city's caller has no access to this city's applications");
};

/** Whom a caller may see applications of: one company (its own), or every company (a reviewer). */
export function applicationScopeOf(caller: Principal): string | null {
  refusePartnerRealm(caller);
  const company = companyIdOf(caller);
  if (company !== null) return company;
  if (caller.roles.includes('applications:review')) return null;
  throw new ForbiddenException('only the applying company or a reviewer may read applications');
}

/** Refuses a caller who may not see this application: a company sees only its own. */
export function assertMayRead(caller: Principal, row: ApplicationRow): void {
  const scope = applicationScopeOf(caller);
  if (scope !== null && scope !== row.companyId) throw new ForbiddenException('an application of another company');
}

/** The company an application is submitted for: the caller's own, or the one a city desk names. */
export function applyingCompanyOf(caller: Principal, named: string | undefined): string {
  refusePartnerRealm(caller);
  const company = companyIdOf(caller);
  if (company !== null) {
    if (named !== undefined && named !== company) throw new ForbiddenException('a company applies only for itself');
    return company;
  }
  if (named === undefined) throw new ForbiddenException('a caller who is not a company must name the companyId it applies for');
  return named;
}
