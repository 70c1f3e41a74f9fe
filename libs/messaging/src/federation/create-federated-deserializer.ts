import type { RegistryCredentials } from '../registry/registry-credentials';
import { SchemaRegistry } from '../registry/schema-registry';
import { FederatedAvroDeserializer } from './federated-avro-deserializer';

/** Registries a federated consumer reads from: its own city's, and each partner's read-only ccompat URL. */
export interface FederatedRegistryUrls {
  readonly local: string;
  /** By city id, e.g. `{ incheon: 'http://…/apis/ccompat/v7' }`. */
  readonly partners: Readonly<Record<string, string>>;
  readonly clientId?: string;
  /** This city's registry client (read-only). */
  readonly localCredentials?: RegistryCredentials;
  /** By partner city id: the `partner-<this city>` client that partner's identity provider issued us (read-only). */
  readonly partnerCredentials?: Readonly<Record<string, RegistryCredentials>>;
}

/** A federation-aware deserializer over real registries. */
export function createFederatedDeserializer(urls: FederatedRegistryUrls): FederatedAvroDeserializer {
  const partners = Object.fromEntries(
    Object.entries(urls.partners).map(([city, url]) => [city, new SchemaRegistry({ url, clientId: urls.clientId, credentials: urls.partnerCredentials?.[city] })]),
  );
  return new FederatedAvroDeserializer(new SchemaRegistry({ url: urls.local, clientId: urls.clientId, credentials: urls.localCredentials }), partners);
}
