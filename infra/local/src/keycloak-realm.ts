import type { PersonaName } from '@usm/security';
import { permissions, personaRoleOf, personas, serviceAudiences } from '@usm/security';

/** Client secrets of a realm's confidential clients, by client id. */
export type ClientSecrets = Readonly<Record<string, string>>;

/** Clients of a city's realm that hold a secret: one per persona (client credentials). */
export const identityClients = Object.keys(personas) as PersonaName[];

const audienceMapper = (audience: string) => ({
  name: `audience ${audience}`,
  protocol: 'openid-connect',
  protocolMapper: 'oidc-audience-mapper',
  config: { 'included.client.audience': audience, 'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true' },
});

/** A service that verifies tokens: only an audience, it signs nobody in. */
const serviceClient = (clientId: string) => ({
  clientId,
  enabled: true,
  publicClient: false,
  bearerOnly: true,
  standardFlowEnabled: false,
  directAccessGrantsEnabled: false,
  serviceAccountsEnabled: false,
});

const personaClient = (persona: PersonaName, secret: string) => ({
  clientId: persona,
  enabled: true,
  publicClient: false,
  clientAuthenticatorType: 'client-secret',
  secret,
  standardFlowEnabled: false,
  implicitFlowEnabled: false,
  directAccessGrantsEnabled: false,
  serviceAccountsEnabled: true,
  protocolMappers: personas[persona].services.map((service) => audienceMapper(serviceAudiences[service])),
});

/**
 * Keycloak realm representation of one city (realm name = city id, so each city has its own issuer):
 * permission roles, one composite role per persona, the services as audiences, a confidential client per persona.
 */
export function realmOf(city: string, secrets: ClientSecrets) {
  const secretOf = (client: string): string => {
    const secret = secrets[client];
    if (!secret) throw new Error(`No client secret for ${client} in realm ${city}`);
    return secret;
  };
  return {
    realm: city,
    enabled: true,
    displayName: `Urban Safety Mesh: ${city}`,
    sslRequired: 'external',
    accessTokenLifespan: 300,
    roles: {
      realm: [
        ...permissions.map((name) => ({ name, description: `permission ${name}` })),
        ...identityClients.map((persona) => ({
          name: personaRoleOf(persona),
          description: `persona ${persona}`,
          composite: true,
          composites: { realm: [...personas[persona].permissions] },
        })),
      ],
    },
    clients: [
      ...Object.values(serviceAudiences).map(serviceClient),
      ...identityClients.map((persona) => personaClient(persona, secretOf(persona))),
    ],
    users: identityClients.map((persona) => ({
      username: `service-account-${persona}`,
      enabled: true,
      serviceAccountClientId: persona,
      realmRoles: [personaRoleOf(persona)],
    })),
  };
}
