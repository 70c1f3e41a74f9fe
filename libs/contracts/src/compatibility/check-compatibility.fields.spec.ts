import { checkCompatibility } from './check-compatibility';
import { eventWith, severityV1 } from './compatibility-fixtures';

describe('checkCompatibility: fields', () => {
  it('accepts a new field with a default', () => {
    const next = eventWith(severityV1, { name: 'city', type: 'string', default: 'incheon' });
    expect(checkCompatibility(next, [eventWith(severityV1)], 'BACKWARD')).toEqual([]);
  });

  it('names a new field without a default', () => {
    expect(checkCompatibility(eventWith(severityV1), [eventWith()], 'BACKWARD')).toEqual([
      {
        field: 'RawSafetyEvent.severity',
        rule: 'new field without default',
        direction: 'backward',
        previousIndex: 0,
        message: 'RawSafetyEvent.severity: new field without default (no default; the new schema reading old data)',
      },
    ]);
  });

  it('accepts a removed field backward, but not forward when old readers have no default for it', () => {
    expect(checkCompatibility(eventWith(), [eventWith(severityV1)], 'BACKWARD')).toEqual([]);
    expect(checkCompatibility(eventWith(), [eventWith(severityV1)], 'FORWARD')).toMatchObject([
      { field: 'RawSafetyEvent.severity', rule: 'removed field without default', direction: 'forward' },
    ]);
  });

  it('accepts a renamed field that keeps the old name as an alias', () => {
    const next = eventWith({ name: 'level', type: severityV1.type, aliases: ['severity'] });
    expect(checkCompatibility(next, [eventWith(severityV1)], 'BACKWARD')).toEqual([]);
  });

  it('names a field inside a nested record', () => {
    const address = (fields: { name: string; type: 'string'; default?: string }[]) => ({
      name: 'address',
      type: { type: 'record' as const, name: 'PostalAddress', fields },
    });
    const before = eventWith(address([{ name: 'district', type: 'string' }]));
    const after = eventWith(address([{ name: 'district', type: 'string' }, { name: 'postalCode', type: 'string' }]));
    expect(checkCompatibility(after, [before], 'BACKWARD')).toMatchObject([
      { field: 'RawSafetyEvent.address.postalCode', rule: 'new field without default' },
    ]);
  });

  it('names a field of a record inside a nullable union and inside an array', () => {
    const reporter = (extra: boolean) => ({
      type: 'record' as const,
      name: 'Reporter',
      fields: [{ name: 'name', type: 'string' as const }, ...(extra ? [{ name: 'phone', type: 'string' as const }] : [])],
    });
    const nullable = (extra: boolean) => eventWith({ name: 'reporter', type: ['null', reporter(extra)], default: null });
    expect(checkCompatibility(nullable(true), [nullable(false)], 'BACKWARD')).toMatchObject([
      { field: 'RawSafetyEvent.reporter.phone', rule: 'new field without default' },
    ]);
    const list = (extra: boolean) => eventWith({ name: 'witnesses', type: { type: 'array', items: reporter(extra) } });
    expect(checkCompatibility(list(true), [list(false)], 'BACKWARD')).toMatchObject([
      { field: 'RawSafetyEvent.witnesses.phone', rule: 'new field without default' },
    ]);
  });

  it('names every problem of one change', () => {
    const next = eventWith({ name: 'severity', type: 'string' }, { name: 'city', type: 'string' });
    expect(checkCompatibility(next, [eventWith({ name: 'severity', type: 'int' })], 'BACKWARD').map((p) => [p.field, p.rule])).toEqual([
      ['RawSafetyEvent.severity', 'type changed'],
      ['RawSafetyEvent.city', 'new field without default'],
    ]);
  });
});
