import { Type } from 'avsc';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { encodeFramed } from './avro-frame';
import { frameWireFormat } from './wire-format';

describe('encodeFramed', () => {
  const type = Type.forSchema(incidentSchema);

  it('gives the bytes of the framed body, in a buffer of its own', () => {
    const first = encodeFramed(type, 70_000, anIncident);
    expect(first.equals(frameWireFormat(70_000, type.toBuffer(anIncident)))).toBe(true);
    const second = encodeFramed(type, 7, { ...anIncident, incidentId: 'inc-2' });
    expect(first.equals(frameWireFormat(70_000, type.toBuffer(anIncident)))).toBe(true);
    expect(type.fromBuffer(second.subarray(5))).toMatchObject({ incidentId: 'inc-2' });
  });

  it('grows for a record larger than its buffer, and keeps working for small ones after', () => {
    const large = { ...anIncident, note: 'x'.repeat(300_000) };
    expect(encodeFramed(type, 3, large).equals(frameWireFormat(3, type.toBuffer(large)))).toBe(true);
    expect(encodeFramed(type, 3, anIncident).equals(frameWireFormat(3, type.toBuffer(anIncident)))).toBe(true);
  });
});
