import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Major version of a JDK home, read from its `release` file. */
function majorVersionOf(javaHome: string): number | undefined {
  const release = join(javaHome, 'release');
  if (!existsSync(release) || !existsSync(join(javaHome, 'bin', 'java'))) return undefined;
  const match = /JAVA_VERSION="(\d+)/.exec(readFileSync(release, 'utf8'));
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * A `java` binary of at least `minimumMajor`: MESH_REGISTRY_JAVA_HOME, then JAVA_HOME, then the newest
 * JDK under /usr/lib/jvm. Apicurio Registry 3.2+ is built for Java 21 while Kafka runs on the default 17.
 */
export function javaAtLeast(minimumMajor: number, env: NodeJS.ProcessEnv = process.env, jvmRoot = '/usr/lib/jvm'): string {
  const explicit = [env['MESH_REGISTRY_JAVA_HOME'], env['JAVA_HOME']].filter((h): h is string => Boolean(h));
  const installed = existsSync(jvmRoot) ? readdirSync(jvmRoot).map((d) => join(jvmRoot, d)) : [];
  const candidates = [...explicit, ...installed]
    .map((home) => ({ home, major: majorVersionOf(home) }))
    .filter((c): c is { home: string; major: number } => c.major !== undefined && c.major >= minimumMajor);
  const chosen = explicit.length > 0 && candidates[0] && explicit.includes(candidates[0].home) ? candidates[0] : candidates.sort((a, b) => b.major - a.major)[0];
  if (!chosen) {
    throw new Error(`Apicurio Registry needs Java ${minimumMajor}+; none found in MESH_REGISTRY_JAVA_HOME, JAVA_HOME or ${jvmRoot}. Install one (e.g. Temurin ${minimumMajor}) and set MESH_REGISTRY_JAVA_HOME.`);
  }
  return join(chosen.home, 'bin', 'java');
}
