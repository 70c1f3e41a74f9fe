import { performance } from 'node:perf_hooks';
import { validateEventBatch } from '../../libs/safety-events/src/domain/validate-event-batch';
import { specRules } from '../../libs/safety-events/src/testing/sample-events';
import { floodBodies } from './flood-bodies';

const keys = Number(process.env['BENCH_KEYS'] ?? 120_000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);

/** Median milliseconds of `rounds` runs of the work. */
function medianMs(work: () => unknown): number {
  const times = Array.from({ length: rounds }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Validation time of flooding bodies beside a plain JSON.parse of them: validation should cost about as much as parsing. */
function main(): void {
  const rules = specRules({ maxBatchSize: 500 });
  for (const [name, json] of Object.entries(floodBodies(keys))) {
    const parsed: unknown = JSON.parse(json);
    const parse = medianMs(() => JSON.parse(json));
    const validate = medianMs(() => validateEventBatch(parsed, rules));
    const result = validateEventBatch(parsed, rules);
    const violations = result.ok ? 0 : result.violations.length;
    process.stdout.write(
      `${name.padEnd(32)} ${(json.length / 1024).toFixed(0).padStart(6)} KiB  JSON.parse ${parse.toFixed(1).padStart(7)} ms  ` +
        `validate ${validate.toFixed(1).padStart(7)} ms  ${violations} violation(s) reported\n`,
    );
  }
}

main();
