import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './paths';

const pom = join(workspaceRoot, 'infra', 'local', 'pom.xml');
const dependencyPlugin = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

function mvn(args: readonly string[]): void {
  try {
    execFileSync('mvn', ['-B', '-q', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`Maven failed (is mvn on PATH and Maven Central reachable?): mvn ${args.join(' ')}\n${output.slice(-2000)}`);
  }
}

/** A property of infra/local/pom.xml, the one place where component versions are pinned. */
export function pinnedVersion(property: 'kafka.version' | 'apicurio.version'): string {
  const match = new RegExp(`<${property.replace('.', '\\.')}>([^<]+)</`).exec(readFileSync(pom, 'utf8'));
  if (!match?.[1]) throw new Error(`${pom} does not pin ${property}`);
  return match[1];
}

/** Kafka + MirrorMaker 2 runtime classpath, resolved once per pom content and cached. */
export function kafkaClasspath(cacheDir: string): string {
  const digest = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 16);
  const file = join(cacheDir, `kafka-${digest}.classpath`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    mvn(['-f', pom, `${dependencyPlugin}:build-classpath`, `-Dmdep.outputFile=${file}`, '-DincludeScope=runtime']);
  }
  return readFileSync(file, 'utf8').trim();
}

/** Downloads a Maven artifact (into the local repository too) and returns the copied file's path. */
export function fetchArtifact(coordinates: string, outputDirectory: string, fileName: string): string {
  const target = join(outputDirectory, fileName);
  if (!existsSync(target)) {
    mkdirSync(outputDirectory, { recursive: true });
    mvn([`${dependencyPlugin}:copy`, `-Dartifact=${coordinates}`, `-DoutputDirectory=${outputDirectory}`]);
  }
  return target;
}
