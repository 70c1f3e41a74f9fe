import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CityStack, StackDescription } from './stack-description';

/** Where `.mesh/stack.json` lives: MESH_STACK_FILE, or `.mesh/stack.json` at the workspace root. */
export function stackFilePath(): string {
  return process.env['MESH_STACK_FILE'] ?? join(__dirname, '..', '..', '..', '.mesh', 'stack.json');
}

/** Reads the running stack; fails with the command to run when none is up. */
export function readStack(): StackDescription {
  const file = stackFilePath();
  if (!existsSync(file)) {
    throw new Error(`No local stack at ${file}: start one with "npm run stack -- up" (integration tests need it).`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as StackDescription;
}

/** One city's endpoints from the running stack. */
export function cityStack(city: string): CityStack {
  const stack = readStack();
  const found = stack.cities[city];
  if (!found) {
    throw new Error(`City "${city}" is not in the local stack (running: ${Object.keys(stack.cities).join(', ') || 'none'}).`);
  }
  return found;
}
