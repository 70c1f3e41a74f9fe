import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// A street type, an optional article, a capitalised name of up to five words, the number, then floor
// and door as written in Spain and Catalonia (4t 2a, 3º 2ª, 2º B, bajo, àtic).
const streetTypes = [
  'Calle', 'calle', 'C/', 'c/', 'Avenida', 'avenida', 'Avda\\.', 'Av\\.', 'Carrer', 'carrer', 'Passeig', 'passeig',
  'Pg\\.', 'Plaza', 'plaza', 'Plaça', 'plaça', 'Pl\\.', 'Rambla', 'rambla', 'Travessera', 'travessera', 'Ronda', 'ronda',
  'Paseo', 'paseo', 'Camino', 'Camí', 'Carretera', 'Ctra\\.', 'Via', 'Vía', 'Gran Via', 'Gran Vía', 'Avinguda', 'Avgda\\.',
];
const article = String.raw`(?:(?:de la|de les|de los|de las|del|dels|de|d'|la|el|les|los)\s?)?`;
const word = String.raw`[\p{Lu}][\p{L}'·.\-]*`;
const name = String.raw`${word}(?:\s(?:de la |de les |del |dels |de |d'|i |y )?${word}){0,4}`;
const number = String.raw`,?\s?(?:n[º°o]\.?\s?|núm\.\s?)?\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?`;
const floorDoor = String.raw`(?:,?\s?(?:\d{1,2}(?:[º°ªoa]|r|n|t|è|er)?\.?|bajo|baixos|àtic|ático|entlo\.?|pral\.?)(?:\s?(?:\d{1,2}[ªa]?|[A-Za-z])(?![\p{L}]))?)?`;
const address = new RegExp(
  String.raw`(?<![\p{L}])(?:${streetTypes.join('|')})\s?${article}${name}${number}${floorDoor}`,
  'gu',
);

/** Spanish and Catalan street addresses with number, floor and door (`Carrer de Mallorca 139, 4t 2a`). */
export const addressEsDetector: IdentifierDetector = {
  kind: 'address-es',
  detect: (text: string): TextRange[] => findMatches(address, text),
};
