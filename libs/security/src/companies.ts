import type { Permission } from './permissions';
import type { Persona } from './personas';
import { personaRoleOf } from './personas';
import type { Principal } from './principal';

/**
 * A company (an AI company, a GPU platform) is a confidential client of the city's realm whose client id is its
 * registered organisation id, the `partnerId` of its company agreements (docs/adr/0017-company-access.md).
 * It may list and download dataset releases (still refused without an agreement in force), apply for demonstration
 * sites, register solutions, submit predictions and model labels, and read validation results.
 */
export const companyPersona = {
  // agreements:sign lets a company sign its own company agreement as the partner (never another's: signing-party rule).
  permissions: ['datasets:read', 'datasets:download', 'sites:read', 'applications:submit', 'solutions:register', 'validation:read', 'validation:submit', 'labels:submit-model', 'agreements:sign'],
  services: ['datasets', 'sites', 'validation', 'labels', 'consent'],
} as const satisfies Persona;

/** Realm role every company client holds: marks the caller as a company. */
export const companyRole = personaRoleOf('company');

export const companyPermissions: readonly Permission[] = companyPersona.permissions;

/** The company a caller acts for (its client id), or null when the caller is not a company client. */
export function companyIdOf(principal: Principal): string | null {
  return principal.roles.includes(companyRole) ? (principal.clientId ?? null) : null;
}
