import { join } from 'node:path';
import type { StackPaths } from './paths';
import { stackPaths } from './paths';

/** Everything `up`/`down` need, from flags with environment defaults. */
export interface StackOptions {
  readonly paths: StackPaths;
  readonly portBase: number;
  readonly kafkaHeap: string;
  readonly registryHeap: string;
  readonly keycloakHeap: string;
  /** Port of the stack's own PostgreSQL, used only when no server answers at MESH_PG_URL. */
  readonly privatePostgresPort: number;
  /** Prefix of the cities' database names: `mesh` on the default port base, `mesh_p<base>` on another. */
  readonly databasePrefix: string;
}

const defaultPortBase = 19000;

export function stackOptions(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Pick<StackOptions, 'portBase'>> = {}): StackOptions {
  const portBase = overrides.portBase ?? Number(env['MESH_PORT_BASE'] ?? defaultPortBase);
  if (!Number.isInteger(portBase) || portBase < 1024 || portBase > 60000) {
    throw new Error(`MESH_PORT_BASE / --port-base must be an integer between 1024 and 60000 (got ${portBase}).`);
  }
  return {
    paths: stackPaths(env),
    portBase,
    kafkaHeap: env['MESH_KAFKA_HEAP'] ?? '-Xms256m -Xmx768m',
    registryHeap: env['MESH_REGISTRY_HEAP'] ?? '-Xms128m -Xmx512m',
    keycloakHeap: env['MESH_KEYCLOAK_HEAP'] ?? '-Xms64m -Xmx512m',
    privatePostgresPort: Number(env['MESH_PRIVATE_PG_PORT'] ?? portBase + 432),
    databasePrefix: env['MESH_DB_PREFIX'] ?? (portBase === defaultPortBase ? 'mesh' : `mesh_p${portBase}`),
  };
}

export const privatePostgresDir = (options: StackOptions): string => join(options.paths.state, 'postgres');
