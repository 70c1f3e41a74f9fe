import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { AvroNamedTypeJson } from './avro-schema-json';
import { declaredFullName, isNamedType } from './avro-names';
import { duplicateNamedType, invalidSchemaFile } from './contract-errors';

/** The named types declared by the `.avsc` files of one directory tree, by full name. */
export interface SchemaDirectory {
  readonly dir: string;
  readonly types: ReadonlyMap<string, AvroNamedTypeJson>;
  /** File that declares a full name, relative to `dir`. */
  readonly files: ReadonlyMap<string, string>;
}

/** Reads every `.avsc` under `dir`; each file declares one top-level named type. */
export function readSchemaDirectory(dir: string): SchemaDirectory {
  const types = new Map<string, AvroNamedTypeJson>();
  const files = new Map<string, string>();
  for (const file of avscFilesUnder(dir)) {
    const schema = parseSchemaFile(file);
    const fullName = declaredFullName(schema, undefined);
    const path = relative(dir, file);
    const previous = files.get(fullName);
    if (previous) throw duplicateNamedType(fullName, `${previous} and ${path}`);
    types.set(fullName, schema);
    files.set(fullName, path);
  }
  return { dir, types, files };
}

/** The workspace root: the first ancestor of this file that holds `nx.json`. */
export function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No workspace root (nx.json) above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** `schemas/` at the workspace root. */
export function defaultSchemasDir(): string {
  return join(workspaceRoot(), 'schemas');
}

function avscFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.avsc'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function parseSchemaFile(file: string): AvroNamedTypeJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalidSchemaFile(file, error);
  }
  if (typeof parsed !== 'object' || parsed === null || !isNamedType(parsed as AvroNamedTypeJson)) {
    throw invalidSchemaFile(file, undefined);
  }
  return parsed as AvroNamedTypeJson;
}
