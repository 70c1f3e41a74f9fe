import type { AvroCodec, SchemaRegistry } from '@usm/messaging';
import { subjectOf } from '@usm/contracts';
import type { AnonymisedSafetyEvent, RawSafetyEvent } from '@usm/privacy';
import { anonymiseEvent, detectIdentifiers, loadPrivacyPolicy } from '@usm/privacy';
import { ReaderSchemaDecoder } from '../../libs/messaging/src/codec/reader-schema-decoder';
import { knownIdentifiersOf } from '../../libs/privacy/src/domain/anonymisation/known-identifiers-of';
import { createEgressGuard } from '../../libs/privacy/src/domain/egress-guard/guard-egress';

/** Mean cost of one event in each stage, in microseconds. */
export interface StageCosts {
  readonly decode: number;
  readonly detection: number;
  readonly anonymisation: number;
  readonly guard: number;
  readonly encode: number;
}

/** Runs `step` once per item and returns the mean microseconds per item (one warm-up pass first, for the JIT and caches). */
async function perItem<T>(items: readonly T[], step: (item: T) => unknown): Promise<number> {
  for (const item of items.slice(0, Math.min(items.length, 500))) await step(item);
  const started = process.hrtime.bigint();
  for (const item of items) await step(item);
  return Number(process.hrtime.bigint() - started) / 1_000 / Math.max(items.length, 1);
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
  const decoder = new ReaderSchemaDecoder(options.registry, options.registry, subjectOf(options.rawTopic));
  const raws: RawSafetyEvent[] = [];
  for (const buffer of encoded) raws.push((await decoder.decode<RawSafetyEvent>(buffer)).value);
  const anonymised: { raw: RawSafetyEvent; event: AnonymisedSafetyEvent }[] = raws.map((raw) => ({ raw, event: anonymiseEvent(raw, { ...loaded, city: raw.city, now: raw.reportedAt }) }));
  // The guard as the pipeline builds it: compiled once for the node's key id, city and declarations.
  const guard = createEgressGuard({ keyId: loaded.policy.pseudonymisation.keyId, city: raws[0]?.city ?? '', attributes: loaded.policy.attributes });
  return {
    decode: await perItem(encoded, (buffer) => decoder.decode(buffer)),
    detection: await perItem(raws, (raw) => freeTexts(raw).map((text) => detectIdentifiers(text))),
    anonymisation: await perItem(raws, (raw) => anonymiseEvent(raw, { ...loaded, city: raw.city, now: raw.reportedAt })),
    guard: await perItem(anonymised, ({ raw, event }) => guard(event, () => knownIdentifiersOf(raw))),
    encode: await perItem(anonymised, ({ event }) => options.codec.encode(subjectOf(options.anonymisedTopic), event)),
  };
}

/** The stage table, one line per stage, with the share of the summed per-event cost. */
export function stageLines(costs: StageCosts): string[] {
  // Detection is a part of the anonymiser (scrub and vocabulary modes) and of the guard, not a step of its own:
  // the sum counts the steps the pipeline runs, and detection is shown apart.
  const total = costs.decode + costs.anonymisation + costs.guard + costs.encode;
  return (Object.entries(costs) as [keyof StageCosts, number][]).map(([stage, us]) => `${stage.padEnd(14)} ${us.toFixed(1).padStart(8)} µs/event  ${stage === 'detection' ? '(part of anonymisation and guard)' : `${((100 * us) / total).toFixed(0).padStart(3)} %`}  -> ${Math.round(1e6 / us)} events/s alone`);
}
