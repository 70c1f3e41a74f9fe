import type { AgreementEvent } from '@usm/contracts';
import { MeshError } from '@usm/errors';
import type { AclBinding } from '@usm/messaging';
import type { AgreementView } from '../domain/agreement-view';
import { agreementsOf, evolveAgreementView, initialAgreementView } from '../domain/agreement-view';
import { renderMirrorMakerProperties } from '../domain/mirror-maker-properties';
import { aclChangesOf, sameAcls } from '../domain/partner-acls';
import type { ReplicationAuditEntry, ReplicationOutcome } from '../domain/replication-audit-entry';
import { federationErrorCodes } from '../domain/federation-errors';
import type { WantedReplication } from '../domain/replication-decision';
import { sameFlows, wantedReplication } from '../domain/replication-decision';
import type { ReplicationFlow } from '../domain/replication-flow';
import { physicalFlows } from '../domain/topic-names';
import type { Clock, FederationLogger, PartnerAclStore, ReplicationAuditLog, ReplicationLagMonitor, ReplicationRuntime, Scheduler } from './ports';
import type { ReplicationSettings } from './replication-settings';

export interface ReconcilerPorts {
  readonly runtime: ReplicationRuntime;
  /** Partner rules on the broker; absent only when the broker has no authorizer (local `MESH_INSECURE` mode). */
  readonly acls?: PartnerAclStore;
  readonly audit: ReplicationAuditLog;
  readonly lag: ReplicationLagMonitor;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly logger: FederationLogger;
  readonly onOutcome?: (outcome: ReplicationOutcome) => void;
}

/** The last error a reconciliation met, as `/federation/status` shows it. */
export interface LastError {
  readonly code: string;
  readonly message: string;
  readonly agreementId: string | null;
  readonly at: number;
}

/** What really holds on the cluster, as far as the reconciler knows; null when an apply failed in a way that left it unknown. */
export interface ReplicationInForce {
  readonly flows: readonly ReplicationFlow[] | null;
  readonly acls: readonly AclBinding[] | null;
}

interface Trigger {
  readonly type: string;
  readonly agreementId: string | null;
}

/** Node timers take at most 2^31 − 1 ms; a later `validUntil` is reached in several hops. */
const longestTimerMs = 2_147_483_647;
const noop = (): void => undefined;

/**
 * The federation process manager: folds `agreements.v1` into its view and, once it has caught up with
 * the topic, makes the broker's partner rules and MirrorMaker 2 follow the agreements in force. It keeps what
 * is wanted apart from what is in force and converges: a failed apply is retried with backoff, and an
 * agreement's `validUntil` acts by itself. Events read during catch-up only fold: replaying history must
 * never briefly start a flow that was later terminated.
 */
export class ReplicationReconciler {
  private view: AgreementView = initialAgreementView;
  private inForceValue: ReplicationInForce = { flows: [], acls: null };
  private wantedValue: WantedReplication = { flows: [], acls: [], refused: [], nextExpiry: null };
  private caughtUp = false;
  private closed = false;
  private lastErrorValue: LastError | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private cancelExpiry: () => void = noop;
  private cancelRetry: () => void = noop;
  private failedAttempts = 0;

  constructor(
    private readonly settings: ReplicationSettings,
    private readonly ports: ReconcilerPorts,
  ) {}

  /** Folds one event; reconciles when it changed an agreement and catch-up is over. Serialised. */
  onAgreementEvent(event: AgreementEvent): Promise<ReplicationOutcome | 'folded' | 'ignored'> {
    return this.serialise(async () => {
      const next = evolveAgreementView(this.view, event);
      if (next === this.view) return 'ignored';
      this.view = next;
      if (!this.caughtUp) return 'folded';
      return this.reconcile({ type: event.type, agreementId: event.metadata.aggregateId });
    });
  }

  /** Ends catch-up: from now on every change acts. Runs the first reconciliation. */
  completeCatchUp(): Promise<ReplicationOutcome> {
    return this.serialise(async () => {
      this.caughtUp = true;
      return this.reconcile({ type: 'startup', agreementId: null });
    });
  }

  /** Cancels the pending retry and validity timers; nothing reconciles afterwards. */
  close(): void {
    this.closed = true;
    this.cancelExpiry();
    this.cancelRetry();
  }

  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  /** Flows MirrorMaker 2 runs, with catalog topic names (none when unknown after a failed stop). */
  get appliedFlows(): readonly ReplicationFlow[] {
    return this.inForceValue.flows ?? [];
  }

  get inForce(): ReplicationInForce {
    return this.inForceValue;
  }

  get wanted(): WantedReplication {
    return this.wantedValue;
  }

  /** Whether what is in force is what the agreements ask for (partner rules only where the broker holds them). */
  get converged(): boolean {
    const { flows, acls } = this.inForceValue;
    return flows !== null && sameFlows(flows, this.wantedValue.flows) && (this.ports.acls === undefined || (acls !== null && sameAcls(acls, this.wantedValue.acls)));
  }

  get agreements(): AgreementView {
    return this.view;
  }

  get lastError(): LastError | null {
    return this.lastErrorValue;
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async reconcile(trigger: Trigger): Promise<ReplicationOutcome> {
    this.cancelRetry();
    this.cancelRetry = noop;
    const wanted = wantedReplication({ localCity: this.settings.localCity, agreements: agreementsOf(this.view), lookup: this.settings.lookup, now: this.ports.clock.now(), topicPrefix: this.settings.topicPrefix });
    this.wantedValue = wanted;
    const previousFlows = this.inForceValue.flows;
    const errors: unknown[] = [];
    // Rules first: a partner loses an ended agreement's topics before anything else moves, and has the new ones before MirrorMaker 2 reads them.
    const acls = await this.syncAcls(wanted.acls, trigger, errors);
    const flowsMoved = await this.syncFlows(wanted.flows, trigger, errors);
    this.scheduleExpiry(wanted.nextExpiry);
    const refusal = wanted.refused.find((r) => r.agreementId === trigger.agreementId) ?? (trigger.type === 'startup' ? wanted.refused[0] : undefined);
    if (refusal) {
      this.remember(refusal.error, { ...trigger, agreementId: refusal.agreementId });
      this.ports.logger.warn({ agreementId: refusal.agreementId, trigger: trigger.type, code: refusal.error.code, details: refusal.error.details }, `agreement refused, the other agreements still count: ${refusal.error.message}`);
    }
    const outcome: ReplicationOutcome = errors.length > 0 ? 'failed' : refusal && trigger.type !== 'startup' ? 'refused' : flowsMoved || acls.granted.length + acls.revoked.length > 0 ? 'applied' : 'unchanged';
    if (errors.length > 0) this.scheduleRetry();
    else this.failedAttempts = 0;
    const error = errors[0] ?? (outcome === 'refused' ? refusal?.error : undefined);
    await this.audit(trigger, { outcome, previous: previousFlows ?? [], now: this.inForceValue.flows ?? [], requested: wanted.flows, acls, refused: wanted, error });
    this.ports.onOutcome?.(outcome);
    return outcome;
  }

  /** Makes the partner rules on the broker the wanted ones; reads them from the broker each time, so drift is repaired too. */
  private async syncAcls(wanted: readonly AclBinding[], trigger: Trigger, errors: unknown[]): Promise<{ granted: readonly AclBinding[]; revoked: readonly AclBinding[] }> {
    const store = this.ports.acls;
    const done = { granted: [] as readonly AclBinding[], revoked: [] as readonly AclBinding[] };
    if (!store) return done;
    try {
      const changes = aclChangesOf(await store.inForce(), wanted);
      if (changes.revoke.length > 0) {
        await store.revoke(changes.revoke);
        done.revoked = changes.revoke;
      }
      if (changes.grant.length > 0) {
        await store.grant(changes.grant);
        done.granted = changes.grant;
      }
      this.inForceValue = { ...this.inForceValue, acls: wanted };
      if (changes.grant.length + changes.revoke.length > 0) this.ports.logger.info({ agreementId: trigger.agreementId, trigger: trigger.type, granted: changes.grant.length, revoked: changes.revoke.length }, 'partner rules follow the agreements in force');
    } catch (error) {
      errors.push(error);
      this.inForceValue = { ...this.inForceValue, acls: null };
      this.remember(error, trigger);
      this.ports.logger.error({ agreementId: trigger.agreementId, trigger: trigger.type, code: codeOf(error) }, 'partner rules could not be brought in line with the agreements; retried');
    }
    return done;
  }

  /** Makes MirrorMaker 2 run the wanted flows; returns whether what runs changed. */
  private async syncFlows(wanted: readonly ReplicationFlow[], trigger: Trigger, errors: unknown[]): Promise<boolean> {
    const current = this.inForceValue.flows;
    if (current !== null && sameFlows(current, wanted)) return false;
    const onCluster = physicalFlows(wanted, this.settings.topicPrefix);
    try {
      if (wanted.length === 0) await this.ports.runtime.stop();
      else await this.ports.runtime.apply({ flows: onCluster, properties: renderMirrorMakerProperties(this.settings.clusters, onCluster, this.settings.mirrorMaker) });
      this.inForceValue = { ...this.inForceValue, flows: wanted };
      this.ports.logger.info({ agreementId: trigger.agreementId, trigger: trigger.type, previousFlows: current, flows: wanted }, wanted.length === 0 ? 'replication stopped: no agreement in force with a partner city' : 'replication reconfigured');
    } catch (error) {
      errors.push(error);
      this.remember(error, trigger);
      // A start that failed (or timed out) may leave a process running a configuration nobody records: stop it, so what runs is known.
      this.inForceValue = { ...this.inForceValue, flows: await this.stopAfterFailure() };
      this.ports.logger.error({ agreementId: trigger.agreementId, trigger: trigger.type, code: codeOf(error), inForce: this.inForceValue.flows }, 'MirrorMaker 2 could not be reconfigured; stopped and retried');
    }
    await this.watchLag(this.inForceValue.flows ?? []);
    return true;
  }

  private async stopAfterFailure(): Promise<readonly ReplicationFlow[] | null> {
    try {
      await this.ports.runtime.stop();
      return [];
    } catch (error) {
      this.ports.logger.error({ code: codeOf(error) }, 'MirrorMaker 2 could not be stopped after a failed apply; what runs is unknown until the retry');
      return null;
    }
  }

  private async watchLag(flows: readonly ReplicationFlow[]): Promise<void> {
    try {
      await this.ports.lag.watch(physicalFlows(flows, this.settings.topicPrefix));
    } catch (error) {
      this.ports.logger.warn({ code: codeOf(error) }, 'replication lag cannot be watched for now');
    }
  }

  /** Retries a failed apply with doubling delays, up to a minute apart. */
  private scheduleRetry(): void {
    if (this.closed) return;
    this.failedAttempts += 1;
    const delay = Math.min(this.settings.retryDelayMs * 2 ** (this.failedAttempts - 1), 60_000);
    this.cancelRetry = this.ports.scheduler.schedule(delay, () => void this.later({ type: 'retry', agreementId: null }));
  }

  /** Acts when the next agreement in force reaches its `validUntil`, without any event on `agreements.v1`. */
  private scheduleExpiry(next: WantedReplication['nextExpiry']): void {
    this.cancelExpiry();
    this.cancelExpiry = noop;
    if (next === null || this.closed) return;
    const delay = Math.min(Math.max(0, next.at - this.ports.clock.now()), longestTimerMs);
    this.cancelExpiry = this.ports.scheduler.schedule(delay, () => {
      if (this.ports.clock.now() < next.at) this.scheduleExpiry(next);
      else void this.later({ type: 'validUntil', agreementId: next.agreementId });
    });
  }

  private later(trigger: Trigger): Promise<unknown> {
    return this.serialise(() => (this.closed ? Promise.resolve('unchanged') : this.reconcile(trigger))).catch((error: unknown) =>
      this.ports.logger.error({ trigger: trigger.type, agreementId: trigger.agreementId, code: codeOf(error) }, 'scheduled reconciliation failed'),
    );
  }

  private remember(error: unknown, trigger: Trigger): void {
    this.lastErrorValue = { code: codeOf(error), message: error instanceof Error ? error.message : String(error), agreementId: trigger.agreementId, at: this.ports.clock.now() };
  }

  private async audit(
    trigger: Trigger,
    what: { outcome: ReplicationOutcome; previous: readonly ReplicationFlow[]; now: readonly ReplicationFlow[]; requested: readonly ReplicationFlow[]; acls: { granted: readonly AclBinding[]; revoked: readonly AclBinding[] }; refused: WantedReplication; error?: unknown },
  ): Promise<void> {
    const entry: ReplicationAuditEntry = {
      agreementId: trigger.agreementId,
      trigger: trigger.type,
      previousFlows: what.previous,
      newFlows: what.now,
      requestedFlows: what.requested,
      aclsGranted: what.acls.granted,
      aclsRevoked: what.acls.revoked,
      refusedAgreements: what.refused.refused.map((r) => ({ agreementId: r.agreementId, code: r.error.code })),
      outcome: what.outcome,
      errorCode: what.error === undefined ? null : codeOf(what.error),
      errorMessage: what.error instanceof Error ? what.error.message : null,
      decidedAt: this.ports.clock.now(),
    };
    try {
      await this.ports.audit.record(entry);
    } catch (error) {
      // The change already acted; a lost audit row must not undo or block it. The log line keeps the facts.
      this.ports.logger.error({ ...entry, code: codeOf(error) }, 'replication audit could not be written');
    }
  }
}

function codeOf(error: unknown): string {
  return error instanceof MeshError ? error.code : federationErrorCodes.unexpected;
}
