import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Workspace root (infra/local/src → ../../..). */
export const workspaceRoot = resolve(__dirname, '..', '..', '..');

export interface StackPaths {
  /** Downloads and unpacked distributions, reused across runs and checkouts. */
  readonly cache: string;
  /** Per-checkout state: stack.json, logs, pids, data. */
  readonly state: string;
  readonly logs: string;
  readonly run: string;
  readonly data: string;
  readonly stackFile: string;
}

/** Where the stack keeps things; MESH_CACHE_DIR and MESH_STATE_DIR override the defaults. */
export function stackPaths(env: NodeJS.ProcessEnv = process.env): StackPaths {
  const cache = env['MESH_CACHE_DIR'] ?? join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'urban-safety-mesh');
  const state = env['MESH_STATE_DIR'] ?? join(workspaceRoot, '.mesh');
  return {
    cache,
    state,
    logs: join(state, 'logs'),
    run: join(state, 'run'),
    data: join(state, 'data'),
    stackFile: env['MESH_STACK_FILE'] ?? join(state, 'stack.json'),
  };
}
