import { chmodSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `text` to `file` readable by this user only, atomically (a rename): MirrorMaker 2's properties carry the
 * SASL passwords of the mesh's and the partners' principals inline.
 */
export function writePrivateFileAtomically(file: string, text: string): void {
  const staged = `${file}.tmp`;
  writeFileSync(staged, text, { mode: 0o600 });
  // A staged file left by a crash keeps its mode on rewrite: set it again.
  chmodSync(staged, 0o600);
  renameSync(staged, file);
}
