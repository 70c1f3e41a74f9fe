import { InfrastructureError } from '@usm/errors';
import { AgreementStream } from '../testing/agreement-events';
import { InMemoryPartnerAcls } from '../testing/in-memory-partner-acls';
import { InMemoryReplicationAudit } from '../testing/in-memory-replication-audit';
import { InMemoryReplicationRuntime } from '../testing/in-memory-replication-runtime';
import { ManualTime } from '../testing/manual-scheduler';
import type { ReplicableTopic, ReplicationFlow } from '../domain/replication-flow';
import type { ReplicationLagMonitor } from './ports';
import { ReplicationReconciler } from './replication-reconciler';

const anonymised = 'safety.events.anonymised.v1';
const labels = 'safety.labels.v1';
const raw = 'safety.events.raw.v1';
const topics: Record<string, ReplicableTopic> = {
  [anonymised]: { name: anonymised, shareable: true, directFields: [] },
  [labels]: { name: labels, shareable: true, directFields: [] },
  [raw]: { name: raw, shareable: false, directFields: ['reporter.name'] },
};
const start = Date.parse('2026-06-01T00:00:00Z');

function setUp(options: { acls?: boolean } = {}) {
  const runtime = new InMemoryReplicationRuntime();
  const audit = new InMemoryReplicationAudit();
  const acls = new InMemoryPartnerAcls();
  const time = new ManualTime(start);
  const watched: (readonly ReplicationFlow[])[] = [];
  const lag: ReplicationLagMonitor = { watch: async (flows) => void watched.push(flows), lags: async () => [], close: async () => undefined };
  const logs: string[] = [];
  const logger = { info: (_: unknown, m: string) => void logs.push(`info ${m}`), warn: (_: unknown, m: string) => void logs.push(`warn ${m}`), error: (_: unknown, m: string) => void logs.push(`error ${m}`) };
  const reconciler = new ReplicationReconciler(
    {
      localCity: 'incheon',
      clusters: [{ alias: 'incheon', bootstrapServers: ['127.0.0.1:19092'] }, { alias: 'barcelona', bootstrapServers: ['127.0.0.1:19192'] }, { alias: 'osaka', bootstrapServers: ['127.0.0.1:19292'] }],
      topicPrefix: 't1-',
      mirrorMaker: { replicationFactor: 1, refreshTopicsSeconds: 5, checkpointSeconds: 5 },
      lookup: (name) => topics[name],
      retryDelayMs: 1_000,
    },
    { runtime, acls: options.acls === false ? undefined : acls, audit, lag, clock: time, scheduler: time, logger },
  );
  const feed = async (events: readonly Parameters<ReplicationReconciler['onAgreementEvent']>[0][]) => {
    const outcomes = [];
    for (const event of events) outcomes.push(await reconciler.onAgreementEvent(event));
    return outcomes;
  };
  /** Lets work a timer started (retries, validity) run to its end. */
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { reconciler, runtime, audit, acls, time, watched, logs, feed, settle };
}

const flow = (target: string, topicNames: string[]): ReplicationFlow => ({ source: 'incheon', target, topics: topicNames });

describe('ReplicationReconciler', () => {
  it('only folds during catch-up, then applies the plan once, with topics under the prefix', async () => {
    const { reconciler, runtime, audit, watched, feed } = setUp();
    const stream = new AgreementStream('agr-1');
    await feed([...stream.inForce('barcelona', [anonymised]), stream.terminated()]);
    const replayed = await feed(new AgreementStream('agr-2').inForce('barcelona', [anonymised]));
    // Signatures change nothing that replicates, so they do not even fold.
    expect(replayed).toEqual(['folded', 'folded', 'ignored', 'ignored', 'folded']);
    expect(runtime.applied).toEqual([]);
    expect(await reconciler.completeCatchUp()).toBe('applied');
    const [configuration] = runtime.applied;
    expect(configuration).toMatchObject({ flows: [{ source: 'incheon', target: 'barcelona', topics: [`t1-${anonymised}`] }] });
    expect(typeof configuration === 'object' && configuration.properties).toContain('incheon->barcelona.topics=t1\\\\-safety\\\\.events\\\\.anonymised\\\\.v1');
    expect(watched).toEqual([[{ source: 'incheon', target: 'barcelona', topics: [`t1-${anonymised}`] }]]);
    expect(audit.entries).toEqual([expect.objectContaining({ agreementId: null, trigger: 'startup', outcome: 'applied', previousFlows: [], newFlows: [flow('barcelona', [anonymised])], decidedAt: start })]);
  });

  it('applies a change, audits an unchanged plan without touching MirrorMaker 2, and stops it when no flow is left', async () => {
    const { reconciler, runtime, audit, feed } = setUp();
    await reconciler.completeCatchUp();
    const first = new AgreementStream('agr-1');
    const second = new AgreementStream('agr-2');
    const outcomes = [...(await feed(first.inForce('barcelona', [anonymised]))), ...(await feed(second.inForce('barcelona', [anonymised]))), ...(await feed([first.terminated(), second.suspended()]))];
    expect(outcomes).toEqual(['unchanged', 'unchanged', 'ignored', 'ignored', 'applied', 'unchanged', 'unchanged', 'ignored', 'ignored', 'unchanged', 'unchanged', 'applied']);
    expect(runtime.applied.map((c) => (c === 'stopped' ? c : c.flows.length))).toEqual([1, 'stopped']);
    expect(audit.entries[0]).toMatchObject({ trigger: 'startup', outcome: 'unchanged' });
    expect(audit.entries.filter((e) => e.outcome === 'applied').map((e) => [e.agreementId, e.trigger])).toEqual([['agr-1', 'AgreementActivated'], ['agr-2', 'AgreementSuspended']]);
  });

  describe('a refused agreement is excluded alone', () => {
    it('keeps the lawful flows, records the refusal, and still applies a later termination of another agreement', async () => {
      const { reconciler, runtime, audit, acls, logs, feed } = setUp();
      await reconciler.completeCatchUp();
      const good = new AgreementStream('good');
      await feed(good.inForce('barcelona', [anonymised]));
      const bad = await feed(new AgreementStream('bad').inForce('osaka', [raw, labels]));
      expect(bad.at(-1)).toBe('refused');
      expect(reconciler.appliedFlows).toEqual([flow('barcelona', [anonymised])]);
      expect(acls.readable('partner-osaka')).toEqual([]);
      expect(audit.entries.at(-1)).toMatchObject({ agreementId: 'bad', outcome: 'refused', errorCode: 'FEDERATION.TOPIC_NOT_SHAREABLE', refusedAgreements: [{ agreementId: 'bad', code: 'FEDERATION.TOPIC_NOT_SHAREABLE' }] });
      expect(reconciler.lastError).toMatchObject({ code: 'FEDERATION.TOPIC_NOT_SHAREABLE', agreementId: 'bad' });
      expect(logs.some((l) => l.startsWith('warn agreement refused, the other agreements still count'))).toBe(true);

      // Before, the refused plan froze everything: this termination was audited as refused and replication went on.
      expect(await reconciler.onAgreementEvent(good.terminated())).toBe('applied');
      expect(runtime.applied.at(-1)).toBe('stopped');
      expect(reconciler.appliedFlows).toEqual([]);
      expect(acls.readable('partner-barcelona')).toEqual([]);
      expect(audit.entries.at(-1)).toMatchObject({ agreementId: 'good', trigger: 'AgreementTerminated', outcome: 'applied', refusedAgreements: [{ agreementId: 'bad', code: 'FEDERATION.TOPIC_NOT_SHAREABLE' }] });
    });

    it('starts the lawful flows at startup even when the history holds a refused agreement', async () => {
      const { reconciler, feed, audit } = setUp();
      await feed([...new AgreementStream('bad').inForce('barcelona', [raw]), ...new AgreementStream('good').inForce('osaka', [labels])]);
      expect(await reconciler.completeCatchUp()).toBe('applied');
      expect(reconciler.appliedFlows).toEqual([flow('osaka', [labels])]);
      expect(audit.entries.at(-1)?.refusedAgreements).toEqual([{ agreementId: 'bad', code: 'FEDERATION.TOPIC_NOT_SHAREABLE' }]);
      expect(reconciler.lastError).toMatchObject({ agreementId: 'bad' });
    });
  });

  describe('partner rules follow the agreements', () => {
    it('grants the partner exactly the covered topics on activation and revokes them on suspension, before MirrorMaker 2 moves', async () => {
      const { reconciler, acls, audit, feed } = setUp();
      await reconciler.completeCatchUp();
      const stream = new AgreementStream('agr-1');
      await feed(stream.inForce('barcelona', [anonymised]));
      expect(acls.readable('partner-barcelona')).toEqual([`t1-${anonymised}`]);
      expect(acls.rules.size).toBe(3);
      expect(audit.entries.at(-1)).toMatchObject({ agreementId: 'agr-1', trigger: 'AgreementActivated', outcome: 'applied', aclsRevoked: [] });
      expect(audit.entries.at(-1)?.aclsGranted.map((a) => `${a.principal} ${a.operation} ${a.name}`)).toEqual([`partner-barcelona describe t1-${anonymised}`, `partner-barcelona describe-configs t1-${anonymised}`, `partner-barcelona read t1-${anonymised}`]);
      expect(reconciler.inForce.acls).toHaveLength(3);

      await feed([stream.suspended()]);
      expect(acls.rules.size).toBe(0);
      expect(audit.entries.at(-1)).toMatchObject({ trigger: 'AgreementSuspended', outcome: 'applied', aclsGranted: [] });
      expect(audit.entries.at(-1)?.aclsRevoked).toHaveLength(3);
      expect(acls.calls).toEqual(['grant 3', 'revoke 3']);
    });

    it('repairs rules changed behind its back on the next reconciliation, and removes partner rules no agreement gives', async () => {
      const { reconciler, acls, feed } = setUp();
      const stray = { principal: 'partner-osaka', resource: 'topic', name: `t1-${labels}`, pattern: 'literal', operation: 'read' } as const;
      await acls.grant([stray]);
      await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised]));
      await reconciler.completeCatchUp();
      expect(acls.readable('partner-osaka')).toEqual([]);
      acls.rules.clear();
      await feed(new AgreementStream('agr-2').inForce('barcelona', [labels]));
      expect(acls.readable('partner-barcelona')).toEqual([`t1-${anonymised}`, `t1-${labels}`]);
    });
  });

  describe('what is in force is tracked apart from what is wanted, and converges', () => {
    it('stops MirrorMaker 2 after a failed apply, says what is in force, and retries until it runs the wanted plan', async () => {
      const { reconciler, runtime, audit, time, feed, settle } = setUp();
      await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised]));
      await reconciler.completeCatchUp();
      runtime.failNext = new InfrastructureError('FEDERATION.MIRROR_MAKER_START_FAILED', 'did not report a start');
      expect(await reconciler.onAgreementEvent(new AgreementStream('agr-2').inForce('barcelona', [labels])[0] as never)).toBe('unchanged');
      const outcomes = await feed(new AgreementStream('agr-3').inForce('osaka', [labels]));
      expect(outcomes.at(-1)).toBe('failed');
      // The failed start may have left a process running a plan nobody records: it was stopped, and nothing is in force.
      expect(runtime.applied.at(-1)).toBe('stopped');
      expect(reconciler.inForce.flows).toEqual([]);
      expect(reconciler.wanted.flows).toEqual([flow('barcelona', [anonymised]), flow('osaka', [labels])]);
      expect(reconciler.converged).toBe(false);
      expect(audit.entries.at(-1)).toMatchObject({ agreementId: 'agr-3', outcome: 'failed', errorCode: 'FEDERATION.MIRROR_MAKER_START_FAILED', previousFlows: [flow('barcelona', [anonymised])], newFlows: [], requestedFlows: reconciler.wanted.flows });

      // No new agreement event: the retry alone converges.
      runtime.failNext = new InfrastructureError('FEDERATION.MIRROR_MAKER_START_FAILED', 'still no java');
      time.advanceTo(start + 1_000);
      await settle();
      expect(audit.entries.at(-1)).toMatchObject({ trigger: 'retry', outcome: 'failed' });
      expect(time.scheduled.map((s) => s.at - start)).toEqual([1_000 + 2_000]);
      time.advanceTo(start + 3_000);
      await settle();
      expect(audit.entries.at(-1)).toMatchObject({ trigger: 'retry', outcome: 'applied', newFlows: reconciler.wanted.flows });
      expect(reconciler.appliedFlows).toEqual([flow('barcelona', [anonymised]), flow('osaka', [labels])]);
      expect(reconciler.converged).toBe(true);
      expect(time.scheduled).toEqual([]);
    });

    it('re-applies the earlier plan after a failed change instead of believing it still runs', async () => {
      const { reconciler, runtime, feed } = setUp();
      await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised]));
      await reconciler.completeCatchUp();
      const second = new AgreementStream('agr-2');
      runtime.failNext = new InfrastructureError('FEDERATION.MIRROR_MAKER_START_FAILED', 'timed out');
      expect((await feed(second.inForce('barcelona', [labels]))).at(-1)).toBe('failed');
      // The plan that ran before the failure is wanted again; before, this was "unchanged" and nothing ran.
      expect(await reconciler.onAgreementEvent(second.terminated())).toBe('applied');
      expect(runtime.applied.at(-1)).toMatchObject({ flows: [{ target: 'barcelona', topics: [`t1-${anonymised}`] }] });
      expect(reconciler.converged).toBe(true);
    });

    it('retries partner rules that could not be changed, and shows them as unknown meanwhile', async () => {
      const { reconciler, acls, audit, time, feed, settle } = setUp();
      await reconciler.completeCatchUp();
      acls.failNext = new InfrastructureError('FEDERATION.PARTNER_ACLS_FAILED', 'broker unreachable');
      const outcomes = await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised]));
      expect(outcomes.at(-1)).toBe('failed');
      expect(reconciler.inForce.acls).toBeNull();
      expect(audit.entries.at(-1)).toMatchObject({ outcome: 'failed', errorCode: 'FEDERATION.PARTNER_ACLS_FAILED', aclsGranted: [] });
      time.advanceTo(start + 1_000);
      await settle();
      expect(acls.readable('partner-barcelona')).toEqual([`t1-${anonymised}`]);
      expect(audit.entries.at(-1)).toMatchObject({ trigger: 'retry', outcome: 'applied' });
      expect(reconciler.converged).toBe(true);
    });
  });

  describe('validUntil', () => {
    it('ends an agreement at its validUntil without any event: flow stopped, rules revoked, audited as the timer', async () => {
      const { reconciler, runtime, acls, audit, time, feed, settle } = setUp();
      const until = start + 60_000;
      await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised], 'city', until));
      await feed(new AgreementStream('agr-2').inForce('osaka', [labels]));
      await reconciler.completeCatchUp();
      expect(acls.readable('partner-barcelona')).toEqual([`t1-${anonymised}`]);
      expect(time.scheduled.map((s) => s.at)).toEqual([until]);

      time.advanceTo(until - 1);
      await settle();
      expect(acls.readable('partner-barcelona')).toEqual([`t1-${anonymised}`]);
      time.advanceTo(until);
      await settle();
      expect(acls.readable('partner-barcelona')).toEqual([]);
      expect(acls.readable('partner-osaka')).toEqual([`t1-${labels}`]);
      expect(reconciler.appliedFlows).toEqual([flow('osaka', [labels])]);
      expect(runtime.applied.at(-1)).toMatchObject({ flows: [{ target: 'osaka' }] });
      expect(audit.entries.at(-1)).toMatchObject({ agreementId: 'agr-1', trigger: 'validUntil', outcome: 'applied', decidedAt: until });
      expect(audit.entries.at(-1)?.aclsRevoked).toHaveLength(3);
      expect(time.scheduled).toEqual([]);
    });

    it('never starts an agreement whose validUntil passed while the service was down', async () => {
      const { reconciler, acls, feed } = setUp();
      await feed(new AgreementStream('agr-1', () => start - 120_000).inForce('barcelona', [anonymised], 'city', start - 60_000));
      expect(await reconciler.completeCatchUp()).toBe('unchanged');
      expect(reconciler.appliedFlows).toEqual([]);
      expect(acls.rules.size).toBe(0);
    });

    it('reaches a validUntil beyond the longest Node timer in several hops, acting only at the end', async () => {
      const { reconciler, audit, time, feed, settle } = setUp();
      const until = start + 40 * 24 * 3_600_000;
      await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised], 'city', until));
      await reconciler.completeCatchUp();
      expect(time.scheduled.map((s) => s.at - start)).toEqual([2_147_483_647]);
      time.advanceTo(start + 2_147_483_647);
      await settle();
      expect(reconciler.appliedFlows).toHaveLength(1);
      expect(time.scheduled.map((s) => s.at)).toEqual([until]);
      time.advanceTo(until);
      await settle();
      expect(reconciler.appliedFlows).toEqual([]);
      expect(audit.entries.at(-1)).toMatchObject({ trigger: 'validUntil' });
    });

    it('schedules nothing after close', async () => {
      const { reconciler, time, feed } = setUp();
      await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised], 'city', start + 1_000));
      await reconciler.completeCatchUp();
      reconciler.close();
      expect(time.scheduled).toEqual([]);
    });
  });

  it('manages no partner rules where the broker holds none (insecure local stack), and converges on flows alone', async () => {
    const { reconciler, acls, feed } = setUp({ acls: false });
    await reconciler.completeCatchUp();
    await feed(new AgreementStream('agr-1').inForce('barcelona', [anonymised]));
    expect(acls.rules.size).toBe(0);
    expect(reconciler.converged).toBe(true);
  });

  it('ignores a redelivered event without reconciling again', async () => {
    const { reconciler, audit, feed } = setUp();
    await reconciler.completeCatchUp();
    const events = new AgreementStream('agr-1').inForce('barcelona', [anonymised]);
    await feed(events);
    const audited = audit.entries.length;
    expect(await reconciler.onAgreementEvent(events[4] as (typeof events)[number])).toBe('ignored');
    expect(audit.entries).toHaveLength(audited);
  });
});
