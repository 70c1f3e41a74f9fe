import { registryAuthEnvironment } from './schema-registry';
import { registryClientsOf, registryRealmPart } from './registry-clients';

describe('registry clients of a city realm', () => {
  it('makes provisioning the only admin, and services and every other known city read-only', () => {
    const clients = Object.fromEntries(registryClientsOf('incheon').map((c) => [c.clientId, c.role]));
    expect(clients).toEqual({
      'registry-provisioning': 'sr-admin',
      'registry-ingest': 'sr-readonly',
      'registry-privacy': 'sr-readonly',
      'registry-consent': 'sr-readonly',
      'registry-federation': 'sr-readonly',
      'registry-datasets': 'sr-readonly',
      'registry-labels': 'sr-readonly',
      'registry-validation': 'sr-readonly',
      'partner-barcelona': 'sr-readonly',
      'partner-hamburg': 'sr-readonly',
      'partner-osaka': 'sr-readonly',
      'partner-kaohsiung': 'sr-readonly',
      'partner-gwangju': 'sr-readonly',
    });
  });

  it('declares Apicurio\'s three roles and gives each client a confidential service account with exactly its role', () => {
    const part = registryRealmPart('barcelona', (clientId) => `secret-of-${clientId}`);
    expect(part.roles.map((r) => r.name)).toEqual(['sr-readonly', 'sr-developer', 'sr-admin']);
    expect(part.clients.find((c) => c.clientId === 'partner-incheon')).toMatchObject({ publicClient: false, serviceAccountsEnabled: true, secret: 'secret-of-partner-incheon' });
    expect(part.users.find((u) => u.serviceAccountClientId === 'registry-provisioning')?.realmRoles).toEqual(['sr-admin']);
    expect(part.clients.map((c) => c.clientId)).not.toContain('partner-barcelona');
  });

  it('configures Apicurio with nothing anonymous and roles from the token', () => {
    const env = registryAuthEnvironment({ issuer: 'http://127.0.0.1:19080/realms/incheon', tokenUrl: 'http://127.0.0.1:19080/realms/incheon/protocol/openid-connect/token' });
    expect(env).toMatchObject({
      QUARKUS_OIDC_TENANT_ENABLED: 'true',
      QUARKUS_OIDC_AUTH_SERVER_URL: 'http://127.0.0.1:19080/realms/incheon',
      APICURIO_AUTH_ROLE_BASED_AUTHORIZATION: 'true',
      APICURIO_AUTH_ANONYMOUS_READ_ACCESS_ENABLED: 'false',
      APICURIO_AUTHN_BASIC_CLIENT_CREDENTIALS_ENABLED: 'true',
    });
  });
});
