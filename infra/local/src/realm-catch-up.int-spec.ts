import { readFileSync } from 'node:fs';
import { cityStack } from '@usm/testing';
import { ensureIdentity, keycloakLayoutOf } from './identity-provider';
import { adminCall } from './keycloak-admin';
import { stackOptions } from './stack-options';

/** A stack kept from an earlier release lacks what later releases added to its realm; `up` adds it without a purge. */
describe('a realm kept from an earlier up is brought up to date', () => {
  const options = stackOptions();
  const layout = keycloakLayoutOf(options);
  const city = cityStack('incheon');
  const client = 'vision-lab';

  /** A new token every call (the specs' tokenFor caches them): the client's own secret file, client credentials. */
  const freshToken = async (clientId: string): Promise<string> => {
    const secret = readFileSync(city.identity.clients[clientId]?.secretFile ?? '', 'utf8').trim();
    const response = await fetch(city.identity.tokenUrl, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }) });
    if (!response.ok) throw new Error(`no token for ${clientId}: ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const rolesIn = (token: string): string[] => (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { realm_access?: { roles?: string[] } }).realm_access?.roles ?? [];

  // Whatever happens above, later specs find the client again (vision-lab is the company without an agreement).
  afterAll(() => ensureIdentity(['incheon'], options), 60_000);

  it('adds a client the realm lost, with its secret and roles, and leaves what exists alone', async () => {
    const rolesBefore = rolesIn(await freshToken(client));
    const [existing] = (await (await adminCall(layout, 'GET', `/incheon/clients?clientId=${client}`)).json()) as { id: string }[];
    expect(existing).toBeDefined();
    expect((await adminCall(layout, 'DELETE', `/incheon/clients/${existing?.id}`)).status).toBe(204);
    await expect(freshToken(client)).rejects.toThrow();

    const identity = await ensureIdentity(['incheon'], options);

    expect(identity.started).toBe(false);
    const added = identity.caughtUp.find((c) => c.realm === 'incheon')?.added ?? [];
    expect(added).toContain(`client ${client}`);
    // Nothing else was missing: the other clients and users were skipped, not added again.
    expect(added.filter((name) => !name.includes(client))).toEqual([]);
    // The same secret file as before, and the same roles in its tokens.
    expect(rolesIn(await freshToken(client)).sort()).toEqual(rolesBefore.sort());
  });
});
