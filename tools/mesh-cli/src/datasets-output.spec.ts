import { Command } from 'commander';
import { addDatasetsCommand } from './datasets.command';
import type { ReleaseView } from './datasets-output';
import { printRelease, progressLine } from './datasets-output';

describe('mesh datasets output', () => {
  it('shows the phase, records per partition and the ETA of a build', () => {
    const line = progressLine({ phase: 'reading', recordsRead: 1500, elapsedMs: 2_000, etaMs: 4_500, partitions: [{ topic: 'safety.events.anonymised.v1', partition: 0, read: 1000, total: 2000 }, { topic: 'incheon.safety.events.anonymised.v1', partition: 1, read: 500, total: 500 }] });
    expect(line).toBe('[reading] 1500 records  2.0 s  eta 4.5 s  safety.events.anonymised.v1/0 1000/2000  incheon.safety.events.anonymised.v1/1 500/500');
  });

  it('prints a release with its anonymity figures and every file hash', () => {
    const lines: string[] = [];
    const release = {
      releaseId: 'r1', definitionId: 'school-zone', version: '2.0.0', status: 'published', problem: null, supersedes: 'r0', supersededBy: null,
      anonymity: { k: 6, l: 2, input: 1000, released: 990, suppressed: 10, suppressionRate: 0.01, informationLoss: 0.25, generalisation: { h3Resolution: 8 } },
      files: [{ path: 'train.parquet', sha256: 'ab', sizeBytes: 10, recordCount: 800 }], progress: null,
    } as ReleaseView;
    printRelease(release, (l) => lines.push(l));
    expect(lines).toEqual([
      'r1  school-zone@2.0.0  published',
      '  supersedes r0',
      '  k=6 l=2 input=1000 released=990 suppressed=10 (1.00 %) information loss=0.2500 generalisation={"h3Resolution":8}',
      '  train.parquet  10 B  800 rows  sha256=ab',
    ]);
  });

  it('requires the city for every datasets subcommand', async () => {
    const errors: string[] = [];
    const cli = new Command('mesh').exitOverride().configureOutput({ writeErr: (t) => errors.push(t), writeOut: () => undefined });
    addDatasetsCommand(cli, () => undefined);
    await expect(cli.parseAsync(['datasets', 'show', 'r1'], { from: 'user' })).rejects.toThrow();
    expect(errors.join('')).toContain('--city');
  });
});
