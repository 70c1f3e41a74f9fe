import type { Throughput } from '../support/progress';
import { cpuPerRecord, mib, perSecond, rate } from '../support/progress';

/** One variant's run: records per time, and the largest resident set seen meanwhile. */
export interface Measured {
  readonly throughput: Throughput;
  readonly rss: number;
}

/** The pipeline and the transactional passthrough measured back to back in one round. */
export interface RoundPair {
  readonly pipeline: Measured;
  readonly passTx: Measured;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const cpuText = (throughput: Throughput): string => {
  const cpu = cpuPerRecord(throughput);
  return cpu === undefined ? '' : `  CPU ${cpu.toFixed(0)} µs/event`;
};

const line = (name: string, { throughput, rss }: Measured): string =>
  `${name.padEnd(30)} ${rate(throughput).padStart(14)}  (${throughput.records} records in ${Math.round(throughput.ms)} ms)  peak RSS ${mib(rss)}${cpuText(throughput)}`;

/** The result table: every round, the median ratio against issue 8's target, and the two other baselines. */
export function resultLines(pairs: readonly RoundPair[], others: { copy: Measured; passPlain: Measured }, target: number): string[] {
  const ratios = pairs.map((pair) => perSecond(pair.pipeline.throughput) / perSecond(pair.passTx.throughput));
  const pipelineRate = median(pairs.map((pair) => perSecond(pair.pipeline.throughput)));
  const ratio = median(ratios);
  const cpuRatios = pairs.flatMap((pair) => {
    const [pipeline, passTx] = [cpuPerRecord(pair.pipeline.throughput), cpuPerRecord(pair.passTx.throughput)];
    return pipeline === undefined || passTx === undefined ? [] : [passTx / pipeline];
  });
  return [
    ...pairs.flatMap((pair, round) => [line(`pipeline, round ${round + 1}`, pair.pipeline), line(`passthrough (tx), round ${round + 1}`, pair.passTx)]),
    line('processor, no anonymisation', others.copy),
    line('passthrough (at-least-once)', others.passPlain),
    `pipeline: median ${Math.round(pipelineRate)} events/s`,
    `pipeline / transactional passthrough, per round = ${ratios.map((r) => r.toFixed(2)).join(', ')}; median ${ratio.toFixed(2)} (target >= ${target}: ${ratio >= target ? 'met' : 'NOT met'})`,
    ...(cpuRatios.length === 0 ? [] : [`this process's CPU per event, transactional passthrough / pipeline, per round = ${cpuRatios.map((r) => r.toFixed(2)).join(', ')}; median ${median(cpuRatios).toFixed(2)} (the ratio the rates tend to when the cores are saturated)`]),
    `pipeline / processor without anonymisation = ${(pipelineRate / perSecond(others.copy.throughput)).toFixed(2)}`,
    `pipeline / at-least-once passthrough = ${(pipelineRate / perSecond(others.passPlain.throughput)).toFixed(2)}`,
  ];
}
