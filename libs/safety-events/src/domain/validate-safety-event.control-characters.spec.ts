import fc from 'fast-check';
import { fullEvent, specRules } from '../testing/sample-events';
import { validateSafetyEvent } from './validate-safety-event';

const rules = specRules();

function rulesOf(overrides: Record<string, unknown>): string[] {
  const result = validateSafetyEvent(fullEvent(overrides), rules);
  return result.ok ? [] : result.violations.map((violation) => `${violation.field}:${violation.rule}`);
}

const source = (systemId: string) => ({ systemId, kind: 'emergencyCall', legalBasis: 'statute' });
const c0 = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const c1 = fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code));

describe('validateSafetyEvent: control characters', () => {
  it('refuses NUL in any string field, naming the field', () => {
    expect(rulesOf({ source: source('cctv\u0000-1'), reporter: { name: 'Kim\u0000' }, vehiclePlates: ['ok', '12\u00003456'] })).toEqual([
      'source.systemId:controlCharacter',
      'reporter.name:controlCharacter',
      'vehiclePlates[1]:controlCharacter',
    ]);
  });

  it('refuses every C0 and C1 control outside free text', () => {
    fc.assert(
      fc.property(fc.oneof(c0, c1), fc.string(), (control, text) => {
        expect(rulesOf({ address: { district: `${text}${control}${text}` } })).toEqual(['address.district:controlCharacter']);
      }),
    );
  });

  it('lets free text (description) hold tabs and newlines, and nothing else of the kind', () => {
    expect(rulesOf({ description: 'line one\n\tline two' })).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(c0, c1).filter((control) => control !== '\t' && control !== '\n'), (control) => {
        expect(rulesOf({ description: `caller said${control}` })).toEqual(['description:controlCharacter']);
      }),
    );
    expect(rulesOf({ city: 'incheon\n', reporter: { phone: '\t+8210' } })).toEqual(['city:controlCharacter', 'reporter.phone:controlCharacter']);
  });

  it('names the map, never the key, for a control character in a map key or value', () => {
    const key = 'Kim Min-jun\u0000';
    const result = validateSafetyEvent(fullEvent({ attributes: { [key]: 'x' } }), rules);
    expect(!result.ok && result.violations).toEqual([{ field: 'attributes', rule: 'controlCharacter', message: 'must not contain control characters in its keys' }]);
    expect(rulesOf({ attributes: { 'Lee Seo-yeon': 'night\u0085shift' } })).toEqual(['attributes:controlCharacter']);
    expect(JSON.stringify(result)).not.toContain('Kim');
  });

  it('accepts printable text of any script', () => {
    expect(rulesOf({ description: '강도 신고 — robo en la tienda 🚓', address: { locality: '인천광역시' } })).toEqual([]);
  });
});
