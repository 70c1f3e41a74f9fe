import { z } from 'zod';

/** How a service verifies callers: its own city's issuer, its audience, and the partner issuers it trusts. */
export interface AuthSettings {
  readonly city: string;
  readonly issuer: string;
  readonly audience: string;
  /** Partner issuers by partner city id (`AUTH_PARTNER_ISSUERS`). */
  readonly partnerIssuers: Readonly<Record<string, string>>;
}

/** Verification settings, or `insecure` when the operator turned authentication off for local debugging. */
export type AuthMode = { readonly kind: 'verify'; readonly settings: AuthSettings } | { readonly kind: 'insecure'; readonly city: string };

const partnerList = z
  .string()
  .transform((list) => list.split(',').map((entry) => entry.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z][a-z0-9-]*=https?:\/\/\S+$/, 'must be city=issuer-url[,city=issuer-url…]')))
  .transform((entries) => Object.fromEntries(entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)])));

/** zod fields of the authentication settings every HTTP service reads (merge them into the app's env schema). */
export const authEnvFields = {
  AUTH_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of the city realm' }).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_PARTNER_ISSUERS: partnerList.optional(),
  // The same flag as @usm/config's Kafka settings: one switch turns every local-debugging shortcut on.
  MESH_INSECURE: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
};

/** Secure by default: without `AUTH_ISSUER` a service refuses to start unless `MESH_INSECURE=true`. */
export function requireIssuerUnlessInsecure(set: Readonly<Record<string, string | undefined>>) {
  return set['AUTH_ISSUER'] === undefined && set['MESH_INSECURE'] !== 'true'
    ? [{ field: 'AUTH_ISSUER', rule: 'required-unless-insecure', message: 'is required (set MESH_INSECURE=true only for local debugging)' }]
    : [];
}

/** The service's auth mode from its parsed environment; `service` names its default audience `usm-<service>`. */
export function authModeOf(
  env: { readonly AUTH_ISSUER?: string | undefined; readonly AUTH_AUDIENCE?: string | undefined; readonly AUTH_PARTNER_ISSUERS?: Record<string, string> | undefined },
  city: string,
  service: string,
): AuthMode {
  if (env.AUTH_ISSUER === undefined) return { kind: 'insecure', city };
  return {
    kind: 'verify',
    settings: { city, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE ?? `usm-${service}`, partnerIssuers: env.AUTH_PARTNER_ISSUERS ?? {} },
  };
}
