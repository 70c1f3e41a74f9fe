import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outdatedGeneratedFiles, writeGeneratedFiles } from './generated-files-on-disk';

describe('generated files on disk', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'avro-codegen-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const files = [
    { path: 'index.ts', content: "export * from './a/b.avro';\n" },
    { path: 'a/b.avro.ts', content: 'export type B = string;\n' },
  ];

  it('reports missing, changed and leftover files, then nothing once written', () => {
    expect(outdatedGeneratedFiles(files, dir)).toEqual(['a/b.avro.ts', 'index.ts']);
    expect(writeGeneratedFiles(files, dir)).toEqual(['a/b.avro.ts', 'index.ts']);
    expect(outdatedGeneratedFiles(files, dir)).toEqual([]);

    writeFileSync(join(dir, 'a/b.avro.ts'), 'export type B = number;\n');
    writeFileSync(join(dir, 'old.avro.ts'), 'export type Old = string;\n');
    expect(outdatedGeneratedFiles(files, dir)).toEqual(['a/b.avro.ts', 'old.avro.ts']);

    writeGeneratedFiles(files, dir);
    expect(readFileSync(join(dir, 'a/b.avro.ts'), 'utf8')).toBe('export type B = string;\n');
    expect(existsSync(join(dir, 'old.avro.ts'))).toBe(false);
  });
});
