import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

/** A running projector process (testing/projector-process.ts) and how to end it. */
export interface ProjectorChild {
  readonly process: ChildProcess;
  /** SIGKILL: no shutdown hook, no rollback by us; PostgreSQL rolls back the open transaction. */
  kill(): Promise<void>;
}

/** Spawns the projector with TypeScript compiled on the fly, and resolves once it says ready. */
export async function spawnProjector(settings: Readonly<Record<string, string>>, readyTimeoutMs = 60_000): Promise<ProjectorChild> {
  const env: NodeJS.ProcessEnv = { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json', KAFKAJS_NO_PARTITIONER_WARNING: '1' };
  for (const [name, value] of Object.entries(settings)) env[`USM_ES_${name}`] = value;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'projector-process.ts')], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`projector not ready after ${readyTimeoutMs} ms: ${errors}`)), readyTimeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`projector exited with ${code} before ready: ${errors}`));
    });
  });
  return {
    process: child,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
