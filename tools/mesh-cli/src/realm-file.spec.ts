import { identityClients } from '@usm/local';
import { realmFileOf } from './realm-file';

describe('mesh realm: the realm file compose imports', () => {
  it('holds every confidential client of the stack and the console public client, with PKCE and no secret', () => {
    const realm = realmFileOf('incheon', Object.fromEntries(identityClients.map((client) => [client, `secret-of-${client}`])));
    const ids = realm.clients.map((c) => c.clientId);
    expect(ids).toEqual(expect.arrayContaining([...identityClients]));
    expect(ids.filter((id) => id === 'usm-console')).toHaveLength(1);
    const console = realm.clients.find((c) => c.clientId === 'usm-console') as Record<string, unknown>;
    expect(console).toMatchObject({ publicClient: true, attributes: { 'pkce.code.challenge.method': 'S256' } });
    expect(console['secret']).toBeUndefined();
  });
});
