import type { ReplicationConfiguration, ReplicationRuntime, RuntimeState } from '../application/ports';

/** ReplicationRuntime in memory: records every configuration applied; can be told to fail the next apply. */
export class InMemoryReplicationRuntime implements ReplicationRuntime {
  readonly applied: (ReplicationConfiguration | 'stopped')[] = [];
  failNext: Error | undefined;
  private current: RuntimeState = { status: 'stopped', pid: null, startedAt: null, exitCode: null, restarts: 0, logFile: null };

  async apply(configuration: ReplicationConfiguration): Promise<void> {
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
    this.applied.push(configuration);
    this.current = { ...this.current, status: 'running', pid: 4242, restarts: this.applied.length - 1 };
  }

  async stop(): Promise<void> {
    this.applied.push('stopped');
    this.current = { ...this.current, status: 'stopped', pid: null };
  }

  state(): RuntimeState {
    return this.current;
  }
}
