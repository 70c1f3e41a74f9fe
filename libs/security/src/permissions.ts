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
  'labels:read',
  'labels:annotate',
  'labels:manage',
  'labels:submit-model',
  'sites:read',
  'sites:manage',
  'applications:submit',
  'applications:review',
  'solutions:register',
  'benchmarks:manage',
  'validation:read',
  'validation:submit',
  'validation:run',
] as const;

export type Permission = (typeof permissions)[number];

/** Permissions a partner city's issuer may exercise here: signing and reading agreements, nothing else. */
export const partnerPermissions: readonly Permission[] = ['agreements:sign', 'agreements:read'];
