/** The permissions a route can require: Keycloak realm roles of every city's realm. */
export const permissions = [
  'ingest:write',
  'consent:read',
  'consent:write',
  'legal-basis:read',
  'agreements:read',
  'agreements:draft',
  'agreements:sign',
  'agreements:activate',
  'read-models:read',
  'read-models:rebuild',
  'federation:read',
  'audit:read',
  'datasets:read',
  'datasets:define',
  'datasets:build',
  'datasets:withdraw',
  'datasets:download',
] as const;

export type Permission = (typeof permissions)[number];

/** Permissions a partner city's issuer may exercise here: signing and reading agreements, nothing else. */
export const partnerPermissions: readonly Permission[] = ['agreements:sign', 'agreements:read'];
