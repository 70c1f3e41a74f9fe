import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { stackOptions } from './stack-options';
import { ensurePasswordFile } from './postgres-passwords';
import { ensureServiceRoles } from './postgres-roles';
import { ensureDatabase, roleUrl } from './postgres-server';
import { startPrivatePostgres, stopPrivatePostgres } from './postgres-private';

/** The stack's own PostgreSQL (used when none answers on the machine) checks passwords on TCP. */
describe('the stack\'s private PostgreSQL', () => {
  const root = mkdtempSync(join(tmpdir(), 'usm-private-pg-'));
  const dir = join(root, 'postgres');
  const port = stackOptions().privatePostgresPort + 1;
  let adminUrl = '';

  const refusal = async (url: string, password: string): Promise<unknown> => {
    // pg lets a connection string's (empty) password win over a `password` option: the password goes into the URL.
    const withPassword = Object.assign(new URL(url), { password: encodeURIComponent(password) }).toString();
    const client = new Client({ connectionString: withPassword, connectionTimeoutMillis: 5_000 });
    return client.connect().then(async () => (await client.end(), 'connected'), (error: { code?: string }) => error.code);
  };

  beforeAll(async () => {
    chmodSync(root, 0o755); // the server user (postgres, when run as root) must reach its folder
    adminUrl = await startPrivatePostgres(dir, port, join(root, 'secrets', 'admin.password'));
  }, 120_000);

  afterAll(() => {
    stopPrivatePostgres(dir);
    rmSync(root, { recursive: true, force: true });
  });

  it('lets the admin in over its own socket only, and asks TCP clients for a SCRAM password', async () => {
    expect(adminUrl).toContain(`host=${encodeURIComponent(dir)}`);
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const { rows } = await admin.query<{ method: string }>("SELECT DISTINCT auth_method AS method FROM pg_hba_file_rules WHERE type = 'host'");
    await admin.end();
    expect(rows).toEqual([{ method: 'scram-sha-256' }]);
    expect(await refusal(`postgres://postgres@127.0.0.1:${port}/postgres`, 'not-the-password')).toBe('28P01');
  });

  it('admits a service role over TCP with its generated password and nothing else', async () => {
    const password = ensurePasswordFile(join(root, 'secrets', 'incheon', 'postgres', 'ingest.password'));
    await ensureDatabase(adminUrl, 'spec_incheon');
    await ensureServiceRoles(adminUrl, 'spec_incheon', new Map([['spec_incheon_ingest', password]]));
    const url = roleUrl(adminUrl, 'spec_incheon_ingest', 'spec_incheon');
    expect(url).toBe(`postgres://spec_incheon_ingest@127.0.0.1:${port}/spec_incheon`);
    expect(await refusal(url, `${password}x`)).toBe('28P01');
    expect(await refusal(url, password)).toBe('connected');
  });
});
