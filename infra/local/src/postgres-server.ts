import { Client } from 'pg';

/** Admin connection URL of the PostgreSQL server holding every city's databases (MESH_PG_URL). */
export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['MESH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await connected(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A server just booted can take a connection and not answer it for a while (it is still starting up), which pg
 * reports as a bare "timeout expired": try a few times, then say which server did not answer.
 */
async function connected(url: string, attempts = 3): Promise<Client> {
  for (let attempt = 1; ; attempt += 1) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 30_000 });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts || !/timeout/i.test(message)) {
        const server = new URL(url);
        throw new Error(`PostgreSQL at ${server.hostname}:${server.port || '5432'} did not accept a connection (${message}, ${attempt} attempt(s))`);
      }
    }
  }
}

export async function postgresAnswers(url: string): Promise<boolean> {
  try {
    return await withClient(url, async (c) => (await c.query('select 1')).rowCount === 1);
  } catch {
    return false;
  }
}

/**
 * Identifier-safe database name (city ids may hold '-', which PostgreSQL would need quoted). `prefix` keeps two
 * stacks on one PostgreSQL server apart, e.g. a second checkout started with another port base.
 */
export function databaseNameOf(city: string, purpose: 'read-models' | 'registry', prefix = 'mesh'): string {
  const base = `${prefix}_${city.replace(/-/g, '_')}`;
  return purpose === 'registry' ? `${base}_registry` : base;
}

/** The same server's URL for another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** host:port where TCP clients (services, Apicurio's JDBC) reach the server; the admin URL may name a Unix socket. */
export function tcpAddressOf(adminUrl: string): string {
  const url = new URL(adminUrl);
  const socket = url.searchParams.get('host');
  if (socket?.startsWith('/')) return `127.0.0.1:${url.searchParams.get('port') ?? '5432'}`;
  return `${url.hostname}:${url.port || '5432'}`;
}

/** A role's URL for a database on the same server, over TCP and without a password (that comes from a file). */
export function roleUrl(adminUrl: string, role: string, database: string): string {
  return `postgres://${role}@${tcpAddressOf(adminUrl)}/${database}`;
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<'created' | 'exists'> {
  return withClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount) return 'exists';
    await client.query(`create database "${database}"`);
    return 'created';
  });
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`drop database if exists "${database}" with (force)`));
}
