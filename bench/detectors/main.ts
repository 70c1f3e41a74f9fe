import { performance } from 'node:perf_hooks';
import { detectIdentifiers } from '../../libs/privacy/src/domain/detection/detect-identifiers';
import { identifierKinds } from '../../libs/privacy/src/domain/detection/identifier-kind';
import { identifierRegistry } from '../../libs/privacy/src/domain/detection/identifier-registry';
import { normaliseText } from '../../libs/privacy/src/domain/detection/normalise/normalise-text';

// Crafted inputs that make backtracking patterns blow up, beside a plain `/\d+/g` scan of the same text.
// Prints milliseconds per KB for the normaliser, each detector and the whole detection; no assertions.
const kilobytes = Number(process.env['BENCH_DETECTOR_KB'] ?? 1024);
const size = kilobytes * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const inputs: Record<string, string> = {
  digits: fill('7'),
  'zero-dash': fill('0-'),
  spaces: fill(' '),
  hangul: fill('가나다라마바사'),
  'digits and Hangul': fill('12가'),
  'capitalised words': fill('Herr Müller '),
};

function msPerKb(work: () => unknown): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / kilobytes;
}

const baselinePattern = /\d+/g;
const baseline = (text: string): number => {
  let count = 0;
  baselinePattern.lastIndex = 0;
  while (baselinePattern.exec(text) !== null) count += 1;
  return count;
};

function row(name: string, cells: readonly number[]): string {
  return `${name.padEnd(20)}${cells.map((cell) => cell.toFixed(3).padStart(19)).join('')}`;
}

function main(): void {
  const names = Object.keys(inputs);
  console.log(`ms per KB on ${kilobytes} KB inputs\n${''.padEnd(20)}${names.map((name) => name.padStart(19)).join('')}`);
  const normalised = names.map((name) => normaliseText(inputs[name] ?? '').text);
  console.log(row('baseline /\\d+/g', names.map((name) => msPerKb(() => baseline(inputs[name] ?? '')))));
  console.log(row('normaliser', names.map((name) => msPerKb(() => normaliseText(inputs[name] ?? '')))));
  for (const kind of identifierKinds) {
    const detector = identifierRegistry[kind].detector;
    console.log(row(kind, normalised.map((text) => msPerKb(() => detector.detect(text)))));
  }
  console.log(row('detectIdentifiers', names.map((name) => msPerKb(() => detectIdentifiers(inputs[name] ?? '')))));
}

main();
