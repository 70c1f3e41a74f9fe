import { ValidationError } from '@usm/errors';
import { nodeConfigDocument } from './load-node-config';

const refusalOf = (read: () => unknown): { field: string; rule: string } | undefined => {
  try {
    read();
    return undefined;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const [first] = error.violations;
    return first && { field: first.field, rule: first.rule };
  }
};

const files: Record<string, string> = { '/etc/usm/node.json': '{"city":"incheon"}', '/etc/usm/broken.json': '{"city":' };
const readFile = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw new Error('ENOENT');
  return text;
};

describe('nodeConfigDocument', () => {
  it('reads --config before CITY_NODE_CONFIG before CITY_NODE_CONFIG_JSON', () => {
    expect(nodeConfigDocument(['node', 'main.ts', '--config', '/etc/usm/node.json'], { CITY_NODE_CONFIG: '/missing.json' }, readFile)).toEqual({ city: 'incheon' });
    expect(nodeConfigDocument(['node', 'main.ts'], { CITY_NODE_CONFIG: '/etc/usm/node.json', CITY_NODE_CONFIG_JSON: '{"city":"osaka"}' }, readFile)).toEqual({ city: 'incheon' });
    expect(nodeConfigDocument(['node', 'main.ts'], { CITY_NODE_CONFIG_JSON: '{"city":"osaka"}' }, readFile)).toEqual({ city: 'osaka' });
  });

  it('refuses a start without any configuration', () => {
    expect(refusalOf(() => nodeConfigDocument(['node', 'main.ts'], {}, readFile))).toEqual({ field: 'CITY_NODE_CONFIG', rule: 'required' });
  });

  it('refuses a file it cannot read', () => {
    expect(refusalOf(() => nodeConfigDocument(['node', 'main.ts', '--config', '/etc/usm/none.json'], {}, readFile))).toEqual({ field: 'CITY_NODE_CONFIG', rule: 'readable' });
  });

  it('refuses a file or a variable that is not JSON, naming which', () => {
    expect(refusalOf(() => nodeConfigDocument(['node', 'main.ts', '--config', '/etc/usm/broken.json'], {}, readFile))).toEqual({ field: 'CITY_NODE_CONFIG', rule: 'json' });
    expect(refusalOf(() => nodeConfigDocument(['node', 'main.ts'], { CITY_NODE_CONFIG_JSON: 'city=incheon' }, readFile))).toEqual({ field: 'CITY_NODE_CONFIG_JSON', rule: 'json' });
  });
});
