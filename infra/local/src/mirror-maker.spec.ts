import type { CityStack, StackDescription } from '@usm/testing';
import { mirrorMakerPropertiesFor, parseFlow } from './mirror-maker';

const city = (name: string, port: number): CityStack => ({
  city: name,
  kafka: { bootstrapServers: [`127.0.0.1:${port}`], controller: '', pid: 1, logFile: '' },
  registry: { url: '', healthUrl: '', pid: 1, logFile: '', clients: {} },
  database: { url: '', services: {} },
  identity: { issuer: '', tokenUrl: '', jwksUrl: '', clients: {} },
  services: {},
});
const stack: StackDescription = { version: 1, updatedAt: '', cities: { incheon: city('incheon', 19092), barcelona: city('barcelona', 19192) }, replication: { flows: [] } };

describe('parseFlow', () => {
  it('reads source, target and sorted topics', () => {
    expect(parseFlow('incheon>barcelona:safety.labels.v1,safety.events.anonymised.v1')).toEqual({
      source: 'incheon',
      target: 'barcelona',
      topics: ['safety.events.anonymised.v1', 'safety.labels.v1'],
    });
  });

  it('names the expected form when a flow is malformed', () => {
    expect(() => parseFlow('incheon-barcelona')).toThrow(/<source>><target>:<topic>/);
    expect(() => parseFlow('Incheon>barcelona:t')).toThrow(/Invalid flow/);
  });
});

describe('mirrorMakerPropertiesFor (hand-made flows)', () => {
  it('has the source consumers read committed records only, like the federation service', () => {
    const lines = mirrorMakerPropertiesFor(stack, [parseFlow('incheon>barcelona:safety.events.anonymised.v1')]).split('\n');
    expect(lines).toContain('incheon.consumer.isolation.level=read_committed');
    expect(lines).toContain('incheon->barcelona.source.consumer.isolation.level=read_committed');
    expect(lines.filter((line) => line.includes('read_uncommitted'))).toEqual([]);
  });

  it('names a city that is not running', () => {
    expect(() => mirrorMakerPropertiesFor(stack, [parseFlow('osaka>barcelona:safety.labels.v1')])).toThrow(/City osaka is not running/);
  });
});
