import type { AclBinding } from '@usm/messaging';
import type { ReplicationAuditEntry } from '../domain/replication-audit-entry';
import type { ReplicationFlow } from '../domain/replication-flow';

/** What MirrorMaker 2 should run: the flows (cluster topic names) and the properties file text for them. */
export interface ReplicationConfiguration {
  readonly flows: readonly ReplicationFlow[];
  readonly properties: string;
}

export type RuntimeStatus = 'stopped' | 'starting' | 'running' | 'exited';

/** The MirrorMaker 2 process as last observed. */
export interface RuntimeState {
  readonly status: RuntimeStatus;
  readonly pid: number | null;
  readonly startedAt: number | null;
  readonly exitCode: number | null;
  readonly restarts: number;
  readonly logFile: string | null;
}

/** Runs the replication: (re)starts MirrorMaker 2 with a configuration, or stops it when there is nothing to replicate. */
export interface ReplicationRuntime {
  apply(configuration: ReplicationConfiguration): Promise<void>;
  stop(): Promise<void>;
  state(): RuntimeState;
}

/** Where every reconciliation is recorded. */
export interface ReplicationAuditLog {
  record(entry: ReplicationAuditEntry): Promise<void>;
  recent(limit: number): Promise<readonly ReplicationAuditEntry[]>;
}

export interface Clock {
  now(): number;
}

/** Runs work later (a retry, an agreement's `validUntil`); the returned function cancels it. */
export interface Scheduler {
  schedule(delayMs: number, work: () => void): () => void;
}

/** The broker rules of partner principals (`User:partner-*`, topic rules) on this city's cluster. */
export interface PartnerAclStore {
  /** The partner rules the broker holds now. */
  inForce(): Promise<readonly AclBinding[]>;
  grant(bindings: readonly AclBinding[]): Promise<void>;
  revoke(bindings: readonly AclBinding[]): Promise<void>;
}

/** Lag of one replicated topic towards one partner. */
export interface TopicLag {
  readonly target: string;
  readonly topic: string;
  readonly remoteTopic: string;
  /** Source end offsets minus remote end offsets; null when a cluster could not be asked. */
  readonly records: number | null;
  /** Record timestamp at the source to arrival at the partner, of the last record the probe saw. */
  readonly seconds: number | null;
  readonly lastArrivalAt: number | null;
}

/** Measures replication lag of the flows that run. */
export interface ReplicationLagMonitor {
  watch(flows: readonly ReplicationFlow[]): Promise<void>;
  lags(): Promise<readonly TopicLag[]>;
  close(): Promise<void>;
}

/** Fields of a log line: ids, codes, cities and topics, never record contents. */
export type LogFields = Readonly<Record<string, unknown>>;

/** Structured logs in pino's `(fields, message)` order. */
export interface FederationLogger {
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
}
