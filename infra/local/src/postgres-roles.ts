import { Client } from 'pg';
import { databaseUrl } from './postgres-server';

/** Services of a city node that keep tables in the city's database; each connects as its own role. */
export const databaseServices = ['ingest', 'consent', 'federation', 'datasets', 'labels', 'sites', 'validation'] as const;
export type DatabaseService = (typeof databaseServices)[number];

/** `<prefix>_<city>_<service>`: cluster-wide, so the prefix keeps two stacks on one server apart. */
export function roleNameOf(prefix: string, city: string, service: string): string {
  return `${prefix}_${city.replace(/-/g, '_')}_${service}`;
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

async function onDatabase(url: string, statements: readonly string[]): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 30_000 });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A login role with no attribute beyond LOGIN, whose password is (re)set from its file on every `up`. */
function loginRoleStatements(role: string, password: string): string[] {
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN CREATE ROLE ${ident(role)} LOGIN; END IF; END $$`,
    `ALTER ROLE ${ident(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD ${literal(password)}`,
  ];
}

/** Nobody but the listed owners and the admin may connect or create anything in `public`. */
function closedDatabaseStatements(database: string): string[] {
  return [`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`];
}

/**
 * Each service's role may connect to the city's database and owns a schema of its own name, first and only on its
 * search_path ("$user"); `public` and the other services' schemas are closed to it.
 */
export async function ensureServiceRoles(adminUrl: string, database: string, roles: ReadonlyMap<string, string>): Promise<void> {
  await onDatabase(adminUrl, [...[...roles].flatMap(([role, password]) => loginRoleStatements(role, password)), ...closedDatabaseStatements(database)]);
  await onDatabase(databaseUrl(adminUrl, database), [
    'REVOKE ALL ON SCHEMA public FROM PUBLIC',
    ...[...roles.keys()].flatMap((role) => [
      `GRANT CONNECT ON DATABASE ${ident(database)} TO ${ident(role)}`,
      `CREATE SCHEMA IF NOT EXISTS ${ident(role)} AUTHORIZATION ${ident(role)}`,
      `ALTER ROLE ${ident(role)} IN DATABASE ${ident(database)} SET search_path = "$user"`,
    ]),
  ]);
}

/** The registry's role owns its database (and a schema of its own name there, where Apicurio creates its tables). */
export async function ensureDatabaseOwnerRole(adminUrl: string, database: string, role: string, password: string): Promise<void> {
  await onDatabase(adminUrl, [...loginRoleStatements(role, password), `ALTER DATABASE ${ident(database)} OWNER TO ${ident(role)}`, ...closedDatabaseStatements(database)]);
  await onDatabase(databaseUrl(adminUrl, database), [
    'REVOKE ALL ON SCHEMA public FROM PUBLIC',
    `CREATE SCHEMA IF NOT EXISTS ${ident(role)} AUTHORIZATION ${ident(role)}`,
    `ALTER ROLE ${ident(role)} IN DATABASE ${ident(database)} SET search_path = "$user"`,
  ]);
}

/** Drops the roles once their databases are gone (a purge); roles still owning objects elsewhere make this fail loudly. */
export async function dropRoles(adminUrl: string, roles: readonly string[]): Promise<void> {
  await onDatabase(adminUrl, roles.map((role) => `DROP ROLE IF EXISTS ${ident(role)}`));
}
