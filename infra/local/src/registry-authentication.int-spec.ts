import { COMPATIBILITY, SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { cityStack, registryCredentialsOf, uniqueName } from '@usm/testing';

/** The registry answers only clients of the city's realm, and only provisioning may change it. */
describe('registry authentication', () => {
  const city = cityStack('incheon');
  const contentType = 'application/vnd.schemaregistry.v1+json';
  const schema = (name: string): string => JSON.stringify({ type: 'record', name, namespace: 'usm.spec', fields: [{ name: 'id', type: 'string' }] });
  const subject = `${uniqueName('registry-auth')}-value`;

  const basic = (client: string): string => {
    const { clientId, secret } = registryCredentialsOf(city, client);
    return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
  };
  const call = (method: string, path: string, authorization?: string, body?: unknown): Promise<Response> =>
    fetch(`${city.registry.url}${path}`, {
      method,
      headers: { Accept: contentType, 'Content-Type': contentType, ...(authorization ? { Authorization: authorization } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const register = (authorization?: string, name = 'First') => call('POST', `/subjects/${subject}/versions`, authorization, { schema: schema(name) });
  const setCompatibility = (authorization?: string) => call('PUT', `/config/${subject}`, authorization, { compatibility: 'NONE' });

  beforeAll(async () => {
    expect((await register(basic('registry-provisioning'))).status).toBe(200);
  });

  it('refuses anonymous reads and writes with 401', async () => {
    expect((await call('GET', '/subjects')).status).toBe(401);
    expect((await call('GET', `/subjects/${subject}/versions/latest`)).status).toBe(401);
    expect((await register(undefined, 'Anonymous')).status).toBe(401);
    expect((await setCompatibility()).status).toBe(401);
  });

  it('refuses a client whose secret is wrong with 401', async () => {
    const { clientId } = registryCredentialsOf(city, 'partner-barcelona');
    expect((await call('GET', '/subjects', `Basic ${Buffer.from(`${clientId}:not-the-secret`).toString('base64')}`)).status).toBe(401);
  });

  it('lets a partner and a service read schemas, and refuses them registration and compatibility changes with 403', async () => {
    for (const client of ['partner-barcelona', 'registry-ingest']) {
      const latest = await call('GET', `/subjects/${subject}/versions/latest`, basic(client));
      expect(latest.status).toBe(200);
      const { id } = (await latest.json()) as { id: number };
      expect((await call('GET', `/schemas/ids/${id}`, basic(client))).status).toBe(200);
      expect((await register(basic(client), 'Second')).status).toBe(403);
      expect((await setCompatibility(basic(client))).status).toBe(403);
    }
  });

  it('lets provisioning register a new version and change compatibility', async () => {
    const provisioning = basic('registry-provisioning');
    expect((await setCompatibility(provisioning)).status).toBe(200);
    expect((await register(provisioning, 'Second')).status).toBe(200);
    expect(((await (await call('GET', `/subjects/${subject}/versions`, provisioning)).json()) as number[]).length).toBe(2);
  });

  it('authenticates @kafkajs/confluent-schema-registry with a client id and secret', async () => {
    const asPartner = ({ clientId, secret }: { clientId: string; secret: string }) => new SchemaRegistry({ host: city.registry.url, auth: { username: clientId, password: secret } });
    const partner = asPartner(registryCredentialsOf(city, 'partner-barcelona'));
    const id = await partner.getLatestSchemaId(subject);
    expect(await partner.getSchema(id)).toBeDefined();
    await expect(partner.register({ type: SchemaType.AVRO, schema: schema('Third') }, { subject, compatibility: COMPATIBILITY.NONE })).rejects.toMatchObject({ status: 403 });
  });
});
