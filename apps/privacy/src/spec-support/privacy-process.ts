import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@usm/testing';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

/**
 * The real privacy service (apps/privacy/src/main.ts) as a child process, the way it runs in production:
 * its own Kafka clients, its own transactional id. Log lines are kept so tests wait on them.
 */
export class PrivacyProcess {
  private child: ChildProcess | undefined;
  private lines: string[] = [];
  readonly log: string[] = [];

  constructor(readonly env: Readonly<Record<string, string>>) {}

  /** Starts the service and resolves once its processor has joined the group and runs (bounded). */
  async start(timeoutMs = 60_000): Promise<void> {
    this.lines = [];
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join('apps', 'privacy', 'src', 'main.ts')], {
      cwd: workspaceRoot,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json', KAFKAJS_NO_PARTITIONER_WARNING: '1', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        this.lines.push(line);
        this.log.push(line);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`privacy exited with ${child.exitCode}: ${this.lines.slice(-5).join(' | ')}`);
        return this.lines.some((line) => line.includes('transactional processor started'));
      },
      { timeoutMs, intervalMs: 50, description: 'the privacy service to start consuming' },
    );
  }

  /** Kills the process without any chance to clean up, as a crash or OOM kill would. */
  async kill(signal: NodeJS.Signals = 'SIGKILL', timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`privacy did not exit on ${signal}`)), timeoutMs))]);
  }

  /** A graceful stop (SIGTERM): the chunk in flight finishes or aborts, the group is left. */
  stop(): Promise<void> {
    return this.kill('SIGTERM');
  }
}
