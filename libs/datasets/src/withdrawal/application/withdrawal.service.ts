import { ConcurrencyError } from '@usm/errors';
import type { ConsentEnded } from '../domain/consent-ended';
import { checkRetractionNotice } from '../domain/check-retraction-notice';
import { retractionForConsent } from '../domain/retraction-for-consent';
import type { RetractionNotice, RetractionOrigin } from '../domain/retraction-notice';
import { withdrawalDecider } from '../domain/withdrawal.decider';
import type { WithdrawalCommand } from '../domain/withdrawal.commands';
import type { WithdrawalAction } from '../domain/withdrawal.reactions';
import { actionsAfter, pendingActionsOf } from '../domain/withdrawal.reactions';
import { noticeIdOf } from './notice-id';
import { SerialWork } from './serial-work';
import type { ReleaseSupersession, RetractionNoticePublisher, SubjectEventsQuery, WithdrawalClock, WithdrawalLogger, WithdrawalMetrics, WithdrawalStore } from './withdrawal.ports';

export interface WithdrawalPorts {
  readonly store: WithdrawalStore;
  readonly publisher: RetractionNoticePublisher;
  readonly subjects: SubjectEventsQuery;
  readonly releases: ReleaseSupersession;
  readonly metrics: WithdrawalMetrics;
  readonly clock: WithdrawalClock;
  readonly logger: WithdrawalLogger;
}

export interface WithdrawalSettings {
  readonly city: string;
  readonly actor: string;
  readonly retryDelayMs: number;
}

/** What became of a consent end or a notice: recorded (work queued), a replay of one recorded, or of no concern. */
export type WithdrawalOutcome = 'recorded' | 'replayed' | 'ignored';

/**
 * Runs the withdrawal process manager: records each notice durably (its events retracted from then on), then,
 * in the background and one at a time, publishes own notices and supersedes every release holding their events.
 * Callers (the Kafka consumers) commit their offset once a notice is recorded; work left at a crash resumes on start.
 */
export class WithdrawalService {
  private readonly work: SerialWork;

  constructor(
    private readonly settings: WithdrawalSettings,
    private readonly ports: WithdrawalPorts,
  ) {
    this.work = new SerialWork(settings.retryDelayMs, (error, attempt) =>
      ports.logger.warn({ attempt, error: error instanceof Error ? error.message : String(error) }, 'dataset withdrawal step failed; retrying'),
    );
  }

  /** A consent of this city ended: retracts the subject's events if a dataset purpose is concerned. */
  async onConsentEnded(ended: ConsentEnded): Promise<WithdrawalOutcome> {
    const arrivedAt = this.ports.clock.now().getTime();
    const subjectEventIds = await this.ports.subjects.eventIdsOfSubject(ended.subjectId);
    const decision = retractionForConsent(ended, { city: this.settings.city, noticeId: noticeIdOf(ended.consentEventId), subjectEventIds });
    if (decision.kind === 'ignored') {
      this.ports.metrics.countNotice('own', 'ignored');
      return 'ignored';
    }
    return this.record(decision.notice, 'own', arrivedAt);
  }

  /** A partner's notice arrived (replicated): checked, then recorded like an own one but never republished. */
  async onPartnerNotice(notice: RetractionNotice, fromCity: string, arrivedAt: number): Promise<WithdrawalOutcome> {
    return this.record(checkRetractionNotice(notice, fromCity), 'partner', arrivedAt);
  }

  /** Queues the work of every notice still settling (after a restart). */
  async resume(): Promise<number> {
    const settling = await this.ports.store.settling();
    for (const state of settling) this.queue(pendingActionsOf(state), state.status === 'unknown' ? 'own' : state.origin, this.ports.clock.now().getTime());
    return settling.length;
  }

  /** Background jobs still queued or running. */
  get queued(): number {
    return this.work.size;
  }

  stop(): Promise<void> {
    return this.work.stop();
  }

  private async record(notice: RetractionNotice, origin: RetractionOrigin, arrivedAt: number): Promise<WithdrawalOutcome> {
    const releasesHolding = await this.ports.releases.releasesHolding(notice.eventIds);
    const command: WithdrawalCommand = { type: 'RecordRetraction', data: { notice, origin, releasesHolding }, metadata: this.metadata(`retract-${notice.noticeId}`) };
    const events = await this.decideAndAppend(notice.noticeId, command);
    const outcome: WithdrawalOutcome = events.length === 0 ? 'replayed' : 'recorded';
    this.ports.metrics.countNotice(origin, outcome);
    this.queue(actionsAfter(events), origin, arrivedAt);
    return outcome;
  }

  private queue(actions: readonly WithdrawalAction[], origin: RetractionOrigin, arrivedAt: number): void {
    for (const action of actions) this.work.push(() => this.run(action, origin, arrivedAt));
  }

  private async run(action: WithdrawalAction, origin: RetractionOrigin, arrivedAt: number): Promise<void> {
    if (action.type === 'PublishRetractionNotice') {
      await this.ports.publisher.publish(action.notice);
      return;
    }
    const { supersededBy } = await this.ports.releases.supersede(action.releaseId, { reason: action.reason, excludedEventIds: action.excludedEventIds });
    const command: WithdrawalCommand = { type: 'RecordReleaseWithdrawn', data: { noticeId: action.noticeId, releaseId: action.releaseId, supersededBy }, metadata: this.metadata(`withdrawn-${action.noticeId}-${action.releaseId}`) };
    await this.decideAndAppend(action.noticeId, command);
    const now = this.ports.clock.now().getTime();
    this.ports.metrics.observeSuperseded(origin, 'consentEnded', (now - action.retractedAt) / 1000);
    if (origin === 'partner') this.ports.metrics.observeSuperseded(origin, 'noticeArrived', (now - arrivedAt) / 1000);
    this.ports.logger.info({ noticeId: action.noticeId, releaseId: action.releaseId, supersededBy, origin, seconds: (now - action.retractedAt) / 1000 }, 'release holding retracted events withdrawn');
  }

  /** Load → decide → append; one retry on a concurrent append, whose reload makes the decision idempotent. */
  private async decideAndAppend(noticeId: string, command: WithdrawalCommand, retried = false): Promise<ReturnType<typeof withdrawalDecider.decide>> {
    const { state, version } = await this.ports.store.load(noticeId);
    const events = withdrawalDecider.decide(command, state);
    if (events.length === 0) return events;
    try {
      await this.ports.store.append(noticeId, version, events);
      return events;
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || retried) throw error;
      return this.decideAndAppend(noticeId, command, true);
    }
  }

  private metadata(commandId: string) {
    return { commandId, now: this.ports.clock.now(), actor: this.settings.actor };
  }
}
