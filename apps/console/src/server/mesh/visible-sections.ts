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

/** The sections a caller with these roles may see. */
export function visibleSections(roles: readonly string[]): Section[] {
  return ['map', ...(Object.entries(sectionPermissions) as [Exclude<Section, 'map'>, string][]).filter(([, role]) => roles.includes(role)).map(([section]) => section)];
}
