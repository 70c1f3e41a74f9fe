import type { Permission } from './permissions';
import { permissions } from './permissions';

/** Audience (OAuth client id) of each service that verifies tokens. */
export const serviceAudiences = {
  ingest: 'usm-ingest',
  consent: 'usm-consent',
  federation: 'usm-federation',
  privacy: 'usm-privacy',
  datasets: 'usm-datasets',
  labels: 'usm-labels',
  sites: 'usm-sites',
  validation: 'usm-validation',
} as const;

export type SecuredService = keyof typeof serviceAudiences;

/** Who acts on a city node: a confidential client (client credentials) with a composite role of permissions. */
export interface Persona {
  readonly permissions: readonly Permission[];
  /** Services whose tokens this persona needs (the token's `aud`). */
  readonly services: readonly SecuredService[];
}

const everyService = Object.keys(serviceAudiences) as SecuredService[];

/** The personas of every city's realm, by client id. */
export const personas = {
  'city-admin': { permissions, services: everyService },
  dpo: {
    permissions: ['agreements:read', 'agreements:draft', 'agreements:sign', 'agreements:activate', 'audit:read', 'consent:read', 'federation:read'],
    services: ['ingest', 'consent', 'federation'],
  },
  'consent-desk': { permissions: ['consent:read', 'consent:write'], services: ['consent'] },
  operator: { permissions: ['read-models:read', 'read-models:rebuild', 'federation:read'], services: ['consent', 'federation'] },
  integrator: { permissions: ['ingest:write'], services: ['ingest'] },
  privacy: { permissions: ['legal-basis:read'], services: ['consent'] },
  'data-steward': { permissions: ['datasets:read', 'datasets:define', 'datasets:build', 'datasets:withdraw', 'datasets:download'], services: ['datasets'] },
  // Two annotators, so that every event can be labelled twice and agreement measured; each token's subject is its pseudonym.
  annotator: { permissions: ['labels:read', 'labels:annotate'], services: ['labels'] },
  'annotator-2': { permissions: ['labels:read', 'labels:annotate'], services: ['labels'] },
  'labelling-lead': { permissions: ['labels:read', 'labels:manage'], services: ['labels'] },
  'site-manager': { permissions: ['sites:read', 'sites:manage', 'applications:review'], services: ['sites'] },
  evaluator: { permissions: ['validation:read', 'validation:run', 'benchmarks:manage', 'datasets:read', 'datasets:download', 'labels:read'], services: ['validation', 'datasets', 'labels'] },
} as const satisfies Readonly<Record<string, Persona>>;

export type PersonaName = keyof typeof personas;

/** Realm role that bundles a persona's permissions (composite), granted to its service account. */
export const personaRoleOf = (persona: string): string => `persona:${persona}`;
