import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { composeConfigOf } from '@usm/testing';
import { parseNodeConfig } from '../config/load-node-config';
import { nodeConfigSchema } from '../config/node-config.schema';
import { cityNodeContextNames, cityNodeContexts } from '../contexts/city-node-contexts';
import { configureContexts } from './configure-contexts';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');
const sandbox = mkdtempSync(join(tmpdir(), 'usm-compose-node-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/**
 * The document as this machine can read it: the image's repository files (`/app/libs/…`) are the workspace's, every
 * other absolute file (secrets under /run/secrets, the MirrorMaker 2 classpath) a stand-in in a temporary directory.
 */
function onThisMachine(document: string): unknown {
  // Paths stand alone ("/run/…") or in per-city lists ("barcelona=/run/…;osaka=/run/…").
  const text = document.replaceAll('"/app/libs/', `"${workspaceRoot}/libs/`).replace(/(?<=["=])\/(?:run|app)\/[^";=\s]+/g, (path) => {
    const file = join(sandbox, path);
    mkdirSync(dirname(file), { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, path.endsWith('.pem') ? `-----BEGIN CERTIFICATE-----\n${secret}\n-----END CERTIFICATE-----\n` : secret);
    return file;
  });
  return JSON.parse(text) as unknown;
}

const nodeOf = (file: string, name: string, env: Record<string, string> = {}) => parseNodeConfig(nodeConfigSchema(cityNodeContextNames), onThisMachine(composeConfigOf(name, file, env)));

describe('the city node documents of infra/compose', () => {
  it('compose.yaml: runs every context of the node, each accepted by its own app (env from its standalone config)', () => {
    const node = nodeOf('compose.yaml', 'city-node.json');
    expect(Object.keys(node.contexts).sort()).toEqual([...cityNodeContextNames].sort());
    expect(node.contexts.sites?.kafka).toBeUndefined();
    const configured = configureContexts(node, cityNodeContexts, {});
    expect(configured.map((c) => c.name).sort()).toEqual([...cityNodeContextNames].sort());
  });

  it('compose.yaml with a partner (the env file of compose.mesh.yaml) still configures federation', () => {
    const env = Object.fromEntries(
      readEnvFile(join(workspaceRoot, 'infra/compose/incheon.env')).filter(([name]) => name.startsWith('FEDERATION_') || name === 'CITY'),
    );
    const node = nodeOf('compose.yaml', 'city-node.json', env);
    expect(node.contexts.federation?.settings['FEDERATION_PARTNERS']).toBe('barcelona=barcelona-kafka:9092');
    expect(configureContexts(node, cityNodeContexts, {}).map((c) => c.name)).toContain('federation');
  });

  it('compose.mesh.yaml: Barcelona runs every context as its own city against its own infrastructure', () => {
    const node = nodeOf('compose.mesh.yaml', 'barcelona-city-node.json');
    expect([node.city, node.kafka.brokers, node.registry.url]).toEqual(['barcelona', ['barcelona-kafka:9092'], 'http://barcelona-registry:8080/apis/ccompat/v7']);
    expect(Object.keys(node.contexts).sort()).toEqual([...cityNodeContextNames].sort());
    expect(configureContexts(node, cityNodeContexts, {})).toHaveLength(cityNodeContextNames.length);
  });

  it('refuses a document whose context lacks what its app requires (so the checks above can fail)', () => {
    const node = nodeOf('compose.yaml', 'city-node.json');
    const broken = { ...node, contexts: { ...node.contexts, validation: { ...node.contexts.validation, database: undefined } } };
    expect(() => configureContexts(broken as typeof node, cityNodeContexts, {})).toThrow(/contexts\.validation\.DATABASE_URL/);
  });
});

function readEnvFile(file: string): [string, string][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as [string, string]);
}
