import type { AgreementEvent } from '@usm/contracts';
import { MeshError } from '@usm/errors';
import type { AgreementView } from '../domain/agreement-view';
import { agreementsOf, evolveAgreementView, initialAgreementView } from '../domain/agreement-view';
import { renderMirrorMakerProperties } from '../domain/mirror-maker-properties';
import type { ReplicationAuditEntry, ReplicationOutcome } from '../domain/replication-audit-entry';
import { federationErrorCodes } from '../domain/federation-errors';
import type { ReplicationDecision } from '../domain/replication-decision';
import { decideReplication } from '../domain/replication-decision';
import type { ReplicationFlow } from '../domain/replication-flow';
import { physicalFlows } from '../domain/topic-names';
import type { Clock, FederationLogger, ReplicationAuditLog, ReplicationLagMonitor, ReplicationRuntime } from './ports';
import type { ReplicationSettings } from './replication-settings';

export interface ReconcilerPorts {
  readonly runtime: ReplicationRuntime;
  readonly audit: ReplicationAuditLog;
  readonly lag: ReplicationLagMonitor;
  readonly clock: Clock;
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

interface Trigger {
  readonly type: string;
  readonly agreementId: string | null;
}

/**
 * The federation process manager: folds `agreements.v1` into its view and, once it has caught up with
 * the topic, makes MirrorMaker 2 run exactly the plan of the active agreements. Events read during
 * catch-up only fold: replaying history must never briefly start a flow that was later terminated.
 */
export class ReplicationReconciler {
  private view: AgreementView = initialAgreementView;
  private applied: readonly ReplicationFlow[] = [];
  private caughtUp = false;
  private lastErrorValue: LastError | null = null;
  private queue: Promise<unknown> = Promise.resolve();

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

  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  /** Flows MirrorMaker 2 runs, with catalog topic names. */
  get appliedFlows(): readonly ReplicationFlow[] {
    return this.applied;
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
    const decision = decideReplication({ localCity: this.settings.localCity, agreements: agreementsOf(this.view), lookup: this.settings.lookup, applied: this.applied });
    const outcome = await this.act(decision, trigger);
    this.ports.onOutcome?.(outcome);
    return outcome;
  }

  private async act(decision: ReplicationDecision, trigger: Trigger): Promise<ReplicationOutcome> {
    switch (decision.kind) {
      case 'unchanged':
        await this.audit(trigger, { outcome: 'unchanged', previous: this.applied, now: this.applied, requested: decision.flows });
        return 'unchanged';
      case 'refused':
        this.remember(decision.error, trigger);
        this.ports.logger.warn({ agreementId: trigger.agreementId, trigger: trigger.type, code: decision.error.code, details: decision.error.details }, `replication plan refused, previous configuration kept: ${decision.error.message}`);
        await this.audit(trigger, { outcome: 'refused', previous: this.applied, now: this.applied, requested: null, error: decision.error });
        return 'refused';
      case 'changed':
        return this.applyFlows(decision.previous, decision.flows, trigger);
      default: {
        const unknownDecision: never = decision;
        return unknownDecision;
      }
    }
  }

  private async applyFlows(previous: readonly ReplicationFlow[], flows: readonly ReplicationFlow[], trigger: Trigger): Promise<ReplicationOutcome> {
    const onCluster = physicalFlows(flows, this.settings.topicPrefix);
    try {
      if (flows.length === 0) await this.ports.runtime.stop();
      else await this.ports.runtime.apply({ flows: onCluster, properties: renderMirrorMakerProperties(this.settings.clusters, onCluster, this.settings.mirrorMaker) });
    } catch (error) {
      this.remember(error, trigger);
      this.ports.logger.error({ agreementId: trigger.agreementId, trigger: trigger.type, code: codeOf(error) }, 'MirrorMaker 2 could not be reconfigured; retried on the next change');
      await this.audit(trigger, { outcome: 'failed', previous, now: previous, requested: flows, error });
      return 'failed';
    }
    this.applied = flows;
    await this.ports.lag.watch(onCluster);
    this.ports.logger.info({ agreementId: trigger.agreementId, trigger: trigger.type, previousFlows: previous, flows }, flows.length === 0 ? 'replication stopped: no active agreement with a partner city' : 'replication reconfigured');
    await this.audit(trigger, { outcome: 'applied', previous, now: flows, requested: flows });
    return 'applied';
  }

  private remember(error: unknown, trigger: Trigger): void {
    this.lastErrorValue = { code: codeOf(error), message: error instanceof Error ? error.message : String(error), agreementId: trigger.agreementId, at: this.ports.clock.now() };
  }

  private async audit(trigger: Trigger, what: { outcome: ReplicationOutcome; previous: readonly ReplicationFlow[]; now: readonly ReplicationFlow[]; requested: readonly ReplicationFlow[] | null; error?: unknown }): Promise<void> {
    const entry: ReplicationAuditEntry = {
      agreementId: trigger.agreementId,
      trigger: trigger.type,
      previousFlows: what.previous,
      newFlows: what.now,
      requestedFlows: what.requested,
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
