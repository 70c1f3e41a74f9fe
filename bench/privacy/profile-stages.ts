import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { anonymiseEvent, createEgressGuard, loadPrivacyPolicy } from '@usm/privacy';
import { knownIdentifiersOf } from '../../libs/privacy/src/domain/anonymisation/known-identifiers-of';
import { say } from '../support/progress';
import { topFunctions } from '../support/top-functions';
import { benchRawEvents } from './bench-events';

const city = 'incheon';
const profiles = join(__dirname, '..', '..', '.mesh', 'profiles');

/**
 * The privacy work of the pipeline alone (anonymise, then guard), without Kafka or the registry, on the
 * benchmark's own events. `npm run bench:privacy:profile` profiles only the timed rounds (not the event
 * generation), writes the profile to .mesh/profiles and prints the top functions by self time.
 */
async function main(): Promise<void> {
  const events = Number(process.env['BENCH_EVENTS'] ?? 5_000);
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
  const loaded = await loadPrivacyPolicy(join(__dirname, '..', '..', 'libs', 'privacy', 'policies', 'default.yaml'), { USM_PRIVACY_HMAC_SECRET: randomBytes(32).toString('base64url') });
  const raws = benchRawEvents(events, city);
  const guard = createEgressGuard({ keyId: loaded.policy.pseudonymisation.keyId, city, attributes: loaded.policy.attributes });
  let quarantined = 0;
  const round = (): void => {
    for (const raw of raws) {
      const event = anonymiseEvent(raw, { ...loaded, city, now: raw.reportedAt });
      if (!guard(event, () => knownIdentifiersOf(raw)).clean) quarantined += 1;
    }
  };
  round();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const started = process.hrtime.bigint();
  for (let index = 0; index < rounds; index += 1) round();
  const us = Number(process.hrtime.bigint() - started) / 1_000 / (events * rounds);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  mkdirSync(profiles, { recursive: true });
  const file = join(profiles, `privacy-stages-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  say('profile', `${events} events anonymised and guarded ${rounds} times: ${us.toFixed(1)} µs/event, ${quarantined / (rounds + 1)} would be quarantined; ${file}`);
  for (const line of topFunctions(profile as never, join(__dirname, '..', '..'))) say('profile', line);
}

main().catch((error: unknown) => {
  process.stderr.write(`profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
