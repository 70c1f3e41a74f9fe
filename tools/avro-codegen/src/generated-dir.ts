import { join } from 'node:path';
import { workspaceRoot } from '@usm/contracts';

/** Where generated contract types live: inside @usm/contracts, so every project imports them from there. */
export function generatedDir(): string {
  return join(workspaceRoot(), 'libs', 'contracts', 'src', 'generated');
}
