import { ValidationError } from '@usm/errors';
import { parseNodeConfig } from '../config/load-node-config';
import { validNodeDocument } from '../config/node-config.fixture';
import { nodeConfigSchema } from '../config/node-config.schema';
import type { CityNodeContext } from '../contexts/city-node-context';
import { configureContexts } from './configure-contexts';

type Env = Readonly<Record<string, string | undefined>>;

/** A context that records the environment it was configured with, and refuses one without `needs`. */
function recordingContext(name: string, links: Record<string, string>, seen: Map<string, Env>, needs?: string): CityNodeContext {
  return {
    name,
    variablePrefix: `${name.toUpperCase()}_`,
    links,
    configure(env) {
      seen.set(name, env);
      if (needs !== undefined && env[needs] === undefined) throw new ValidationError('TEST.INVALID_CONFIG', [{ field: needs, rule: 'required', message: 'is required' }]);
      return { url: `http://127.0.0.1:${env[`${name.toUpperCase()}_PORT`] ?? ''}`, start: () => Promise.reject(new Error('not started in a unit test')) };
    },
  };
}

const documentWith = (host?: string, privacySettings?: Record<string, string>) => {
  const document = validNodeDocument();
  if (host !== undefined) document['host'] = host;
  if (privacySettings) ((document['contexts'] as Record<string, Record<string, unknown>>)['privacy'] as Record<string, unknown>)['settings'] = privacySettings;
  return parseNodeConfig(nodeConfigSchema(['ingest', 'privacy']), document);
};

describe('configureContexts: links between the contexts of one node', () => {
  it('gives a context the base URL of the context it links to when the node runs both', () => {
    const seen = new Map<string, Env>();
    configureContexts(documentWith(), [recordingContext('ingest', {}, seen), recordingContext('privacy', { PRIVACY_INGEST_URL: 'ingest' }, seen)], {});
    expect(seen.get('privacy')?.['PRIVACY_INGEST_URL']).toBe('http://127.0.0.1:23010');
    expect(seen.get('ingest')?.['PRIVACY_INGEST_URL']).toBeUndefined();
  });

  it('reaches a node listening on every interface over loopback', () => {
    const seen = new Map<string, Env>();
    configureContexts(documentWith('0.0.0.0'), [recordingContext('ingest', {}, seen), recordingContext('privacy', { PRIVACY_INGEST_URL: 'ingest' }, seen)], {});
    expect(seen.get('privacy')?.['PRIVACY_INGEST_URL']).toBe('http://127.0.0.1:23010');
  });

  it('lets the context\'s own settings point elsewhere', () => {
    const seen = new Map<string, Env>();
    configureContexts(documentWith(undefined, { PRIVACY_INGEST_URL: 'https://ingest.example' }), [recordingContext('ingest', {}, seen), recordingContext('privacy', { PRIVACY_INGEST_URL: 'ingest' }, seen)], {});
    expect(seen.get('privacy')?.['PRIVACY_INGEST_URL']).toBe('https://ingest.example');
  });

  it("leaves a link to a context the node does not run unset, so the context's own rule names it", () => {
    const seen = new Map<string, Env>();
    let error: unknown;
    try {
      configureContexts(documentWith(), [recordingContext('privacy', { PRIVACY_DATASETS_URL: 'datasets' }, seen, 'PRIVACY_DATASETS_URL')], {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations.map((v) => v.field)).toEqual(['contexts.privacy.PRIVACY_DATASETS_URL']);
  });
});
