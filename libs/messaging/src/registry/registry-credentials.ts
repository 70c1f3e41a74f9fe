/**
 * A client of the city's identity provider that the registry accepts over HTTP basic auth: Apicurio trades the
 * pair for a token (client credentials) and authorises by the token's roles (sr-readonly, sr-developer, sr-admin).
 */
export interface RegistryCredentials {
  readonly clientId: string;
  readonly secret: string;
}

/** `Authorization` header of a registry call, or none for a registry without authentication. */
export function registryHeadersOf(credentials: RegistryCredentials | undefined): Record<string, string> {
  if (!credentials) return {};
  return { authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.secret}`).toString('base64')}` };
}
