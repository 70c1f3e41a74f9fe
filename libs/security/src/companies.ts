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

/**
 * The company a caller acts for (its client id), or null when the caller is not a company client of this city's
 * own realm. A partner city's realm may hold a client of the same name with the company role, but it is that
 * city's client, not the organisation this city registered (ADR 0017): it acts for no company here.
 */
export function companyIdOf(principal: Principal): string | null {
  if (principal.partner) return null;
  return principal.roles.includes(companyRole) ? (principal.clientId ?? null) : null;
}

/** True when the token carries the company persona, from whichever realm: such a caller never speaks for a city. */
export const holdsCompanyPersona = (principal: Principal): boolean => principal.roles.includes(companyRole);
