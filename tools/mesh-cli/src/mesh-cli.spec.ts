import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { addRealmCommand } from './realm.command';
import { addTokenCommand } from './token.command';

/** A program that throws instead of exiting, with its output captured. */
function program(): { cli: Command; printed: string[]; errors: string[] } {
  const printed: string[] = [];
  const errors: string[] = [];
  const cli = new Command('mesh').exitOverride().configureOutput({ writeErr: (text) => errors.push(text), writeOut: () => undefined });
  addTokenCommand(cli, (line) => printed.push(line));
  addRealmCommand(cli, (line) => printed.push(line));
  return { cli, printed, errors };
}

describe('mesh CLI', () => {
  it('refuses a role that is not a persona, naming the personas there are', async () => {
    const { cli, errors } = program();
    await expect(cli.parseAsync(['token', '--city', 'incheon', '--role', 'root'], { from: 'user' })).rejects.toThrow();
    expect(errors.join('')).toMatch(/--role.*must be one of .*city-admin.*dpo/s);
  });

  it('requires the city of the token', async () => {
    const { cli, errors } = program();
    await expect(cli.parseAsync(['token', '--role', 'dpo'], { from: 'user' })).rejects.toThrow();
    expect(errors.join('')).toContain('--city');
  });

  it('writes a realm named by the city, readable only by its owner, with a generated secret for every client', async () => {
    const state = mkdtempSync(join(tmpdir(), 'mesh-cli-spec-'));
    const previous = process.env['MESH_STATE_DIR'];
    process.env['MESH_STATE_DIR'] = state;
    try {
      const { cli, printed } = program();
      await cli.parseAsync(['realm', '--city', 'hamburg', '--out', join(state, 'out')], { from: 'user' });
      const file = printed[0] ?? '';
      expect(file).toBe(join(state, 'out', 'hamburg-realm.json'));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const realm = JSON.parse(readFileSync(file, 'utf8')) as { realm: string; clients: { clientId: string; secret?: string; publicClient?: boolean; bearerOnly?: boolean }[] };
      expect(realm.realm).toBe('hamburg');
      const confidential = realm.clients.filter((c) => !c.bearerOnly && !c.publicClient && c.secret !== undefined);
      expect(confidential.map((c) => c.clientId)).toEqual(expect.arrayContaining(['city-admin', 'dpo', 'integrator']));
      for (const client of confidential) expect(client.secret).toMatch(/^.{24,}$/);
    } finally {
      if (previous === undefined) delete process.env['MESH_STATE_DIR'];
      else process.env['MESH_STATE_DIR'] = previous;
      rmSync(state, { recursive: true, force: true });
    }
  });
});
