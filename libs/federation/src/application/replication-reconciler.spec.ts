import { AgreementStream } from '../testing/agreement-events';
import { InMemoryReplicationAudit } from '../testing/in-memory-replication-audit';
import { InMemoryReplicationRuntime } from '../testing/in-memory-replication-runtime';
import { InfrastructureError } from '@usm/errors';
import type { ReplicableTopic, ReplicationFlow } from '../domain/replication-flow';
import type { ReplicationLagMonitor } from './ports';
import { ReplicationReconciler } from './replication-reconciler';

const anonymised = 'safety.events.anonymised.v1';
const topics: Record<string, ReplicableTopic> = {
  [anonymised]: { name: anonymised, shareable: true, directFields: [] },
  'safety.events.raw.v1': { name: 'safety.events.raw.v1', shareable: false, directFields: ['reporter.name'] },
};

function setUp() {
  const runtime = new InMemoryReplicationRuntime();
  const audit = new InMemoryReplicationAudit();
  const watched: (readonly ReplicationFlow[])[] = [];
  const lag: ReplicationLagMonitor = { watch: async (flows) => void watched.push(flows), lags: async () => [], close: async () => undefined };
  const logs: string[] = [];
  const logger = { info: (_: unknown, m: string) => void logs.push(`info ${m}`), warn: (_: unknown, m: string) => void logs.push(`warn ${m}`), error: (_: unknown, m: string) => void logs.push(`error ${m}`) };
  const reconciler = new ReplicationReconciler(
    {
      localCity: 'incheon',
      clusters: [{ alias: 'incheon', bootstrapServers: ['127.0.0.1:19092'] }, { alias: 'barcelona', bootstrapServers: ['127.0.0.1:19192'] }],
      topicPrefix: 't1-',
      mirrorMaker: { replicationFactor: 1, refreshTopicsSeconds: 5, checkpointSeconds: 5 },
      lookup: (name) => topics[name],
    },
    { runtime, audit, lag, clock: { now: () => 1_000 }, logger },
  );
  return { reconciler, runtime, audit, watched, logs };
}

describe('ReplicationReconciler', () => {
  it('only folds during catch-up, then applies the plan once, with topics under the prefix', async () => {
    const { reconciler, runtime, audit, watched } = setUp();
    const stream = new AgreementStream('agr-1');
    for (const event of [...stream.inForce('barcelona', [anonymised]), stream.terminated()]) await reconciler.onAgreementEvent(event);
    const other = new AgreementStream('agr-2');
    const replayed = [];
    for (const event of other.inForce('barcelona', [anonymised])) replayed.push(await reconciler.onAgreementEvent(event));
    // Signatures change nothing that replicates, so they do not even fold.
    expect(replayed).toEqual(['folded', 'folded', 'ignored', 'ignored', 'folded']);
    expect(runtime.applied).toEqual([]);
    expect(await reconciler.completeCatchUp()).toBe('applied');
    const [configuration] = runtime.applied;
    expect(configuration).toMatchObject({ flows: [{ source: 'incheon', target: 'barcelona', topics: [`t1-${anonymised}`] }] });
    expect(typeof configuration === 'object' && configuration.properties).toContain('incheon->barcelona.topics=t1\\\\-safety\\\\.events\\\\.anonymised\\\\.v1');
    expect(watched).toEqual([[{ source: 'incheon', target: 'barcelona', topics: [`t1-${anonymised}`] }]]);
    expect(audit.entries).toEqual([expect.objectContaining({ agreementId: null, trigger: 'startup', outcome: 'applied', previousFlows: [], newFlows: [{ source: 'incheon', target: 'barcelona', topics: [anonymised] }], decidedAt: 1_000 })]);
  });

  it('applies a change, audits an unchanged plan without touching MirrorMaker 2, and stops it when no flow is left', async () => {
    const { reconciler, runtime, audit } = setUp();
    await reconciler.completeCatchUp();
    const first = new AgreementStream('agr-1');
    const second = new AgreementStream('agr-2');
    const outcomes = [];
    for (const event of first.inForce('barcelona', [anonymised])) outcomes.push(await reconciler.onAgreementEvent(event));
    for (const event of second.inForce('barcelona', [anonymised])) outcomes.push(await reconciler.onAgreementEvent(event));
    outcomes.push(await reconciler.onAgreementEvent(first.terminated()), await reconciler.onAgreementEvent(second.suspended()));
    expect(outcomes).toEqual(['unchanged', 'unchanged', 'ignored', 'ignored', 'applied', 'unchanged', 'unchanged', 'ignored', 'ignored', 'unchanged', 'unchanged', 'applied']);
    expect(runtime.applied.map((c) => (c === 'stopped' ? c : c.flows.length))).toEqual([1, 'stopped']);
    expect(audit.entries[0]).toMatchObject({ trigger: 'startup', outcome: 'unchanged' });
    expect(audit.entries.filter((e) => e.outcome === 'applied').map((e) => [e.agreementId, e.trigger])).toEqual([['agr-1', 'AgreementActivated'], ['agr-2', 'AgreementSuspended']]);
  });

  it('keeps the previous configuration when the plan is refused, audits and logs the error, and reports it as the last error', async () => {
    const { reconciler, runtime, audit, logs } = setUp();
    await reconciler.completeCatchUp();
    for (const event of new AgreementStream('good').inForce('barcelona', [anonymised])) await reconciler.onAgreementEvent(event);
    let outcome;
    for (const event of new AgreementStream('bad').inForce('barcelona', ['safety.events.raw.v1'])) outcome = await reconciler.onAgreementEvent(event);
    expect(outcome).toBe('refused');
    expect(runtime.applied).toHaveLength(1);
    expect(reconciler.appliedFlows).toEqual([{ source: 'incheon', target: 'barcelona', topics: [anonymised] }]);
    expect(audit.entries.at(-1)).toMatchObject({ agreementId: 'bad', outcome: 'refused', errorCode: 'FEDERATION.TOPIC_NOT_SHAREABLE', newFlows: reconciler.appliedFlows });
    expect(reconciler.lastError).toMatchObject({ code: 'FEDERATION.TOPIC_NOT_SHAREABLE', agreementId: 'bad' });
    expect(logs.at(-1)).toMatch(/^warn replication plan refused, previous configuration kept/);
  });

  it('records a failed start and tries again on the next change', async () => {
    const { reconciler, runtime, audit } = setUp();
    await reconciler.completeCatchUp();
    runtime.failNext = new InfrastructureError('FEDERATION.MIRROR_MAKER_START_FAILED', 'no java');
    const stream = new AgreementStream('agr-1');
    for (const event of stream.inForce('barcelona', [anonymised])) await reconciler.onAgreementEvent(event);
    expect(audit.entries.at(-1)).toMatchObject({ outcome: 'failed', errorCode: 'FEDERATION.MIRROR_MAKER_START_FAILED', newFlows: [] });
    expect(reconciler.appliedFlows).toEqual([]);
    for (const event of new AgreementStream('agr-2').inForce('barcelona', [anonymised])) await reconciler.onAgreementEvent(event);
    expect(runtime.applied).toHaveLength(1);
    expect(audit.entries.find((e) => e.agreementId === 'agr-2')).toMatchObject({ trigger: 'AgreementDrafted', outcome: 'applied' });
  });

  it('ignores a redelivered event without reconciling again', async () => {
    const { reconciler, audit } = setUp();
    await reconciler.completeCatchUp();
    const events = new AgreementStream('agr-1').inForce('barcelona', [anonymised]);
    for (const event of events) await reconciler.onAgreementEvent(event);
    const audited = audit.entries.length;
    expect(await reconciler.onAgreementEvent(events[4] as (typeof events)[number])).toBe('ignored');
    expect(audit.entries).toHaveLength(audited);
  });
});
