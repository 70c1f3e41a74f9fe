import { clientSecretFile } from './identity-secrets';
import { registryClientsOf } from './registry-clients';

/** stack.json's `registry.clients`: each registry client of the city's realm and the file holding its secret. */
export function registryClientFiles(city: string, stateDir: string): Record<string, { clientId: string; secretFile: string }> {
  return Object.fromEntries(registryClientsOf(city).map(({ clientId }) => [clientId, { clientId, secretFile: clientSecretFile(stateDir, city, clientId) }]));
}
