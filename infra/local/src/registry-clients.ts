import { knownCities } from './city-ports';

/** Apicurio's role names (its defaults), realm roles of every city. */
export const registryRoles = { readonly: 'sr-readonly', developer: 'sr-developer', admin: 'sr-admin' } as const;

/** The only client that may register schemas or change compatibility (contracts CLI, provisioning). */
export const registryProvisioningClient = 'registry-provisioning';

/** Services that resolve schemas (encode, decode); they never register: provisioning does. */
export const registryReadingServices = ['ingest', 'privacy', 'consent', 'federation', 'datasets', 'labels', 'validation'] as const;

export const registryServiceClientOf = (service: string): string => `registry-${service}`;
/** The client city X's identity provider issues partner Y, so Y's federated deserializers read X's registry. */
export const partnerClientOf = (partner: string): string => `partner-${partner}`;

export interface RegistryClient {
  readonly clientId: string;
  readonly role: (typeof registryRoles)[keyof typeof registryRoles];
}

/** Every registry client of `city`'s realm: provisioning (admin), one per service and one per other known city (read-only). */
export function registryClientsOf(city: string): RegistryClient[] {
  return [
    { clientId: registryProvisioningClient, role: registryRoles.admin },
    ...registryReadingServices.map((service) => ({ clientId: registryServiceClientOf(service), role: registryRoles.readonly })),
    ...knownCities.filter((other) => other !== city).map((partner) => ({ clientId: partnerClientOf(partner), role: registryRoles.readonly })),
  ];
}

/** The realm's view of the registry: its three roles, a confidential client per registry client, its service account's role. */
export function registryRealmPart(city: string, secretOf: (clientId: string) => string) {
  const clients = registryClientsOf(city);
  return {
    roles: Object.values(registryRoles).map((name) => ({ name, description: `Apicurio Registry role ${name}` })),
    clients: clients.map(({ clientId }) => ({
      clientId,
      enabled: true,
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret: secretOf(clientId),
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: true,
    })),
    users: clients.map(({ clientId, role }) => ({ username: `service-account-${clientId}`, enabled: true, serviceAccountClientId: clientId, realmRoles: [role] })),
  };
}
