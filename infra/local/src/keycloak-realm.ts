import type { Persona, PersonaName } from '@usm/security';
import { companyPersona, companyRole, permissions, personaRoleOf, personas, serviceAudiences } from '@usm/security';
import { localCompanies } from './company-clients';

/** Client secrets of a realm's confidential clients, by client id. */
export type ClientSecrets = Readonly<Record<string, string>>;

/** Clients of a city's realm that hold a secret: one per persona and one per company (client credentials). */
export const identityClients: readonly string[] = [...(Object.keys(personas) as PersonaName[]), ...localCompanies];

/** Each client's persona and the realm role that carries it. */
const clientPersonas: readonly { clientId: string; persona: Persona; role: string }[] = [
  ...(Object.keys(personas) as PersonaName[]).map((name) => ({ clientId: name, persona: personas[name], role: personaRoleOf(name) })),
  ...localCompanies.map((clientId) => ({ clientId, persona: companyPersona, role: companyRole })),
];

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

const personaClient = (clientId: string, persona: Persona, secret: string) => ({
  clientId,
  enabled: true,
  publicClient: false,
  clientAuthenticatorType: 'client-secret',
  secret,
  standardFlowEnabled: false,
  implicitFlowEnabled: false,
  directAccessGrantsEnabled: false,
  serviceAccountsEnabled: true,
  protocolMappers: persona.services.map((service) => audienceMapper(serviceAudiences[service])),
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
        ...(Object.keys(personas) as PersonaName[]).map((persona) => ({
          name: personaRoleOf(persona),
          description: `persona ${persona}`,
          composite: true,
          composites: { realm: [...personas[persona].permissions] },
        })),
        { name: companyRole, description: 'a company (client id = organisation id)', composite: true, composites: { realm: [...companyPersona.permissions] } },
      ],
    },
    clients: [
      ...Object.values(serviceAudiences).map(serviceClient),
      ...clientPersonas.map(({ clientId, persona }) => personaClient(clientId, persona, secretOf(clientId))),
    ],
    users: clientPersonas.map(({ clientId, role }) => ({
      username: `service-account-${clientId}`,
      enabled: true,
      serviceAccountClientId: clientId,
      realmRoles: [role],
    })),
  };
}
