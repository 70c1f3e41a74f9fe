import { readFileSync } from 'node:fs';
import type { CityStack } from './stack-description';

function clientOf(city: CityStack, client: string): { clientId: string; secretFile: string } {
  const found = city.registry.clients[client];
  if (!found) throw new Error(`${city.city}'s registry has no client "${client}" (known: ${Object.keys(city.registry.clients).join(', ')})`);
  return found;
}

/** Client id and secret a spec reads (or, as `registry-provisioning`, writes) a city's registry with. */
export function registryCredentialsOf(city: CityStack, client: string): { clientId: string; secret: string } {
  const { clientId, secretFile } = clientOf(city, client);
  return { clientId, secret: readFileSync(secretFile, 'utf8').trim() };
}

/** `SCHEMA_REGISTRY_URL` and the client a service process authenticates to the registry as. */
export function registryEnvOf(city: CityStack, client: string): Record<string, string> {
  const { clientId, secretFile } = clientOf(city, client);
  return { SCHEMA_REGISTRY_URL: city.registry.url, SCHEMA_REGISTRY_CLIENT_ID: clientId, SCHEMA_REGISTRY_CLIENT_SECRET_FILE: secretFile };
}
