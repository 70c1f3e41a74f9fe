import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time per function (name, file, line) of a V8 .cpuprofile, largest first, as shares of the whole. */
export function topFunctions(profile: CpuProfile, root: string, count = 25): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = byId.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${relative(root, frame.url.replace('file://', ''))}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + delta);
    total += delta;
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
}

/** Prints the top functions of the newest profile in a directory: `tsx bench/support/top-functions.ts <dir>`. */
function main(): void {
  const dir = process.argv[2] ?? '.mesh/profiles';
  const newest = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`no .cpuprofile in ${dir}`);
  process.stdout.write(`${newest}\n${topFunctions(JSON.parse(readFileSync(newest, 'utf8')) as CpuProfile, process.cwd()).join('\n')}\n`);
}

if (require.main === module) main();
