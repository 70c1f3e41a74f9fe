import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePrivateFileAtomically } from './private-file';

describe('writePrivateFileAtomically', () => {
  const dir = mkdtempSync(join(tmpdir(), 'private-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const modeOf = (file: string): number => statSync(file).mode & 0o777;

  it('writes the text readable by its owner only', () => {
    const file = join(dir, 'mm2.properties');
    writePrivateFileAtomically(file, 'sasl.jaas.config=secret');
    expect(readFileSync(file, 'utf8')).toBe('sasl.jaas.config=secret');
    expect(modeOf(file)).toBe(0o600);
  });

  it('replaces a world-readable file, and a staged file a crash left behind, with a private one', () => {
    const file = join(dir, 'replaced.properties');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeFileSync(`${file}.tmp`, 'half', { mode: 0o644 });
    writePrivateFileAtomically(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(modeOf(file)).toBe(0o600);
  });
});
