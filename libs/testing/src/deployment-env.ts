import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvVariable } from '@usm/config';
import { parseAllDocuments, parseDocument } from 'yaml';

const workspaceRoot = join(__dirname, '..', '..', '..');

/** An app's environment variables (its config.ts `envVariables`). */
export type { EnvVariable } from '@usm/config';

/** What a deployment kit sets that the app does not read, and what the app requires that the kit does not set. */
export interface EnvDrift {
  readonly unknown: readonly string[];
  readonly missing: readonly string[];
}

export function envDriftOf(variables: readonly EnvVariable[], env: Readonly<Record<string, unknown>>): EnvDrift {
  const known = new Set(variables.map((v) => v.name));
  return { unknown: Object.keys(env).filter((name) => !known.has(name)), missing: variables.filter((v) => v.required && !(v.name in env)).map((v) => v.name) };
}

/** The environment of a service in infra/compose/compose.yaml (anchors and merge keys resolved). */
export function composeEnvOf(service: string, file = 'compose.yaml'): Record<string, unknown> {
  const compose = parseDocument(readFileSync(join(workspaceRoot, 'infra/compose', file), 'utf8'), { merge: true, logLevel: 'silent' }).toJS({ maxAliasCount: -1 }) as { services: Record<string, { environment?: Record<string, unknown> }> };
  const env = compose.services[service]?.environment;
  if (!env) throw new Error(`infra/compose/${file} has no environment for ${service}`);
  return env;
}

/** The `<service>-env` ConfigMap of the committed Kubernetes kit (infra/k8s/generated/incheon, kept current by tools/k8s-kit's spec). */
export function kubernetesEnvOf(service: string): Record<string, unknown> {
  const text = readFileSync(join(workspaceRoot, 'infra/k8s/generated/incheon/31-services.yaml'), 'utf8');
  const found = parseAllDocuments(text)
    .map((doc) => doc.toJS() as { kind: string; metadata: { name: string }; data?: Record<string, unknown> })
    .find((r) => r.kind === 'ConfigMap' && r.metadata.name === `${service}-env`);
  if (!found?.data) throw new Error(`infra/k8s/generated/incheon has no ConfigMap ${service}-env`);
  return found.data;
}

/** Compose's interpolation of `${VAR}`, `${VAR:-default}` and `${VAR:?message}`, from `env` else the default (else empty). */
export function interpolateCompose(text: string, env: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\$\{([A-Z_][A-Z0-9_]*)(?::?([-?])([^}]*))?\}/g, (_all, name: string, kind?: string, fallback?: string) => env[name] ?? (kind === '-' ? (fallback ?? '') : ''));
}

/** The `content` of a top-level `configs` entry of a compose file, interpolated (the city node's and the console's JSON documents). */
export function composeConfigOf(name: string, file = 'compose.yaml', env: Readonly<Record<string, string>> = {}): string {
  const compose = parseDocument(readFileSync(join(workspaceRoot, 'infra/compose', file), 'utf8'), { logLevel: 'silent' }).toJS() as { configs?: Record<string, { content?: string }> };
  const content = compose.configs?.[name]?.content;
  if (content === undefined) throw new Error(`infra/compose/${file} has no config ${name} with content`);
  return interpolateCompose(content, env);
}

/** One key of a ConfigMap of the committed Kubernetes kit (infra/k8s/generated/incheon/<file>). */
export function kubernetesConfigMapOf(file: string, name: string): Record<string, string> {
  const text = readFileSync(join(workspaceRoot, 'infra/k8s/generated/incheon', file), 'utf8');
  const found = parseAllDocuments(text)
    .map((doc) => doc.toJS() as { kind: string; metadata: { name: string }; data?: Record<string, string> })
    .find((r) => r.kind === 'ConfigMap' && r.metadata.name === name);
  if (!found?.data) throw new Error(`infra/k8s/generated/incheon/${file} has no ConfigMap ${name}`);
  return found.data;
}
