import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { cityStack, tokenFor } from '@usm/testing';
import { resultOfDocument, verifyHeldFiles } from './validation-verify';

interface VerifyOptions {
  releaseDir: string;
  predictions: string;
  labels?: string;
  timeZone: string;
  city?: string;
  role: string;
  url?: string;
}

async function runDocument(runId: string, o: VerifyOptions): Promise<unknown> {
  if (!o.city) throw new Error(`${runId} is not a file: give --city (and --url) to fetch the run from the validation service`);
  const stack = cityStack(o.city);
  const url = (o.url ?? stack.services['validation'] ?? 'http://127.0.0.1:3070').replace(/\/+$/, '');
  const response = await fetch(`${url}/v1/runs/${encodeURIComponent(runId)}`, { headers: { authorization: `Bearer ${await tokenFor(stack, o.role)}` } });
  if (!response.ok) throw new Error(`the validation service answered ${response.status} for run ${runId}`);
  return response.json();
}

/** `mesh validation verify <runId|file>`: recompute a published result from the files the caller holds. */
export function addValidationCommand(program: Command, print: (line: string) => void): void {
  const validation = program.command('validation').description('verify validation results');
  validation
    .command('verify')
    .description('recompute a result (a run id, or a JSON file of the run or result) from the release test split and the predictions; exits 1 on any mismatch')
    .argument('<runIdOrFile>')
    .requiredOption('--release-dir <dir>', "directory holding the release's test.parquet")
    .requiredOption('--predictions <file>', 'the predictions as scored (JSON Lines)')
    .option('--labels <a,b,…>', "the benchmark's labels (default: those the per-label metrics name)")
    .option('--time-zone <zone>', "the evaluating city's IANA zone (time-of-day slices)", 'UTC')
    .option('--city <id>', 'city whose validation service holds the run (when a run id is given)')
    .option('--role <client>', 'client whose token to use', 'evaluator')
    .option('--url <base>', 'base URL of the validation service')
    .action(async (target: string, o: VerifyOptions) => {
      const document: unknown = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : await runDocument(target, o);
      const result = resultOfDocument(document);
      const labels = o.labels ? o.labels.split(',').map((l) => l.trim()).filter(Boolean) : undefined;
      const { verified, problems } = await verifyHeldFiles({ result, releaseDir: o.releaseDir, predictionsFile: o.predictions, timeZone: o.timeZone, ...(labels ? { labels } : {}) });
      if (verified) {
        print(`verified run ${result.runId}: scorer ${result.scorerVersion}, release ${result.releaseSha256}, predictions ${result.predictionsSha256}, ${Object.keys(result.metrics).length} metrics recomputed`);
        return;
      }
      for (const p of problems.slice(0, 20)) print(`mismatch ${p.what}${p.metric ? ` ${p.metric}` : ''}: published ${String(p.published)}, recomputed ${String(p.recomputed)}`);
      print(`NOT verified: run ${result.runId}, ${problems.length} problem(s)`);
      process.exitCode = 1;
    });
}
