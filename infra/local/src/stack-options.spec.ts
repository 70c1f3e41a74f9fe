import { stackOptions } from './stack-options';
import { databaseNameOf } from './postgres-server';

describe('stackOptions', () => {
  it('names databases mesh_<city> on the default port base', () => {
    const options = stackOptions({});
    expect(databaseNameOf('incheon', 'read-models', options.databasePrefix)).toBe('mesh_incheon');
    expect(databaseNameOf('incheon', 'registry', options.databasePrefix)).toBe('mesh_incheon_registry');
  });

  it('keeps a second stack on another port base out of the first one\'s databases', () => {
    const options = stackOptions({ MESH_PORT_BASE: '29000' });
    expect(databaseNameOf('incheon', 'read-models', options.databasePrefix)).toBe('mesh_p29000_incheon');
  });

  it('refuses a port base outside the usable range, naming the variable', () => {
    expect(() => stackOptions({ MESH_PORT_BASE: '80' })).toThrow(/MESH_PORT_BASE/);
  });
});
