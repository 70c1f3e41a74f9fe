// Local sanity measure (not a test): time of buildRows and its phases over synthetic events.
// Run: SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register libs/datasets/perf/build-rows.perf.ts [count]
import { anonymise, buildRows, createSplitHash, joinLabels, parseDatasetDefinition } from '../src';
import { selectEvents } from '../src/domain/build/select-events';
import { syntheticEvents, syntheticLabels } from '../src/testing/synthetic-events';

const count = Number(process.argv[2] ?? 1_000_000);
const events = syntheticEvents({ count });
const labels = syntheticLabels(events);
const definition = parseDatasetDefinition({
  definitionId: 'perf-check',
  title: 'Perf check',
  purpose: 'aiTraining',
  sources: { events: ['safety.events.anonymised.v1'], labels: ['safety.labels.v1'] },
  splits: { train: 0.8, validation: 0.1, test: 0.1, seed: 'perf-seed-0123456789' },
  usage: { licence: 'CC-BY-4.0', terms: 'research', accessRights: 'restricted' },
});
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const timed = <T>(name: string, run: () => T): T => {
  const started = process.hrtime.bigint();
  const result = run();
  console.log(`${name}: ${seconds(started).toFixed(3)} s`);
  return result;
};
const cpuBefore = process.cpuUsage();
const outcome = timed('buildRows', () => buildRows(definition, events, process.env['PHASES_ONLY'] ? [] : labels, process.env['PHASES_ONLY'] ? new Set(events.map((e) => e.eventId)) : new Set()));
const cpu = process.cpuUsage(cpuBefore);
console.log(`buildRows cpu: ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s`);
console.log(JSON.stringify({ events: count, labels: labels.length, ok: outcome.ok, counts: outcome.report.counts, anonymity: outcome.report.anonymity, evaluatedNodes: outcome.report.evaluatedNodes }));
if (process.env['ONLY_BUILD']) process.exit(0);
const selected = timed('  select', () => selectEvents(definition, events, new Set()));
const joined = timed('  join labels', () => joinLabels(labels, new Set(definition.sources.labels)));
const cpuAnonymise = process.cpuUsage();
timed('  anonymise', () =>
  anonymise(
    {
      h3Cell: selected.events.map((e) => e.h3Cell),
      h3Resolution: selected.events.map((e) => e.h3Resolution),
      timeBucketStart: selected.events.map((e) => e.occurredAtBucketStart),
      timeBucketMinutes: selected.events.map((e) => e.bucketWidthMinutes),
      ageBand: selected.events.map((e) => e.ageBand),
      district: selected.events.map((e) => e.district),
      sensitive: selected.events.map((e) => e.subCategory),
    },
    definition.quasiIdentifiers,
    definition,
  ),
);
const anonymiseCpu = process.cpuUsage(cpuAnonymise);
console.log(`  anonymise cpu: ${((anonymiseCpu.user + anonymiseCpu.system) / 1e6).toFixed(3)} s`);
const hash = createSplitHash(definition.splits.seed);
timed('  split hash', () => selected.events.map((e) => hash(e.eventId)));
const phaseCpu = process.cpuUsage(cpuBefore);
console.log(`cpu so far: ${((phaseCpu.user + phaseCpu.system) / 1e6).toFixed(3)} s`);
console.log(`labelled events: ${joined.size}`);
