import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InfrastructureError } from '@usm/errors';
import { federationErrorCodes } from '../../domain/federation-errors';
import type { ReplicationConfiguration, ReplicationRuntime, RuntimeState } from '../../application/ports';
import { writePrivateFileAtomically } from './private-file';
import { renderLog4jProperties } from './log4j-properties';
import type { MirrorMakerProcessOptions } from './mirror-maker-options';
import { MIRROR_MAKER_MAIN_CLASS, stopLeftover, terminate } from './process-control';

const startedLine = 'Kafka MirrorMaker started';

/**
 * ReplicationRuntime as one dedicated MirrorMaker 2 JVM. Dedicated mode reads its configuration only at
 * start, so a new configuration means stop (SIGTERM, offsets committed) and start again; an identical
 * one leaves the running process alone.
 */
export class MirrorMakerProcess implements ReplicationRuntime {
  readonly files: { readonly properties: string; readonly log4j: string; readonly pid: string; readonly log: string; readonly console: string };
  private child: ChildProcess | undefined;
  private running: string | undefined;
  /** The configuration the service asked for; cleared by stop(). A crash restarts only this one. */
  private wanted: string | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private current: RuntimeState = { status: 'stopped', pid: null, startedAt: null, exitCode: null, restarts: 0, logFile: null };

  constructor(
    private readonly options: MirrorMakerProcessOptions,
    private readonly onUnexpectedExit: (code: number | null, restartError?: unknown) => void = () => undefined,
  ) {
    const file = (name: string) => join(options.workDir, name);
    this.files = { properties: file('mm2.properties'), log4j: file('mm2-log4j.properties'), pid: file('mm2.pid'), log: file('mm2.log'), console: file('mm2.console.log') };
  }

  /** Stops a process an earlier run of the service left behind; call once before the first apply. */
  async cleanUpLeftover(): Promise<number | undefined> {
    mkdirSync(this.options.workDir, { recursive: true, mode: 0o700 });
    return stopLeftover(this.files.pid, this.files.properties, this.options.stopGraceMs);
  }

  async apply(configuration: ReplicationConfiguration): Promise<void> {
    if (this.child && this.running === configuration.properties) return;
    await this.stop();
    this.wanted = configuration.properties;
    mkdirSync(this.options.workDir, { recursive: true, mode: 0o700 });
    writePrivateFileAtomically(this.files.properties, configuration.properties);
    writePrivateFileAtomically(this.files.log4j, renderLog4jProperties(this.files.log));
    await this.start(configuration.properties);
  }

  async stop(): Promise<void> {
    clearTimeout(this.restartTimer);
    this.wanted = undefined;
    const child = this.child;
    this.child = undefined;
    this.running = undefined;
    if (child?.pid !== undefined) {
      const exited = new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      await terminate(child.pid, this.options.stopGraceMs);
      await exited;
    }
    rmSync(this.files.pid, { force: true });
    this.current = { ...this.current, status: 'stopped', pid: null };
  }

  state(): RuntimeState {
    return this.current;
  }

  private async start(properties: string): Promise<void> {
    const logOffset = existsSync(this.files.log) ? statSync(this.files.log).size : 0;
    const console = openSync(this.files.console, 'a');
    const args = [...this.options.jvmOptions, `-Dlog4j.configuration=file:${this.files.log4j}`, '-cp', this.options.classpath, MIRROR_MAKER_MAIN_CLASS, this.files.properties];
    const child = spawn(this.options.javaBin, args, { stdio: ['ignore', console, console] });
    closeSync(console);
    const spawned = await new Promise<Error | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined));
      child.once('error', resolve);
    });
    if (spawned || child.pid === undefined) throw startFailure(`could not run ${this.options.javaBin}`, spawned);
    this.child = child;
    this.running = properties;
    writeFileSync(this.files.pid, String(child.pid));
    this.current = { status: 'starting', pid: child.pid, startedAt: Date.now(), exitCode: null, restarts: this.current.restarts + (this.current.startedAt === null ? 0 : 1), logFile: this.files.log };
    child.once('exit', (code) => this.exited(child, code));
    await this.awaitStarted(child, logOffset);
  }

  private exited(child: ChildProcess, code: number | null): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.running = undefined;
    this.current = { ...this.current, status: 'exited', pid: null, exitCode: code };
    this.onUnexpectedExit(code);
    const properties = this.wanted;
    const delay = this.options.restartDelayMs ?? 0;
    if (properties === undefined || delay <= 0) return;
    this.restartTimer = setTimeout(() => {
      // Only if nothing changed meanwhile: a stop() or a new apply() owns the process from then on.
      if (this.wanted !== properties || this.child) return;
      this.start(properties).catch((error: unknown) => this.onUnexpectedExit(null, error));
    }, delay);
  }

  /** Waits for the start line in the log; a process that exits first failed to start (bad properties, no Kafka). */
  private async awaitStarted(child: ChildProcess, logOffset: number): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    while (Date.now() < deadline) {
      if (this.child !== child) throw startFailure(`MirrorMaker 2 exited with code ${String(this.current.exitCode)} while starting; see ${this.files.log} and ${this.files.console}`);
      if (existsSync(this.files.log) && readFileSync(this.files.log).subarray(logOffset).includes(startedLine)) {
        this.current = { ...this.current, status: 'running' };
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw startFailure(`MirrorMaker 2 did not report a start within ${this.options.startTimeoutMs} ms; see ${this.files.log}`);
  }
}


function startFailure(message: string, cause?: unknown): InfrastructureError {
  return new InfrastructureError(federationErrorCodes.mirrorMakerStartFailed, message, { cause });
}
