import { meshOptionsOf } from './mesh-options';

describe('npm start options', () => {
  it('runs Incheon and Barcelona at 2 events/s by default, and up to the six cities of the mesh', () => {
    expect(meshOptionsOf({ cities: 'incheon,barcelona', rate: '2', once: false })).toEqual({ cities: ['incheon', 'barcelona'], rate: 2, once: false });
    expect(meshOptionsOf({ cities: 'incheon,barcelona,hamburg,osaka,kaohsiung,gwangju', rate: '0.5', once: true }).cities).toHaveLength(6);
  });

  it.each([
    ['a city outside the mesh', 'incheon,atlantis', '2', '--cities: atlantis is not a city of the mesh'],
    ['a city twice', 'incheon,incheon', '2', '--cities: a city is listed twice'],
    ['no city', ' , ', '2', '--cities: give 1 to 6 cities'],
    ['a rate of zero', 'incheon', '0', '--rate'],
    ['a rate that is not a number', 'incheon', 'fast', '--rate'],
  ])('refuses %s, naming the option', (_what, cities, rate, message) => {
    expect(() => meshOptionsOf({ cities, rate, once: false })).toThrow(message);
  });
});
