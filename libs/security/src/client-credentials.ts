import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A confidential client of the city's realm, for calls this service makes to other services. */
export interface ClientCredentials {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** zod fields of a service's own client: `AUTH_CLIENT_ID` with `AUTH_CLIENT_SECRET` or `AUTH_CLIENT_SECRET_FILE`. */
export const clientCredentialsEnvFields = {
  AUTH_CLIENT_ID: z.string().min(1).optional(),
  AUTH_CLIENT_SECRET: z.string().min(1).optional(),
  AUTH_CLIENT_SECRET_FILE: z.string().min(1).optional(),
};

/** The client credentials of a parsed environment, or undefined when no client is configured. */
export function clientCredentialsOf(env: { readonly AUTH_ISSUER?: string | undefined; readonly AUTH_CLIENT_ID?: string | undefined; readonly AUTH_CLIENT_SECRET?: string | undefined; readonly AUTH_CLIENT_SECRET_FILE?: string | undefined }): ClientCredentials | undefined {
  if (env.AUTH_ISSUER === undefined || env.AUTH_CLIENT_ID === undefined) return undefined;
  const clientSecret = env.AUTH_CLIENT_SECRET ?? (env.AUTH_CLIENT_SECRET_FILE === undefined ? undefined : readFileSync(env.AUTH_CLIENT_SECRET_FILE, 'utf8').trim());
  if (clientSecret === undefined) throw new Error('AUTH_CLIENT_SECRET or AUTH_CLIENT_SECRET_FILE is required with AUTH_CLIENT_ID');
  return { tokenUrl: `${env.AUTH_ISSUER.replace(/\/+$/, '')}/protocol/openid-connect/token`, clientId: env.AUTH_CLIENT_ID, clientSecret };
}

/** Refresh this long before expiry, so a token never expires in flight. */
const refreshMarginMs = 30_000;

/**
 * Access tokens by client credentials, cached until shortly before they expire; concurrent callers share
 * one request. Throws (retriable for the caller) when the identity provider refuses or cannot be reached.
 */
export function clientCredentialsTokens(credentials: ClientCredentials, fetchFn: typeof fetch = globalThis.fetch, now: () => number = Date.now): () => Promise<string> {
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const request = async (): Promise<string> => {
    const response = await fetchFn(credentials.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`the identity provider refused client ${credentials.clientId} (${response.status})`);
    const body = (await response.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, expiresAt: now() + body.expires_in * 1000 - refreshMarginMs };
    return body.access_token;
  };
  return () => {
    if (cached && cached.expiresAt > now()) return Promise.resolve(cached.token);
    pending ??= request().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
