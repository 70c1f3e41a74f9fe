import { parseFlow } from './mirror-maker';

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
