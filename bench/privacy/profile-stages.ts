import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { anonymiseEvent, loadPrivacyPolicy } from '@usm/privacy';
import { generateIdentifierCorpus, generateRawEvents } from '../../libs/privacy/src/testing';
import { knownIdentifiersOf } from '../../libs/privacy/src/domain/anonymisation/known-identifiers-of';
import { guardEgress } from '../../libs/privacy/src/domain/egress-guard/guard-egress';
import { say } from '../support/progress';

/**
 * The privacy work of the pipeline alone (anonymise, then guard), without Kafka or the registry, on the
 * benchmark's own events: run it under `node --cpu-prof` to see where the per-event time goes.
 * `npm run bench:privacy:profile` writes the profile to .mesh/profiles and prints the top functions.
 */
async function main(): Promise<void> {
  const events = Number(process.env['BENCH_EVENTS'] ?? 5_000);
  const loaded = await loadPrivacyPolicy(join(__dirname, '..', '..', 'libs', 'privacy', 'policies', 'default.yaml'), { USM_PRIVACY_HMAC_SECRET: randomBytes(32).toString('base64url') });
  const raws = generateRawEvents(20_261_121, events, generateIdentifierCorpus(20_261_121, 60));
  const keyId = loaded.policy.pseudonymisation.keyId;
  const started = process.hrtime.bigint();
  let quarantined = 0;
  for (const raw of raws) {
    const event = anonymiseEvent(raw, { ...loaded, city: raw.city, now: raw.reportedAt });
    if (!guardEgress(event, () => knownIdentifiersOf(raw), { keyId, city: raw.city, attributes: loaded.policy.attributes }).clean) quarantined += 1;
  }
  const us = Number(process.hrtime.bigint() - started) / 1_000 / events;
  say('profile', `${events} events anonymised and guarded: ${us.toFixed(0)} µs/event, ${quarantined} would be quarantined`);
}

main().catch((error: unknown) => {
  process.stderr.write(`profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
