import { consoleClient, realmOf } from '@usm/local';

/**
 * A city's realm for an identity provider the local stack does not run (compose): the realm of the local stack plus
 * the console's public client (PKCE, loopback redirects), which `stack up` adds through the admin API instead.
 */
export function realmFileOf(city: string, secrets: Readonly<Record<string, string>>) {
  const realm = realmOf(city, secrets);
  return { ...realm, clients: [...realm.clients, consoleClient] };
}
