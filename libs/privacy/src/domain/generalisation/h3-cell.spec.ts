import fc from 'fast-check';
import { cellToLatLng, getResolution, isValidCell, latLngToCell } from 'h3-js';
import { h3CellOf } from './h3-cell';

const incheonCityHall = { latitude: 37.4563, longitude: 126.7052 };

describe('h3CellOf', () => {
  it('gives the H3 cell of a point at the policy resolution', () => {
    expect(h3CellOf(incheonCityHall, 8)).toBe('8830e0a813fffff');
  });

  it.each([0, 1, 8, 15])('gives a valid cell of resolution %i', (resolution) => {
    const cell = h3CellOf(incheonCityHall, resolution);
    expect(isValidCell(cell)).toBe(true);
    expect(getResolution(cell)).toBe(resolution);
  });

  it.each([
    ['the north pole', { latitude: 90, longitude: 0 }],
    ['the south pole', { latitude: -90, longitude: 0 }],
    ['the antimeridian, east', { latitude: 0, longitude: 180 }],
    ['the antimeridian, west', { latitude: 0, longitude: -180 }],
    ['null island', { latitude: 0, longitude: 0 }],
  ])('handles %s', (_, point) => {
    expect(isValidCell(h3CellOf(point, 8))).toBe(true);
  });

  it('maps a cell centre back to its own cell, so the cell holds the point', () => {
    const point = fc.record({
      latitude: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, fc.integer({ min: 0, max: 15 }), (location, resolution) => {
        const cell = h3CellOf(location, resolution);
        expect(getResolution(cell)).toBe(resolution);
        const [latitude, longitude] = cellToLatLng(cell);
        expect(latLngToCell(latitude, longitude, resolution)).toBe(cell);
      }),
    );
  });
});
