import type { Throughput } from '../support/progress';
import { cpuPerRecord, mib, perSecond, rate } from '../support/progress';

/** One variant's run: records per time, and the largest resident set seen meanwhile. */
export interface Measured {
  readonly throughput: Throughput;
  readonly rss: number;
}

/** The pipeline and the transactional passthrough measured back to back in one round (in either order). */
export interface RoundPair {
  readonly pipeline: Measured;
  readonly passTx: Measured;
  /** Which of the two ran first in the round: the order alternates, so neither always gets the warmer broker. */
  readonly first: 'pipeline' | 'passthrough';
}

/** Median, lowest and highest of a series. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

const spreadText = ({ median, min, max }: Spread, digits: number): string => `median ${median.toFixed(digits)} (min ${min.toFixed(digits)}, max ${max.toFixed(digits)})`;

const cpuText = (throughput: Throughput): string => {
  const cpu = cpuPerRecord(throughput);
  return cpu === undefined ? '' : `  CPU ${cpu.toFixed(0)} µs/event`;
};

const line = (name: string, { throughput, rss }: Measured): string =>
  `${name.padEnd(34)} ${rate(throughput).padStart(14)}  (${throughput.records} records in ${Math.round(throughput.ms)} ms)  peak RSS ${mib(rss)}${cpuText(throughput)}`;

/** Per round, the pipeline's rate over the passthrough's (wall clock), and the passthrough's CPU per event over the pipeline's. */
export function roundRatios(pairs: readonly RoundPair[]): { wall: number[]; cpu: number[] } {
  const wall = pairs.map((pair) => perSecond(pair.pipeline.throughput) / perSecond(pair.passTx.throughput));
  const cpu = pairs.flatMap((pair) => {
    const [pipeline, passTx] = [cpuPerRecord(pair.pipeline.throughput), cpuPerRecord(pair.passTx.throughput)];
    return pipeline === undefined || passTx === undefined ? [] : [passTx / pipeline];
  });
  return { wall, cpu };
}

/**
 * The result table: every round, then events/s and CPU per event of both (median and spread over the rounds),
 * the wall-clock ratio against issue 8's target and the CPU ratio, and the two other baselines.
 */
export function resultLines(pairs: readonly RoundPair[], others: { copy: Measured; passPlain: Measured }, target: number): string[] {
  const { wall, cpu } = roundRatios(pairs);
  const ratio = spreadOf(wall);
  const pipelineRate = spreadOf(pairs.map((pair) => perSecond(pair.pipeline.throughput)));
  const passRate = spreadOf(pairs.map((pair) => perSecond(pair.passTx.throughput)));
  const cpuOf = (pick: (pair: RoundPair) => Measured) => pairs.flatMap((pair) => cpuPerRecord(pick(pair).throughput) ?? []);
  const [pipelineCpu, passCpu] = [cpuOf((pair) => pair.pipeline), cpuOf((pair) => pair.passTx)];
  return [
    ...pairs.flatMap((pair, round) => {
      const pipeline = line(`pipeline, round ${round + 1}`, pair.pipeline);
      const passTx = line(`passthrough (tx), round ${round + 1}`, pair.passTx);
      return pair.first === 'pipeline' ? [pipeline, passTx] : [passTx, pipeline];
    }),
    line('processor, no anonymisation', others.copy),
    line('passthrough (at-least-once)', others.passPlain),
    `pipeline events/s: ${spreadText(pipelineRate, 0)}`,
    `transactional passthrough events/s: ${spreadText(passRate, 0)}`,
    ...(pipelineCpu.length === 0 ? [] : [`CPU µs/event of this process: pipeline ${spreadText(spreadOf(pipelineCpu), 1)}; passthrough ${spreadText(spreadOf(passCpu), 1)}`]),
    `pipeline / transactional passthrough (events/s), per round = ${wall.map((r) => r.toFixed(2)).join(', ')}; ${spreadText(ratio, 2)} (target >= ${target}: ${ratio.median >= target ? 'met' : 'NOT met'})`,
    ...(cpu.length === 0
      ? []
      : [`transactional passthrough / pipeline (CPU per event), per round = ${cpu.map((r) => r.toFixed(2)).join(', ')}; ${spreadText(spreadOf(cpu), 2)} (what the rate ratio tends to when the cores are saturated)`]),
    `pipeline / processor without anonymisation = ${(pipelineRate.median / perSecond(others.copy.throughput)).toFixed(2)}`,
    `pipeline / at-least-once passthrough = ${(pipelineRate.median / perSecond(others.passPlain.throughput)).toFixed(2)}`,
  ];
}

/**
 * Where the pipeline's extra CPU goes: its median CPU per event over the passthrough's, beside the stages' sum
 * measured in process. What the stages do not explain is the processor and the Kafka client (decoded
 * records, outputs of another size, headers, the second producer request of a chunk).
 */
export function extraCpuLine(pairs: readonly RoundPair[], summedStages: number): string | undefined {
  const pipeline = pairs.flatMap((pair) => cpuPerRecord(pair.pipeline.throughput) ?? []);
  const passTx = pairs.flatMap((pair) => cpuPerRecord(pair.passTx.throughput) ?? []);
  if (pipeline.length === 0 || passTx.length === 0) return undefined;
  const extra = spreadOf(pipeline).median - spreadOf(passTx).median;
  return `pipeline CPU/event over the passthrough's (medians): +${extra.toFixed(1)} µs; the stages below sum to ${summedStages.toFixed(1)} µs, the rest (${(extra - summedStages).toFixed(1)} µs) is processor and Kafka client work`;
}
