import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { cityStack, tokenFor } from '@usm/testing';
import { DatasetsClient } from './datasets-client';
import { printRelease, progressLine, settledStatuses } from './datasets-output';
import type { ReleaseView } from './datasets-output';
import { verifyDownloadedRelease } from './datasets-verify';

interface Common {
  city: string;
  role: string;
  url?: string;
}

function clientOf(options: Common): DatasetsClient {
  const stack = cityStack(options.city);
  const url = options.url ?? stack.services['datasets'] ?? 'http://127.0.0.1:3050';
  return new DatasetsClient(url.replace(/\/+$/, ''), () => tokenFor(stack, options.role));
}

const withCommon = (command: Command, role: string): Command =>
  command.requiredOption('--city <id>', 'city whose datasets service to call').option('--role <client>', 'client whose token to use', role).option('--url <base>', 'base URL of the datasets service');

/** `mesh datasets define|build|list|show|withdraw|verify`: the datasets service over HTTP, with a token of the city's realm. */
export function addDatasetsCommand(program: Command, print: (line: string) => void): void {
  const datasets = program.command('datasets').description('define, build, list, show, withdraw and verify dataset releases');
  withCommon(datasets.command('define').description('define (or revise) a dataset from a JSON file').requiredOption('--file <path>', 'definition JSON'), 'data-steward').action(async (o: Common & { file: string }) => {
    const result = await clientOf(o).call<{ definitionId: string; version: number }>('POST', '/v1/definitions', JSON.parse(readFileSync(o.file, 'utf8')));
    print(`defined ${result.definitionId} version ${result.version}`);
  });
  withCommon(datasets.command('build').description('build a release and follow its progress').argument('<definitionId>'), 'data-steward')
    .option('--supersedes <releaseId>', 'release this one replaces')
    .option('--snapshot-of <releaseId>', 'rebuild on the snapshot of an earlier release')
    .option('--no-wait', 'return once the build is requested')
    .action(async (definitionId: string, o: Common & { supersedes?: string; snapshotOf?: string; wait: boolean }) => {
      const client = clientOf(o);
      const { releaseId } = await client.call<{ releaseId: string }>('POST', '/v1/releases', { definitionId, ...(o.supersedes ? { supersedes: o.supersedes } : {}), ...(o.snapshotOf ? { snapshotOf: o.snapshotOf } : {}) });
      print(`release ${releaseId} requested`);
      if (!o.wait) return;
      for (;;) {
        const release = await client.call<ReleaseView>('GET', `/v1/releases/${releaseId}`);
        if (release.progress) print(progressLine(release.progress));
        if (settledStatuses.has(release.status)) return printRelease(release, print);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    });
  withCommon(datasets.command('list').description('releases the caller may see').option('--definition <id>', 'of one definition'), 'data-steward').action(async (o: Common & { definition?: string }) => {
    const releases = await clientOf(o).call<ReleaseView[]>('GET', `/v1/releases${o.definition ? `?definitionId=${encodeURIComponent(o.definition)}` : ''}`);
    for (const r of releases) print(`${r.releaseId}  ${r.definitionId}@${r.version}  ${r.status}  k=${r.anonymity?.k ?? '-'} l=${r.anonymity?.l ?? '-'} rows=${r.anonymity?.released ?? '-'}`);
  });
  withCommon(datasets.command('show').description('one release: status, anonymity, files').argument('<releaseId>'), 'data-steward').action(async (releaseId: string, o: Common) => {
    printRelease(await clientOf(o).call<ReleaseView>('GET', `/v1/releases/${encodeURIComponent(releaseId)}`), print);
  });
  withCommon(datasets.command('withdraw').description('withdraw a release').argument('<releaseId>'), 'data-steward')
    .option('--reason <reason>', 'consentRevoked | consentExpired | qualityIssue | legalRequest | superseded', 'qualityIssue')
    .option('--superseded-by <releaseId>', 'the release that replaces it')
    .action(async (releaseId: string, o: Common & { reason: string; supersededBy?: string }) => {
      const r = await clientOf(o).call<ReleaseView>('POST', `/v1/releases/${encodeURIComponent(releaseId)}/withdraw`, { reason: o.reason, ...(o.supersededBy ? { supersededBy: o.supersededBy } : {}) });
      print(`${r.releaseId} ${r.status}`);
    });
  withCommon(datasets.command('verify').description('download every file and recompute k, l and each SHA-256 from the files').argument('<releaseId>'), 'data-steward')
    .requiredOption('--dir <path>', 'where to download the files (resumes what is there)')
    .action(async (releaseId: string, o: Common & { dir: string }) => {
      const ok = await verifyDownloadedRelease(clientOf(o), releaseId, o.dir, print);
      if (!ok) throw new Error(`release ${releaseId} does not verify`);
    });
}
