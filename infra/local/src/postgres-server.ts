import { Client } from 'pg';

/** Admin connection URL of the PostgreSQL server holding every city's databases (MESH_PG_URL). */
export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['MESH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
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
