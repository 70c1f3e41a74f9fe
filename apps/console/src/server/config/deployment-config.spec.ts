import { composeConfigOf, composeEnvOf, envDriftOf, kubernetesConfigMapOf } from '@usm/testing';
import { envVariables, loadConsoleConfig } from './load-console-config';

const configOf = (json: string) => loadConsoleConfig({ CONSOLE_CONFIG_JSON: json });

describe('deployment kits give the console an environment and a document it accepts', () => {
  it('sets exactly the variables the console reads (compose, the mesh file, the Kubernetes ConfigMap)', () => {
    expect(envDriftOf(envVariables, composeEnvOf('console'))).toEqual({ unknown: [], missing: [] });
    expect(envDriftOf(envVariables, composeEnvOf('mesh-console', 'compose.mesh.yaml'))).toEqual({ unknown: [], missing: [] });
    expect(envDriftOf(envVariables, kubernetesConfigMapOf('40-console.yaml', 'console-env'))).toEqual({ unknown: [], missing: [] });
  });

  it('compose.yaml: one city, signed in on its realm, every service under its context name', () => {
    const config = configOf(composeConfigOf('console.json'));
    expect(config.signIn?.issuer).toBe('http://keycloak.localhost:19080/realms/incheon');
    expect(config.cities.map((c) => [c.city, c.issuer, c.events?.groupPrefix])).toEqual([['incheon', config.signIn?.issuer, 'incheon-datasets-console']]);
    expect(config.cities[0]?.services).toMatchObject({ ingest: 'http://ingest:8081', sites: 'http://sites:8088', privacyMetrics: 'http://privacy:8083' });
  });

  it('compose.mesh.yaml: the hub console shows both cities, each read with its own realm and principal', () => {
    const config = configOf(composeConfigOf('mesh-console.json', 'compose.mesh.yaml'));
    expect(config.cities.map((c) => [c.city, c.issuer, c.events?.brokers])).toEqual([
      ['incheon', 'http://keycloak.localhost:19080/realms/incheon', ['kafka:9092']],
      ['barcelona', 'http://barcelona-keycloak.localhost:19180/realms/barcelona', ['barcelona-kafka:9092']],
    ]);
  });

  it('infra/k8s: the console-config ConfigMap of the generated city node', () => {
    const config = configOf(kubernetesConfigMapOf('40-console.yaml', 'console-config')['console.json'] ?? '');
    expect(config.cities.map((c) => c.city)).toEqual(['incheon']);
    expect(config.http).toEqual({ host: '0.0.0.0', port: 8080 });
  });

  it('refuses a document the schema does not allow (so the checks above can fail)', () => {
    expect(() => configOf(composeConfigOf('console.json').replace('"groupPrefix"', '"groupPrefixx"'))).toThrow(/groupPrefix/);
  });
});
