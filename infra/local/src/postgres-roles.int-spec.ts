import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { cityStack, uniqueName } from '@usm/testing';
import { databaseServices } from './postgres-roles';

/** Each service of a city reaches PostgreSQL as its own role, confined to the schema it owns. */
describe('database roles of a city', () => {
  const city = cityStack('incheon');
  const services = databaseServices;
  const table = uniqueName('roles_spec').replace(/-/g, '_');
  const clients = new Map<string, Client>();

  async function connectAs(service: string, database?: string): Promise<Client> {
    const entry = city.database.services[service];
    if (!entry) throw new Error(`stack.json has no database role for ${service}`);
    const url = new URL(entry.url);
    if (database) url.pathname = `/${database}`;
    url.password = encodeURIComponent(readFileSync(entry.passwordFile, 'utf8').trim());
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    return client;
  }
  const as = (service: string): Client => {
    const client = clients.get(service);
    if (!client) throw new Error(`no connection for ${service}`);
    return client;
  };
  const refusal = (work: Promise<unknown>): Promise<unknown> => work.then(() => 'allowed', (error: { code?: string }) => error.code);
  const roleOf = (service: string): string => new URL(city.database.services[service]?.url ?? 'postgres://x@h/d').username;

  beforeAll(async () => {
    for (const service of services) clients.set(service, await connectAs(service));
  });

  afterAll(async () => {
    for (const [service, client] of clients) {
      await client.query(`DROP TABLE IF EXISTS "${roleOf(service)}".${table}`);
      await client.end();
    }
  });

  it('gives each service a login role named <prefix>_<city>_<service> that is no superuser', async () => {
    for (const service of services) {
      const { rows } = await as(service).query<{ user: string; schema: string; superuser: boolean; createdb: boolean; createrole: boolean }>(
        'SELECT current_user AS user, current_schema() AS schema, rolsuper AS superuser, rolcreatedb AS createdb, rolcreaterole AS createrole FROM pg_roles WHERE rolname = current_user',
      );
      expect(rows[0]).toEqual({ user: expect.stringMatching(new RegExp(`_incheon_${service}$`)), schema: rows[0]?.user, superuser: false, createdb: false, createrole: false });
    }
  });

  it('lets each service create, write and read its own tables, in the schema named after its role', async () => {
    for (const service of services) {
      await as(service).query(`CREATE TABLE ${table} (id int PRIMARY KEY, note text)`);
      await as(service).query(`INSERT INTO ${table} VALUES (1, $1)`, [service]);
      const { rows } = await as(service).query<{ schema: string; note: string }>(`SELECT (SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = to_regclass('${table}')) AS schema, note FROM ${table}`);
      expect(rows).toEqual([{ schema: roleOf(service), note: service }]);
    }
  });

  it('refuses every service another service\'s tables and schema (insufficient_privilege)', async () => {
    for (const service of services) {
      for (const other of services.filter((s) => s !== service)) {
        const theirs = `"${roleOf(other)}".${table}`;
        expect(await refusal(as(service).query(`SELECT * FROM ${theirs}`))).toBe('42501');
        expect(await refusal(as(service).query(`INSERT INTO ${theirs} VALUES (2, 'x')`))).toBe('42501');
        expect(await refusal(as(service).query(`CREATE TABLE "${roleOf(other)}".${table}_mine (id int)`))).toBe('42501');
      }
    }
  });

  it('refuses every service the public schema', async () => {
    for (const service of services) {
      expect(await refusal(as(service).query(`CREATE TABLE public.${table} (id int)`))).toBe('42501');
      expect(await refusal(as(service).query('SELECT count(*) FROM public.pg_stat_statements_never_there'))).toBe('42501');
    }
  });

  it('keeps the registry\'s database and the services\' database apart', async () => {
    const registryDatabase = new URL(city.database.services['registry']?.url ?? 'postgres://x@h/d').pathname.slice(1);
    const cityDatabase = new URL(city.database.url).pathname.slice(1);
    expect(await refusal(connectAs('ingest', registryDatabase).then((c) => c.end()))).toBe('42501');
    expect(await refusal(connectAs('registry', cityDatabase).then((c) => c.end()))).toBe('42501');
    const registry = await connectAs('registry');
    const { rows } = await registry.query<{ owner: string }>('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database()');
    await registry.end();
    expect(rows).toEqual([{ owner: roleOf('registry') }]);
  });
});
