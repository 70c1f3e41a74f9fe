import { assertCityId, portsOf } from './city-ports';

describe('portsOf', () => {
  it('gives known cities fixed, distinct blocks', () => {
    expect(portsOf('incheon', 19000)).toEqual({ kafka: 19092, controller: 19093, internal: 19094, registry: 19081, registryManagement: 19090, mqtt: 19083, services: 19010 });
    expect(portsOf('barcelona', 19000).kafka).toBe(19192);
  });

  it('keeps every port of every city distinct', () => {
    const cities = ['incheon', 'barcelona', 'hamburg', 'osaka', 'kaohsiung', 'gwangju', 'seoul'];
    const ports = cities.flatMap((c) => Object.values(portsOf(c, 19000)));
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('refuses a city id that is not lowercase ASCII', () => {
    expect(() => assertCityId('Incheon')).toThrow(/lowercase ASCII/);
    expect(() => assertCityId('in cheon')).toThrow(/Invalid city id/);
  });
});
