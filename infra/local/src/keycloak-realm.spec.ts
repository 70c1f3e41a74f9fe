import { companyPersona, permissions, personas } from '@usm/security';
import { identityClients, realmOf } from './keycloak-realm';

const secrets = Object.fromEntries(identityClients.map((client) => [client, `secret-of-${client}`]));

describe('realmOf', () => {
  const realm = realmOf('incheon', secrets);

  it('names the realm after the city, so each city is its own issuer', () => {
    expect(realm.realm).toBe('incheon');
  });

  it('declares every permission and a composite role per persona holding exactly its permissions', () => {
    const names = realm.roles.realm.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining([...permissions]));
    const dpo = realm.roles.realm.find((r) => r.name === 'persona:dpo');
    expect(dpo).toMatchObject({ composite: true, composites: { realm: personas.dpo.permissions } });
  });

  it('gives each persona a confidential client with its secret and the audiences of the services it calls', () => {
    const integrator = realm.clients.find((c) => c.clientId === 'integrator');
    expect(integrator).toMatchObject({ publicClient: false, serviceAccountsEnabled: true, secret: 'secret-of-integrator' });
    expect(integrator && 'protocolMappers' in integrator ? integrator.protocolMappers.map((m) => m.config['included.client.audience']) : []).toEqual(['usm-ingest']);
  });

  it('grants each service account its persona role and nothing else', () => {
    expect(realm.users.find((u) => u.serviceAccountClientId === 'operator')?.realmRoles).toEqual(['persona:operator']);
  });

  it('gives each company a client named by its organisation id, holding only the company role (datasets, sites, validation, model labels and signing its own agreements)', () => {
    const company = realm.clients.find((c) => c.clientId === 'poom-gpu-platform');
    expect(company && 'protocolMappers' in company ? company.protocolMappers.map((m) => m.config['included.client.audience']) : []).toEqual(['usm-datasets', 'usm-sites', 'usm-validation', 'usm-labels', 'usm-consent']);
    expect(realm.users.find((u) => u.serviceAccountClientId === 'poom-gpu-platform')?.realmRoles).toEqual(['persona:company']);
    expect(realm.roles.realm.find((r) => r.name === 'persona:company')).toMatchObject({ composites: { realm: [...companyPersona.permissions] } });
  });

  it('refuses to build a realm without a secret for every client', () => {
    expect(() => realmOf('incheon', {})).toThrow(/No client secret for city-admin/);
  });
});
