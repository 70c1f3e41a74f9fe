import type { Section } from './mesh-view';

/** The permission (Keycloak realm role) each section needs; the map needs only a city role. */
export const sectionPermissions: Readonly<Record<Exclude<Section, 'map'>, string>> = {
  sites: 'sites:read',
  federation: 'federation:read',
  releases: 'datasets:read',
  leaderboard: 'validation:read',
  // Counters of what a city kept back are for its operators and DPO, not for companies.
  privacy: 'audit:read',
};

/** The composite role of company clients and people (libs/security `companyRole`). */
const companyRole = 'persona:company';

/**
 * The sections a caller with these roles may see. The console reads each city as the city, so it cannot apply a
 * company's agreements to releases (the datasets API lists a company only those it may download): companies get none here.
 */
export function visibleSections(roles: readonly string[]): Section[] {
  const allowed = (Object.entries(sectionPermissions) as [Exclude<Section, 'map'>, string][]).filter(([section, role]) => roles.includes(role) && !(section === 'releases' && roles.includes(companyRole)));
  return ['map', ...allowed.map(([section]) => section)];
}
