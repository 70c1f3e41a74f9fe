import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Spanish and Catalan addresses', () => {
  it.each([
    ["Carrer de Mallorca 139, 4t 2a", "Carrer de Mallorca 139, 4t 2a"],
    ["en la Calle Mayor 5, 3º B ayer", "Calle Mayor 5, 3º B"],
    ["C/ Sardenya 12", "C/ Sardenya 12"],
    ["Avda. Meridiana 350", "Avda. Meridiana 350"],
    ["Passeig de Gràcia 92", "Passeig de Gràcia 92"],
    ["Plaça de Catalunya 1", "Plaça de Catalunya 1"],
    ["Travessera de Gràcia 15, 2n 1a", "Travessera de Gràcia 15, 2n 1a"],
    ["Rambla de Catalunya 7", "Rambla de Catalunya 7"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['address-es', value]);
  });

  it.each([
    "la calle está cortada",
    "2 calles más abajo",
    "Avenida cerrada 3 horas",
  ])('finds no address-es in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'address-es')).toEqual([]);
  });
});
