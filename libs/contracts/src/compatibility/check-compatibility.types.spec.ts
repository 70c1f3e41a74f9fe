import { Type } from 'avsc';
import type { AvroSchemaJson } from '../schemas/avro-schema-json';
import { checkCompatibility } from './check-compatibility';
import { eventWith } from './compatibility-fixtures';
import { diagnoseResolution } from './diagnose-resolution';

const enumOf = (symbols: string[], dflt?: string): AvroSchemaJson => ({ type: 'enum', name: 'E', symbols, ...(dflt ? { default: dflt } : {}) });
const fixedOf = (size: number): AvroSchemaJson => ({ type: 'fixed', name: 'F', size });

/** [case, old field type, new field type, backward rule or undefined when compatible] */
const cases: ReadonlyArray<readonly [string, AvroSchemaJson, AvroSchemaJson, string | undefined]> = [
  ['int promoted to long', 'int', 'long', undefined],
  ['int promoted to double', 'int', 'double', undefined],
  ['float promoted to double', 'float', 'double', undefined],
  ['bytes read as string', 'bytes', 'string', undefined],
  ['long narrowed to int', 'long', 'int', 'type changed'],
  ['int changed to string', 'int', 'string', 'type changed'],
  ['string changed to record', 'string', { type: 'record', name: 'S', fields: [] }, 'type changed'],
  ['array items promoted', { type: 'array', items: 'int' }, { type: 'array', items: 'long' }, undefined],
  ['array items changed', { type: 'array', items: 'string' }, { type: 'array', items: 'int' }, 'type changed'],
  ['map values changed', { type: 'map', values: 'string' }, { type: 'map', values: 'double' }, 'type changed'],
  ['enum symbol added', enumOf(['a']), enumOf(['a', 'b']), undefined],
  ['enum symbol removed', enumOf(['a', 'b']), enumOf(['a']), 'enum symbol removed'],
  ['enum symbol removed with a reader default', enumOf(['a', 'b']), enumOf(['a'], 'a'), undefined],
  ['enum renamed', enumOf(['a']), { type: 'enum', name: 'E2', symbols: ['a'] }, 'named type renamed'],
  ['enum renamed with alias', enumOf(['a']), { type: 'enum', name: 'E2', aliases: ['E'], symbols: ['a'] }, undefined],
  ['fixed size changed', fixedOf(4), fixedOf(8), 'fixed size changed'],
  ['made nullable', 'string', ['null', 'string'], undefined],
  ['made non-nullable', ['null', 'string'], 'string', 'union branch removed'],
  ['union branch added', ['null', 'string'], ['null', 'string', 'int'], undefined],
  ['union branch removed', ['null', 'string', 'int'], ['null', 'string'], 'union branch removed'],
  ['union branch promoted', ['null', 'int'], ['null', 'long'], undefined],
  ['union branch changed', ['null', 'int'], ['null', 'string'], 'union branch removed'],
  ['single type to union without it', 'int', ['null', 'string'], 'type changed'],
];

describe('checkCompatibility: type changes', () => {
  it.each(cases)('%s', (_case, before, after, rule) => {
    const problems = checkCompatibility(eventWith({ name: 'value', type: after }), [eventWith({ name: 'value', type: before })], 'BACKWARD');
    expect(problems.map((p) => [p.field, p.rule])).toEqual(rule ? [['RawSafetyEvent.value', rule]] : []);
  });

  it.each(cases)('diagnosis agrees with avsc: %s', (_case, before, after) => {
    const [reader, writer] = [eventWith({ name: 'value', type: after }), eventWith({ name: 'value', type: before })];
    const avscAccepts = (() => {
      try {
        Type.forSchema(reader as never).createResolver(Type.forSchema(writer as never));
        return true;
      } catch {
        return false;
      }
    })();
    expect(diagnoseResolution(reader, writer, 'R').length === 0).toBe(avscAccepts);
  });

  it('words the forward direction from the old reader\'s side', () => {
    const problems = (before: AvroSchemaJson, after: AvroSchemaJson) =>
      checkCompatibility(eventWith({ name: 'value', type: after }), [eventWith({ name: 'value', type: before })], 'FORWARD').map((p) => p.rule);
    expect(problems(enumOf(['a']), enumOf(['a', 'b']))).toEqual(['enum symbol added']);
    expect(problems(['null', 'string'], ['null', 'string', 'int'])).toEqual(['union branch added']);
    expect(problems('int', 'long')).toEqual(['type changed']);
  });

  it('refuses a renamed top-level record without an alias', () => {
    const renamed = { ...eventWith(), name: 'SafetyEvent' };
    expect(checkCompatibility(renamed, [eventWith()], 'BACKWARD')).toMatchObject([{ field: 'SafetyEvent', rule: 'named type renamed' }]);
    expect(checkCompatibility({ ...renamed, aliases: ['RawSafetyEvent'] }, [eventWith()], 'BACKWARD')).toEqual([]);
  });
});
