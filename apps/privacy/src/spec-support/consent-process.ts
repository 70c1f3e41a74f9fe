import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { authHeaderFor, cityStack, waitFor } from '@usm/testing';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

/**
 * The consent ledger as a child process (libs/consent's test service: ConsentModule on a database schema,
 * topics and groups of its own, dropped when it stops). The privacy service talks to it over HTTP, as in
 * production; this spec never imports the consent context.
 */
export class ConsentProcess {
  private child: ChildProcess | undefined;
  private output = '';
  readonly base: string;

  constructor(readonly port: number) {
    this.base = `http://127.0.0.1:${port}`;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    const entry = join('libs', 'consent', 'src', 'testing', 'ledger-service.main.ts');
    const env = { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' };
    const child = spawn(process.execPath, ['-r', '@swc-node/register', entry, String(this.port)], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`the consent ledger exited with ${child.exitCode}: ${this.output.slice(-500)}`);
        return this.output.includes('ledger test service listening');
      },
      { timeoutMs, intervalMs: 100, description: `the consent ledger on ${this.base}` },
    );
  }

  /** POSTs a consent command (`grant`, `revoke`) for a subject and purpose; fails unless the ledger recorded it. */
  async command(subjectId: string, purpose: string, command: 'grant' | 'revoke', body: object = {}): Promise<void> {
    const response = await fetch(`${this.base}/v1/consents/${encodeURIComponent(subjectId)}/${purpose}/${command}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeaderFor(cityStack('incheon'), 'consent-desk')) },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${command} ${purpose}: ${response.status} ${await response.text()}`);
  }

  /** The ledger's answer now, as the privacy service asks it. */
  async allows(subjectId: string, purpose: string, sourceKind: string): Promise<boolean> {
    const query = new URLSearchParams({ subjectId, legalBasis: 'consent', purpose, at: new Date().toISOString(), sourceKind });
    const response = await fetch(`${this.base}/v1/legal-basis/allows?${query.toString()}`, { headers: await authHeaderFor(cityStack('incheon'), 'privacy') });
    return ((await response.json()) as { allowed: boolean }).allowed;
  }

  /** The consent as the ledger's read model (the projection) shows it now: `granted`, `revoked`, `none`, … */
  async projectedStatus(subjectId: string, purpose: string): Promise<string> {
    const response = await fetch(`${this.base}/v1/consents/${encodeURIComponent(subjectId)}/${purpose}`, { headers: await authHeaderFor(cityStack('incheon'), 'consent-desk') });
    if (response.status !== 200) throw new Error(`consent ${purpose}: ${response.status}`);
    return ((await response.json()) as { status: string }).status;
  }

  /** The ledger's readiness report (`/health/ready`): its status code and body. */
  async health(): Promise<{ status: number; body: { details?: Record<string, Record<string, unknown>> } }> {
    const response = await fetch(`${this.base}/health/ready`);
    return { status: response.status, body: (await response.json()) as { details?: Record<string, Record<string, unknown>> } };
  }

  /** Stops the ledger's outbox relay: commands still land in the event store, the projections stall. */
  stallRelay(): Promise<void> {
    return this.signal('SIGUSR1', 'relay stopped');
  }

  /** Starts the relay again: it publishes the backlog and the projections catch up. */
  resumeRelay(): Promise<void> {
    return this.signal('SIGUSR2', 'relay started');
  }

  private async signal(signal: NodeJS.Signals, acknowledgement: string): Promise<void> {
    const child = this.child;
    if (!child) throw new Error('the consent ledger is not running');
    const count = () => this.output.split(acknowledgement).length - 1;
    const before = count();
    child.kill(signal);
    await waitFor(() => count() > before, { timeoutMs: 30_000, intervalMs: 50, description: `the consent ledger to answer ${signal} with "${acknowledgement}"` });
  }

  /** SIGTERM: the ledger closes and drops its schema and topics (bounded). */
  async stop(timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the consent ledger did not exit on SIGTERM')), timeoutMs))]);
  }
}
