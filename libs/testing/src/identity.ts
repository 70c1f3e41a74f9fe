import { readFileSync } from 'node:fs';
import { readStack } from './read-stack';
import type { CityStack } from './stack-description';

const tokens = new Map<string, { token: string; expiresAt: number }>();

/** An access token of one of the city realm's confidential clients (client credentials), cached while valid. */
export async function tokenFor(city: CityStack, client: string): Promise<string> {
  const key = `${city.identity.issuer} ${client}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const entry = city.identity.clients[client];
  if (!entry) throw new Error(`No client "${client}" in the realm of ${city.city} (known: ${Object.keys(city.identity.clients).join(', ')})`);
  const response = await fetch(city.identity.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: entry.clientId, client_secret: readFileSync(entry.secretFile, 'utf8').trim() }),
  });
  if (!response.ok) throw new Error(`Keycloak refused a token for ${client} of ${city.city}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { access_token: string; expires_in: number };
  tokens.set(key, { token: body.access_token, expiresAt: Date.now() + (body.expires_in - 30) * 1000 });
  return body.access_token;
}

/** `Authorization` header of a client's token, for fetch calls in specs. */
export async function authHeaderFor(city: CityStack, client: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(city, client)}` };
}

/** The service's own outgoing client, where it calls another service. */
const outgoingClients: Readonly<Record<string, string>> = { privacy: 'privacy' };

/**
 * The auth environment of a city's service: its issuer, audience, the other running cities' issuers as
 * partners, and (for a service that calls others) its own client credentials.
 */
export function authEnvOf(city: CityStack, service: string): Record<string, string> {
  const partners = Object.values(readStack().cities)
    .filter((other) => other.city !== city.city)
    .map((other) => `${other.city}=${other.identity.issuer}`);
  const client = outgoingClients[service];
  const clientEntry = client === undefined ? undefined : city.identity.clients[client];
  return {
    AUTH_ISSUER: city.identity.issuer,
    AUTH_AUDIENCE: `usm-${service}`,
    ...(partners.length > 0 ? { AUTH_PARTNER_ISSUERS: partners.join(',') } : {}),
    ...(clientEntry ? { AUTH_CLIENT_ID: clientEntry.clientId, AUTH_CLIENT_SECRET_FILE: clientEntry.secretFile } : {}),
  };
}
