import { ValidationError } from '@usm/errors';
import { loadConsoleConfig } from './load-console-config';

const city = (name: string) => ({ city: name, issuer: `http://127.0.0.1:8080/realms/${name}/`, client: { clientId: 'city-admin', secretFile: '/s' }, services: { datasets: 'http://127.0.0.1:3005/' } });
const document = { signIn: { issuer: 'http://127.0.0.1:8080/realms/incheon' }, cities: [city('incheon'), city('barcelona')] };
const load = (doc: unknown, env: Record<string, string> = {}) => loadConsoleConfig({ CONSOLE_CONFIG_JSON: JSON.stringify(doc), ...env });

function violationsOf(run: () => unknown): { field: string; rule: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.violations];
    throw error;
  }
  throw new Error('no ValidationError');
}

describe('the console configuration', () => {
  it('takes a document with defaults and trimmed URLs', () => {
    const config = load(document);
    expect(config).toMatchObject({ http: { host: '127.0.0.1', port: 3300 }, pollIntervalMs: 5_000, insecure: false, signIn: { clientId: 'usm-console', audience: 'usm-console' } });
    expect(config.cities[0]).toMatchObject({ issuer: 'http://127.0.0.1:8080/realms/incheon', services: { datasets: 'http://127.0.0.1:3005' } });
  });

  it('names every bad value by its path in the document', () => {
    const bad = { ...document, pollIntervalMs: 1, cities: [{ ...city('Incheon'), services: { datasets: 'ftp://x' } }, city('barcelona')] };
    expect(() => load(bad)).toThrow(ValidationError);
    const fields = violationsOf(() => load(bad)).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['pollIntervalMs', 'cities.0.city', 'cities.0.services.datasets']));
  });

  it('refuses a city listed twice and an unknown service', () => {
    expect(violationsOf(() => load({ ...document, cities: [city('incheon'), city('incheon')] })).map((v) => v.field)).toEqual(['cities']);
    expect(violationsOf(() => load({ ...document, cities: [{ ...city('incheon'), services: { mqtt: 'http://x' } }] })).map((v) => v.rule)).toEqual(['unrecognized_keys']);
  });

  it('is secure by default: no sign-in realm only with MESH_INSECURE=true', () => {
    const { signIn: _signIn, ...withoutSignIn } = document;
    expect(violationsOf(() => load(withoutSignIn))).toEqual([expect.objectContaining({ field: 'signIn', rule: 'required-unless-insecure' })]);
    expect(load(withoutSignIn, { MESH_INSECURE: 'true' }).insecure).toBe(true);
  });

  it('needs a document, as JSON', () => {
    expect(violationsOf(() => loadConsoleConfig({})).map((v) => v.field)).toEqual(['CONSOLE_CONFIG_FILE']);
    expect(violationsOf(() => loadConsoleConfig({ CONSOLE_CONFIG_JSON: '{not json' })).map((v) => v.rule)).toEqual(['json']);
    expect(loadConsoleConfig({ CONSOLE_CONFIG_FILE: '/etc/console.json' }, () => JSON.stringify(document)).cities).toHaveLength(2);
  });
});
