import type { AvroCodec, SchemaRegistry } from '@usm/messaging';
import { subjectOf } from '@usm/contracts';
import type { AnonymisedSafetyEvent, RawSafetyEvent } from '@usm/privacy';
import { anonymiseEvent, detectIdentifiers, loadPrivacyPolicy } from '@usm/privacy';
import { ReaderSchemaDecoder } from '../../libs/messaging/src/codec/reader-schema-decoder';
import { knownIdentifiersOf } from '../../libs/privacy/src/domain/anonymisation/known-identifiers-of';
import { createEgressGuard } from '../../libs/privacy/src/domain/egress-guard/guard-egress';

/** Mean cost of one event in a stage, in microseconds: CPU time of this process, and wall-clock time. */
export interface StageCost {
  readonly cpu: number;
  readonly wall: number;
}

/** Mean cost of one event in each stage. */
export interface StageCosts {
  readonly decode: StageCost;
  readonly detection: StageCost;
  readonly anonymisation: StageCost;
  readonly guard: StageCost;
  readonly encode: StageCost;
}

const settled = async (result: unknown): Promise<unknown> => result;

/**
 * Runs `step` once per item and returns the mean cost per item (one warm-up pass first, for the JIT and caches).
 * CPU time is what to compare on a shared machine: wall-clock time grows with every other process's load.
 */
async function perItem<T>(items: readonly T[], step: (item: T) => unknown): Promise<StageCost> {
  for (const item of items.slice(0, Math.min(items.length, 500))) await settled(step(item));
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  // Awaited only when the step answers with a promise: the processor itself awaits no turn for a value at hand.
  for (const item of items) {
    const result = step(item);
    if (result instanceof Promise) await result;
  }
  const wall = Number(process.hrtime.bigint() - started) / 1_000;
  const cpu = process.cpuUsage(cpuBefore);
  const count = Math.max(items.length, 1);
  return { cpu: (cpu.user + cpu.system) / count, wall: wall / count };
}

/** The strings a raw event's free text carries: what detection runs on (description, attribute keys and values). */
function freeTexts(raw: RawSafetyEvent): string[] {
  return [raw.description ?? '', ...Object.entries(raw.attributes).flat()].filter((text) => text !== '');
}

/**
 * Each stage of the pipeline timed alone, in process, on the same encoded raw records the end-to-end run reads:
 * decode (reader-schema resolution, as the processor does), detection (the detectors alone over the raw free texts:
 * what scrub mode would cost; drop and declared attributes skip it),
 * anonymisation (the whole anonymiser, its own scrubbing included), the egress guard, and encode.
 */
export async function measureStageCosts(encoded: readonly Buffer[], options: { registry: SchemaRegistry; codec: AvroCodec; rawTopic: string; anonymisedTopic: string; policyFile: string; secret: string }): Promise<StageCosts> {
  const loaded = await loadPrivacyPolicy(options.policyFile, { USM_PRIVACY_HMAC_SECRET: options.secret });
  const anonymisedSubject = subjectOf(options.anonymisedTopic);
  const decoder = new ReaderSchemaDecoder(options.registry, options.registry, subjectOf(options.rawTopic));
  const raws: RawSafetyEvent[] = [];
  for (const buffer of encoded) raws.push((await decoder.decode<RawSafetyEvent>(buffer)).value);
  const anonymised: { raw: RawSafetyEvent; event: AnonymisedSafetyEvent }[] = raws.map((raw) => ({ raw, event: anonymiseEvent(raw, { ...loaded, city: raw.city, now: raw.reportedAt }) }));
  // The guard as the pipeline builds it: compiled once for the node's key id, city and declarations.
  const guard = createEgressGuard({ keyId: loaded.policy.pseudonymisation.keyId, city: raws[0]?.city ?? '', attributes: loaded.policy.attributes });
  const decode = await perItem(encoded, (buffer) => decoder.decodeSoon(buffer));
  const anonymisation = await perItem(raws, (raw) => anonymiseEvent(raw, { ...loaded, city: raw.city, now: raw.reportedAt }));
  const guarded = await perItem(anonymised, ({ raw, event }) => guard(event, () => knownIdentifiersOf(raw)));
  const encode = await perItem(anonymised, ({ event }) => options.codec.encodeSoon(anonymisedSubject, event));
  // Last: scrub-mode detection over every raw free text is what the default policy never runs, and it fills the
  // detectors' memo of short clean texts with raw texts the guard then would not find there.
  const detection = await perItem(raws, (raw) => freeTexts(raw).map((text) => detectIdentifiers(text)));
  return { decode, detection, anonymisation, guard: guarded, encode };
}

/** CPU per event of the steps the pipeline runs on every record: decode, anonymisation, guard, encode. */
export function summedStageCpu(costs: StageCosts): number {
  // Detection is a part of the anonymiser (scrub and vocabulary modes) and of the guard, not a step of its own.
  return costs.decode.cpu + costs.anonymisation.cpu + costs.guard.cpu + costs.encode.cpu;
}

/** The stage table, one line per stage: CPU and wall-clock per event, and the share of the summed CPU per event. */
export function stageLines(costs: StageCosts): string[] {
  const total = summedStageCpu(costs);
  const lines = (Object.entries(costs) as [keyof StageCosts, StageCost][]).map(
    ([stage, { cpu, wall }]) =>
      `${stage.padEnd(14)} ${cpu.toFixed(1).padStart(8)} µs CPU/event ${wall.toFixed(1).padStart(8)} µs wall  ${stage === 'detection' ? '(scrub mode on the raw free text; the default policy drops it)' : `${((100 * cpu) / total).toFixed(0).padStart(3)} % of the stages' CPU  -> ${Math.round(1e6 / cpu)} events/s alone`}`,
  );
  return [...lines, `${'sum'.padEnd(14)} ${total.toFixed(1).padStart(8)} µs CPU/event (decode + anonymisation + guard + encode)`];
}
