import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a city's Kafka secrets live: `<state>/secrets/<city>/kafka/`, files mode 0600, generated once. */
export interface KafkaSecretFiles {
  readonly dir: string;
  readonly caFile: string;
  readonly caKey: string;
  readonly brokerCert: string;
  readonly brokerKey: string;
  readonly brokerKeystore: string;
  readonly keystorePasswordFile: string;
  passwordFile(principal: string): string;
}

export function kafkaSecretFiles(stateDir: string, city: string): KafkaSecretFiles {
  const dir = join(stateDir, 'secrets', city, 'kafka');
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    caKey: join(dir, 'ca.key'),
    brokerCert: join(dir, 'broker.pem'),
    brokerKey: join(dir, 'broker.key'),
    brokerKeystore: join(dir, 'broker.p12'),
    keystorePasswordFile: join(dir, 'broker-keystore.secret'),
    passwordFile: (principal) => join(dir, `${principal}.password`),
  };
}

/** The broker's own TLS identity (the client certificate it presents on its controller and internal listeners). */
export const brokerIdentityOf = (city: string): string => `kafka-${city}`;

function writeSecret(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Reads a generated secret, creating it first when missing; `created` says whether it is new. */
export function ensurePassword(file: string): { password: string; created: boolean } {
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), created: false };
  const password = randomBytes(24).toString('hex');
  // No trailing newline: Kafka's DirectoryConfigProvider hands a file's bytes over as they are.
  writeSecret(file, password);
  return { password, created: true };
}

function openssl(args: readonly string[]): void {
  try {
    execFileSync('openssl', [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`openssl ${args[0] ?? ''} failed (is openssl on PATH?): ${stderr.slice(-1000)}`);
  }
}

/**
 * The city's CA and the broker certificate it signs (SAN 127.0.0.1, localhost and kafka, the compose service name; server and client use),
 * plus a PKCS12 keystore of the broker's key for Kafka; generated once, kept across restarts.
 */
export function ensureCityCertificates(files: KafkaSecretFiles, city: string): { keystorePassword: string } {
  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  const keystorePassword = ensurePassword(files.keystorePasswordFile).password;
  if (existsSync(files.brokerKeystore) && existsSync(files.caFile)) return { keystorePassword };
  const days = '3650';
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', files.caKey, '-out', files.caFile, '-days', days, '-subj', `/CN=usm-${city}-ca`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  const csr = join(files.dir, 'broker.csr');
  const extensions = join(files.dir, 'broker.ext');
  writeFileSync(extensions, 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kafka\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', files.brokerKey, '-out', csr, '-subj', `/CN=${brokerIdentityOf(city)}`]);
  openssl(['x509', '-req', '-in', csr, '-CA', files.caFile, '-CAkey', files.caKey, '-CAcreateserial', '-out', files.brokerCert, '-days', days, '-extfile', extensions]);
  openssl(['pkcs12', '-export', '-in', files.brokerCert, '-inkey', files.brokerKey, '-certfile', files.caFile, '-name', 'broker', '-out', files.brokerKeystore, '-passout', `file:${files.keystorePasswordFile}`]);
  for (const file of [files.caKey, files.brokerKey, files.brokerKeystore]) chmodSync(file, 0o600);
  return { keystorePassword };
}
