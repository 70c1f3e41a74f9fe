import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '@usm/errors';
import { defaultSourceSystemsPath, loadSourceSystems, sourceSystemsFromYaml } from './load-source-systems';

const valid = `city: incheon
systems:
  desk: { kind: citizenReport, legalBases: [consent, statute] }
  cam: { kind: cctvAnalytics, instances: 3, legalBases: [publicTask] }
`;

function violationsOf(text: string, city = 'incheon'): readonly { field: string; rule: string }[] {
  try {
    sourceSystemsFromYaml(text, city);
  } catch (error) {
    if (error instanceof ValidationError && error.code === 'PRIVACY.INVALID_SOURCE_SYSTEMS') return error.violations.map(({ field, rule }) => ({ field, rule }));
    throw error;
  }
  return [];
}

describe('sourceSystemsFromYaml', () => {
  it('registers each system with its kind and bases, and a family of instances as <id>-1 … <id>-N', () => {
    const registry = sourceSystemsFromYaml(valid, 'incheon');
    expect(registry.city).toBe('incheon');
    expect(registry.systems.get('desk')).toEqual({ kind: 'citizenReport', legalBases: ['consent', 'statute'] });
    expect([...registry.systems.keys()]).toEqual(['desk', 'cam-1', 'cam-2', 'cam-3']);
    expect(registry.systems.has('cam')).toBe(false);
  });

  it.each([
    ['another city', valid, 'city', 'node-city', 'barcelona'],
    ['a kind the contract does not know', 'city: incheon\nsystems:\n  d: { kind: drone, legalBases: [statute] }\n', 'systems.d.kind', 'invalid-value', 'incheon'],
    ['a basis the contract does not know', 'city: incheon\nsystems:\n  d: { kind: fireSensor, legalBases: [vitalInterest] }\n', 'systems.d.legalBases.0', 'invalid-value', 'incheon'],
    ['no basis', 'city: incheon\nsystems:\n  d: { kind: fireSensor, legalBases: [] }\n', 'systems.d.legalBases', 'too-small', 'incheon'],
    ['a basis listed twice', 'city: incheon\nsystems:\n  d: { kind: fireSensor, legalBases: [statute, statute] }\n', 'systems.d.legalBases', 'unique', 'incheon'],
    ['a missing kind', 'city: incheon\nsystems:\n  d: { legalBases: [statute] }\n', 'systems.d.kind', 'required', 'incheon'],
    ['a misspelt setting', 'city: incheon\nsystems:\n  d: { kind: fireSensor, legalBasis: [statute] }\n', 'systems.d.legalBasis', 'unknown-key', 'incheon'],
    ['zero instances', 'city: incheon\nsystems:\n  d: { kind: fireSensor, instances: 0, legalBases: [statute] }\n', 'systems.d.instances', 'too-small', 'incheon'],
    ['an id a family already registers', 'city: incheon\nsystems:\n  d: { kind: fireSensor, instances: 2, legalBases: [statute] }\n  d-2: { kind: fireSensor, legalBases: [statute] }\n', 'systems.d-2', 'unique-id', 'incheon'],
    ['a missing city', 'systems: {}\n', 'city', 'required', 'incheon'],
    ['broken YAML', 'city: incheon\ncity: osaka\n', 'source-systems', 'yaml-syntax', 'incheon'],
  ])('refuses %s, naming the field and the rule', (_, text, field, rule, city) => {
    expect(violationsOf(text, city)).toContainEqual({ field, rule });
  });

  it('never quotes a value in its violations', () => {
    expect(() => sourceSystemsFromYaml('city: incheon\nsystems:\n  d: { kind: "010-1234-5678", legalBases: [statute] }\n', 'incheon')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('010-1234-5678') }),
    );
  });
});

describe('loadSourceSystems', () => {
  it('names a missing file PRIVACY.SOURCE_SYSTEMS_NOT_FOUND', async () => {
    await expect(loadSourceSystems('/nonexistent/source-systems.yaml', 'incheon')).rejects.toMatchObject({ code: 'PRIVACY.SOURCE_SYSTEMS_NOT_FOUND' });
  });

  it('loads every shipped registry for its own city', async () => {
    const shipped = readdirSync(join(defaultSourceSystemsPath('x'), '..')).filter((name) => /^source-systems\.[a-z-]+\.yaml$/.test(name));
    expect(shipped.length).toBeGreaterThanOrEqual(6);
    for (const name of shipped) {
      const city = name.split('.')[1] as string;
      const registry = await loadSourceSystems(defaultSourceSystemsPath(city), city);
      expect(registry.systems.size).toBeGreaterThan(0);
      for (const system of registry.systems.values()) if (system.legalBases.includes('consent')) expect(['citizenReport', 'emergencyCall']).toContain(system.kind);
    }
  });
});
