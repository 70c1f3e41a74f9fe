import type { CityStack } from './stack-description';

/** The console's config entry for one city of `.mesh/stack.json` (its `cities[]` item): the city-admin client, the services a spec runs, the anonymised topic as datasets reads it. */
export function consoleCityEntryOf(city: CityStack, services: Record<string, string>): Record<string, unknown> {
  const client = city.identity.clients['city-admin'];
  const principal = city.kafka.security.principals['datasets'];
  const registry = city.registry.clients['registry-datasets'];
  if (!client || !principal || !registry) throw new Error(`${city.city} lacks the city-admin client, the datasets principal or its registry client`);
  return {
    city: city.city,
    issuer: city.identity.issuer,
    client: { clientId: client.clientId, secretFile: client.secretFile },
    services,
    events: {
      brokers: city.kafka.bootstrapServers,
      security: { username: principal.username, passwordFile: principal.passwordFile, caFile: city.kafka.security.caFile },
      // The datasets principal only reads the anonymised topic, with groups under `<city>-datasets`.
      groupPrefix: `${city.city}-datasets-console`,
      registry: { url: city.registry.url, clientId: registry.clientId, secretFile: registry.secretFile },
    },
  };
}
