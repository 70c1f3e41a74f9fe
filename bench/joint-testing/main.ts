// Joint-testing domain timings: `npx tsx bench/joint-testing/main.ts` (pure code, no stack).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { labelSetAgreement } from '@usm/labels';
import type { Reservation, SiteView } from '@usm/sites';
import { DEMONSTRATION_SITES_FIXTURE, parseSitesGeoJson, querySites, siteCellOf, sitesAsGeoJson } from '@usm/sites';
import type { ScoredExample } from '@usm/validation';
import { scorePredictions } from '@usm/validation';

const repetitions = Number(process.env['BENCH_REPETITIONS'] ?? 200);
const examples = Number(process.env['BENCH_EXAMPLES'] ?? 10_000);

/** Median and p99 (nearest rank) of `repetitions` runs of `work`, in milliseconds. */
function time(name: string, work: () => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.max(0, Math.ceil(p * samples.length) - 1)] ?? Number.NaN;
  process.stdout.write(`${name.padEnd(48)} p50 ${at(0.5).toFixed(3)} ms  p99 ${at(0.99).toFixed(3)} ms\n`);
}

function siteQueries(): void {
  const text = readFileSync(resolve(__dirname, '../..', DEMONSTRATION_SITES_FIXTURE), 'utf8');
  const sites: SiteView[] = parseSitesGeoJson(text)
    .filter((site) => site.city === 'gwangju')
    .map((site) => ({ ...site, h3Cell: siteCellOf(site.location) }));
  const day = 86_400_000;
  const reservations: Reservation[] = sites.slice(0, 1_500).map((site, i) => ({
    reservationId: `r${i}`,
    siteId: site.siteId,
    applicationId: `a${i % 200}`,
    period: { start: (i % 90) * day, end: ((i % 90) + 30) * day },
  }));
  process.stdout.write(`site registry: ${sites.length} Gwangju sites, ${reservations.length} reservations\n`);
  time('import fixture (GeoJSON parse + validate)', () => parseSitesGeoJson(text));
  time('sites by district (Buk-gu)', () => querySites(sites, { district: 'Buk-gu' }));
  time('sites by district + type + status', () => querySites(sites, { district: 'Nam-gu', type: 'schoolZone', status: 'available' }));
  time('sites free in a 30-day period', () => querySites(sites, { freeDuring: { start: 40 * day, end: 70 * day } }, reservations));
  time('all sites as GeoJSON', () => JSON.stringify(sitesAsGeoJson(sites)));
}

function scoring(): void {
  const labels = ['speedingNearSchool', 'childPedestrianOnCarriageway', 'illegalParkingBlockingSightLines', 'noHazard'];
  const data: ScoredExample[] = Array.from({ length: examples }, (_, i) => {
    const actual = labels[i % 4] ?? 'noHazard';
    const predicted = i % 5 === 0 ? (labels[(i + 1) % 4] ?? 'noHazard') : actual;
    const scores = Object.fromEntries(labels.map((l) => [l, l === predicted ? 0.7 : 0.1]));
    return { eventId: `e${i}`, actual, predicted, scores, slices: { district: `d${i % 5}`, timeOfDay: 'daytime', category: 'traffic' } };
  });
  const started = performance.now();
  scorePredictions({ examples: data, labels, latenciesMs: data.map((_, i) => 10 + (i % 40)) });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`scoring: ${examples} examples with 2 x 1,000 bootstrap resamples in ${seconds.toFixed(2)} s (${Math.round(examples / seconds)} examples/s)\n`);
}

function agreement(): void {
  const tasks = Array.from({ length: 5_000 }, (_, i) => ({
    answers: [
      { annotator: 'psn-a', label: i % 3 === 0 ? 'noHazard' : 'speedingNearSchool', answeredAt: 0 },
      { annotator: 'psn-b', label: i % 4 === 0 ? 'noHazard' : 'speedingNearSchool', answeredAt: 0 },
    ],
  }));
  time('kappa over 5,000 two-annotator tasks', () => labelSetAgreement(tasks));
}

siteQueries();
agreement();
scoring();
